#include "normalise/date_forms.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "normalise/date_words.hpp"

namespace docket::date_parts {

namespace {

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

}  // namespace

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
  const bool ordinal = p != i + day.length;
  const bool dashed = at(s, p) == '-';
  if (dashed) {
    ++p;
  } else {
    const std::size_t after = skip_spaces(s, p);
    if (after == p) return std::nullopt;
    p = after;
    // "12th day of January, 2011", the form of a formal record.
    const std::size_t after_day_of = ordinal ? match_phrase(s, p, "day of ") : kNpos;
    const std::size_t after_of = after_day_of != kNpos ? after_day_of : match_phrase(s, p, "of ");
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

}  // namespace docket::date_parts
