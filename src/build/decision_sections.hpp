// Stage 5 for records of decision: the decision's labelled sections.
#ifndef DOCKET_DECISION_SECTIONS_HPP
#define DOCKET_DECISION_SECTIONS_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "recognise/sections.hpp"

namespace docket {

// The decision's labelled sections (reasons, alternatives, call-in, ...)
// into doc.decision, and the date of the decision into doc.meeting when
// the paper gives it; read before the items, which follow the meeting in
// the output.
void read_decision(const std::vector<Segment>& segments, Document& doc);

// "Yes" → true, "No" → false, anything else → no answer.
std::optional<bool> parse_yes_no(std::string_view text);

}  // namespace docket

#endif  // DOCKET_DECISION_SECTIONS_HPP
