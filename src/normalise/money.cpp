#include "normalise/money.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "normalise/phrase_scan.hpp"

namespace docket {
namespace {

using namespace phrase_scan;

// Doubles hold integers exactly up to 2^53; no amount in a council paper
// comes near 15 significant digits, so longer digit runs are not money.
constexpr std::size_t kMaxSignificantDigits = 15;
constexpr std::array<double, kMaxSignificantDigits + 1> kPowersOfTen = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
// The longest multiplier or currency word we know ("thousand", "sterling").
constexpr std::size_t kMaxWordLength = 8;

constexpr std::string_view kPoundSign = "\xC2\xA3";
constexpr std::string_view kEuroSign = "\xE2\x82\xAC";
constexpr std::string_view kMinusSign = "\xE2\x88\x92";

// Spaces within one line: an amount and its multiplier ("£1.5 million")
// are never split across lines.
std::size_t skip_line_spaces(std::string_view s, std::size_t i) {
  for (;;) {
    if (at(s, i) == ' ' || at(s, i) == '\t') {
      ++i;
    } else if (has_bytes(s, i, kNoBreakSpace)) {
      i += kNoBreakSpace.size();
    } else {
      return i;
    }
  }
}

// Like match_phrase, but the phrase must also end at a word boundary.
std::size_t match_word_phrase(std::string_view s, std::size_t i, std::string_view phrase) {
  const std::size_t end = match_phrase(s, i, phrase);
  if (end == kNpos) return kNpos;
  if (is_alpha(phrase.back()) && is_alnum(at(s, end))) return kNpos;
  return end;
}

// Whether `phrase` ends exactly at `end` and starts at a word boundary.
bool ends_with_word_phrase(std::string_view s, std::size_t end, std::string_view phrase) {
  return match_phrase_before(s, end, phrase) != kNpos;
}

// Reads the alphabetic word at `i` into `buffer`, lowercased. Returns its
// length, or 0 when there is none or it is longer than any word we know.
std::size_t read_word(std::string_view s, std::size_t i, std::array<char, kMaxWordLength>& buffer) {
  std::size_t n = 0;
  while (i + n < s.size() && is_alpha(s[i + n])) {
    if (n == kMaxWordLength) return 0;
    buffer[n] = lower(s[i + n]);
    ++n;
  }
  return n;
}

struct Currency {
  std::string_view code;
  std::size_t end = 0;
};

std::optional<Currency> read_currency_sign(std::string_view s, std::size_t i) {
  if (has_bytes(s, i, kPoundSign)) return Currency{"GBP", i + kPoundSign.size()};
  if (has_bytes(s, i, kEuroSign)) return Currency{"EUR", i + kEuroSign.size()};
  if (at(s, i) == '$') return Currency{"USD", i + 1};
  return std::nullopt;
}

struct CurrencyWord {
  std::string_view word;
  std::string_view code;
};

constexpr std::array<CurrencyWord, 3> kCurrencyCodes = {
    {{"gbp", "GBP"}, {"eur", "EUR"}, {"usd", "USD"}}};

constexpr std::array<CurrencyWord, 10> kCurrencyWords = {{
    {"pounds", "GBP"},
    {"pound", "GBP"},
    {"sterling", "GBP"},
    {"gbp", "GBP"},
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"eur", "EUR"},
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"usd", "USD"},
}};

// A whole word at `i` from `words`.
template <std::size_t N>
std::optional<Currency> read_currency_word(std::string_view s, std::size_t i,
                                           const std::array<CurrencyWord, N>& words) {
  if (i > 0 && is_alpha(s[i - 1])) return std::nullopt;
  std::array<char, kMaxWordLength> buffer{};
  const std::size_t length = read_word(s, i, buffer);
  if (length == 0) return std::nullopt;
  const std::string_view word(buffer.data(), length);
  for (const CurrencyWord& entry : words) {
    if (entry.word == word) return Currency{entry.code, i + length};
  }
  return std::nullopt;
}

// A decimal number with optional thousands commas: "3,500.50" is 350050
// with two fraction digits, kept as an integer so that scaling is exact.
struct Number {
  double mantissa = 0;
  std::size_t fraction_digits = 0;
  std::size_t end = 0;
};

