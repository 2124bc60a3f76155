// The first test a paragraph meets before it is read for a dotted number,
// and kinds told by what a paper calls itself.
#include <gtest/gtest.h>

#include <string>

#include "layout/list_markers.hpp"
#include "recognise/document_kind.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

TEST(DocumentKind, DottedNumberTestLetsThroughEveryDottedNumber) {
  // Every text of up to seven bytes drawn from digits, periods, brackets,
  // spaces and letters: each that leading_number reads as a dotted number
  // passes the first test.
  const std::string bytes = "1.) a";
  int dotted = 0;
  for (std::size_t length = 0; length <= 7; ++length) {
    std::size_t combinations = 1;
    for (std::size_t k = 0; k < length; ++k) combinations *= bytes.size();
    for (std::size_t n = 0; n < combinations; ++n) {
      std::string text;
      for (std::size_t k = 0, rest = n; k < length; ++k, rest /= bytes.size()) text.push_back(bytes[rest % bytes.size()]);
      const auto lead = leading_number(text);
      if (lead && lead->first.cls == MarkerClass::kDotted) {
        ++dotted;
        EXPECT_TRUE(may_open_with_dotted_number(text)) << text;
      }
    }
  }
  EXPECT_GT(dotted, 0);
}

TEST(DocumentKind, DottedNumberTestTurnsAwayOtherNumbers) {
  EXPECT_TRUE(may_open_with_dotted_number("1.2 Review the forecasts"));
  EXPECT_TRUE(may_open_with_dotted_number("3.1.1 Homes"));
  EXPECT_FALSE(may_open_with_dotted_number("2. Tools to monitor"));
  EXPECT_FALSE(may_open_with_dotted_number("12 weeks"));
  EXPECT_FALSE(may_open_with_dotted_number("a. Restate"));
  EXPECT_FALSE(may_open_with_dotted_number(""));
}

// Minutes that tell their decisions in prose, no label to find them by,
// are minutes by their title block; a later paragraph on minutes is not a
// title, and "Minutes" must be the whole first word.
TEST(DocumentKind, MinutesByTheirTitleWhenNoDecisionIsLabelled) {
  const std::string body = "Present: Cllrs Ames and Bell.\n\n12. Playground\n\nThe new gate was approved.\n";
  EXPECT_EQ(parse_text("Minutes of a meeting of the Parish Council held on 4 May 2022.\n\n" + body).kind,
            DocumentKind::kDecisionRecord);
  EXPECT_EQ(parse_text("# MINUTES\n\nParish Council, 4 May 2022\n\n" + body).kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(parse_text("Parish newsletter\n\n" + body).kind, DocumentKind::kUnknown);
  EXPECT_EQ(parse_text("Minutestaker wanted\n\n" + body).kind, DocumentKind::kUnknown);
  EXPECT_EQ(parse_text("Parish newsletter\n\nNews.\n\nMore news.\n\nEven more.\n\nMinutes of the last meeting are "
                       "on the board.\n").kind,
            DocumentKind::kUnknown);
}

}  // namespace
}  // namespace docket
