// The calendar, once for every stage: which days exist, how long a month
// is, the last day of a period written in ISO 8601, and days between two
// dates. Built on std::chrono's civil calendar (proleptic Gregorian).
#ifndef DOCKET_BASE_CALENDAR_HPP
#define DOCKET_BASE_CALENDAR_HPP

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace docket {

// Whether day/month/year is a day of the calendar (31 April and 29
// February 2023 are not).
bool is_calendar_day(int year, int month, int day);

// 28 to 31; month is 1 to 12.
int days_in_month(int year, int month);

// "2012-10-01" as a day, when it is exactly that shape and a real day.
std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view text);

// The day an ISO 8601 date at any precision docket writes ends on:
// "2012-09" → "2012-09-30", "2015" → "2015-12-31", a day itself. Text of
// another shape comes back as it is.
std::string last_day_of_period(std::string_view iso);

// Days from `from` to `to`: positive when `to` is later.
long days_between(std::chrono::year_month_day from, std::chrono::year_month_day to);

// The day as "YYYY-MM-DD".
std::string format_iso_day(std::chrono::year_month_day day);

}  // namespace docket

#endif  // DOCKET_BASE_CALENDAR_HPP
