// Motions in minutes: who moved them, and whether they were carried.
//
// Councils that record motions rather than resolutions put the movers
// between the number and the text ("R2019-014 J. Doe, K. Roe: That …",
// "Moved by … Seconded by …") and the outcome after it ("Carried.",
// "DEFEATED", "Motion Passed"). The movers are not the resolution's words;
// the outcome is its status.
#ifndef DOCKET_MOTIONS_HPP
#define DOCKET_MOTIONS_HPP

#include <optional>
#include <string>
#include <string_view>

#include "recognise/motion_words.hpp"

namespace docket {

// `text` without the movers before it: "J. Doe, K. Roe: That the …" →
// "That the …". Text with no movers is returned as it is.
std::string_view without_movers(std::string_view text);

// "carried", "defeated", "lost", "failed" or "withdrawn" from the last
// outcome written in `text`, or nullopt.
std::optional<std::string> motion_outcome(std::string_view text);

// "That the motion be amended …", "That the motion, as amended, BE
// APPROVED": a vote on a motion already recorded, not a new decision.
bool restates_motion(std::string_view text);

// "ADDITIONAL VOTES:", "Amendment:": what follows, up to the next minute,
// is the history of a motion already recorded.
bool opens_motion_history(std::string_view line);

// A motion's text: it starts with "That" (or "T H A T").
bool starts_with_that(std::string_view text);

}  // namespace docket

#endif  // DOCKET_MOTIONS_HPP
