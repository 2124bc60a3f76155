#include "document_kind.hpp"

#include <algorithm>
#include <utility>

#include "decision_builder.hpp"
#include "project_builder.hpp"

namespace docket {

RecognisedKind recognise_kind(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                              KindHint hint, TextArena& arena) {
  switch (hint) {
    case KindHint::kActionPlan: return {DocumentKind::kActionPlan, {}};
    case KindHint::kDecisionRecord: return {DocumentKind::kDecisionRecord, find_labelled_lines(blocks, arena)};
    case KindHint::kProjectPlan: return {DocumentKind::kProjectPlan, {}};
    case KindHint::kAuto: break;
  }
  if (std::any_of(tables.begin(), tables.end(), [](const LogicalTable& t) { return t.is_plan; })) {
    return {DocumentKind::kActionPlan, {}};
  }
  std::vector<LabelledLine> labelled = find_labelled_lines(blocks, arena);
  if (looks_like_decision_record(section_labels(labelled))) return {DocumentKind::kDecisionRecord, std::move(labelled)};
  if (looks_like_project_plan(blocks)) return {DocumentKind::kProjectPlan, {}};
  return {DocumentKind::kUnknown, {}};
}

}  // namespace docket
