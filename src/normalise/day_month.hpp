// A day and a month written without a year ("Thursday 18th May",
// "Tuesday, March 3rd"): title blocks often leave the year to the
// letterhead or to the dates around them. Only the day, the month and the
// weekday named before them are read; the caller supplies the year
// (with_year) from other evidence.
#ifndef DOCKET_DAY_MONTH_HPP
#define DOCKET_DAY_MONTH_HPP

#include <optional>
#include <string>
#include <string_view>

#include "docket/model.hpp"

namespace docket {

struct DayMonth {
  int day = 0;
  int month = 0;
  std::optional<int> weekday;  // 0 = Monday … 6 = Sunday, when the text names one
  std::string_view text;       // the day and month as written ("18th May")
};

// The first day and month in `text` that no year follows ("18th May",
// "May 18th", "18 May,"); nullopt when there is none, or when the first
// date written has its year (find_dates reads those).
std::optional<DayMonth> find_day_month(std::string_view text);

// The weekday of a calendar day, 0 = Monday … 6 = Sunday.
int weekday_of(int year, int month, int day);

// `dm` in the year that puts it nearest `reference` (an ISO day, "2023-04-20"),
// among that year and the years either side; where `dm` names a weekday,
// only years in which the day falls on it. nullopt when none does or the
// reference is not a whole day.
std::optional<Date> with_year(const DayMonth& dm, std::string_view reference);

}  // namespace docket

#endif  // DOCKET_DAY_MONTH_HPP