std::optional<Number> read_number(std::string_view s, std::size_t i) {
  Number number;
  std::size_t digits = 0;
  std::size_t p = i;
  auto take_digit = [&](char c) {
    number.mantissa = number.mantissa * 10 + (c - '0');
    ++digits;
  };
  while (p < s.size() && is_digit(s[p])) take_digit(s[p++]);
  if (digits == 0) return std::nullopt;
  // Commas group thousands only after a short leading group and before
  // exactly three digits; anything else ends the number ("1,2" is 1).
  if (digits <= 3) {
    while (at(s, p) == ',' && is_digit(at(s, p + 1)) && is_digit(at(s, p + 2)) &&
           is_digit(at(s, p + 3)) && !is_digit(at(s, p + 4))) {
      for (std::size_t k = 1; k <= 3; ++k) take_digit(s[p + k]);
      p += 4;
    }
  }
  if (at(s, p) == '.' && is_digit(at(s, p + 1))) {
    ++p;
    while (p < s.size() && is_digit(s[p])) {
      take_digit(s[p++]);
      ++number.fraction_digits;
    }
  }
  if (digits > kMaxSignificantDigits) return std::nullopt;
  number.end = p;
  return number;
}

struct Phrase {
  std::string_view phrase;
  std::string_view meaning;
};

// Checked in order, so a phrase comes before any phrase it ends with
// ("no more than" before "more than").
constexpr std::array<Phrase, 32> kQualifiers = {{
    {"approximately", "approx"},
    {"approx.", "approx"},
    {"approx", "approx"},
    {"circa", "approx"},
    {"ca.", "approx"},
    {"c.", "approx"},
    {"c", "approx"},
    {"around", "approx"},
    {"about", "approx"},
    {"roughly", "approx"},
    {"up to", "up to"},
    {"a maximum of", "up to"},
    {"maximum of", "up to"},
    {"max.", "up to"},
    {"max", "up to"},
    {"not exceeding", "up to"},
    {"no more than", "up to"},
    {"in excess of", "over"},
    {"more than", "over"},
    {"over", "over"},
    {"above", "over"},
    {"at least", "at least"},
    {"a minimum of", "at least"},
    {"minimum of", "at least"},
    {"min.", "at least"},
    {"min", "at least"},
    {"no less than", "at least"},
    {"no fewer than", "at least"},
    {"less than", "under"},
    {"fewer than", "under"},
    {"under", "under"},
    {"below", "under"},
}};

// Checked in order, so "p.a." comes before "p.a" and "pa".
constexpr std::array<Phrase, 38> kPeriods = {{
    {"per annum", "year"},
    {"per anum", "year"},
    {"per year", "year"},
    {"a year", "year"},
    {"each year", "year"},
    {"every year", "year"},
    {"p.a.", "year"},
    {"p.a", "year"},
    {"pa", "year"},
    {"annually", "year"},
    {"/annum", "year"},
    {"/year", "year"},
    {"/yr", "year"},
    {"/pa", "year"},
    {"per calendar month", "month"},
    {"per month", "month"},
    {"a month", "month"},
    {"each month", "month"},
    {"pcm", "month"},
    {"monthly", "month"},
    {"/month", "month"},
    {"per week", "week"},
    {"a week", "week"},
    {"each week", "week"},
    {"p.w.", "week"},
    {"pw", "week"},
    {"weekly", "week"},
    {"/week", "week"},
    {"per day", "day"},
    {"a day", "day"},
    {"each day", "day"},
    {"daily", "day"},
    {"/day", "day"},
    {"per quarter", "quarter"},
    {"each quarter", "quarter"},
    {"quarterly", "quarter"},
    {"per hour", "hour"},
    {"an hour", "hour"},
}};

// The bytes each of `phrases` starts with (or, with `last`, ends with), as
// a table indexed by byte: an amount is followed by a period or preceded by
// a qualifier rarely, and most are passed over on one byte. Phrases match
// ignoring ASCII case, so both cases of a letter are in the table.
template <std::size_t N>
constexpr std::array<bool, 256> phrase_edge_bytes(const std::array<Phrase, N>& phrases, bool last) {
  std::array<bool, 256> edges{};
  for (const Phrase& phrase : phrases) {
    const char c = last ? phrase.phrase.back() : phrase.phrase.front();
    edges[static_cast<unsigned char>(c)] = true;
    if (c >= 'a' && c <= 'z') edges[static_cast<unsigned char>(c - 'a' + 'A')] = true;
  }
  return edges;
}
constexpr std::array<bool, 256> kQualifierLastBytes = phrase_edge_bytes(kQualifiers, true);
constexpr std::array<bool, 256> kPeriodFirstBytes = phrase_edge_bytes(kPeriods, false);

