#include "normalise/money.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket {
namespace {

// An amount as a compact, exactly comparable string:
// "value currency [qualifier] [/period]", e.g. "400000 GBP [up to] /year".
std::string describe(const MoneyAmount& amount) {
  char value[64];
  std::snprintf(value, sizeof value, "%.2f", amount.value);
  std::string out(value);
  // Drop a ".00" so that whole amounts read naturally.
  if (out.size() > 3 && out.compare(out.size() - 3, 3, ".00") == 0) out.resize(out.size() - 3);
  out += " " + amount.currency;
  if (amount.qualifier) out += " [" + *amount.qualifier + "]";
  if (amount.period) out += " /" + *amount.period;
  return out;
}

std::vector<std::string> amounts(std::string_view text) {
  std::vector<std::string> out;
  for (const MoneyAmount& amount : find_amounts(text)) out.push_back(describe(amount));
  return out;
}

using Strings = std::vector<std::string>;

// --- plain amounts -----------------------------------------------------------

TEST(FindAmounts, Thousands) {
  EXPECT_EQ(amounts("£48k"), Strings{"48000 GBP"});
  EXPECT_EQ(amounts("£109k"), Strings{"109000 GBP"});
  EXPECT_EQ(amounts("£48K"), Strings{"48000 GBP"});
  EXPECT_EQ(amounts("£5 thousand"), Strings{"5000 GBP"});
}

TEST(FindAmounts, Millions) {
  EXPECT_EQ(amounts("£12.4m"), Strings{"12400000 GBP"});
  EXPECT_EQ(amounts("£12.4M"), Strings{"12400000 GBP"});
  EXPECT_EQ(amounts("£1.5 million"), Strings{"1500000 GBP"});
  EXPECT_EQ(amounts("£1.5million"), Strings{"1500000 GBP"});
  EXPECT_EQ(amounts("£5mn"), Strings{"5000000 GBP"});
  EXPECT_EQ(amounts("£0.2m underspend"), Strings{"200000 GBP"});
}

TEST(FindAmounts, ExactValues) {
  const std::vector<MoneyAmount> found = find_amounts("£12.4m");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 12400000.0);
  EXPECT_EQ(find_amounts("£1.1m")[0].value, 1100000.0);
  EXPECT_EQ(find_amounts("£0.7m")[0].value, 700000.0);
  EXPECT_EQ(find_amounts("£3,500.50")[0].value, 3500.5);
  EXPECT_EQ(find_amounts("£0.29")[0].value, 0.29);
}

TEST(FindAmounts, Billions) {
  EXPECT_EQ(amounts("£2bn"), Strings{"2000000000 GBP"});
  EXPECT_EQ(amounts("£2 billion"), Strings{"2000000000 GBP"});
  EXPECT_EQ(amounts("£2.5bn"), Strings{"2500000000 GBP"});
}

TEST(FindAmounts, ThousandsSeparatorsAndPence) {
  EXPECT_EQ(amounts("£3,500"), Strings{"3500 GBP"});
  EXPECT_EQ(amounts("£3,500.50"), Strings{"3500.50 GBP"});
  EXPECT_EQ(amounts("£10,000,000"), Strings{"10000000 GBP"});
  EXPECT_EQ(amounts("£250"), Strings{"250 GBP"});
  EXPECT_EQ(amounts("£1.50"), Strings{"1.50 GBP"});
}

TEST(FindAmounts, CommaNotFollowedByThreeDigitsEndsTheNumber) {
  EXPECT_EQ(amounts("£5,00"), Strings{"5 GBP"});
  EXPECT_EQ(amounts("£5, 6 and 7"), Strings{"5 GBP"});
  EXPECT_EQ(amounts("£3,500, then"), Strings{"3500 GBP"});
}

TEST(FindAmounts, SentenceFullStopIsNotADecimalPoint) {
  EXPECT_EQ(amounts("a saving of £3,000."), Strings{"3000 GBP"});
  EXPECT_EQ(amounts("a saving of £48k."), Strings{"48000 GBP"});
}

TEST(FindAmounts, SpaceAfterSign) {
  EXPECT_EQ(amounts("£ 200k"), Strings{"200000 GBP"});
  EXPECT_EQ(amounts("£\xC2\xA0"
                    "200k"),
            Strings{"200000 GBP"});
}

