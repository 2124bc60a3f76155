// Resolution lists in minutes: bullets right under "RESOLVED that Council:",
// a numbered list that the next minute's title follows, an outcome
// ("Agreed.") alone on its line.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "docket/docket.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

using Starts = std::vector<std::pair<std::string, std::string>>;

// Each item's number and its first `words` words.
Starts numbers_and_starts(const Document& doc, std::size_t words) {
  Starts out;
  for (const Item& item : doc.items) {
    std::size_t end = 0;
    for (std::size_t w = 0; w < words && end != std::string::npos; ++w) end = item.text.find(' ', end + 1);
    out.emplace_back(item.number, item.text.substr(0, end));
  }
  return out;
}

TEST(ResolutionLists, BulletsUnderTheLeadInAreTheResolutions) {
  const Document doc = parse_text(read_fixture("decision_minutes_bulleted_resolutions.txt"), "minutes.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // Each bullet under "RESOLVED that Council:" is a decision numbered by
  // its minute; "Agreed." after a procedural motion opens nothing; the
  // numbered list stops at the next minute's title; two decisions under
  // one minute both take its number; a second lettered list under a
  // lead-in of its own ("And; This Council asks …:") goes on the list.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"42", "Adopts the revised"},
                                                {"42", "Asks the Head"},
                                                {"1", "Approves the Street"},
                                                {"2", "Delegates to the"},
                                                {"3", "Notes the fees"},
                                                {"44", "the civic awards"},
                                                {"44", "the nominations panel"},
                                                {"a", "Litter along the"},
                                                {"b", "Volunteers have cleared"},
                                                {"a", "Write to the"},
                                                {"b", "Thank the volunteers"}}));
  // The wrapped bullet keeps its second line.
  ASSERT_EQ(doc.items.size(), 11u);
  EXPECT_EQ(doc.items[1].text, "Asks the Head of Parks to write to every plot holder before the new season begins.");
  // A minute that records two decisions is no number seen twice; the
  // letters of the second list under one minute are.
  std::vector<int> repeated;
  for (const Warning& w : doc.warnings) {
    if (w.code == "duplicate-number") repeated.push_back(w.line);
  }
  EXPECT_EQ(repeated, (std::vector<int>{72, 73}));
}

TEST(ResolutionLists, AnOutcomeAloneIsNoLabel) {
  // "Agreed." closes the motion above it: the paragraphs after it are not
  // its resolution. "Agreed:" and "AGREED." open the decisions.
  const std::string motion = "12. Parking Review\n\n1) Mr A proposed and Ms B seconded that the question be put.\n\n";
  const std::string after = "\n\n2) The Chair put the motion to the vote.\n\n3) RESOLVED that the report be noted.\n";
  const Document outcome = parse_text(motion + "          Agreed." + after, "minutes.txt");
  EXPECT_EQ(numbers_and_starts(outcome, 3), (Starts{{"12", "the report be"}}));
  const Document labelled = parse_text(motion + "Agreed:\n\n1. The report be noted.\n", "minutes.txt");
  EXPECT_EQ(numbers_and_starts(labelled, 3), (Starts{{"1", "The report be"}}));
  const Document shouted = parse_text(motion + "AGREED.\n\n1. The report be noted.\n", "minutes.txt");
  EXPECT_EQ(numbers_and_starts(shouted, 3), (Starts{{"1", "The report be"}}));
}

TEST(ResolutionLists, RegisterNumberedDecisionsRunOnInTheMinutesProse) {
  const Document doc = parse_text(read_fixture("decision_register_run_on.md"), "minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // "Resolved 19/04/5.1 …" after the minute's prose, two in one paragraph:
  // each its own decision, its text up to the next; "resolved" without a
  // register number is prose.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"19/04/2.1", "The minutes were"},
                                                {"19/04/3.1", "The Clerk's hours"},
                                                {"19/04/3.2", "The Clerk's pay"},
                                                {"19/04/4.1", "The Clerk would"},
                                                {"19/04/5.1", "It was agreed"},
                                                {"19/04/6.1", "the reconciliation be"},
                                                {"19/04/6.2", "It was agreed"},
                                                {"19/04/8.1", "The Council resolved"}}));
  // The minutes approved are of another meeting, and no line dates this one.
  EXPECT_FALSE(doc.meeting);
  ASSERT_EQ(doc.items.size(), 8u);
  EXPECT_EQ(doc.items[5].text, "the reconciliation be accepted.");
}

