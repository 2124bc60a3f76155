// Stage 5 for records of decision: the decision's labelled sections.
#ifndef DOCKET_DECISION_SECTIONS_HPP
#define DOCKET_DECISION_SECTIONS_HPP

#include <cstdint>
#include <optional>
#include <string>
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

// Who takes the decision, from its "Decision maker" / "Decision to be
// taken by" section: a body ("Cabinet") or a person (an officer, a
// cabinet member); unknown when the paper does not say.
struct DecisionTaker {
  enum Kind : std::uint8_t { kUnknown, kBody, kPerson };
  Kind kind = kUnknown;
  std::string body;  // kBody: the body's name
};
DecisionTaker decision_taker(const std::vector<Segment>& segments);

// The meeting once the paper's front matter has been read (after
// extract_metadata): none for a decision a person takes; for one a body
// takes, when no date was found, the day the text gives for that body's
// meeting ("to be presented to Cabinet on 30 January 2025"). The body
// taking the decision is the paper's body when the front matter named none.
void settle_decision_meeting(const std::vector<Segment>& segments, Document& doc);

// "Yes" → true, "No" → false, anything else → no answer.
std::optional<bool> parse_yes_no(std::string_view text);

}  // namespace docket

#endif  // DOCKET_DECISION_SECTIONS_HPP
