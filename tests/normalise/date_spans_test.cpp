// ISO dates, and the dates that are spans: financial years, seasons and
// ranges, each one Date with a start and an end.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalise/dates.hpp"

namespace docket {
namespace {

// "TEXT=VALUE" or "TEXT=START..END" for each date find_dates sees.
std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const Date& d : find_dates(text)) {
    EXPECT_EQ(d.start.has_value(), d.end.has_value()) << d.text;
    if (d.end) {
      EXPECT_EQ(d.end, d.value) << d.text;
    }
    out.push_back(d.text + "=" + (d.start ? *d.start + ".." + *d.end : d.value.value_or("")));
  }
  return out;
}

std::string parsed(std::string_view text) {
  const std::optional<Date> d = parse_uk_date(text);
  if (!d) return "none";
  return d->start ? *d->start + ".." + *d->end : d->value.value_or("no value");
}

using Strings = std::vector<std::string>;

TEST(DateSpansTest, IsoDates) {
  EXPECT_EQ(parsed("2024-03-31"), "2024-03-31");
  EXPECT_EQ(parsed("by 2024-03-31"), "2024-03-31");
  EXPECT_EQ(found("Report back on 2024-03-31 to the board."), (Strings{"2024-03-31=2024-03-31"}));
  // Not a calendar day, or a longer code.
  EXPECT_EQ(parsed("2024-02-30"), "none");
  EXPECT_EQ(found("Ref 2024-03-31-7"), Strings{});
  EXPECT_EQ(found("Order 12024-03-31"), Strings{});
}

TEST(DateSpansTest, FinancialYears) {
  EXPECT_EQ(parsed("2024/25"), "2024-04..2025-03");
  EXPECT_EQ(parsed("2024-25"), "2024-04..2025-03");
  EXPECT_EQ(parsed("2024/2025"), "2024-04..2025-03");
  EXPECT_EQ(parsed("2099/00"), "none");
  EXPECT_EQ(parsed("1999/00"), "1999-04..2000-03");
  EXPECT_EQ(found("Savings of 5% in 2024\xE2\x80\x93" "25 and later."), (Strings{"2024\xE2\x80\x93" "25=2024-04..2025-03"}));
  EXPECT_EQ(found("based on 2012/13 data"), Strings{});
  // The second year must follow the first.
  EXPECT_EQ(found("Minute 2024/31 refers."), Strings{});
  EXPECT_EQ(found("From 2015/17 onwards"), Strings{});
  EXPECT_EQ(found("code 2024/25/3"), Strings{});
}

TEST(DateSpansTest, Seasons) {
  EXPECT_EQ(parsed("Spring 2024"), "2024-03..2024-05");
  EXPECT_EQ(parsed("summer 2024"), "2024-06..2024-08");
  EXPECT_EQ(parsed("Autumn 2024"), "2024-09..2024-11");
  EXPECT_EQ(parsed("Fall 2024"), "2024-09..2024-11");
  EXPECT_EQ(parsed("Winter 2024"), "2024-12..2025-02");
  EXPECT_EQ(parsed("Winter 2024/25"), "2024-12..2025-02");
  EXPECT_EQ(parsed("Spring 2024/25"), "2025-03..2025-05");
  EXPECT_EQ(found("A review in Spring 2025 of the scheme."), (Strings{"Spring 2025=2025-03..2025-05"}));
  // A season with no year is no date; a word ending in a season's name is
  // not one.
  EXPECT_EQ(found("Planting in spring, then 2024 budget."), Strings{});
  EXPECT_EQ(found("Offspring 2024"), Strings{});
}

TEST(DateSpansTest, RangesAreOneSpan) {
  EXPECT_EQ(found("timeline the work from Sept 15 to Dec 15."), (Strings{"Sept 15 to Dec 15=2015-09..2015-12"}));
  EXPECT_EQ(found("1 April 2024 \xE2\x80\x93 30 June 2024"),
            (Strings{"1 April 2024 \xE2\x80\x93 30 June 2024=2024-04-01..2024-06-30"}));
  EXPECT_EQ(found("March 2024 until May 2024"), (Strings{"March 2024 until May 2024=2024-03..2024-05"}));
  EXPECT_EQ(found("from 2024/25 to 2026/27"), (Strings{"2024/25 to 2026/27=2024-04..2027-03"}));
  // Backwards, they are two dates; joined by "and" or a comma, two too.
  EXPECT_EQ(found("Dec 2016 - Sept 2015"), (Strings{"Dec 2016=2016-12", "Sept 2015=2015-09"}));
  EXPECT_EQ(found("March 2024 and May 2024"), (Strings{"March 2024=2024-03", "May 2024=2024-05"}));
  EXPECT_EQ(found("March 2024, May 2024"), (Strings{"March 2024=2024-03", "May 2024=2024-05"}));
}

}  // namespace
}  // namespace docket