TEST(FindAmounts, OtherCurrencies) {
  EXPECT_EQ(amounts("€5k"), Strings{"5000 EUR"});
  EXPECT_EQ(amounts("$5k"), Strings{"5000 USD"});
  EXPECT_EQ(amounts("US$5m"), Strings{"5000000 USD"});
}

TEST(FindAmounts, CurrencyCodes) {
  EXPECT_EQ(amounts("GBP 5,000"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("GBP5,000"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("EUR 2m"), Strings{"2000000 EUR"});
  EXPECT_EQ(amounts("USD 10"), Strings{"10 USD"});
  EXPECT_EQ(amounts("XGBP 5"), Strings{});
  EXPECT_EQ(amounts("GBPS 5"), Strings{});
}

TEST(FindAmounts, CurrencyWords) {
  EXPECT_EQ(amounts("5,000 pounds"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("1 pound"), Strings{"1 GBP"});
  EXPECT_EQ(amounts("2 million pounds"), Strings{"2000000 GBP"});
  EXPECT_EQ(amounts("300 euros"), Strings{"300 EUR"});
  EXPECT_EQ(amounts("40 dollars"), Strings{"40 USD"});
  EXPECT_EQ(amounts("5,000 GBP"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("5 poundshop"), Strings{});
}

TEST(FindAmounts, SignAndWordGiveOneAmount) {
  EXPECT_EQ(amounts("£5,000 pounds"), Strings{"5000 GBP"});
}

// --- qualifiers --------------------------------------------------------------

TEST(FindAmounts, Approximate) {
  EXPECT_EQ(amounts("a non cashable efficiency saving of c£250k"), Strings{"250000 GBP [approx]"});
  EXPECT_EQ(amounts("c. £250k"), Strings{"250000 GBP [approx]"});
  EXPECT_EQ(amounts("c.£250k"), Strings{"250000 GBP [approx]"});
  EXPECT_EQ(amounts("c £250k"), Strings{"250000 GBP [approx]"});
  EXPECT_EQ(amounts("circa £250k"), Strings{"250000 GBP [approx]"});
  EXPECT_EQ(amounts("approx £1m"), Strings{"1000000 GBP [approx]"});
  EXPECT_EQ(amounts("approx. £1m"), Strings{"1000000 GBP [approx]"});
  EXPECT_EQ(amounts("approximately £3,000"), Strings{"3000 GBP [approx]"});
  EXPECT_EQ(amounts("Approximately £3,000"), Strings{"3000 GBP [approx]"});
  EXPECT_EQ(amounts("around £5k"), Strings{"5000 GBP [approx]"});
  EXPECT_EQ(amounts("about £5k"), Strings{"5000 GBP [approx]"});
}

TEST(FindAmounts, UpTo) {
  EXPECT_EQ(amounts("Up to £400k per annum based on two SBC placements"),
            Strings{"400000 GBP [up to] /year"});
  EXPECT_EQ(amounts("up to £5k"), Strings{"5000 GBP [up to]"});
  EXPECT_EQ(amounts("a maximum of £5k"), Strings{"5000 GBP [up to]"});
  EXPECT_EQ(amounts("no more than £5k"), Strings{"5000 GBP [up to]"});
}

TEST(FindAmounts, Over) {
  EXPECT_EQ(amounts("over £1m"), Strings{"1000000 GBP [over]"});
  EXPECT_EQ(amounts("Over £1m"), Strings{"1000000 GBP [over]"});
  EXPECT_EQ(amounts("more than £1m"), Strings{"1000000 GBP [over]"});
  EXPECT_EQ(amounts("in excess of £1m"), Strings{"1000000 GBP [over]"});
}

TEST(FindAmounts, AtLeast) {
  EXPECT_EQ(amounts("at least £5k"), Strings{"5000 GBP [at least]"});
  EXPECT_EQ(amounts("a minimum of £5k"), Strings{"5000 GBP [at least]"});
}

TEST(FindAmounts, Under) {
  EXPECT_EQ(amounts("under £5k"), Strings{"5000 GBP [under]"});
  EXPECT_EQ(amounts("less than £5k"), Strings{"5000 GBP [under]"});
}

TEST(FindAmounts, QualifierWordsInsideOtherWordsDoNotCount) {
  EXPECT_EQ(amounts("turnover £5m"), Strings{"5000000 GBP"});
  EXPECT_EQ(amounts("etc £5k"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("etc£5k"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("thunder £5k"), Strings{"5000 GBP"});
}

TEST(FindAmounts, QualifierForNumberFirstAmount) {
  EXPECT_EQ(amounts("about 5,000 pounds"), Strings{"5000 GBP [approx]"});
}

// --- periods -----------------------------------------------------------------

TEST(FindAmounts, YearPeriods) {
  EXPECT_EQ(amounts("Estimated saving £109k per annum (based on three bed children's home)"),
            Strings{"109000 GBP /year"});
  EXPECT_EQ(amounts("£5k p.a."), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k p.a"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k pa"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k PA."), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k per year"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k a year"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k each year"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k annually"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k per anum"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5k Per  Annum"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£5kpa"), Strings{"5000 GBP /year"});
  EXPECT_EQ(amounts("£1mpa"), Strings{"1000000 GBP /year"});
  EXPECT_EQ(amounts("£5kpw"), Strings{"5000 GBP /week"});
}

TEST(FindAmounts, MonthPeriods) {
  EXPECT_EQ(amounts("£500 per month"), Strings{"500 GBP /month"});
  EXPECT_EQ(amounts("£500 a month"), Strings{"500 GBP /month"});
  EXPECT_EQ(amounts("£500 pcm"), Strings{"500 GBP /month"});
  EXPECT_EQ(amounts("£500 monthly"), Strings{"500 GBP /month"});
}

TEST(FindAmounts, WeekDayQuarterPeriods) {
  EXPECT_EQ(amounts("£50 per week"), Strings{"50 GBP /week"});
  EXPECT_EQ(amounts("£50 pw"), Strings{"50 GBP /week"});
  EXPECT_EQ(amounts("£50 a week"), Strings{"50 GBP /week"});
  EXPECT_EQ(amounts("£50 weekly"), Strings{"50 GBP /week"});
  EXPECT_EQ(amounts("£50 per day"), Strings{"50 GBP /day"});
  EXPECT_EQ(amounts("£50 per quarter"), Strings{"50 GBP /quarter"});
}

TEST(FindAmounts, PeriodMustFollowDirectly) {
  EXPECT_EQ(amounts("£5k saved per annum"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5k paid"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5k pwc"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5k a yearly"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5kpax"), Strings{});
}

// --- signs and ranges --------------------------------------------------------

TEST(FindAmounts, Negative) {
  EXPECT_EQ(amounts("-£5k"), Strings{"-5000 GBP"});
  EXPECT_EQ(amounts("variance -£5k"), Strings{"-5000 GBP"});
  EXPECT_EQ(amounts("£-5k"), Strings{"-5000 GBP"});
  EXPECT_EQ(amounts("\xE2\x88\x92£5k"), Strings{"-5000 GBP"});
  EXPECT_EQ(amounts("-£1.5m"), Strings{"-1500000 GBP"});
}

TEST(FindAmounts, BracketsStayPositive) {
  EXPECT_EQ(amounts("(£5k)"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("placements (£200k of this from Dedicated School Grant)"),
            Strings{"200000 GBP"});
}

TEST(FindAmounts, SpacedDashIsNotAMinus) {
  EXPECT_EQ(amounts("saving - £5k"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("- £5k"), Strings{"5000 GBP"});
}

TEST(FindAmounts, Ranges) {
  EXPECT_EQ(amounts("£10k\xE2\x80\x93£20k"), (Strings{"10000 GBP", "20000 GBP"}));
  EXPECT_EQ(amounts("£10k-£20k"), (Strings{"10000 GBP", "20000 GBP"}));
  EXPECT_EQ(amounts("£10k to £20k"), (Strings{"10000 GBP", "20000 GBP"}));
  EXPECT_EQ(amounts("£10k - £20k"), (Strings{"10000 GBP", "20000 GBP"}));
}

TEST(FindAmounts, RangeWithOneSign) {
  EXPECT_EQ(amounts("£10-20k"), (Strings{"10000 GBP", "20000 GBP"}));
  EXPECT_EQ(amounts("£1.5\xE2\x80\x93"
                    "2m"),
            (Strings{"1500000 GBP", "2000000 GBP"}));
  EXPECT_EQ(amounts("£10k-20k"), (Strings{"10000 GBP", "20000 GBP"}));
  EXPECT_EQ(amounts("£1.5 to 2m"), (Strings{"1500000 GBP", "2000000 GBP"}));
  EXPECT_EQ(amounts("£5-10"), (Strings{"5 GBP", "10 GBP"}));
  EXPECT_EQ(amounts("£5 to 10 people"), Strings{"5 GBP"});
  EXPECT_EQ(amounts("£5k - 10 posts deleted"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5 - 2015/16"), Strings{"5 GBP"});
  EXPECT_EQ(amounts("£5-10 people"), (Strings{"5 GBP", "10 GBP"}));
}

TEST(FindAmounts, RangeSharesItsPeriod) {
  EXPECT_EQ(amounts("£10k to £20k per annum"), (Strings{"10000 GBP /year", "20000 GBP /year"}));
  EXPECT_EQ(amounts("£10-20k pa"), (Strings{"10000 GBP /year", "20000 GBP /year"}));
  EXPECT_EQ(amounts("£10-20kpa"), (Strings{"10000 GBP /year", "20000 GBP /year"}));
  EXPECT_EQ(amounts("up to £10k and £20k per annum"),
            (Strings{"10000 GBP [up to]", "20000 GBP /year"}));
}

// --- what is not money -------------------------------------------------------

TEST(FindAmounts, NoneAndEmpty) {
  EXPECT_EQ(amounts(""), Strings{});
  EXPECT_EQ(amounts("None"), Strings{});
  EXPECT_EQ(amounts("Nil"), Strings{});
  EXPECT_EQ(amounts("N/A"), Strings{});
  EXPECT_EQ(amounts("   "), Strings{});
}

TEST(FindAmounts, NumbersWithoutCurrencyAreNotMoney) {
  EXPECT_EQ(amounts("subject to 30 day formal consultation"), Strings{});
  EXPECT_EQ(amounts("permanence team (0 \xE2\x80\x93 13)"), Strings{});
  EXPECT_EQ(amounts("2013/14 314 134"), Strings{});
  EXPECT_EQ(amounts("5k saving"), Strings{});
  EXPECT_EQ(amounts("03/09/12"), Strings{});
  EXPECT_EQ(amounts("01642 528957"), Strings{});
}

TEST(FindAmounts, SignWithoutNumber) {
  EXPECT_EQ(amounts("£"), Strings{});
  EXPECT_EQ(amounts("£m"), Strings{});
  EXPECT_EQ(amounts("Cost £ TBC"), Strings{});
  EXPECT_EQ(amounts("$"), Strings{});
}

TEST(FindAmounts, UnitsInHeadingsAreNotMoney) {
  EXPECT_EQ(amounts("£000s"), Strings{});
  EXPECT_EQ(amounts("Cost (£'000)"), Strings{});
  EXPECT_EQ(amounts("£5x"), Strings{});
}

TEST(FindAmounts, AbsurdlyLongNumbersAreNotMoney) {
  EXPECT_EQ(amounts("£12345678901234567890"), Strings{});
}

// --- real cells --------------------------------------------------------------

TEST(FindAmounts, SavingsCell) {
  EXPECT_EQ(amounts("Potential net savings of £48k (based on creating"), Strings{"48000 GBP"});
}

TEST(FindAmounts, TwoAmountsInOrder) {
  EXPECT_EQ(amounts("Up to £400k per annum based on two SBC placements (£"
                    "200k of this from Dedicated School Grant so saving would not be realised)"),
            (Strings{"400000 GBP [up to] /year", "200000 GBP"}));
}

TEST(FindAmounts, TableRow) {
  EXPECT_EQ(amounts("2014/15\t£10.9m\t£1.5m\t£1.4m"),
            (Strings{"10900000 GBP", "1500000 GBP", "1400000 GBP"}));
}

TEST(FindAmounts, ProseWithYears) {
  EXPECT_EQ(amounts("Recovery plan for £2.1m forecast overspend for 15/16"),
            Strings{"2100000 GBP"});
}

// --- robustness --------------------------------------------------------------

// Runs find_amounts over an exactly-sized heap copy of `text`, so that
// find_amounts passes over text sixteen bytes at a time to the next byte
// that may start an amount, so each case is tried at every offset around a
// block boundary; qualifiers and periods are looked for only after a
// first (or before a last) byte that one of them has, in either case.
TEST(FindAmounts, AmountsAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string words = offset == 0 ? "" : std::string(offset - 1, 'w') + " ";
    EXPECT_EQ(amounts(words + "£48k"), Strings{"48000 GBP"}) << offset;
    EXPECT_EQ(amounts(words + "\xE2\x82\xAC" "5m PA"), Strings{"5000000 EUR /year"}) << offset;
    EXPECT_EQ(amounts(words + "Up To $10"), Strings{"10 USD [up to]"}) << offset;
    EXPECT_EQ(amounts(words + "GBP 5,000 Per Annum"), Strings{"5000 GBP /year"}) << offset;
    EXPECT_EQ(amounts(words + "c. 2 million Euros /Month"), Strings{"2000000 EUR [approx] /month"}) << offset;
    EXPECT_EQ(amounts(words + "APPROX. 3 usd"), Strings{"3 USD [approx]"}) << offset;
    EXPECT_EQ(amounts(words + "xGBP 5 zeur 6 7 xpounds"), Strings{}) << offset;
  }
}

// The scan passes over a code letter after a letter and a digit after a
// letter, digit, point or comma, but not a sign or a code glued to a
// number: those still start amounts.
TEST(FindAmounts, StartsNextToOtherBytesAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string words = offset == 0 ? "" : std::string(offset - 1, 'w') + " ";
    EXPECT_EQ(amounts(words + "US$5"), Strings{"5 USD"}) << offset;
    EXPECT_EQ(amounts(words + "x5GBP 100"), Strings{"100 GBP"}) << offset;
    EXPECT_EQ(amounts(words + "7" "\xC2\xA3" "8"), Strings{"8 GBP"}) << offset;
    EXPECT_EQ(amounts(words + "a5 pounds x1.5 euros 2,5 usd"), Strings{}) << offset;
  }
}

TEST(FindAmounts, PhraseNearMisses) {
  EXPECT_EQ(amounts("hover £5k"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5k perannum"), Strings{"5000 GBP"});
  EXPECT_EQ(amounts("£5k monthly"), Strings{"5000 GBP /month"});
  EXPECT_EQ(amounts("Max. £5k Quarterly"), Strings{"5000 GBP [up to] /quarter"});
}

// AddressSanitizer catches any read past the end.
void exercise(std::string_view text) {
  const std::vector<char> copy(text.begin(), text.end());
  (void)find_amounts(std::string_view(copy.data(), copy.size()));
}

TEST(MoneyRobustness, EveryPrefixAndSuffixOfTrickyText) {
  const std::string_view tricky =
      "c. £3,500.50 p.a. -£5k €2bn \xE2\x88\x92$1,000 "
      "GBP 5 10-20k pounds £10\xE2\x80\x93"
      "20m per anum up to";
  for (std::size_t n = 0; n <= tricky.size(); ++n) exercise(tricky.substr(0, n));
  for (std::size_t n = 0; n <= tricky.size(); ++n) exercise(tricky.substr(n));
}

TEST(MoneyRobustness, ArbitraryBytes) {
  std::string bytes;
  unsigned state = 987654321;
  for (int k = 0; k < 20000; ++k) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>((state >> 16) & 0xFF);
  }
  exercise(bytes);
  for (std::size_t n = 0; n < 300; ++n) exercise(std::string_view(bytes).substr(n, 40));
}

TEST(MoneyRobustness, TruncatedUtf8) {
  EXPECT_EQ(amounts("\xC2"), Strings{});
  EXPECT_EQ(amounts("5 \xE2\x82"), Strings{});
  EXPECT_EQ(amounts("£5k \xE2\x80"), Strings{"5000 GBP"});
}

TEST(MoneyRobustness, LongAdversarialInputIsFast) {
  // Quadratic scanning would take minutes on these; linear takes a blink.
  exercise(std::string(200000, '1'));
  exercise("£1" + std::string(200000, ' ') + "per annum");
  std::string repeated;
  for (int k = 0; k < 20000; ++k) repeated += "£1-2-3 c ";
  exercise(repeated);
  std::string commas = "1";
  for (int k = 0; k < 20000; ++k) commas += ",000";
  exercise("£" + commas);
}

}  // namespace
}  // namespace docket
