// Days and months written without a year, and the year other dates give
// them.
#include "normalise/day_month.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(DayMonth, DayFirstOrMonthFirstWithTheWeekdayBefore) {
  const std::optional<DayMonth> day_first = find_day_month("HELD ON THURSDAY 18th May AT 3.00PM");
  ASSERT_TRUE(day_first);
  EXPECT_EQ(day_first->day, 18);
  EXPECT_EQ(day_first->month, 5);
  EXPECT_EQ(day_first->weekday, 3);
  EXPECT_EQ(day_first->text, "18th May");
  const std::optional<DayMonth> month_first = find_day_month("on Tuesday, March 3rd at noon");
  ASSERT_TRUE(month_first);
  EXPECT_EQ(month_first->day, 3);
  EXPECT_EQ(month_first->month, 3);
  EXPECT_EQ(month_first->weekday, 1);
  const std::optional<DayMonth> no_weekday = find_day_month("held on 4 June in the hall");
  ASSERT_TRUE(no_weekday);
  EXPECT_FALSE(no_weekday->weekday);
}

TEST(DayMonth, NoneWhereTheYearIsWrittenOrNoDayIs) {
  EXPECT_FALSE(find_day_month("held on Thursday 18th May 2023"));
  EXPECT_FALSE(find_day_month("held on Thursday 18th May, 2023"));
  EXPECT_FALSE(find_day_month("you may 18 times"));
  EXPECT_FALSE(find_day_month("in May"));
  EXPECT_FALSE(find_day_month("31st April"));
  EXPECT_FALSE(find_day_month("item 118 May"));
}

TEST(DayMonth, TheYearNearestTheReferenceOnTheWeekdayNamed) {
  DayMonth dm;
  dm.day = 18;
  dm.month = 5;
  dm.text = "18th May";
  EXPECT_EQ(with_year(dm, "2023-04-20")->value, "2023-05-18");
  // January after a December reference is the next year's.
  dm.day = 9;
  dm.month = 1;
  EXPECT_EQ(with_year(dm, "2023-12-12")->value, "2024-01-09");
  // Tuesday 9 January is 2024's, whatever the nearest year would be.
  dm.weekday = 1;
  EXPECT_EQ(with_year(dm, "2023-03-01")->value, "2024-01-09");
  // No year either side puts the day on a Saturday (2023's is a Monday).
  dm.weekday = 5;
  EXPECT_FALSE(with_year(dm, "2023-12-12"));
  EXPECT_FALSE(with_year(dm, "2023-12"));
  EXPECT_EQ(weekday_of(2015, 3, 25), 2);
}

}  // namespace
}  // namespace docket
