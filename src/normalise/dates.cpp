#include "normalise/dates.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <tuple>

#include "base/byte_scan.hpp"
#include "base/calendar.hpp"
#include "base/text_util.hpp"

namespace docket {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

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

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

char at(std::string_view s, std::size_t i) { return i < s.size() ? s[i] : '\0'; }

// Whether `bytes` occur at `i`. Written out because the calls are many and
// the needles tiny, where a library memcmp costs more than the comparison.
bool has_bytes(std::string_view s, std::size_t i, std::string_view bytes) {
  if (i > s.size() || s.size() - i < bytes.size()) return false;
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    if (s[i + k] != bytes[k]) return false;
  }
  return true;
}

// Text converted from PDF and Word is full of U+00A0, so it counts as a space.
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kEnDash = "\xE2\x80\x93";

std::size_t space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (is_ascii_space(s[i])) return 1;
  return has_bytes(s, i, kNoBreakSpace) ? kNoBreakSpace.size() : 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = space_length(s, i)) i += n;
  return i;
}

// Where the run of whitespace that ends at `end` begins.
std::size_t skip_spaces_back(std::string_view s, std::size_t end) {
  while (end > 0) {
    if (is_ascii_space(s[end - 1])) {
      --end;
    } else if (end >= 2 && has_bytes(s, end - 2, kNoBreakSpace)) {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

std::string_view trim_spaces(std::string_view s) {
  const std::size_t begin = skip_spaces(s, 0);
  const std::size_t end = skip_spaces_back(s, s.size());
  return begin < end ? s.substr(begin, end - begin) : std::string_view();
}

// Matches `phrase` at `i` ignoring ASCII case, where a space in the phrase
// stands for any run of whitespace. Returns the end of the match or kNpos.
std::size_t match_phrase(std::string_view s, std::size_t i, std::string_view phrase) {
  for (char p : phrase) {
    if (p == ' ') {
      const std::size_t next = skip_spaces(s, i);
      if (next == i) return kNpos;
      i = next;
    } else {
      if (i >= s.size() || lower(s[i]) != p) return kNpos;
      ++i;
    }
  }
  return i;
}

// Matches `phrase` as a whole word ending exactly at `end`; returns where it
// begins or kNpos.
std::size_t match_phrase_before(std::string_view s, std::size_t end, std::string_view phrase) {
  for (std::size_t k = phrase.size(); k > 0; --k) {
    const char p = phrase[k - 1];
    if (p == ' ') {
      const std::size_t prev = skip_spaces_back(s, end);
      if (prev == end) return kNpos;
      end = prev;
    } else {
      if (end == 0 || lower(s[end - 1]) != p) return kNpos;
      --end;
    }
  }
  if (end > 0 && is_alnum(s[end - 1])) return kNpos;
  return end;
}

// A run of digits at `i`. Runs longer than four digits are never part of a
// date, so reading stops at five and reports the run as too long; this keeps
// every probe constant-time.
struct DigitRun {
  int value = 0;
  std::size_t length = 0;  // 5 means "five or more"
};

DigitRun read_digits(std::string_view s, std::size_t i) {
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

bool is_valid(const Ymd& d) {
  if (d.year < kMinYear || d.year > kMaxYear) return false;
  if (d.month == 0) return d.day == 0;
  if (d.month < 1 || d.month > 12) return false;
  return d.day == 0 || is_calendar_day(d.year, d.month, d.day);
}

// is_valid reads a zero day or month as "not written", so a written zero
// ("00/01/12") must be caught before it gets there.
bool is_valid_day(const Ymd& d) { return d.day >= 1 && d.month >= 1 && is_valid(d); }

int expand_two_digit_year(int yy) { return yy < kTwoDigitPivot ? 2000 + yy : 1900 + yy; }

// Writes `value` as `width` digits with leading zeros.
char* put_padded(char* out, int value, int width) {
  for (int k = width - 1; k >= 0; --k) {
    out[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out + width;
}

// Built in a buffer and copied once: the result fits the string's own
// storage, so this allocates nothing.
std::string to_iso(const Ymd& d) {
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
bool number_ends_cleanly(std::string_view s, std::size_t end) {
  if (end >= s.size()) return true;
  const char c = s[end];
  if (is_alnum(c) || c == '%') return false;
  if ((c == '/' || c == '-' || c == '.' || c == ':') && is_digit(at(s, end + 1))) return false;
  if (has_bytes(s, end, kEnDash) && is_digit(at(s, end + kEnDash.size()))) return false;
  return true;
}

// Reads the alphabetic word at `i` into `buffer`, lowercased. Returns its
// length, or 0 when there is no word or it is longer than any name we know.
std::size_t read_word(std::string_view s, std::size_t i, std::array<char, kMaxNameLength>& buffer) {
  std::size_t n = 0;
  while (i + n < s.size() && is_alpha(s[i + n])) {
    if (n == kMaxNameLength) return 0;
    buffer[n] = lower(s[i + n]);
    ++n;
  }
  return n;
}

struct MonthName {
  std::string_view name;
  int month;
  bool abbreviation;  // may take a trailing period: "Sept."
};

constexpr std::array<MonthName, 24> kMonthNames = {{
    {"january", 1, false},   {"jan", 1, true},     {"february", 2, false},  {"feb", 2, true},
    {"march", 3, false},     {"mar", 3, true},     {"april", 4, false},     {"apr", 4, true},
    {"may", 5, false},       {"june", 6, false},   {"jun", 6, true},        {"july", 7, false},
    {"jul", 7, true},        {"august", 8, false}, {"aug", 8, true},        {"september", 9, false},
    {"sept", 9, true},       {"sep", 9, true},     {"october", 10, false},  {"oct", 10, true},
    {"november", 11, false}, {"nov", 11, true},    {"december", 12, false}, {"dec", 12, true},
}};

struct MonthWord {
  int month = 0;
  std::size_t end = 0;
  // "may" in lower case is far more often the verb than the month.
  bool lowercase_may = false;
};

// The month names (as bits, one per entry of kMonthNames) that start with
// each pair of letters, as a table indexed by the pair: most words of prose
// ("and", "of", "for", "should") are rejected on their first two letters
// without being read, and a word that passes is compared only with the few
// names that share them.
constexpr std::size_t month_start_index(char a, char b) {
  return static_cast<std::size_t>((a - 'a') * 26 + (b - 'a'));
}

constexpr std::array<std::uint32_t, 26 * 26> kMonthsByStart = [] {
  std::array<std::uint32_t, 26 * 26> starts{};
  for (std::size_t k = 0; k < kMonthNames.size(); ++k) {
    starts[month_start_index(kMonthNames[k].name[0], kMonthNames[k].name[1])] |= std::uint32_t{1} << k;
  }
  return starts;
}();

// Marks the bytes a date found in prose can start with, given the bytes
// either side: a digit, or the first two letters of a month name in either
// case, at the start of a word (after a byte that is not an ASCII letter or
// digit). `b | 0x20` is a lowercase letter exactly when `b` is that letter
// in either case. Written once for blocks of bytes and single bytes, like
// the byte tests of text_util.hpp; the static_assert below keeps it in step
// with kMonthNames.
constexpr auto kMayStartDate = [](auto before, auto b, auto after) {
  const auto folded_before = before | 0x20;
  const auto after_word = ((before >= '0') & (before <= '9')) | ((folded_before >= 'a') & (folded_before <= 'z'));
  const auto first = b | 0x20;
  const auto second = after | 0x20;
  const auto month = ((first == 'j') & ((second == 'a') | (second == 'u'))) | ((first == 'f') & (second == 'e')) |
                     ((first == 'm') & (second == 'a')) | ((first == 'a') & ((second == 'p') | (second == 'u'))) |
                     ((first == 's') & (second == 'e')) | ((first == 'o') & (second == 'c')) |
                     ((first == 'n') & (second == 'o')) | ((first == 'd') & (second == 'e'));
  return (((b >= '0') & (b <= '9')) | month) & (after_word == 0);
};

constexpr bool date_start_matches_the_month_names(int c, int next) {
  const bool letters = is_alpha(static_cast<char>(c)) && is_alpha(static_cast<char>(next));
  const bool starts =
      is_digit(static_cast<char>(c)) ||
      (letters && kMonthsByStart[month_start_index(lower(static_cast<char>(c)), lower(static_cast<char>(next)))] != 0);
  return marks_only_word_starts(kMayStartDate, c, next, starts);
}

static_assert(matches_every_ascii_pair(date_start_matches_the_month_names, 0, 64));
static_assert(matches_every_ascii_pair(date_start_matches_the_month_names, 64, 128));
static_assert(matches_every_pair_beside_high_bytes(date_start_matches_the_month_names, 0, 64));
static_assert(matches_every_pair_beside_high_bytes(date_start_matches_the_month_names, 64, 128));
static_assert(matches_every_pair_beside_high_bytes(date_start_matches_the_month_names, 128, 192));
static_assert(matches_every_pair_beside_high_bytes(date_start_matches_the_month_names, 192, 256));

// The month names the word at `i` may be, judged on its first two letters
// (see kMonthsByStart); 0 when it is none.
std::uint32_t months_starting_at(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return 0;
  const char a = lower(s[i]);
  const char b = lower(s[i + 1]);
  if (a < 'a' || a > 'z' || b < 'a' || b > 'z') return 0;
  return kMonthsByStart[month_start_index(a, b)];
}

// Whether the word at `i` is `name` (lowercase) in any case: the name's
// letters, then no further letter.
bool word_is(std::string_view s, std::size_t i, std::string_view name) {
  if (s.size() - i < name.size()) return false;
  for (std::size_t k = 0; k < name.size(); ++k) {
    if (lower(s[i + k]) != name[k]) return false;
  }
  return !is_alpha(at(s, i + name.size()));
}

std::optional<MonthWord> read_month(std::string_view s, std::size_t i) {
  // Each candidate is compared in place: most words that start like a
  // month ("made", "service", "decision") differ by their third letter.
  for (std::uint32_t candidates = i < s.size() ? months_starting_at(s, i) : 0; candidates != 0;
       candidates &= candidates - 1) {
    const MonthName& name = kMonthNames[static_cast<std::size_t>(std::countr_zero(candidates))];
    if (!word_is(s, i, name.name)) continue;
    MonthWord found;
    found.month = name.month;
    found.end = i + name.name.size();
    if (name.abbreviation && at(s, found.end) == '.') ++found.end;
    found.lowercase_may = name.month == 5 && s[i] == 'm' && s[i + 1] == 'a' && s[i + 2] == 'y';
    return found;
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 18> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues",   "wed",     "weds",      "thu",      "thur",   "thurs",    "fri",    "sat", "sun"};

// The end of a weekday name at `i` (with its optional period), or kNpos.
std::size_t match_weekday(std::string_view s, std::size_t i) {
  std::array<char, kMaxNameLength> buffer{};
  const std::size_t length = read_word(s, i, buffer);
  if (length == 0) return kNpos;
  const std::string_view word(buffer.data(), length);
  for (std::string_view name : kWeekdays) {
    if (name == word) return at(s, i + length) == '.' ? i + length + 1 : i + length;
  }
  return kNpos;
}

// The end of an ordinal suffix ("st", "nd", "rd", "th") at `i`, or `i`.
std::size_t skip_ordinal(std::string_view s, std::size_t i) {
  if (i + 2 > s.size()) return i;
  const char a = lower(s[i]);
  const char b = lower(s[i + 1]);
  const bool ordinal = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                       (a == 't' && b == 'h');
  if (!ordinal || is_alpha(at(s, i + 2))) return i;
  return i + 2;
}

// The end of an apostrophe that may open a shortened year ("Sept '15"), or i.
std::size_t skip_apostrophe(std::string_view s, std::size_t i) {
  if (at(s, i) == '\'') return i + 1;
  // U+2019 and U+2018, which word processors substitute for "'".
  if (has_bytes(s, i, "\xE2\x80\x99") || has_bytes(s, i, "\xE2\x80\x98")) return i + 3;
  return i;
}

struct Year {
  int year = 0;
  std::size_t end = 0;
  bool two_digit = false;
};

// A year token: "2012", "12" or "'12".
std::optional<Year> read_year(std::string_view s, std::size_t i) {
  const std::size_t start = skip_apostrophe(s, i);
  const bool apostrophe = start != i;
  const DigitRun run = read_digits(s, start);
  const std::size_t end = start + run.length;
  if (!number_ends_cleanly(s, end)) return std::nullopt;
  if (run.length == 2) return Year{expand_two_digit_year(run.value), end, true};
  if (run.length == 4 && !apostrophe) return Year{run.value, end, false};
  return std::nullopt;
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

Date to_date(std::string_view text, const Match& m) {
  Date d(std::string(text), to_iso(m.date));
  if (m.start.year != 0) {
    d.start = to_iso(m.start);
    d.end = d.value;
  }
  return d;
}

// "2024-03-31": ISO 8601, as spreadsheets and databases export dates.
std::optional<Match> match_iso(std::string_view s, std::size_t i) {
  const DigitRun year = read_digits(s, i);
  if (year.length != 4 || at(s, i + 4) != '-') return std::nullopt;
  const DigitRun month = read_digits(s, i + 5);
  if (month.length != 2 || at(s, i + 7) != '-') return std::nullopt;
  const DigitRun day = read_digits(s, i + 8);
  const std::size_t end = i + 10;
  if (day.length != 2 || is_alnum(at(s, end)) || (at(s, end) == '-' && is_digit(at(s, end + 1)))) {
    return std::nullopt;
  }
  if (i >= 2 && s[i - 1] == '-' && is_digit(s[i - 2])) return std::nullopt;
  const Ymd date{year.value, month.value, day.value};
  if (year.value < kMinYear || year.value > kMaxYear || !is_valid_day(date)) return std::nullopt;
  return Match{date, end};
}

// "2024/25", "2024-25", "2024/2025", "2024–25": a UK financial year, from
// April to the March after. The second year must follow the first, so
// that "2015/17" or a reference "2024/31" is not one.
std::optional<Match> match_financial_year(std::string_view s, std::size_t i) {
  const DigitRun first = read_digits(s, i);
  if (first.length != 4 || first.value < kMinBareYear || first.value >= kMaxBareYear) return std::nullopt;
  std::size_t p = i + 4;
  if (at(s, p) == '/' || at(s, p) == '-') {
    ++p;
  } else if (has_bytes(s, p, kEnDash)) {
    p += kEnDash.size();
  } else {
    return std::nullopt;
  }
  const DigitRun second = read_digits(s, p);
  const int next = first.value + 1;
  if (!((second.length == 2 && second.value == next % 100) || (second.length == 4 && second.value == next))) {
    return std::nullopt;
  }
  p += second.length;
  if (is_alnum(at(s, p)) || ((at(s, p) == '/' || at(s, p) == '-') && is_digit(at(s, p + 1)))) return std::nullopt;
  if (i >= 2 && (s[i - 1] == '/' || s[i - 1] == '-') && is_digit(s[i - 2])) return std::nullopt;
  Match m{Ymd{next, 3, 0}, p};
  m.start = Ymd{first.value, 4, 0};
  return m;
}

// Dotted numbers after these words are references ("section 10.12.11").
constexpr std::array<std::string_view, 24> kReferenceWords = {
    "section",  "sections", "paragraph", "paragraphs", "para",  "paras",   "clause", "clauses",
    "appendix", "annex",    "schedule",  "item",       "items", "version", "ver",    "v",
    "figure",   "fig",      "table",     "page",       "pages", "chapter", "ref",    "point"};

// The longest word in kReferenceWords ("paragraphs").
constexpr std::size_t kMaxReferenceWordLength = 10;

bool follows_reference_word(std::string_view s, std::size_t i) {
  std::size_t end = skip_spaces_back(s, i);
  if (end == i) return false;
  if (end > 0 && s[end - 1] == '.') --end;  // "para. 10.12.11"
  std::size_t begin = end;
  while (begin > 0 && is_alpha(s[begin - 1]) && end - begin <= kMaxReferenceWordLength) --begin;
  if (begin == end || end - begin > kMaxReferenceWordLength) return false;
  if (begin > 0 && is_alnum(s[begin - 1])) return false;
  std::array<char, kMaxReferenceWordLength> buffer{};
  for (std::size_t k = begin; k < end; ++k) buffer[k - begin] = lower(s[k]);
  const std::string_view word(buffer.data(), end - begin);
  for (std::string_view reference : kReferenceWords) {
    if (reference == word) return true;
  }
  return false;
}

// "03/09/12", "3/9/2012", "19.04.10", "03-09-2012".
std::optional<Match> match_numeric(std::string_view s, std::size_t i) {
  const DigitRun day = read_digits(s, i);
  if (day.length < 1 || day.length > 2) return std::nullopt;
  std::size_t p = i + day.length;
  const char separator = at(s, p);
  if (separator != '/' && separator != '.' && separator != '-') return std::nullopt;
  const DigitRun month = read_digits(s, ++p);
  if (month.length < 1 || month.length > 2) return std::nullopt;
  p += month.length;
  if (at(s, p) != separator) return std::nullopt;
  const DigitRun year = read_digits(s, ++p);
  if (year.length != 2 && year.length != 4) return std::nullopt;
  p += year.length;
  // A third separator and more digits make a section or version number.
  if (is_alnum(at(s, p)) || (at(s, p) == separator && is_digit(at(s, p + 1)))) return std::nullopt;
  if (i >= 2 && s[i - 1] == separator && is_digit(s[i - 2])) return std::nullopt;
  // "6.1.10" is a section number far more often than 6 January 2010.
  if (separator != '/' && year.length == 2 && (day.length != 2 || month.length != 2)) {
    return std::nullopt;
  }
  if (separator == '.' && follows_reference_word(s, i)) return std::nullopt;
  Ymd date{year.length == 2 ? expand_two_digit_year(year.value) : year.value, month.value,
           day.value};
  if (!is_valid_day(date)) return std::nullopt;
  return Match{date, p};
}

// "8 March 2012", "8th of March 2012", "08-Mar-12", "3rd Sept. '15".
std::optional<Match> match_day_first(std::string_view s, std::size_t i) {
  const DigitRun day = read_digits(s, i);
  if (day.length < 1 || day.length > 2) return std::nullopt;
  std::size_t p = skip_ordinal(s, i + day.length);
  const bool dashed = at(s, p) == '-';
  if (dashed) {
    ++p;
  } else {
    const std::size_t after = skip_spaces(s, p);
    if (after == p) return std::nullopt;
    p = after;
    const std::size_t after_of = match_phrase(s, p, "of ");
    if (after_of != kNpos) p = after_of;
  }
  const std::optional<MonthWord> month = read_month(s, p);
  if (!month) return std::nullopt;
  p = month->end;
  bool comma = false;
  if (dashed) {
    if (at(s, p) != '-') return std::nullopt;
    ++p;
  } else {
    const std::size_t before = p;
    if (at(s, p) == ',') {
      comma = true;
      ++p;
    }
    p = skip_spaces(s, p);
    if (p == before) return std::nullopt;
  }
  const std::optional<Year> year = read_year(s, p);
  // "8 March, 12 members" is a count, not a year.
  if (!year || (year->two_digit && comma)) return std::nullopt;
  const Ymd date{year->year, month->month, day.value};
  if (!is_valid_day(date)) return std::nullopt;
  return Match{date, year->end};
}

// "Sept 2010", "Sept. 2010", "September, 2014", "Mar-12", "Sept '15",
// "March 8, 2012", "October 30th 2014", and "Dec 15" meaning December 2015.
std::optional<Match> match_month_first(std::string_view s, std::size_t i) {
  const std::optional<MonthWord> month = read_month(s, i);
  if (!month) return std::nullopt;
  std::size_t p = month->end;
  if (at(s, p) == '-') {
    const std::optional<Year> year = read_year(s, p + 1);
    if (!year) return std::nullopt;
    const Ymd date{year->year, month->month, 0};
    if (!is_valid(date)) return std::nullopt;
    return Match{date, year->end};
  }
  const bool comma = at(s, p) == ',';
  const std::size_t number = skip_spaces(s, comma ? p + 1 : p);
  if (number == p) return std::nullopt;

  const std::size_t after_apostrophe = skip_apostrophe(s, number);
  if (after_apostrophe != number) {
    const std::optional<Year> year = read_year(s, number);
    if (!year) return std::nullopt;
    const Ymd date{year->year, month->month, 0};
    if (!is_valid(date)) return std::nullopt;
    return Match{date, year->end};
  }

  const DigitRun run = read_digits(s, number);
  const std::size_t run_end = number + run.length;
  if (run.length == 4) {
    if (!number_ends_cleanly(s, run_end)) return std::nullopt;
    const Ymd date{run.value, month->month, 0};
    if (!is_valid(date)) return std::nullopt;
    return Match{date, run_end};
  }
  if (run.length < 1 || run.length > 2 || comma) return std::nullopt;

  // US order with a year: "March 8, 2012", "Sept 15 2015".
  const std::size_t after_ordinal = skip_ordinal(s, run_end);
  const std::size_t after_comma = at(s, after_ordinal) == ',' ? after_ordinal + 1 : after_ordinal;
  const std::size_t year_start = skip_spaces(s, after_comma);
  const DigitRun year = read_digits(s, year_start);
  if (year_start != after_ordinal && year.length == 4) {
    if (!number_ends_cleanly(s, year_start + year.length)) return std::nullopt;
    const Ymd date{year.value, month->month, run.value};
    if (!is_valid_day(date)) return std::nullopt;
    return Match{date, year_start + year.length};
  }

  // "Dec 15": a bare two-digit number after a month is a year, unless it is
  // an ordinal day ("Sept 15th") or the lower-case verb ("you may 15").
  if (run.length != 2 || after_ordinal != run_end || month->lowercase_may) return std::nullopt;
  if (!number_ends_cleanly(s, run_end)) return std::nullopt;
  const Ymd date{expand_two_digit_year(run.value), month->month, 0};
  if (!is_valid(date)) return std::nullopt;
  return Match{date, run_end};
}

// A bare year on its own: "2015".
std::optional<Match> match_bare_year(std::string_view s, std::size_t i) {
  const DigitRun run = read_digits(s, i);
  if (run.length != 4 || run.value < kMinBareYear || run.value > kMaxBareYear) return std::nullopt;
  if (!number_ends_cleanly(s, i + run.length)) return std::nullopt;
  return Match{Ymd{run.value, 0, 0}, i + run.length};
}

struct Season {
  std::string_view name;
  int first_month;  // its last month is two later (Winter's is next February)
};

constexpr std::array<Season, 5> kSeasons = {
    {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}}};

// "Spring 2024", "Winter 2024/25": the season's three months, Winter's
// from December into the next year.
std::optional<Match> match_season(std::string_view s, std::size_t i) {
  for (const Season& season : kSeasons) {
    if (!word_is(s, i, season.name)) continue;
    const std::size_t p = skip_spaces(s, i + season.name.size());
    if (p == i + season.name.size()) return std::nullopt;
    int year = 0;
    std::size_t end = 0;
    if (const std::optional<Match> fy = match_financial_year(s, p)) {
      // Spring of 2024/25 is in 2025; the others start in 2024.
      year = season.first_month >= 4 ? fy->start.year : fy->date.year;
      end = fy->end;
    } else if (const std::optional<Match> bare = match_bare_year(s, p)) {
      year = bare->date.year;
      end = bare->end;
    } else {
      return std::nullopt;
    }
    const int last_month = (season.first_month + 2 - 1) % 12 + 1;
    Match m{Ymd{last_month < season.first_month ? year + 1 : year, last_month, 0}, end};
    m.start = Ymd{year, season.first_month, 0};
    m.begin = i;
    return m;
  }
  return std::nullopt;
}

// The season named by the word that ends just before `i` (a year), if any.
std::optional<Match> match_season_before(std::string_view s, std::size_t i) {
  const std::size_t end = skip_spaces_back(s, i);
  if (end == i) return std::nullopt;
  std::size_t begin = end;
  while (begin > 0 && end - begin <= 6 && is_alpha(s[begin - 1])) --begin;
  if (begin == end || end - begin > 6 || (begin > 0 && is_alnum(s[begin - 1]))) return std::nullopt;
  return match_season(s, begin);
}

// Words that make a following bare year a date in running prose.
constexpr std::array<std::string_view, 7> kYearLeadIns = {"by",   "in", "during", "end of",
                                                          "from", "to", "until"};

bool follows_year_lead_in(std::string_view s, std::size_t i) {
  const std::size_t end = skip_spaces_back(s, i);
  if (end == i) return false;
  for (std::string_view lead_in : kYearLeadIns) {
    if (match_phrase_before(s, end, lead_in) != kNpos) return true;
  }
  return false;
}

bool follows_currency_sign(std::string_view s, std::size_t i) {
  if (i >= 1 && s[i - 1] == '$') return true;
  if (i >= 2 && has_bytes(s, i - 2, "\xC2\xA3")) return true;
  return i >= 3 && has_bytes(s, i - 3, "\xE2\x82\xAC");
}

// The date that starts at word start `i` in running text, if any.
std::optional<Match> match_date_in_prose(std::string_view s, std::size_t i) {
  if (is_alpha(s[i])) return match_month_first(s, i);
  if (follows_currency_sign(s, i)) return std::nullopt;
  if (auto m = match_numeric(s, i)) return m;
  if (auto m = match_day_first(s, i)) return m;
  if (is_digit(at(s, i + 3))) {
    // Forms that start with a four-digit year.
    if (auto m = match_iso(s, i)) return m;
    if (auto m = match_season_before(s, i)) return m;
  }
  // A financial year in prose is as often the period a figure is for
  // ("based on 2012/13 data") as a deadline: like a bare year, it needs a
  // word that makes it a date.
  if (follows_year_lead_in(s, i)) {
    if (auto m = match_financial_year(s, i)) return m;
    return match_bare_year(s, i);
  }
  return std::nullopt;
}

// Lead-ins a due-date cell may carry before its date. Longer phrases come
// first so that "by the end of" is not taken for "by".
constexpr std::array<std::string_view, 9> kCellLeadIns = {
    "midnight on", "by the end of", "by end of", "by end", "by",
    "the end of",  "end of",        "before",    "on"};

// Skips lead-ins, weekday names and markdown emphasis at the start of a
// date cell.
std::size_t skip_cell_lead_ins(std::string_view s, std::size_t i) {
  for (;;) {
    const std::size_t start = i;
    while (at(s, i) == '*' || at(s, i) == '_' || at(s, i) == '(') i = skip_spaces(s, i + 1);
    for (std::string_view lead_in : kCellLeadIns) {
      const std::size_t end = match_phrase(s, i, lead_in);
      if (end != kNpos && !is_alnum(at(s, end))) {
        i = skip_spaces(s, end);
        break;
      }
    }
    const std::size_t weekday_end = match_weekday(s, i);
    if (weekday_end != kNpos) {
      i = weekday_end;
      if (at(s, i) == ',') ++i;
      i = skip_spaces(s, i);
    }
    if (i == start) return i;
  }
}

bool is_trailing_noise(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '*' || c == '_';
}

// Whether everything from `i` on is whitespace or closing punctuation.
bool only_noise_from(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (const std::size_t n = space_length(s, i)) {
      i += n;
    } else if (is_trailing_noise(s[i])) {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

bool is_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_cell_decoration(char c) {
  return c == '*' || c == '_' || c == '(' || c == ')' || c == '[' || c == ']' || c == '.' ||
         c == ',' || c == ';' || c == ':';
}

// Where `s` starts once leading whitespace and bytes that `strip` accepts
// are skipped.
std::size_t skip_leading(std::string_view s, bool (*strip)(char)) {
  std::size_t begin = 0;
  for (;;) {
    if (const std::size_t n = space_length(s, begin)) {
      begin += n;
    } else if (begin < s.size() && strip(s[begin])) {
      ++begin;
    } else {
      return begin;
    }
  }
}

// `s` without surrounding whitespace or bytes that `strip` accepts.
std::string_view trim_spaces_and(std::string_view s, bool (*strip)(char)) {
  const std::size_t begin = skip_leading(s, strip);
  std::size_t end = s.size();
  for (;;) {
    const std::size_t before = skip_spaces_back(s, end);
    if (before < end) {
      end = before;
    } else if (end > begin && strip(s[end - 1])) {
      --end;
    } else {
      break;
    }
  }
  return begin < end ? s.substr(begin, end - begin) : std::string_view();
}

// Makes `first`, a date found in prose, the range it opens when "to",
// "until", "till" or a dash and a later date follow ("Sept 15 to Dec 15",
// "1 April 2024 – 30 June 2024"), so that the two are one span rather than
// two deadlines.
void extend_to_range(std::string_view s, Match& first) {
  std::size_t p = skip_spaces(s, first.end);
  std::size_t after = kNpos;
  if (at(s, p) == '-') {
    after = p + 1;
  } else if (has_bytes(s, p, kEnDash)) {
    after = p + kEnDash.size();
  } else if (p != first.end) {
    for (std::string_view word : {"to", "until", "till"}) {
      if (word_is(s, p, word)) after = p + word.size();
    }
  }
  if (after == kNpos) return;
  const std::size_t next = skip_spaces(s, after);
  if (next == after && at(s, p) != '-' && !has_bytes(s, p, kEnDash)) return;
  if (next >= s.size() || !is_alnum(s[next])) return;
  std::optional<Match> last = match_date_in_prose(s, next);
  if (!last && is_digit(s[next])) last = match_bare_year(s, next);
  if (!last || last->begin != kNpos || last->date.year == 0) return;
  const Ymd from = first.start.year != 0 ? first.start : first.date;
  const Ymd to = last->date;
  // A range runs forwards; "2016 - 2015" is two dates.
  if (std::tie(to.year, to.month, to.day) <= std::tie(from.year, from.month, from.day)) return;
  first.start = from;
  first.date = to;
  first.end = last->end;
}

}  // namespace

std::optional<Date> parse_uk_date(std::string_view text) {
  const std::string_view s = trim_spaces(text);
  const std::size_t start = skip_cell_lead_ins(s, 0);
  if (start >= s.size()) return std::nullopt;
  std::optional<Match> match;
  if (is_alpha(s[start])) {
    match = match_month_first(s, start);
    if (!match) match = match_season(s, start);
  } else if (is_digit(s[start])) {
    match = match_numeric(s, start);
    if (!match) match = match_day_first(s, start);
    if (!match) match = match_iso(s, start);
    if (!match) match = match_financial_year(s, start);
    if (!match) match = match_bare_year(s, start);
  }
  if (!match || !only_noise_from(s, match->end)) return std::nullopt;
  return to_date(s, *match);
}

void find_dates(std::string_view text, std::vector<Date>& dates) {
  // Every form of date has a digit, and most text passed in has none: one
  // quick look for a digit spares the scan for month names.
  if (!any_marked(text, [](auto b) { return (b >= '0') & (b <= '9'); })) return;
  // "**2015.**" is the cell "2015", but "$2015" is not. The trimmed text
  // starts where its leading decoration ends, so most text is ruled out
  // before its end is trimmed.
  const std::size_t start = skip_leading(text, is_cell_decoration);
  const std::string_view whole =
      start < text.size() && is_digit(text[start]) ? trim_spaces_and(text, is_cell_decoration) : std::string_view();
  if (!whole.empty() && is_digit(whole[0])) {
    if (auto year = match_bare_year(whole, 0); year && year->end == whole.size()) {
      dates.push_back(Date{std::string(whole), to_iso(year->date)});
      return;
    }
    if (auto year = match_financial_year(whole, 0); year && year->end == whole.size()) {
      dates.push_back(to_date(whole, *year));
      return;
    }
  }
  std::size_t i = 0;
  while (i < text.size()) {
    // Only a word start can begin a date, and a word that starts with a
    // letter only when it is a month name, so most of the text is passed
    // over sixteen bytes at a time and most words on their first two
    // letters.
    i = find_marked_in_context(text, i, kMayStartDate);
    if (i == text.size()) break;
    if (auto match = match_date_in_prose(text, i)) {
      const std::size_t begin = match->begin != kNpos ? match->begin : i;
      extend_to_range(text, *match);
      dates.push_back(to_date(text.substr(begin, match->end - begin), *match));
      i = match->end;
      continue;
    }
    ++i;
  }
}

std::vector<Date> find_dates(std::string_view text) {
  std::vector<Date> dates;
  find_dates(text, dates);
  return dates;
}

namespace {

// A financial year written "2013/14", "2013-14" or "2013/2014" at `i`: its
// first calendar year and where it ends.
std::optional<std::pair<int, std::size_t>> financial_year_at(std::string_view s, std::size_t i) {
  const DigitRun first = read_digits(s, i);
  if (first.length != 4) return std::nullopt;
  std::size_t j = i + 4;
  if (at(s, j) != '/' && at(s, j) != '-') return std::nullopt;
  const DigitRun second = read_digits(s, j + 1);
  if (second.length != 2 && second.length != 4) return std::nullopt;
  const int next = second.length == 2 ? first.value % 100 + 1 : first.value + 1;
  if (second.value != (second.length == 2 ? next % 100 : next)) return std::nullopt;
  if (first.value < kMinYear || first.value > kMaxYear) return std::nullopt;
  return std::make_pair(first.value, j + 1 + static_cast<std::size_t>(second.length));
}

}  // namespace

void find_due_dates(std::string_view cell, std::vector<Date>& out) {
  find_dates(cell, out);
  for (std::size_t i = cell.find_first_of("Qq"); i != std::string_view::npos; i = cell.find_first_of("Qq", i + 1)) {
    if (i > 0 && is_alnum(cell[i - 1])) continue;
    std::size_t j = i + 1;
    if (const std::size_t word = match_phrase(cell, i, "quarter"); word != kNpos) j = skip_spaces(cell, word);
    const char digit = at(cell, j);
    if (digit < '1' || digit > '4' || is_alnum(at(cell, j + 1))) continue;
    std::size_t k = skip_spaces(cell, j + 1);
    if (const std::size_t of = match_phrase(cell, k, "of"); of != kNpos) k = skip_spaces(cell, of);
    const auto year = financial_year_at(cell, k);
    if (!year) continue;
    const int quarter = digit - '0';
    Ymd d;
    d.year = quarter == 4 ? year->first + 1 : year->first;
    d.month = quarter == 4 ? 3 : 3 + 3 * quarter;
    out.push_back(Date{std::string(cell.substr(i, year->second - i)), to_iso(d)});
  }
}

bool is_ongoing(std::string_view text) {
  // Every word below starts with a, c, o, r or t; most due cells start
  // with a digit or a month, and are ruled out before their end is trimmed.
  const std::size_t start = skip_leading(text, is_punctuation);
  if (start == text.size()) return false;
  const char first = lower(text[start]);
  if (first != 'a' && first != 'c' && first != 'o' && first != 'r' && first != 't') return false;
  const std::string_view s = trim_spaces_and(text, is_punctuation);
  constexpr std::array<std::string_view, 6> kWords = {"ongoing",    "continuous", "continual",
                                                      "throughout", "rolling",    "annually"};
  for (std::string_view word : kWords) {
    if (iequals(s, word)) return true;
  }
  // "On-going", "On going", "On – going".
  if (s.size() < 2 || lower(s[0]) != 'o' || lower(s[1]) != 'n') return false;
  std::size_t i = 2;
  for (;;) {
    if (const std::size_t n = space_length(s, i)) {
      i += n;
    } else if (at(s, i) == '-') {
      ++i;
    } else if (has_bytes(s, i, kEnDash)) {
      i += kEnDash.size();
    } else {
      break;
    }
  }
  return i > 2 && iequals(s.substr(i), "going");
}

}  // namespace docket
