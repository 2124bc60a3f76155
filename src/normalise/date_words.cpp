#include "normalise/date_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "base/byte_scan.hpp"

namespace docket::date_parts {

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

constexpr bool date_start_matches_the_month_names(int c, int next) {
  const bool letters = is_alpha(static_cast<char>(c)) && is_alpha(static_cast<char>(next));
  const bool starts =
      is_digit(static_cast<char>(c)) ||
      (letters && kMonthsByStart[month_start_index(lower(static_cast<char>(c)), lower(static_cast<char>(next)))] != 0);
  return marks_only_word_starts(kMayStartDate, c, next, starts);
}

static_assert(kMatchesEveryPair<date_start_matches_the_month_names>);
// read_month compares a word's third letter with a name's before the rest.
static_assert(std::all_of(kMonthNames.begin(), kMonthNames.end(), [](const MonthName& m) { return m.name.size() >= 3; }));

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
    // The names that share a word's first two letters share its third too,
    // but for "mar"/"may" and "jun"/"jul": most words that start like a
    // month ("service", "decision", "note") are told apart at the third,
    // in place. Every name has three letters or more, and a text that
    // ends sooner reads '\0' there, which no name holds.
    if (lower(at(s, i + 2)) != name.name[2]) continue;
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
  // A scanned page reads a raised suffix as a mark: "21* SEPTEMBER".
  if (i + 1 < s.size() && (s[i] == '*' || s[i] == '"') && s[i + 1] == ' ') return i + 1;
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

}  // namespace docket::date_parts
