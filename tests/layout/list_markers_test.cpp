#include "layout/list_markers.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace docket {
namespace {

// The first byte rules out text that cannot start with an item word; every
// item word, in any case, still gets through to be read.
TEST(ListMarkers, NamedLeadingNumberReadsEveryItemWordInAnyCase) {
  for (std::string_view text : {"Action 4: Increase skills", "OBJECTIVE 2 - Homes", "priority 3. Roads", "Goal 1: x",
                                "Theme 2: x", "Outcome 5: x", "Workstream 6: x", "Task 7: x", "Step 8: x",
                                "Project 9: x", "Aim 10: x", "Milestone 1.2: x", "action 3"}) {
    const auto lead = named_leading_number(text);
    ASSERT_TRUE(lead.has_value()) << text;
    EXPECT_FALSE(lead->first.label.empty()) << text;
  }
  EXPECT_EQ(named_leading_number("Action 4: Increase skills")->first.label, "4");
  EXPECT_EQ(named_leading_number("Action 4: Increase skills")->second, std::string_view("Action 4: ").size());
}

TEST(ListMarkers, NamedLeadingNumberNeedsAnItemWordFirst) {
  for (std::string_view text : {"", "1.2 Review the forecasts", " Action 4: x", "(Action 4: x)", "*Action 4: x",
                                "Actions 4: x", "Review 4: x", "Action four: x", "Action 4 weeks"}) {
    EXPECT_FALSE(named_leading_number(text).has_value()) << text;
  }
}

TEST(ListMarkers, LeadingNumberTakesADottedOrPeriodNumber) {
  const auto dotted = leading_number("1.2 To enable the tables");
  ASSERT_TRUE(dotted.has_value());
  EXPECT_EQ(dotted->first.cls, MarkerClass::kDotted);
  EXPECT_EQ(dotted->first.label, "1.2");
  EXPECT_EQ(dotted->second, 4u);
  const auto numbered = leading_number("2. Tools to monitor");
  ASSERT_TRUE(numbered.has_value());
  EXPECT_EQ(numbered->first.label, "2");
  EXPECT_FALSE(leading_number("2 weeks").has_value());
}

TEST(ListMarkers, NoBreakSpacesAfterAMarkerSeparateItFromItsText) {
  // Word pads "a)" to its tab stop with no-break spaces.
  const std::optional<ListMarker> letter = parse_list_marker("a)\xC2\xA0  \xC2\xA0 the report be received;", true);
  ASSERT_TRUE(letter);
  EXPECT_EQ(letter->marker, "a)");
  EXPECT_EQ(letter->content, 9u);
  const std::optional<ListMarker> number = parse_list_marker("2.\xC2\xA0the fence be mended.", false);
  ASSERT_TRUE(number);
  EXPECT_EQ(number->marker, "2.");
  EXPECT_EQ(number->content, 4u);
  // A byte of another character after the marker is no separator.
  EXPECT_FALSE(parse_list_marker("a)\xC2\xA9 the mark", true));
}

}  // namespace
}  // namespace docket
