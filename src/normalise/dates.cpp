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
#include "base/text_util.hpp"
#include "normalise/date_forms.hpp"
#include "normalise/date_parts.hpp"
#include "normalise/date_words.hpp"

namespace docket {
namespace {

using namespace date_parts;

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
  if (!any_marked(text, [](auto b) { return ((b - '0') & 0xFF) < 10; })) return;
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
  // Every quarter is written with a Q, found sixteen bytes at a time.
  const auto is_q = [](auto b) { return (b == 'Q') | (b == 'q'); };
  for (std::size_t i = find_marked(cell, 0, is_q); i < cell.size(); i = find_marked(cell, i + 1, is_q)) {
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
