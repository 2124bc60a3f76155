// Page counters and running headers found inside running text by what
// repeats at page boundaries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/page_counters.hpp"

namespace docket {
namespace {

// `text` with the spans found cut out.
std::string without_counters(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  for (const TextSpan& s : find_page_counters(text)) {
    out += text.substr(at, s.begin - at);
    at = s.end;
  }
  return out + text.substr(at);
}

TEST(PageCounters, RisingPagesOfOneTotalAndTheHeaderBeforeThem) {
  const std::string text =
      "The board met at noon. 1 of 4\n"
      "June 2, 2020  2 of 4 and heard the report on roads.\n"
      "June 2, 2020  3 of 4 It voted to resurface Mill Lane.\n"
      "June 2, 2020  4 of 4 The meeting closed.\n";
  EXPECT_EQ(without_counters(text),
            "The board met at noon. \n"
            " and heard the report on roads.\n"
            " It voted to resurface Mill Lane.\n"
            " The meeting closed.\n");
}

TEST(PageCounters, PageWordBelongsToTheCounter) {
  const std::string text = "alpha Page 1 of 3 beta Page 2 of 3 gamma Page 3 of 3 delta";
  EXPECT_EQ(without_counters(text), "alpha  beta  gamma  delta");
}

TEST(PageCounters, ACountInProseIsNotAPage) {
  // Once, or with pages that do not rise, "N of M" is a count.
  for (const std::string& text : {std::string("We chose 2 of 5 bids and later 3 of 5 more."),
                                  std::string("3 of 9 seats, 2 of 9 seats, 1 of 9 seats"),
                                  std::string("Items 12 of 10 are missing 13 of 10 14 of 10")}) {
    EXPECT_TRUE(find_page_counters(text).empty()) << text;
  }
}

TEST(PageCounters, TwoPagesOfTwoAreEnough) {
  EXPECT_EQ(without_counters("first part 1 of 2\nsecond part 2 of 2"), "first part \nsecond part ");
}

TEST(PageCounters, TextBeforeOneCounterOnlyIsThePagesOwn) {
  const std::string text = "Alpha text 1 of 3\nBeta text 2 of 3\nGamma text 3 of 3";
  EXPECT_EQ(without_counters(text), "Alpha text \nBeta text \nGamma text ");
}

}  // namespace
}  // namespace docket
