#include "base/calendar.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(CalendarTest, KnowsWhichDaysExist) {
  EXPECT_TRUE(is_calendar_day(2024, 2, 29));
  EXPECT_FALSE(is_calendar_day(2023, 2, 29));
  EXPECT_FALSE(is_calendar_day(1900, 2, 29));
  EXPECT_TRUE(is_calendar_day(2000, 2, 29));
  EXPECT_FALSE(is_calendar_day(2024, 4, 31));
  EXPECT_FALSE(is_calendar_day(2024, 13, 1));
  EXPECT_FALSE(is_calendar_day(2024, 0, 1));
  EXPECT_FALSE(is_calendar_day(2024, 1, 0));
}

TEST(CalendarTest, MonthLengths) {
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2024, 9), 30);
  EXPECT_EQ(days_in_month(2024, 12), 31);
}

TEST(CalendarTest, ParsesOnlyRealIsoDays) {
  ASSERT_TRUE(parse_iso_day("2012-10-01"));
  EXPECT_EQ(format_iso_day(*parse_iso_day("2012-10-01")), "2012-10-01");
  EXPECT_FALSE(parse_iso_day("2023-02-29"));
  EXPECT_FALSE(parse_iso_day("2012-1-01"));
  EXPECT_FALSE(parse_iso_day("2012/10/01"));
  EXPECT_FALSE(parse_iso_day("20x2-10-01"));
  EXPECT_FALSE(parse_iso_day(""));
}

TEST(CalendarTest, LastDayOfEachPrecision) {
  EXPECT_EQ(last_day_of_period("2012-09"), "2012-09-30");
  EXPECT_EQ(last_day_of_period("2024-02"), "2024-02-29");
  EXPECT_EQ(last_day_of_period("2015"), "2015-12-31");
  EXPECT_EQ(last_day_of_period("2015-06-14"), "2015-06-14");
  EXPECT_EQ(last_day_of_period("spring"), "spring");
}

TEST(CalendarTest, DaysBetweenAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(days_between(*parse_iso_day("2024-02-28"), *parse_iso_day("2024-03-01")), 2);
  EXPECT_EQ(days_between(*parse_iso_day("2023-02-28"), *parse_iso_day("2023-03-01")), 1);
  EXPECT_EQ(days_between(*parse_iso_day("2025-01-01"), *parse_iso_day("2024-12-31")), -1);
  EXPECT_EQ(days_between(*parse_iso_day("2000-01-01"), *parse_iso_day("2001-01-01")), 366);
}

}  // namespace
}  // namespace docket
