#include "normalise/day_month.hpp"

#include <array>
#include <chrono>
#include <cstdlib>

#include "base/calendar.hpp"

#include "normalise/date_parts.hpp"
#include "normalise/date_words.hpp"

namespace docket {

using date_parts::Ymd;

namespace {

constexpr std::array<std::string_view, 7> kWeekdayStarts = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// The weekday named by the word ending just before `end` (spaces and a
// comma between), if any.
std::optional<int> weekday_before(std::string_view s, std::size_t end) {
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == ',')) --end;
  std::size_t begin = end;
  while (begin > 0 && date_parts::is_alpha(s[begin - 1])) --begin;
  if (begin == end || date_parts::match_weekday(s, begin) == std::string_view::npos) return std::nullopt;
  for (std::size_t k = 0; k < kWeekdayStarts.size(); ++k) {
    if (date_parts::lower(s[begin]) == kWeekdayStarts[k][0] && date_parts::lower(s[begin + 1]) == kWeekdayStarts[k][1] &&
        date_parts::lower(s[begin + 2]) == kWeekdayStarts[k][2]) {
      return static_cast<int>(k);
    }
  }
  return std::nullopt;
}

// A day of one or two digits at `i`, with its ordinal; its end, or npos.
std::size_t read_day(std::string_view s, std::size_t i, int& day) {
  const date_parts::DigitRun run = date_parts::read_digits(s, i);
  if (run.length == 0 || run.length > 2 || (i > 0 && date_parts::is_alnum(s[i - 1]))) return std::string_view::npos;
  const std::size_t end = date_parts::skip_ordinal(s, i + run.length);
  if (end < s.size() && date_parts::is_alnum(s[end])) return std::string_view::npos;
  day = run.value;
  return end;
}

// Whether a year (or any number) follows at `i`, past spaces and a comma.
bool number_follows(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  return i < s.size() && date_parts::is_digit(s[i]);
}

}  // namespace

std::optional<DayMonth> find_day_month(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && date_parts::is_alnum(s[i - 1])) continue;
    DayMonth dm;
    std::size_t begin = i;
    std::size_t end = std::string_view::npos;
    if (date_parts::is_digit(s[i])) {
      // "18th May"
      const std::size_t day_end = read_day(s, i, dm.day);
      if (day_end == std::string_view::npos) continue;
      std::size_t m = day_end;
      while (m < s.size() && s[m] == ' ') ++m;
      if (m == day_end) continue;
      const std::optional<date_parts::MonthWord> month = date_parts::read_month(s, m);
      if (!month || month->lowercase_may) continue;
      dm.month = month->month;
      end = month->end;
    } else if (const std::optional<date_parts::MonthWord> month = date_parts::read_month(s, i);
               month && !month->lowercase_may) {
      // "May 18th"
      std::size_t d = month->end;
      while (d < s.size() && s[d] == ' ') ++d;
      if (d == month->end || d >= s.size()) continue;
      end = read_day(s, d, dm.day);
      if (end == std::string_view::npos) continue;
      dm.month = month->month;
    } else {
      continue;
    }
    // A date with its year is find_dates's to read.
    if (number_follows(s, end)) return std::nullopt;
    // 29 February is a day of some years: 2000 is one.
    if (!is_calendar_day(2000, dm.month, dm.day)) continue;
    dm.text = s.substr(begin, end - begin);
    dm.weekday = weekday_before(s, begin);
    return dm;
  }
  return std::nullopt;
}

int weekday_of(int year, int month, int day) {
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{ymd}}.iso_encoding()) - 1;
}

std::optional<Date> with_year(const DayMonth& dm, std::string_view reference) {
  const std::optional<std::chrono::year_month_day> ref = parse_iso_day(reference);
  if (!ref) return std::nullopt;
  const int ref_year = static_cast<int>(ref->year());
  std::optional<int> best;
  long best_distance = 0;
  for (const int year : {ref_year - 1, ref_year, ref_year + 1}) {
    if (!is_calendar_day(year, dm.month, dm.day)) continue;
    if (dm.weekday && weekday_of(year, dm.month, dm.day) != *dm.weekday) continue;
    const std::chrono::year_month_day day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(dm.month)},
                                          std::chrono::day{static_cast<unsigned>(dm.day)}};
    const long distance = std::labs(days_between(*ref, day));
    if (!best || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  if (!best) return std::nullopt;
  return Date(std::string(dm.text), date_parts::to_iso(Ymd{*best, dm.month, dm.day}));
}

}  // namespace docket
