// The words of dates: month and weekday names, ordinals, seasons. Internal
// to normalise/.
#ifndef DOCKET_NORMALISE_DATE_WORDS_HPP
#define DOCKET_NORMALISE_DATE_WORDS_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "normalise/date_parts.hpp"

namespace docket::date_parts {

struct MonthWord {
  int month = 0;
  std::size_t end = 0;
  // "may" in lower case is far more often the verb than the month.
  bool lowercase_may = false;
};

struct Season {
  std::string_view name;
  int first_month;  // its last month is two later (Winter's is next February)
};

constexpr std::array<Season, 5> kSeasons = {
    {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}}};

// Marks the bytes a date found in prose can start with, given the bytes
// either side: a digit, or the first two letters of a month name in either
// case, at the start of a word (after a byte that is not an ASCII letter or
// digit). `b | 0x20` is a lowercase letter exactly when `b` is that letter
// in either case. Written once for blocks of bytes and single bytes, like
// the byte tests of text_util.hpp; the static_assert below keeps it in step
// with kMonthNames.
constexpr auto kMayStartDate = [](auto before, auto b, auto after) {
  const auto folded_before = before | 0x20;
  // A range as one unsigned comparison: below the range wraps past it
  // (the mask keeps an int's difference to a byte, as a block's is).
  const auto after_word = (((before - '0') & 0xFF) < 10) | (((folded_before - 'a') & 0xFF) < 26);
  const auto first = b | 0x20;
  const auto second = after | 0x20;
  const auto month = ((first == 'j') & ((second == 'a') | (second == 'u'))) | ((first == 'f') & (second == 'e')) |
                     ((first == 'm') & (second == 'a')) | ((first == 'a') & ((second == 'p') | (second == 'u'))) |
                     ((first == 's') & (second == 'e')) | ((first == 'o') & (second == 'c')) |
                     ((first == 'n') & (second == 'o')) | ((first == 'd') & (second == 'e'));
  return ((((b - '0') & 0xFF) < 10) | month) & (after_word == 0);
};

// The month named by the word at `i` ("Sept", "sept.", "September"), with
// where it ends.
std::optional<MonthWord> read_month(std::string_view s, std::size_t i);
// The end of a weekday name at `i` (with its optional period), or kNpos.
std::size_t match_weekday(std::string_view s, std::size_t i);
// The end of an ordinal suffix ("st", "nd", "rd", "th") at `i`, or `i`.
std::size_t skip_ordinal(std::string_view s, std::size_t i);
// The end of an apostrophe that may open a shortened year ("Sept '15"), or i.
std::size_t skip_apostrophe(std::string_view s, std::size_t i);
// Whether the word at `i` is `name` (lowercase) in any case.
bool word_is(std::string_view s, std::size_t i, std::string_view name);

}  // namespace docket::date_parts

#endif  // DOCKET_NORMALISE_DATE_WORDS_HPP