struct Multiplier {
  std::string_view word;
  double factor;
};

constexpr std::array<Multiplier, 8> kMultipliers = {{
    {"k", 1e3},
    {"thousand", 1e3},
    {"m", 1e6},
    {"mn", 1e6},
    {"million", 1e6},
    {"bn", 1e9},
    {"billion", 1e9},
    {"b", 1e9},
}};

struct Scale {
  double factor = 1;
  std::size_t end = 0;
  bool written = false;
};

// Whether a period phrase starts exactly at `i` ("pa" in "£5kpa").
bool period_starts_at(std::string_view s, std::size_t i) {
  for (const Phrase& period : kPeriods) {
    if (match_word_phrase(s, i, period.phrase) != kNpos) return true;
  }
  return false;
}

// "k", "m", "bn", "million"... after a number, glued or after a space.
Scale read_multiplier(std::string_view s, std::size_t i) {
  const std::size_t p = skip_line_spaces(s, i);
  std::array<char, kMaxWordLength> buffer{};
  const std::size_t length = read_word(s, p, buffer);
  if (length == 0) return Scale{1, i, false};
  const std::string_view word(buffer.data(), length);
  for (const Multiplier& multiplier : kMultipliers) {
    if (multiplier.word != word) continue;
    // "£2b" glued on is billions; a spaced "b" is more likely a list label.
    if (word == "b" && p != i) break;
    return Scale{multiplier.factor, p + length, true};
  }
  // A period glued on after the multiplier: "£20kpa", "£1mpa".
  if (p == i) {
    for (const Multiplier& multiplier : kMultipliers) {
      const std::size_t n = multiplier.word.size();
      if (n < length && word.substr(0, n) == multiplier.word && period_starts_at(s, p + n)) {
        return Scale{multiplier.factor, p + n, true};
      }
    }
  }
  return Scale{1, i, false};
}

std::optional<std::string_view> qualifier_before(std::string_view s, std::size_t begin) {
  const std::size_t end = skip_spaces_back(s, begin);
  if (end == 0 || !kQualifierLastBytes[static_cast<unsigned char>(s[end - 1])]) return std::nullopt;
  for (const Phrase& qualifier : kQualifiers) {
    if (ends_with_word_phrase(s, end, qualifier.phrase)) return qualifier.meaning;
  }
  return std::nullopt;
}

struct Period {
  std::string_view meaning;
  std::size_t end = 0;
};

std::optional<Period> period_after(std::string_view s, std::size_t end) {
  const std::size_t p = skip_spaces(s, end);
  if (p >= s.size() || !kPeriodFirstBytes[static_cast<unsigned char>(s[p])]) return std::nullopt;
  for (const Phrase& period : kPeriods) {
    const std::size_t phrase_end = match_word_phrase(s, p, period.phrase);
    if (phrase_end != kNpos) return Period{period.meaning, phrase_end};
  }
  return std::nullopt;
}

// A minus sign glued to the amount at `i`; returns where it starts or `i`.
std::size_t minus_before(std::string_view s, std::size_t i) {
  std::size_t start = i;
  if (i >= 1 && s[i - 1] == '-') {
    start = i - 1;
  } else if (has_bytes_before(s, i, kMinusSign)) {
    start = i - kMinusSign.size();
  } else {
    return i;
  }
  // "£10k-£20k" is a range, not a negative amount.
  return start > 0 && is_alnum(s[start - 1]) ? i : start;
}

double scaled_value(const Number& number, double factor, bool negative) {
  double value = number.mantissa * factor / kPowersOfTen[number.fraction_digits];
  value = std::round(value * 100) / 100;
  return negative ? -value : value;
}

struct Found {
  MoneyAmount amount;
  std::size_t begin = 0;      // first byte, including any minus sign
  std::size_t value_end = 0;  // after the number and its multiplier or currency word
  std::size_t end = 0;        // after any period phrase
  Number number;
  Scale scale;
};

