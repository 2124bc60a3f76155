// Sentences of minutes that tell a decision, and the ones that only report.
#include <gtest/gtest.h>

#include <string_view>

#include "recognise/decision_sentences.hpp"

namespace docket {
namespace {

TEST(DecisionSentences, TheVerbTheBodyOrAllDecide) {
  for (std::string_view told : {"Approved & signed as correct.", "Agreed.", "All approved for payment.",
                                "Cllrs approved in principle to buy the radios.", "Members agreed to pay.",
                                "The Council unanimously resolved to object.", "It was decided to wait.",
                                "The Committee also adopted the policy."}) {
    EXPECT_TRUE(tells_decision(told)) << told;
  }
  for (std::string_view reported : {"The Chairman noted the report.", "It was suggested that the bins be moved.",
                                    "Members noted the gate.", "approved for payment.", "Agreeable weather.",
                                    "She could not agree payment.", "Councillors discussed the approved plan."}) {
    EXPECT_FALSE(tells_decision(reported)) << reported;
  }
}

TEST(DecisionSentences, TheSentenceAfterATitleOrADash) {
  const std::string_view titled = "14.Minutes of the last meeting: Approved & signed. Next item.";
  const SentenceSpan a = next_told_decision(titled, 0);
  EXPECT_EQ(titled.substr(a.begin, a.end - a.begin), "Approved & signed.");
  const std::string_view dashed = "Hall Hire - £24.00 - All approved for payment. Cllr Abbot left.";
  const SentenceSpan b = next_told_decision(dashed, 0);
  EXPECT_EQ(dashed.substr(b.begin, b.end - b.begin), "All approved for payment.");
  const std::string_view none = "The Clerk reported. It was suggested that the bins move.";
  EXPECT_EQ(next_told_decision(none, 0).begin, none.size());
}

}  // namespace
}  // namespace docket
