// Movers and outcomes of motions in minutes.
#include <gtest/gtest.h>

#include "build/motions.hpp"
#include "recognise/motion_words.hpp"
#include "recognise/recitals.hpp"
#include "recognise/sections.hpp"

namespace docket {
namespace {

TEST(Motions, MoversAreDropped) {
  EXPECT_EQ(without_movers("J. Doe, K. Roe:  That the report be received."), "That the report be received.");
  EXPECT_EQ(without_movers("Moved by Cllr Lee: That the fee rise."), "That the fee rise.");
  // A colon inside the text, with no names before it, stays.
  EXPECT_EQ(without_movers("That the following be approved: the budget"), "That the following be approved: the budget");
  EXPECT_EQ(without_movers("BE IT RESOLVED, with thanks: 1. That"), "BE IT RESOLVED, with thanks: 1. That");
}

TEST(Motions, OutcomeIsTheLastOneWritten) {
  EXPECT_EQ(motion_outcome("That the budget be approved. Carried."), "carried");
  EXPECT_EQ(motion_outcome("That the budget be approved. DEFEATED"), "defeated");
  EXPECT_EQ(motion_outcome("An amendment was lost. The motion was then carried."), "carried");
  EXPECT_EQ(motion_outcome("Motion Passed (5 to 0)"), "carried");
  EXPECT_FALSE(motion_outcome("That the Lostock path be resurfaced."));
  EXPECT_FALSE(motion_outcome("That the report be received."));
}

TEST(Motions, OpeningWordsInAnyCase) {
  // The first letter turns away a paragraph: every way the words may be
  // written and marked still reaches them.
  EXPECT_TRUE(opens_motion_history("ADDITIONAL VOTES:"));
  EXPECT_TRUE(opens_motion_history("> **Amendment: to add a fourth part"));
  EXPECT_TRUE(opens_motion_history("amendment moved by Councillor Hart"));
  EXPECT_FALSE(opens_motion_history("The amendment: to add a fourth part"));
  EXPECT_FALSE(opens_motion_history(""));
  EXPECT_TRUE(starts_with_that("That the report be noted."));
  EXPECT_TRUE(starts_with_that("  THAT, subject to funding, the works go ahead."));
  EXPECT_TRUE(starts_with_that("that the works go ahead."));
  EXPECT_TRUE(starts_with_that("T H A T the works go ahead."));
  EXPECT_FALSE(starts_with_that("Thatch is to be repaired."));
  EXPECT_FALSE(starts_with_that("The works go ahead."));
  EXPECT_FALSE(starts_with_that("That"));
}

TEST(Motions, OpeningLetterOfEveryLineTheOpeningTestsTakeIn) {
  // Each test a decision record's paragraphs meet is asked only when the
  // opening letter is its word's: every line it takes in has that letter.
  for (const char* text : {"Additional votes:", "  > **amendment: to add", "*AMENDMENT MOVED by Cllr Roe"}) {
    EXPECT_TRUE(opens_motion_history(text)) << text;
    EXPECT_EQ(opening_letter(text), 'a') << text;
  }
  for (const char* text : {"WHEREAS the bridge is closed;", " > \"whereas it is", "\t**And whereas the county"}) {
    EXPECT_NE(recitals_start(text), std::string_view::npos) << text;
    const char c = opening_letter(text);
    EXPECT_TRUE(c == 'a' || c == 'w') << text;
  }
  EXPECT_EQ(opening_letter(" \n Resolution 2024-15 WHEREAS the roof leaks;"), 'r');
  EXPECT_NE(recitals_start(" \n Resolution 2024-15 WHEREAS the roof leaks;"), std::string_view::npos);
  for (const char* text : {"That the report be noted.", "\r\nTHAT, subject to funding", "T H A T the works"}) {
    EXPECT_TRUE(starts_with_that(text)) << text;
    EXPECT_EQ(opening_letter(text), 't') << text;
  }
  EXPECT_EQ(opening_letter(""), 0);
  EXPECT_EQ(opening_letter(" > * \""), 0);
  EXPECT_EQ(opening_letter("(a) That"), '(');
}

// The identifiers themselves: tests/recognise/decision_openings_test.cpp.
TEST(Motions, ResolutionIdentifiers) {
  // A line that only starts with a reference is no resolution.
  EXPECT_EQ(match_section_label("R2018-077 was carried over.").label, SectionLabel::kNone);
  EXPECT_EQ(match_section_label("R2018-077 A. Bee, C. Dee: That it be done.").label, SectionLabel::kResolved);
}

}  // namespace
}  // namespace docket