void finish(std::string_view s, Found& found) {
  found.amount.qualifier = qualifier_before(s, found.begin);
  found.end = found.value_end;
  if (const std::optional<Period> period = period_after(s, found.value_end)) {
    found.amount.period = std::string(period->meaning);
    found.end = period->end;
  }
}

// "£48k", "GBP 5,000", "£-5k": a sign or code, then the number.
std::optional<Found> match_currency_first(std::string_view s, std::size_t i) {
  std::optional<Currency> currency = read_currency_sign(s, i);
  if (!currency) currency = read_currency_word(s, i, kCurrencyCodes);
  if (!currency) return std::nullopt;
  std::size_t p = currency->end;
  bool negative = false;
  if (at(s, p) == '-' && is_digit(at(s, p + 1))) {
    negative = true;
    ++p;
  }
  p = skip_line_spaces(s, p);
  if (!is_digit(at(s, p))) return std::nullopt;
  const std::optional<Number> number = read_number(s, p);
  if (!number) return std::nullopt;
  const Scale scale = read_multiplier(s, number->end);
  // "£000s" in a table heading is a unit, not an amount.
  if (is_alpha(at(s, scale.end)) && !period_starts_at(s, scale.end)) return std::nullopt;

  Found found;
  found.begin = minus_before(s, i);
  negative = negative || found.begin != i;
  found.amount.value = scaled_value(*number, scale.factor, negative);
  found.amount.currency = std::string(currency->code);
  found.value_end = scale.end;
  found.number = *number;
  found.scale = scale;
  finish(s, found);
  return found;
}

// "5,000 pounds", "2 million euros": the number, then a currency word.
std::optional<Found> match_currency_last(std::string_view s, std::size_t i) {
  if (!is_digit(at(s, i))) return std::nullopt;
  if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',')) return std::nullopt;
  const std::optional<Number> number = read_number(s, i);
  if (!number) return std::nullopt;
  const Scale scale = read_multiplier(s, number->end);
  const std::optional<Currency> currency =
      read_currency_word(s, skip_line_spaces(s, scale.end), kCurrencyWords);
  if (!currency) return std::nullopt;

  Found found;
  found.begin = minus_before(s, i);
  found.amount.value = scaled_value(*number, scale.factor, found.begin != i);
  found.amount.currency = std::string(currency->code);
  found.value_end = currency->end;
  found.number = *number;
  found.scale = scale;
  finish(s, found);
  return found;
}

// The end of a range separator ("-", "–", "—", "to") at `i`, or kNpos.
std::size_t match_range_separator(std::string_view s, std::size_t i) {
  if (at(s, i) == '-') return i + 1;
  if (has_bytes(s, i, kEnDash)) return i + kEnDash.size();
  if (has_bytes(s, i, kEmDash)) return i + kEmDash.size();
  return match_word_phrase(s, i, "to");
}

// Whether only a range separator lies between two amounts.
bool is_range_gap(std::string_view s, std::size_t from, std::size_t to) {
  const std::size_t separator = skip_spaces(s, from);
  if (separator >= to) return false;
  const std::size_t after = match_range_separator(s, separator);
  return after != kNpos && skip_spaces(s, after) == to;
}

// The bare upper end of a range whose lower end `first` carried the
// currency: "£10-20k", "£1.5 to 2m", "£5-10". Without a multiplier only a
// dash after a plain number counts, since "£5 to 10 people" and "£5k - 10
// posts" are not ranges of money.
std::optional<Found> match_range_tail(std::string_view s, const Found& first) {
  if (first.amount.period) return std::nullopt;
  const std::size_t separator = skip_line_spaces(s, first.value_end);
  const std::size_t after = match_range_separator(s, separator);
  if (after == kNpos) return std::nullopt;
  const std::size_t p = skip_line_spaces(s, after);
  if (!is_digit(at(s, p))) return std::nullopt;
  const std::optional<Number> number = read_number(s, p);
  if (!number) return std::nullopt;
  const Scale scale = read_multiplier(s, number->end);
  const bool dash = at(s, separator) == '-' || has_bytes(s, separator, kEnDash);
  if (!scale.written && (first.scale.written || !dash)) return std::nullopt;
  if (is_alpha(at(s, scale.end)) && !period_starts_at(s, scale.end)) return std::nullopt;
  // "£5-2015/16" is an amount followed by a financial year.
  if (at(s, scale.end) == '/' && is_digit(at(s, scale.end + 1))) return std::nullopt;
  Found found;
  found.begin = p;
  found.amount.value = scaled_value(*number, scale.factor, false);
  found.amount.currency = first.amount.currency;
  found.value_end = scale.end;
  found.number = *number;
  found.scale = scale;
  found.end = found.value_end;
  if (const std::optional<Period> period = period_after(s, found.value_end)) {
    found.amount.period = std::string(period->meaning);
    found.end = period->end;
  }
  return found;
}

