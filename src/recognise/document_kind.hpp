// Stage 4: recognise what kind of paper this is, so that the right builder
// reads it.
#ifndef DOCKET_DOCUMENT_KIND_HPP
#define DOCKET_DOCUMENT_KIND_HPP

#include <vector>

#include "layout/blocks.hpp"
#include "docket/docket.hpp"
#include "docket/model.hpp"
#include "recognise/sections.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// An explicit hint wins. Otherwise: a plan table makes an action plan; the
// sections of a decision ("RESOLVED", "Record of the Decision", "Reasons
// for the Decision", call-in) make a decision record; items numbered 1.1,
// 1.2 ... make a project plan; anything else is unknown.
// The sections of a decision: a record of the decision, or two of
// RESOLVED, reasons, alternatives, interests, dispensations and call-in.
bool looks_like_decision_record(const SectionLabelSet& labels);

// Items numbered 1.1, 1.2 ... in list items or at the start of paragraphs.
bool looks_like_project_plan(const std::vector<Block>& blocks);

// False only for text that leading_number() cannot read as a dotted number:
// a cheap first test of each paragraph.
bool may_open_with_dotted_number(std::string_view text);

DocumentKind recognise_kind(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                            KindHint hint);

}  // namespace docket

#endif  // DOCKET_DOCUMENT_KIND_HPP
