// Lines that open a decision with no label word at their start.
#include "recognise/decision_openings.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace docket {
namespace {

TEST(DecisionOpenings, ResolutionIdentifiers) {
  EXPECT_EQ(resolution_identifier_length("R2018-077 L. Smith"), 9u);
  EXPECT_EQ(resolution_identifier_length("R2020-040D That"), 10u);
  EXPECT_EQ(resolution_identifier_length("R2020-040D: That"), 10u);
  EXPECT_EQ(resolution_identifier_length("CR24/12: That"), 7u);
  for (const char* not_one : {"Resolution 4", "Resolved that", "R2018", "R2-077 That", "A12-3x"}) {
    EXPECT_EQ(resolution_identifier_length(not_one), 0u) << not_one;
  }
  EXPECT_TRUE(opens_identified_resolution("R2018-077 L. Smith, L. Andersen: That the fence be mended"));
  EXPECT_TRUE(opens_identified_resolution("R2020-040D That the fence be mended"));
  EXPECT_FALSE(opens_identified_resolution("R2018-077 was carried last month"));
}

// A title run in before "Resolved" and the decision after it; the word
// where "Resolved" starts.
TEST(DecisionOpenings, RunInTitles) {
  const std::string_view register_number = "Appointment of the Clerk: Resolved 22/05/3.1 The Clerk stays.";
  EXPECT_EQ(run_in_decision_at(register_number), register_number.find("Resolved"));
  const std::string_view numbered = "5. Grass Cutting: RESOLVED that the contract be extended.";
  EXPECT_EQ(run_in_decision_at(numbered), numbered.find("RESOLVED"));
  const std::string_view bold = "**Benches:** **Resolved:** two benches be bought.";
  EXPECT_EQ(run_in_decision_at(bold), bold.find("Resolved"));
  // A tracker's status, a sentence, a lowercase start, no decision after.
  EXPECT_EQ(run_in_decision_at("Play Area Inspection - Status: Resolved"), std::string_view::npos);
  EXPECT_EQ(run_in_decision_at("The Clerk spoke. Members: Resolved that it wait."), std::string_view::npos);
  EXPECT_EQ(run_in_decision_at("allotments: resolved that plots be let"), std::string_view::npos);
  EXPECT_EQ(run_in_decision_at("Benches: Resolvedly, that"), std::string_view::npos);
  EXPECT_EQ(run_in_decision_at("No colon at all, Resolved that"), std::string_view::npos);
}

// "Resolved" and a register number inside a paragraph, as a word.
TEST(DecisionOpenings, RegisterNumberedDecisionsInProse) {
  const std::string_view two = "The bank was checked. Resolved 19/04/6.1 That it be accepted. RESOLVED 19/04/6.2 Paid.";
  EXPECT_EQ(register_decision_at(two, 0), two.find("Resolved"));
  EXPECT_EQ(register_decision_at(two, two.find("Resolved") + 1), two.find("RESOLVED"));
  EXPECT_EQ(register_decision_at(two, two.find("RESOLVED") + 1), std::string_view::npos);
  // No register number after it, a longer word, or a date.
  for (const char* none : {"It was resolved that the bins be moved.", "Unresolved 19/04/6.1 items",
                           "Resolved 12/06/2020 the fence", "the matter was resolved"}) {
    EXPECT_EQ(register_decision_at(none, 0), std::string_view::npos) << none;
  }
}

// "RESOLVED" after a sentence of prose, opening a decision.
TEST(DecisionOpenings, DecisionsRunOnFromProse) {
  const std::string_view run_on = "The Clerk had two quotes. RESOLVED that two benches be bought.";
  EXPECT_EQ(run_on_decision_at(run_on), run_on.find("RESOLVED"));
  const std::string_view colon = "Quotes were compared (two). RESOLVED: the lower one.";
  EXPECT_EQ(run_on_decision_at(colon), colon.find("RESOLVED"));
  for (std::string_view none : {"RESOLVED that the report be noted.", "the matter was RESOLVED last year.",
                                "It was noted. RESOLVED.", "Questions. Resolved that it wait."}) {
    EXPECT_EQ(run_on_decision_at(none), std::string_view::npos) << none;
  }
}

}  // namespace
}  // namespace docket
