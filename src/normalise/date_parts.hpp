// The parts every date form is made of: the calendar day being read, runs
// of digits, words, and the match a form gives. Internal to normalise/: the
// forms are in date_forms.cpp, the names of months and seasons in
// date_words.cpp, and what callers use in dates.hpp.
#ifndef DOCKET_NORMALISE_DATE_PARTS_HPP
#define DOCKET_NORMALISE_DATE_PARTS_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "base/calendar.hpp"
#include "docket/model.hpp"
#include "normalise/phrase_scan.hpp"

namespace docket::date_parts {

using namespace phrase_scan;

// Four-digit years outside this range are reference numbers, not dates.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2099;
// A bare year carries no other evidence of being a date, so it must look
// like a year a council paper would plan for.
constexpr int kMinBareYear = 1990;
constexpr int kMaxBareYear = 2099;
// Two-digit years below this are 20xx, the rest 19xx.
constexpr int kTwoDigitPivot = 70;
// No month or weekday name is longer; a longer word is rejected without
// being copied.
constexpr std::size_t kMaxNameLength = 9;

inline std::string_view trim_spaces(std::string_view s) {
  const std::size_t begin = skip_spaces(s, 0);
  const std::size_t end = skip_spaces_back(s, s.size());
  return begin < end ? s.substr(begin, end - begin) : std::string_view();
}

// A run of digits at `i`. Runs longer than four digits are never part of a
// date, so reading stops at five and reports the run as too long; this keeps
// every probe constant-time.
struct DigitRun {
  int value = 0;
  std::size_t length = 0;  // 5 means "five or more"
};

inline DigitRun read_digits(std::string_view s, std::size_t i) {
  DigitRun run;
  while (run.length < 5 && i + run.length < s.size() && is_digit(s[i + run.length])) {
    run.value = run.value * 10 + (s[i + run.length] - '0');
    ++run.length;
  }
  return run;
}

struct Ymd {
  int year = 0;
  int month = 0;  // 0 when only the year is written
  int day = 0;    // 0 when no day is written
};

inline bool is_valid(const Ymd& d) {
  if (d.year < kMinYear || d.year > kMaxYear) return false;
  if (d.month == 0) return d.day == 0;
  if (d.month < 1 || d.month > 12) return false;
  return d.day == 0 || is_calendar_day(d.year, d.month, d.day);
}

// is_valid reads a zero day or month as "not written", so a written zero
// ("00/01/12") must be caught before it gets there.
inline bool is_valid_day(const Ymd& d) { return d.day >= 1 && d.month >= 1 && is_valid(d); }

inline int expand_two_digit_year(int yy) { return yy < kTwoDigitPivot ? 2000 + yy : 1900 + yy; }

// "00" to "99", two bytes a number: the figures of a date are written two
// at a time, each pair looked up rather than divided out digit by digit.
inline constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (int v = 0; v < 100; ++v) {
    pairs[static_cast<std::size_t>(2 * v)] = static_cast<char>('0' + v / 10);
    pairs[static_cast<std::size_t>(2 * v + 1)] = static_cast<char>('0' + v % 10);
  }
  return pairs;
}();

inline void put_pair(char* out, unsigned value) {
  out[0] = kDigitPairs[2 * value];
  out[1] = kDigitPairs[2 * value + 1];
}

// Writes `value` as `width` digits with leading zeros.
inline char* put_padded(char* out, int value, int width) {
  // Years and months and days, as nearly every date has them.
  if (width == 4 && value >= 0 && value < 10000) {
    put_pair(out, static_cast<unsigned>(value) / 100);
    put_pair(out + 2, static_cast<unsigned>(value) % 100);
    return out + 4;
  }
  if (width == 2 && value >= 0 && value < 100) {
    put_pair(out, static_cast<unsigned>(value));
    return out + 2;
  }
  for (int k = width - 1; k >= 0; --k) {
    out[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out + width;
}

// Built in a buffer and copied once: the result fits the string's own
// storage, so this allocates nothing.
inline std::string to_iso(const Ymd& d) {
  char buffer[10];
  char* end = put_padded(buffer, d.year, 4);
  if (d.month != 0) {
    *end++ = '-';
    end = put_padded(end, d.month, 2);
  }
  if (d.day != 0) {
    *end++ = '-';
    end = put_padded(end, d.day, 2);
  }
  return std::string(buffer, end);
}

// Whether a number that ends at `end` stands alone: not glued to letters or
// more digits, not a percentage, and not the first part of "2015/16",
// "2015-16", "15.5" or "10:30".
inline bool number_ends_cleanly(std::string_view s, std::size_t end) {
  if (end >= s.size()) return true;
  const char c = s[end];
  if (is_alnum(c) || c == '%') return false;
  if ((c == '/' || c == '-' || c == '.' || c == ':') && is_digit(at(s, end + 1))) return false;
  if (has_bytes(s, end, kEnDash) && is_digit(at(s, end + kEnDash.size()))) return false;
  return true;
}

// Reads the alphabetic word at `i` into `buffer`, lowercased. Returns its
// length, or 0 when there is no word or it is longer than any name we know.
inline std::size_t read_word(std::string_view s, std::size_t i, std::array<char, kMaxNameLength>& buffer) {
  std::size_t n = 0;
  while (i + n < s.size() && is_alpha(s[i + n])) {
    if (n == kMaxNameLength) return 0;
    buffer[n] = lower(s[i + n]);
    ++n;
  }
  return n;
}

struct Match {
  Ymd date;
  std::size_t end = 0;
  // A span's first day, month or year (`date` is its last), or a zero year.
  Ymd start{};
  // Where the date's text begins when it starts before the place it was
  // found at (a season's name before its year).
  std::size_t begin = kNpos;
};

inline Date to_date(std::string_view text, const Match& m) {
  Date d(std::string(text), to_iso(m.date));
  if (m.start.year != 0) {
    d.start = to_iso(m.start);
    d.end = d.value;
  }
  return d;
}

}  // namespace docket::date_parts

#endif  // DOCKET_NORMALISE_DATE_PARTS_HPP