// Marks the bytes an amount can start with, given the bytes either side:
// the first byte of the pound or euro sign (0xC2, 0xE2) and the dollar sign
// anywhere; the first two letters of a currency code ("gb", "eu", "us" in
// either case) where no letter comes before them; and a digit where no
// letter, digit, point or comma comes before it. Everything else fails
// both match_currency_first and match_currency_last, so it is passed over
// sixteen bytes at a time. `b | 0x20` is a lowercase letter exactly when
// `b` is that letter in either case.
constexpr auto kMayStartAmount = [](auto before, auto b, auto after) {
  const auto folded_before = before | 0x20;
  // Each range as one unsigned comparison, as in kMayStartDate.
  const auto after_letter = ((folded_before - 'a') & 0xFF) < 26;
  const auto after_number = after_letter | (((before - '0') & 0xFF) < 10) | (before == '.') | (before == ',');
  const auto first = b | 0x20;
  const auto second = after | 0x20;
  const auto code = ((first == 'g') & (second == 'b')) | ((first == 'e') & (second == 'u')) |
                    ((first == 'u') & (second == 's'));
  const auto sign = (b == 0xC2) | (b == 0xE2) | (b == '$');
  return sign | (code & (after_letter == 0)) | ((((b - '0') & 0xFF) < 10) & (after_number == 0));
};

// The codes and words the test above stands for.
static_assert(kCurrencyCodes.size() == 3 && kCurrencyCodes[0].word == "gbp" && kCurrencyCodes[1].word == "eur" &&
              kCurrencyCodes[2].word == "usd");
static_assert(kPoundSign[0] == '\xC2' && kEuroSign[0] == '\xE2');

}  // namespace

void find_amounts(std::string_view text, std::vector<MoneyAmount>& amounts) {
  // Amounts already in the list came from other text: a range's period
  // joins only an amount found here.
  const std::size_t first_found = amounts.size();
  std::size_t previous_value_end = kNpos;
  std::size_t i = 0;
  while (i < text.size()) {
    i = find_marked_in_context(text, i, kMayStartAmount);
    if (i == text.size()) break;
    std::optional<Found> found = match_currency_first(text, i);
    if (!found) found = match_currency_last(text, i);
    if (!found) {
      // Skip the rest of a number so that its digits are not tried again.
      if (is_digit(text[i])) {
        while (i < text.size() && is_digit(text[i])) ++i;
      } else {
        ++i;
      }
      continue;
    }
    // "£10k to £20k per annum": the period covers both ends of the range.
    if (amounts.size() > first_found && !amounts.back().period && found->amount.period &&
        previous_value_end != kNpos && is_range_gap(text, previous_value_end, found->begin)) {
      amounts.back().period = found->amount.period;
    }
    amounts.push_back(found->amount);
    previous_value_end = found->value_end;
    i = found->end;

    if (const std::optional<Found> tail = match_range_tail(text, *found)) {
      MoneyAmount& first = amounts.back();
      // "£10-20k": the multiplier written once applies to both ends.
      if (!found->scale.written && tail->scale.written) {
        first.value = scaled_value(found->number, tail->scale.factor, first.value < 0);
      }
      if (!first.period) first.period = tail->amount.period;
      amounts.push_back(tail->amount);
      previous_value_end = tail->value_end;
      i = tail->end;
    }
  }
}

std::vector<MoneyAmount> find_amounts(std::string_view text) {
  std::vector<MoneyAmount> amounts;
  find_amounts(text, amounts);
  return amounts;
}

}  // namespace docket
