// Stage 5 for decision records: resolutions and the decision's sections.
//
// The resolutions are the numbered list under "RESOLVED that:" (or
// "AGREED that", "DECISION:"), or, where a page has no such heading, the
// last numbered list of the record of the decision. Lettered and roman
// sub-parts become children of the item they sit under. A list item cut by
// a page break is joined again with its tail.
#ifndef DOCKET_DECISION_BUILDER_HPP
#define DOCKET_DECISION_BUILDER_HPP

#include <vector>

#include "docket/model.hpp"
#include "recognise/sections.hpp"

namespace docket {

void build_decision_record(const std::vector<Segment>& segments, Document& doc);

// True when the segments carry the marks of a decision record. More labels
// never make it false, so the labels are read only until it is true.
// "Yes" → true, "No" → false, anything else → no answer.
std::optional<bool> parse_yes_no(std::string_view text);

}  // namespace docket

#endif  // DOCKET_DECISION_BUILDER_HPP