TEST(ResolutionLists, DecisionsToldInTheProseOfNumberedMinutes) {
  const Document doc = parse_text(read_fixture("decision_minutes_told_in_prose.txt"), "minutes.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // No "RESOLVED" anywhere: each sentence that tells a decision, under
  // the number glued to its minute's title ("514.Minutes …"); a
  // suggestion and a note decide nothing; "RESOLVED that" run on in a
  // paragraph is found the same way.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"514", "Approved & signed"},
                                                {"515", "All approved for"},
                                                {"517", "Members agreed to"},
                                                {"518", "a new bin"}}));
  ASSERT_EQ(doc.items.size(), 4u);
  // The minutes approved, as the minute's title says: a procedural decision.
  EXPECT_TRUE(doc.items[0].procedural);
  EXPECT_FALSE(doc.items[2].procedural);
  // "RESOLVED that" inside the paragraph: the words of the decision alone.
  EXPECT_EQ(doc.items[3].text, "a new bin be bought.");
  EXPECT_EQ(doc.items[2].text, "Members agreed to buy a new goal net at a cost of \u00a385.");
}

TEST(ResolutionLists, DatesOfOtherMeetingsAreNotTheMeeting) {
  // The minutes approved are of another meeting; a heading's "Minutes of
  // … held on" is this one, words before it or not.
  const std::string minutes =
      "Present: Cllr A, Cllr B.\n\nApproval of the Minutes of the Meeting held on 4th May 2021: RESOLVED that they be "
      "signed.\n\nRESOLVED that the grass be cut.\n\nThe minutes of the meeting held on 4th May 2021 were "
      "signed.\n";
  EXPECT_FALSE(parse_text(minutes, "minutes.txt").meeting);
  const Document headed = parse_text(
      "BROOKSIDE PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Meeting held on Monday 7 "
      "June 2021 at 7 pm\n\n" + minutes, "minutes.txt");
  ASSERT_TRUE(headed.meeting);
  EXPECT_EQ(headed.meeting->value, "2021-06-07");
}

TEST(ResolutionLists, AMinuteNumberGluedToItsTitleNumbersItsDecisions) {
  // "102.Minutes: RESOLVED …" and "103.Benches: …" with the decision on
  // the next line: the number before the period is the minute's.
  const Document doc = parse_text(
      "Minutes of a meeting of Lowfield Parish Council held on Monday 7th June 2021.\n\n101.Apologies: None.\n\n"
      "102.Minutes: RESOLVED that the minutes of 10th May be signed as a correct record.\n\n"
      "103.Benches on the green: The Clerk had two quotes.\nRESOLVED that two benches be bought.\n",
      "minutes.txt");
  EXPECT_EQ(numbers_and_starts(doc, 2), (Starts{{"102", "the minutes"}, {"103", "two benches"}}));
}

TEST(ResolutionLists, ADecisionRunOnFromTheProseOfALabelledPaper) {
  // The line break before "RESOLVED" lost: the decision is still the
  // minute's, in a paper whose other decisions stand at a line's start.
  const Document doc = parse_text(
      "Minutes of a meeting of Lowfield Parish Council held on Monday 7th June 2021.\n\n102. Minutes\n\n"
      "RESOLVED that the minutes of 10th May be signed as a correct record.\n\n103. Benches on the green\n\n"
      "The Clerk had two quotes. RESOLVED that two benches be bought at \u00a3450 each.\n\n104. Grit\n\n"
      "The bins were discussed; the matter was RESOLVED last year.\n\nRESOLVED that grit be ordered.\n",
      "minutes.txt");
  EXPECT_EQ(numbers_and_starts(doc, 2), (Starts{{"102", "the minutes"}, {"103", "two benches"}, {"104", "grit be"}}));
}

}  // namespace
}  // namespace docket
