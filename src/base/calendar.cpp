#include "base/calendar.hpp"

#include <cstdio>

namespace docket {

namespace {

// The number written in text[begin, begin + length), all digits, or -1.
int digits_at(std::string_view text, std::size_t begin, std::size_t length) {
  int value = 0;
  for (std::size_t i = begin; i < begin + length; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::chrono::year_month_day make_day(int year, int month, int day) {
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}};
}

}  // namespace

bool is_calendar_day(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return make_day(year, month, day).ok();
}

int days_in_month(int year, int month) {
  const std::chrono::year_month_day_last last{std::chrono::year{year},
                                              std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !is_calendar_day(year, month, day)) return std::nullopt;
  return make_day(year, month, day);
}

std::string last_day_of_period(std::string_view iso) {
  if (iso.size() == 4 && digits_at(iso, 0, 4) >= 0) return std::string(iso) + "-12-31";
  if (iso.size() == 7 && iso[4] == '-') {
    const int year = digits_at(iso, 0, 4);
    const int month = digits_at(iso, 5, 2);
    if (year >= 0 && month >= 1 && month <= 12) {
      return std::string(iso) + "-" + std::to_string(days_in_month(year, month));
    }
  }
  return std::string(iso);
}

long days_between(std::chrono::year_month_day from, std::chrono::year_month_day to) {
  return static_cast<long>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

std::string format_iso_day(std::chrono::year_month_day day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return text;
}

}  // namespace docket
