// Motions whose proposer and seconder the minutes name in prose.
//
// Irish councils, and many parishes, record a decision as a proposal:
//   "On the proposal of Councillor A, seconded by Councillor B, the
//   following amendment was proposed:" and a numbered amendment;
//   "The resolution set out below was then passed." and the resolution in quotes;
//   a notice of motion ("I will move at the next meeting that …") that
//   members propose and second further down the minute.
// Each is a resolution, though no "RESOLVED" labels it. Where the words
// stand tells: what the paragraphs around say, not a phrase of one paper.
#ifndef DOCKET_PROPOSED_MOTIONS_HPP
#define DOCKET_PROPOSED_MOTIONS_HPP

#include <cstddef>
#include <vector>

#include "recognise/sections.hpp"

namespace docket {

// An ordered list item at `at` that a proposal leads into: a paragraph
// naming a proposer or seconder among the few just before, and the last of
// them ending in ':' or ';'.
bool proposal_leads_into(const std::vector<Segment>& segments, std::size_t at);

// The paragraph at `at`, opening a quote or "That", just after a short
// sentence that says a resolution was passed, adopted or carried.
bool announced_resolution(const std::vector<Segment>& segments, std::size_t at);

// A notice of motion at `at` ("I will move …", "I move that …") that a
// member seconds before the next minute opens.
bool seconded_notice_of_motion(const std::vector<Segment>& segments, std::size_t at);

}  // namespace docket

#endif  // DOCKET_PROPOSED_MOTIONS_HPP
