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

#include "build/item_emitter.hpp"
#include "docket/model.hpp"
#include "recognise/sections.hpp"

namespace docket {

// The decision's labelled sections (reasons, alternatives, call-in, ...)
// into doc.decision, and the date of the decision into doc.meeting when
// the paper gives it; read before the items, which follow the meeting in
// the output.
void read_decision(const std::vector<Segment>& segments, Document& doc);

// Each resolution, in order, to `emit`.
void build_resolutions(const std::vector<Segment>& segments, std::vector<Warning>& warnings, const ItemEmitter& emit);

// "Yes" → true, "No" → false, anything else → no answer.
std::optional<bool> parse_yes_no(std::string_view text);

}  // namespace docket

#endif  // DOCKET_DECISION_BUILDER_HPP
