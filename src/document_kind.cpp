#include "document_kind.hpp"

#include <algorithm>

#include "decision_builder.hpp"
#include "project_builder.hpp"

namespace docket {

DocumentKind recognise_kind(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                            KindHint hint) {
  switch (hint) {
    case KindHint::kActionPlan: return DocumentKind::kActionPlan;
    case KindHint::kDecisionRecord: return DocumentKind::kDecisionRecord;
    case KindHint::kProjectPlan: return DocumentKind::kProjectPlan;
    case KindHint::kAuto: break;
  }
  if (std::any_of(tables.begin(), tables.end(), [](const LogicalTable& t) { return t.is_plan; })) {
    return DocumentKind::kActionPlan;
  }
  if (section_labels_satisfy(blocks, looks_like_decision_record)) return DocumentKind::kDecisionRecord;
  if (looks_like_project_plan(blocks)) return DocumentKind::kProjectPlan;
  return DocumentKind::kUnknown;
}

}  // namespace docket
