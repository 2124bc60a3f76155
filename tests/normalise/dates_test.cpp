#include "normalise/dates.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docket {
namespace {

// The ISO value parse_uk_date gives, or "none" when it finds no date.
std::string parsed(std::string_view text) {
  const std::optional<Date> date = parse_uk_date(text);
  if (!date) return "none";
  return date->value.value_or("no value");
}

using Found = std::vector<std::pair<std::string, std::string>>;

// Each date find_dates sees, as (text as written, ISO value).
Found found(std::string_view text) {
  Found out;
  for (const Date& date : find_dates(text)) out.emplace_back(date.text, date.value.value_or(""));
  return out;
}

// --- parse_uk_date: numeric, day first -----------------------------------

TEST(ParseUkDate, SlashedTwoDigitYear) { EXPECT_EQ(parsed("03/09/12"), "2012-09-03"); }
TEST(ParseUkDate, SlashedSingleDigits) { EXPECT_EQ(parsed("3/9/2012"), "2012-09-03"); }
TEST(ParseUkDate, SlashedSingleDigitsTwoDigitYear) { EXPECT_EQ(parsed("3/9/12"), "2012-09-03"); }
TEST(ParseUkDate, Dotted) { EXPECT_EQ(parsed("03.09.12"), "2012-09-03"); }
TEST(ParseUkDate, DottedFromDraftFooter) { EXPECT_EQ(parsed("19.04.10"), "2010-04-19"); }
TEST(ParseUkDate, DottedFourDigitYear) { EXPECT_EQ(parsed("3.9.2012"), "2012-09-03"); }
TEST(ParseUkDate, Dashed) { EXPECT_EQ(parsed("03-09-2012"), "2012-09-03"); }
TEST(ParseUkDate, DashedTwoDigitYear) { EXPECT_EQ(parsed("03-09-12"), "2012-09-03"); }
TEST(ParseUkDate, DayFirstNotMonthFirst) { EXPECT_EQ(parsed("13/04/12"), "2012-04-13"); }

TEST(ParseUkDate, TwoDigitYearPivot) {
  EXPECT_EQ(parsed("01/01/00"), "2000-01-01");
  EXPECT_EQ(parsed("01/01/69"), "2069-01-01");
  EXPECT_EQ(parsed("01/01/70"), "1970-01-01");
  EXPECT_EQ(parsed("31/12/99"), "1999-12-31");
}

TEST(ParseUkDate, ScannedRaisedOrdinal) {
  // A scanned page reads "21st" with its suffix raised as a mark.
  EXPECT_EQ(parsed("21* SEPTEMBER, 2018"), "2018-09-21");
  EXPECT_EQ(parsed("9\" May 2016"), "2016-05-09");
}

TEST(ParseUkDate, LeapDay) {
  EXPECT_EQ(parsed("29/02/2012"), "2012-02-29");
  EXPECT_EQ(parsed("29/02/2000"), "2000-02-29");
}

TEST(ParseUkDate, RejectsImpossibleDates) {
  EXPECT_EQ(parsed("32/01/12"), "none");
  EXPECT_EQ(parsed("29/02/2011"), "none");
  EXPECT_EQ(parsed("29/02/1900"), "none");
  EXPECT_EQ(parsed("01/13/12"), "none");
  EXPECT_EQ(parsed("00/01/12"), "none");
  EXPECT_EQ(parsed("01/00/12"), "none");
  EXPECT_EQ(parsed("00/00/12"), "none");
  EXPECT_EQ(parsed("0 March 2012"), "none");
  EXPECT_EQ(parsed("March 0, 2012"), "none");
  EXPECT_EQ(parsed("31/04/2012"), "none");
  EXPECT_EQ(parsed("31 April 2012"), "none");
  EXPECT_EQ(parsed("30 February 2012"), "none");
}

TEST(ParseUkDate, RejectsMalformedNumbers) {
  EXPECT_EQ(parsed("03/09-12"), "none");     // mixed separators
  EXPECT_EQ(parsed("03/09/123"), "none");    // three-digit year
  EXPECT_EQ(parsed("03/09"), "none");        // no year
  EXPECT_EQ(parsed("6.1.10"), "none");       // section number
  EXPECT_EQ(parsed("03/09/12/14"), "none");  // too many parts
  EXPECT_EQ(parsed("03/09/1812"), "none");   // out of range year
}

// --- parse_uk_date: month names ------------------------------------------

TEST(ParseUkDate, EveryMonthAbbreviation) {
  EXPECT_EQ(parsed("Jan 2010"), "2010-01");
  EXPECT_EQ(parsed("Feb 2010"), "2010-02");
  EXPECT_EQ(parsed("Mar 2010"), "2010-03");
  EXPECT_EQ(parsed("Apr 2010"), "2010-04");
  EXPECT_EQ(parsed("May 2010"), "2010-05");
  EXPECT_EQ(parsed("Jun 2010"), "2010-06");
  EXPECT_EQ(parsed("June 2010"), "2010-06");
  EXPECT_EQ(parsed("Jul 2010"), "2010-07");
  EXPECT_EQ(parsed("July 2010"), "2010-07");
  EXPECT_EQ(parsed("Aug 2010"), "2010-08");
  EXPECT_EQ(parsed("Sep 2010"), "2010-09");
  EXPECT_EQ(parsed("Sept 2010"), "2010-09");
  EXPECT_EQ(parsed("Oct 2010"), "2010-10");
  EXPECT_EQ(parsed("Nov 2010"), "2010-11");
  EXPECT_EQ(parsed("Dec 2010"), "2010-12");
}

TEST(ParseUkDate, EveryFullMonthName) {
  EXPECT_EQ(parsed("January 2011"), "2011-01");
  EXPECT_EQ(parsed("February 2011"), "2011-02");
  EXPECT_EQ(parsed("March 2011"), "2011-03");
  EXPECT_EQ(parsed("April 2011"), "2011-04");
  EXPECT_EQ(parsed("August 2011"), "2011-08");
  EXPECT_EQ(parsed("September 2011"), "2011-09");
  EXPECT_EQ(parsed("October 2011"), "2011-10");
  EXPECT_EQ(parsed("November 2011"), "2011-11");
  EXPECT_EQ(parsed("December 2011"), "2011-12");
}

TEST(ParseUkDate, MonthNameInAnyCase) {
  EXPECT_EQ(parsed("SEPT 2010"), "2010-09");
  EXPECT_EQ(parsed("sept 2010"), "2010-09");
  EXPECT_EQ(parsed("sEpTeMbEr 2010"), "2010-09");
}

TEST(ParseUkDate, AbbreviationWithPeriod) {
  EXPECT_EQ(parsed("Sept. 2010"), "2010-09");
  EXPECT_EQ(parsed("8 Mar. 2012"), "2012-03-08");
}

TEST(ParseUkDate, MonthYearWithComma) { EXPECT_EQ(parsed("September, 2014"), "2014-09"); }

TEST(ParseUkDate, DayMonthYear) {
  EXPECT_EQ(parsed("8 March 2012"), "2012-03-08");
  EXPECT_EQ(parsed("08 September 2014"), "2014-09-08");
  EXPECT_EQ(parsed("31 March 2012"), "2012-03-31");
}

TEST(ParseUkDate, Ordinals) {
  EXPECT_EQ(parsed("8th March 2012"), "2012-03-08");
  EXPECT_EQ(parsed("1st April 2015"), "2015-04-01");
  EXPECT_EQ(parsed("2nd May 2015"), "2015-05-02");
  EXPECT_EQ(parsed("3rd June 2015"), "2015-06-03");
  EXPECT_EQ(parsed("21st July 2015"), "2015-07-21");
  EXPECT_EQ(parsed("22ND July 2015"), "2015-07-22");
  EXPECT_EQ(parsed("8th of March 2012"), "2012-03-08");
  // The formal record's "this 12th day of January, 2011".
  EXPECT_EQ(parsed("12TH DAY OF JANUARY, 2011"), "2011-01-12");
  EXPECT_EQ(parsed("3rd day of May 2015"), "2015-05-03");
}

TEST(ParseUkDate, DayMonthTwoDigitYear) {
  EXPECT_EQ(parsed("8 March 12"), "2012-03-08");
  EXPECT_EQ(parsed("08-Mar-12"), "2012-03-08");
  EXPECT_EQ(parsed("8-Mar-2012"), "2012-03-08");
  EXPECT_EQ(parsed("3rd Sept '15"), "2015-09-03");
}

TEST(ParseUkDate, WeekdayPrefix) {
  EXPECT_EQ(parsed("Friday 12 March 2012"), "2012-03-12");
  EXPECT_EQ(parsed("Friday, 12 March 2012"), "2012-03-12");
  EXPECT_EQ(parsed("Fri 12 March 2012"), "2012-03-12");
  EXPECT_EQ(parsed("Wed. 14 March 2012"), "2012-03-14");
}

TEST(ParseUkDate, MidnightOn) {
  EXPECT_EQ(parsed("Midnight on Friday, 12th September 2014"), "2014-09-12");
  EXPECT_EQ(parsed("Midnight on Friday 12 March 2012"), "2012-03-12");
}

TEST(ParseUkDate, MonthFirstWithDay) {
  EXPECT_EQ(parsed("March 8, 2012"), "2012-03-08");
  EXPECT_EQ(parsed("March 8th 2012"), "2012-03-08");
  EXPECT_EQ(parsed("October 30th 2014"), "2014-10-30");
  EXPECT_EQ(parsed("Sept 15 2015"), "2015-09-15");
  EXPECT_EQ(parsed("Sept 15, 2015"), "2015-09-15");
}

TEST(ParseUkDate, MonthTwoDigitYear) {
  EXPECT_EQ(parsed("Sept 15"), "2015-09");
  EXPECT_EQ(parsed("Dec 15"), "2015-12");
  EXPECT_EQ(parsed("October 15"), "2015-10");
  EXPECT_EQ(parsed("Feb 16"), "2016-02");
  EXPECT_EQ(parsed("March 08"), "2008-03");
  EXPECT_EQ(parsed("Sept '15"), "2015-09");
  EXPECT_EQ(parsed("Sept \xE2\x80\x99"
                   "15"),
            "2015-09");
  EXPECT_EQ(parsed("Mar-12"), "2012-03");
}

TEST(ParseUkDate, LeadIns) {
  EXPECT_EQ(parsed("by Sept 2015"), "2015-09");
  EXPECT_EQ(parsed("By end October 2015"), "2015-10");
  EXPECT_EQ(parsed("By end of October 15"), "2015-10");
  EXPECT_EQ(parsed("by the end of Sept 15"), "2015-09");
  EXPECT_EQ(parsed("end of March 2013"), "2013-03");
  EXPECT_EQ(parsed("The end of March 2013"), "2013-03");
  EXPECT_EQ(parsed("before 31/03/13"), "2013-03-31");
  EXPECT_EQ(parsed("on 8 March 2012"), "2012-03-08");
}

TEST(ParseUkDate, SurroundingWhitespaceAndPunctuation) {
  EXPECT_EQ(parsed("  03/09/12  "), "2012-09-03");
  EXPECT_EQ(parsed("\t03/09/12\n"), "2012-09-03");
  EXPECT_EQ(parsed("\xC2\xA0Sept 2010\xC2\xA0"), "2010-09");
  EXPECT_EQ(parsed("Sept 2010."), "2010-09");
  EXPECT_EQ(parsed("**by Sept 2015**"), "2015-09");
  EXPECT_EQ(parsed("(Feb 16)"), "2016-02");
}

TEST(ParseUkDate, BareYear) {
  EXPECT_EQ(parsed("2015"), "2015");
  EXPECT_EQ(parsed(" 2015 "), "2015");
  EXPECT_EQ(parsed("by 2015"), "2015");
  EXPECT_EQ(parsed("1990"), "1990");
  EXPECT_EQ(parsed("2099"), "2099");
  EXPECT_EQ(parsed("1989"), "none");
  EXPECT_EQ(parsed("2100"), "none");
}

TEST(ParseUkDate, TextIsWholeTrimmedInput) {
  const std::optional<Date> date = parse_uk_date("  by Sept 2010 ");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->text, "by Sept 2010");
  EXPECT_EQ(date->value, "2010-09");
}

TEST(ParseUkDate, RejectsTextThatIsNotOnlyADate) {
  EXPECT_EQ(parsed(""), "none");
  EXPECT_EQ(parsed("   "), "none");
  EXPECT_EQ(parsed("Ongoing"), "none");
  EXPECT_EQ(parsed("Sept"), "none");
  EXPECT_EQ(parsed("8 March"), "none");
  EXPECT_EQ(parsed("March 8"), "none");
  EXPECT_EQ(parsed("Sept 15th"), "none");
  // A financial year is a date (a span, whose value is its end).
  EXPECT_EQ(parsed("2019/2020"), "2020-03");
  EXPECT_EQ(parsed("2013/14"), "2014-03");
  EXPECT_EQ(parsed("\xC2\xA3"
                   "2015"),
            "none");
  EXPECT_EQ(parsed("03/09/12 and 04/09/12"), "none");
  EXPECT_EQ(parsed("Sept 2010 - LF"), "none");
  EXPECT_EQ(parsed("Draft 5"), "none");
  EXPECT_EQ(parsed("Mayor 2010"), "none");
  EXPECT_EQ(parsed("Sept 45 2015"), "none");
  EXPECT_EQ(parsed("Sept 5"), "none");
  EXPECT_EQ(parsed("Sept 2015/16"), "none");
}

// --- find_dates ------------------------------------------------------------

TEST(FindDates, SingleNumericCell) {
  EXPECT_EQ(found("03/09/12"), (Found{{"03/09/12", "2012-09-03"}}));
}

TEST(FindDates, PaddedCell) {
  EXPECT_EQ(found(" 03/09/12        "), (Found{{"03/09/12", "2012-09-03"}}));
}

TEST(FindDates, TwoDatesInOneCell) {
  EXPECT_EQ(found("May 2010 July 2010"),
            (Found{{"May 2010", "2010-05"}, {"July 2010", "2010-07"}}));
  EXPECT_EQ(found("July 2010 Sept 2010"),
            (Found{{"July 2010", "2010-07"}, {"Sept 2010", "2010-09"}}));
}

TEST(FindDates, MonthTwoDigitYearRange) {
  // One span (its start in Date::start), whose value is its end.
  EXPECT_EQ(found("timeline the implementation from Sept 15 to Dec 15."),
            (Found{{"Sept 15 to Dec 15", "2015-12"}}));
}

TEST(FindDates, MonthTwoDigitYearInProse) {
  EXPECT_EQ(found("By end of October 15**"), (Found{{"October 15", "2015-10"}}));
  EXPECT_EQ(found("**LF By the end of Sept 15**"), (Found{{"Sept 15", "2015-09"}}));
  EXPECT_EQ(found("input (Feb 16)"), (Found{{"Feb 16", "2016-02"}}));
  EXPECT_EQ(found("ongoing Sept to March 16 - LF"), (Found{{"March 16", "2016-03"}}));
  EXPECT_EQ(found("then implementation April 16"), (Found{{"April 16", "2016-04"}}));
  EXPECT_EQ(found("Begin October 15 - FG"), (Found{{"October 15", "2015-10"}}));
  EXPECT_EQ(found("since March 08"), (Found{{"March 08", "2008-03"}}));
  EXPECT_EQ(found("Sept '15 onwards"), (Found{{"Sept '15", "2015-09"}}));
}

TEST(FindDates, DayFirstStaysADayDate) {
  EXPECT_EQ(found("15 Sept 2015"), (Found{{"15 Sept 2015", "2015-09-15"}}));
}

TEST(FindDates, MonthDayYearIsUsStyleDay) {
  EXPECT_EQ(found("Sept 15 2015"), (Found{{"Sept 15 2015", "2015-09-15"}}));
  EXPECT_EQ(found("Sept 15, 2015"), (Found{{"Sept 15, 2015", "2015-09-15"}}));
  EXPECT_EQ(found("March 8, 2012"), (Found{{"March 8, 2012", "2012-03-08"}}));
  EXPECT_EQ(found("March 8th 2012"), (Found{{"March 8th 2012", "2012-03-08"}}));
  EXPECT_EQ(found("the October 30th 2014 Council Report"),
            (Found{{"October 30th 2014", "2014-10-30"}}));
}

TEST(FindDates, MonthTwoDigitsNotAYear) {
  EXPECT_EQ(found("Sept 15th"), Found{});     // an ordinal day
  EXPECT_EQ(found("Sept 5"), Found{});        // one digit
  EXPECT_EQ(found("Sept 150"), Found{});      // three digits
  EXPECT_EQ(found("Sept 45 2015"), Found{});  // followed by a year
  EXPECT_EQ(found("April 15/16"), Found{});   // a financial year
  EXPECT_EQ(found("May 10:30"), Found{});     // a time
  EXPECT_EQ(found("May 15%"), Found{});       // a percentage
  EXPECT_EQ(found("September, 15 people"), Found{});
  EXPECT_EQ(found("officers may 15 times"), Found{});  // the verb
}

TEST(FindDates, DayMonthYearForms) {
  EXPECT_EQ(found("considered by Cabinet on 8th March 2012."),
            (Found{{"8th March 2012", "2012-03-08"}}));
  EXPECT_EQ(found("Cabinet Meeting .....8th March 2012"),
            (Found{{"8th March 2012", "2012-03-08"}}));
  EXPECT_EQ(found("Date of Publication: 08 September 2014"),
            (Found{{"08 September 2014", "2014-09-08"}}));
  EXPECT_EQ(found("ceases at 31 March 2012 as outlined in section 6.3.1 of the report."),
            (Found{{"31 March 2012", "2012-03-31"}}));
  EXPECT_EQ(found("(The last report to Cabinet was 17 July 2014.)"),
            (Found{{"17 July 2014", "2014-07-17"}}));
  EXPECT_EQ(found("effective from 1st April 2015"), (Found{{"1st April 2015", "2015-04-01"}}));
}

TEST(FindDates, TextExcludesWeekdayAndLeadIn) {
  EXPECT_EQ(found("Midnight on Friday, 12th September 2014"),
            (Found{{"12th September 2014", "2014-09-12"}}));
  EXPECT_EQ(found("Friday 12 March 2012"), (Found{{"12 March 2012", "2012-03-12"}}));
  EXPECT_EQ(found("by the end of Sept 2010"), (Found{{"Sept 2010", "2010-09"}}));
}

TEST(FindDates, AbbreviationPeriodIsPartOfText) {
  EXPECT_EQ(found("Sept. 2010"), (Found{{"Sept. 2010", "2010-09"}}));
}

TEST(FindDates, NumericInProse) {
  EXPECT_EQ(found("formal consultation period (due to end 13/04/12)"),
            (Found{{"13/04/12", "2012-04-13"}}));
  EXPECT_EQ(found("Draft 5 19.04.10 2"), (Found{{"19.04.10", "2010-04-19"}}));
  EXPECT_EQ(found("from 03/09/12-04/09/12"), (Found{{"03/09/12-04/09/12", "2012-09-04"}}));
  EXPECT_EQ(found("on 3/9/2012, then"), (Found{{"3/9/2012", "2012-09-03"}}));
}

TEST(FindDates, OnlyTheDateInAMonthRange) {
  EXPECT_EQ(found("between January - July 2014 across"), (Found{{"July 2014", "2014-07"}}));
}

TEST(FindDates, BareYearAsWholeText) {
  EXPECT_EQ(found("2015"), (Found{{"2015", "2015"}}));
  EXPECT_EQ(found("  2015  "), (Found{{"2015", "2015"}}));
  EXPECT_EQ(found("**2015.**"), (Found{{"2015", "2015"}}));
  EXPECT_EQ(found("$2015"), Found{});
  EXPECT_EQ(found("1989"), Found{});
}

TEST(FindDates, BareYearAfterLeadIn) {
  EXPECT_EQ(found("revisited in 2015 to assess"), (Found{{"2015", "2015"}}));
  EXPECT_EQ(found("In 2011 there were"), (Found{{"2011", "2011"}}));
  EXPECT_EQ(found("complete by 2016."), (Found{{"2016", "2016"}}));
  EXPECT_EQ(found("during 2013"), (Found{{"2013", "2013"}}));
  EXPECT_EQ(found("by the end of 2014"), (Found{{"2014", "2014"}}));
  EXPECT_EQ(found("from 2015 to 2020"), (Found{{"2015 to 2020", "2020"}}));
  EXPECT_EQ(found("until 2018"), (Found{{"2018", "2018"}}));
}

TEST(FindDates, BareYearWithoutLeadInIsNotADate) {
  EXPECT_EQ(found("not intend to work beyond 2016."), Found{});
  EXPECT_EQ(found("section 2015"), Found{});
  EXPECT_EQ(found("costs \xC2\xA3"
                  "2015 in total"),
            Found{});
  EXPECT_EQ(found("by \xC2\xA3"
                  "2015"),
            Found{});
  EXPECT_EQ(found("in 20155"), Found{});
  EXPECT_EQ(found("in 1989"), Found{});
}

// Like a bare year, a financial year is a date when it is the whole text or
// follows a lead-in.
TEST(FindDates, FinancialYearsAreDatesAfterALeadIn) {
  EXPECT_EQ(found("until 2019/2020 and"), (Found{{"2019/2020", "2020-03"}}));
  EXPECT_EQ(found("2013/14"), (Found{{"2013/14", "2014-03"}}));
  EXPECT_EQ(found("in 2015-16"), (Found{{"2015-16", "2016-03"}}));
  EXPECT_EQ(found("in 2015\xE2\x80\x93"
                  "16"),
            (Found{{"2015\xE2\x80\x93"
                    "16",
                    "2016-03"}}));
  EXPECT_EQ(found("over 15/16, 16/17, 17/18"), Found{});
  EXPECT_EQ(found("2013/14\t\xC2\xA3"
                  "12.4m"),
            Found{});
}

TEST(FindDates, SectionAndVersionNumbersAreNotDates) {
  EXPECT_EQ(found("as outlined in sections 6.1.10 - 6.1.13 of the report"), Found{});
  EXPECT_EQ(found("section 6.1.14. of the report"), Found{});
  EXPECT_EQ(found("see section 10.12.11"), Found{});
  EXPECT_EQ(found("para. 10.12.11"), Found{});
  EXPECT_EQ(found("paragraphs 10.12.11"), Found{});
  EXPECT_EQ(found("1.10.12.11"), Found{});
  EXPECT_EQ(found("10.12.11.4"), Found{});
  EXPECT_EQ(found("Draft 5"), Found{});
  EXPECT_EQ(found("v1.2.3"), Found{});
  EXPECT_EQ(found("1-2-13"), Found{});
}

TEST(FindDates, OtherNumbersAreNotDates) {
  EXPECT_EQ(found("\xC2\xA3"
                  "12.4m"),
            Found{});
  EXPECT_EQ(found("\xC2\xA3"
                  "12.04.10"),
            Found{});
  EXPECT_EQ(found("Telephone No. 01642 528957"), Found{});
  EXPECT_EQ(found("permanence team (0 \xE2\x80\x93 13)"), Found{});
  EXPECT_EQ(found("team (14 - 18)"), Found{});
  EXPECT_EQ(found("0-25 Special Educational Needs"), Found{});
  EXPECT_EQ(found("at 10.30 or 10:30"), Found{});
  EXPECT_EQ(found("30 day formal consultation"), Found{});
  EXPECT_EQ(found("LAC Rate/10,000 based on 2012/13 data"), Found{});
  EXPECT_EQ(found("12 months"), Found{});
  EXPECT_EQ(found("10.30.45"), Found{});
}

TEST(FindDates, MonthWordsInsideOtherWords) {
  EXPECT_EQ(found("Mayor 2010"), Found{});
  EXPECT_EQ(found("Marketing 2010"), Found{});
  EXPECT_EQ(found("Decision 15"), Found{});
  EXPECT_EQ(found("Junior 12"), Found{});
  EXPECT_EQ(found("remarch 2010"), Found{});
}

TEST(FindDates, MonthWithoutYearIsNotADate) {
  EXPECT_EQ(found("considered by Cabinet on 8 March. Cabinet accepted"), Found{});
  EXPECT_EQ(found("by the end of Sept - JJ"), Found{});
  EXPECT_EQ(found("update on this in November."), Found{});
}

TEST(FindDates, EmptyAndBlank) {
  EXPECT_EQ(found(""), Found{});
  EXPECT_EQ(found("   "), Found{});
  EXPECT_EQ(found("None"), Found{});
}

TEST(FindDates, ManyDatesInOrder) {
  EXPECT_EQ(found("Produce draft 03/09/12; consult May 2010; launch 8th March 2012 by 2015"),
            (Found{{"03/09/12", "2012-09-03"},
                   {"May 2010", "2010-05"},
                   {"8th March 2012", "2012-03-08"},
                   {"2015", "2015"}}));
}

// find_dates passes over text sixteen bytes at a time to the next word that
// starts with a digit or a month's first two letters, so each case is tried
// at every offset around a block boundary and at the end of the text.
TEST(FindDates, DatesAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string words = offset == 0 ? "" : std::string(offset - 1, 'w') + " ";
    EXPECT_EQ(found(words + "03/09/12"), (Found{{"03/09/12", "2012-09-03"}})) << offset;
    EXPECT_EQ(found(words + "SEPT 2010 x"), (Found{{"SEPT 2010", "2010-09"}})) << offset;
    EXPECT_EQ(found(words + "(8th of mArch 2012)"), (Found{{"8th of mArch 2012", "2012-03-08"}})) << offset;
    EXPECT_EQ(found(words + "Jan-12, dec '15"), (Found{{"Jan-12", "2012-01"}, {"dec '15", "2015-12"}})) << offset;
    EXPECT_EQ(found(words + "by 2015."), (Found{{"2015", "2015"}})) << offset;
    // Glued to a letter or a digit before it, a date is not a word start.
    EXPECT_EQ(found(words + "x03/09/12 zMay 2010 5March 2012"), Found{}) << offset;
    EXPECT_EQ(found(words + "Aardvark 2010 sepia 15 no 2010 Octopus 12"), Found{}) << offset;
    // Words that share a month's first two letters, and a lone letter last.
    EXPECT_EQ(found(words + "Decision 15 Ma 12 Junior 2010 M"), Found{}) << offset;
    EXPECT_EQ(found(words + "DECEMBER 15"), (Found{{"DECEMBER 15", "2015-12"}})) << offset;
  }
}

TEST(FindDates, ScanResumesAfterADate) {
  // The second date starts right where the first one ends.
  EXPECT_EQ(found("Sept.2010"), Found{});
  EXPECT_EQ(found("May 2010/June 2011"), (Found{{"May 2010", "2010-05"}, {"June 2011", "2011-06"}}));
  EXPECT_EQ(found("1/2/2012-3/4/2013"), (Found{{"1/2/2012-3/4/2013", "2013-04-03"}}));
}

// --- is_ongoing ------------------------------------------------------------

TEST(IsOngoing, Accepts) {
  EXPECT_TRUE(is_ongoing("Ongoing"));
  EXPECT_TRUE(is_ongoing("ongoing"));
  EXPECT_TRUE(is_ongoing("ONGOING"));
  EXPECT_TRUE(is_ongoing("On-going"));
  EXPECT_TRUE(is_ongoing("On going"));
  EXPECT_TRUE(is_ongoing("on \xE2\x80\x93 going"));
  EXPECT_TRUE(is_ongoing("Continuous"));
  EXPECT_TRUE(is_ongoing("Continual"));
  EXPECT_TRUE(is_ongoing("Throughout"));
  EXPECT_TRUE(is_ongoing("Rolling"));
  EXPECT_TRUE(is_ongoing("Annually"));
  EXPECT_TRUE(is_ongoing("  Ongoing.  "));
  EXPECT_TRUE(is_ongoing("**Ongoing**"));
  EXPECT_TRUE(is_ongoing("(ongoing)"));
  EXPECT_TRUE(is_ongoing("\xC2\xA0Ongoing\xC2\xA0"));
}

TEST(IsOngoing, Rejects) {
  EXPECT_FALSE(is_ongoing(""));
  EXPECT_FALSE(is_ongoing("  "));
  EXPECT_FALSE(is_ongoing("-"));
  EXPECT_FALSE(is_ongoing("on"));
  EXPECT_FALSE(is_ongoing("going"));
  EXPECT_FALSE(is_ongoing("ongoing Sept to March 16"));
  EXPECT_FALSE(is_ongoing("Ongoing - LF"));
  EXPECT_FALSE(is_ongoing("Sept 2010"));
  EXPECT_FALSE(is_ongoing("Ongoings"));
  EXPECT_FALSE(is_ongoing("Complete"));
  EXPECT_FALSE(is_ongoing("N/A"));
}

// --- robustness ------------------------------------------------------------

// Runs every function over an exactly-sized heap copy of `text`, so that
// AddressSanitizer catches any read past the end.
void exercise(std::string_view text) {
  const std::vector<char> copy(text.begin(), text.end());
  const std::string_view view(copy.data(), copy.size());
  (void)parse_uk_date(view);
  (void)find_dates(view);
  (void)is_ongoing(view);
}

TEST(DatesRobustness, EveryPrefixOfTrickyText) {
  const std::string_view tricky =
      "Midnight on Friday, 12th Sept. '15 \xE2\x80\x99"
      "15 03/09/12 19.04.10 by 2015 "
      "\xC2\xA3"
      "2015 May 2010 March 8, 2012 Sept 15 \xC2\xA0 on\xE2\x80\x93going 2015\xE2\x80\x93";
  for (std::size_t n = 0; n <= tricky.size(); ++n) exercise(tricky.substr(0, n));
  for (std::size_t n = 0; n <= tricky.size(); ++n) exercise(tricky.substr(n));
}

TEST(DatesRobustness, ArbitraryBytes) {
  std::string bytes;
  unsigned state = 12345;
  for (int k = 0; k < 20000; ++k) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>((state >> 16) & 0xFF);
  }
  exercise(bytes);
  for (std::size_t n = 0; n < 300; ++n) exercise(std::string_view(bytes).substr(n, 40));
}

TEST(DatesRobustness, TruncatedUtf8) {
  exercise("\xC2");
  exercise("Sept \xE2\x80");
  exercise("on\xE2");
  exercise("\xC2\xA3");
  EXPECT_EQ(found("Sept \xE2\x80"), Found{});
}

TEST(DatesRobustness, LongAdversarialInputIsFast) {
  // Quadratic scanning would take minutes on these; linear takes a blink.
  std::string digits(200000, '1');
  std::string spaces = "8" + std::string(200000, ' ') + "March";
  std::string repeated;
  for (int k = 0; k < 20000; ++k) repeated += "Sept 1/1/1.";
  exercise(digits);
  exercise(spaces);
  exercise(repeated);
  EXPECT_EQ(found(spaces), (Found{}));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

std::vector<std::string> due_values(std::string_view cell) {
  std::vector<Date> dates;
  find_due_dates(cell, dates);
  std::vector<std::string> out;
  for (const Date& d : dates) out.push_back(d.value.value_or("null"));
  return out;
}

// Financial quarters end in June, September, December and March.
TEST(DueDates, FinancialQuartersAreTheirLastMonth) {
  using Strings = std::vector<std::string>;
  EXPECT_EQ(due_values("Q2 2013/14"), Strings{"2013-09"});
  EXPECT_EQ(due_values("Q4 2024-25"), Strings{"2025-03"});
  EXPECT_EQ(due_values("Quarter 1 of 2025/2026"), Strings{"2025-06"});
  EXPECT_EQ(due_values("31/01/2014, then q3 2014/15"), (Strings{"2014-01-31", "2014-12"}));
  EXPECT_TRUE(due_values("Q2 2013").empty());      // whose year is not said
  EXPECT_TRUE(due_values("FAQ 2013/14").empty());
  EXPECT_TRUE(due_values("Q2 2013/15").empty());   // no financial year
  // Quarters anywhere in a long cell, past the first sixteen bytes.
  EXPECT_EQ(due_values("Reviewed at the Quarterly meeting: Q1 2015/16, and again in quarter 3 2015/16"),
            (Strings{"2015-06", "2015-12"}));
}

}  // namespace
}  // namespace docket

#include "normalise/date_parts.hpp"

namespace docket {
namespace {

// Two digits at a time for years, months and days; every value of four and
// two digits against the same written digit by digit.
TEST(DateParts, PutPaddedWritesEveryValueWithItsLeadingZeros) {
  const auto by_digits = [](int value, int width) {
    std::string out(static_cast<std::size_t>(width), '0');
    for (int k = width - 1; k >= 0; --k, value /= 10) out[static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
    return out;
  };
  for (int width : {2, 4}) {
    const int limit = width == 2 ? 100 : 10000;
    for (int value = 0; value < limit; ++value) {
      char buffer[4];
      const char* end = date_parts::put_padded(buffer, value, width);
      ASSERT_EQ(std::string(buffer, static_cast<std::size_t>(end - buffer)), by_digits(value, width)) << value;
    }
  }
  EXPECT_EQ(date_parts::to_iso({2014, 3, 7}), "2014-03-07");
  EXPECT_EQ(date_parts::to_iso({2014, 12, 0}), "2014-12");
  EXPECT_EQ(date_parts::to_iso({999, 0, 0}), "0999");
}

}  // namespace
}  // namespace docket

#include "base/byte_scan.hpp"
#include "normalise/date_words.hpp"

namespace docket {
namespace {

// kMayStartDate tests its ranges as one unsigned comparison each: sixteen
// bytes at a time it marks a byte exactly where the same test on single
// bytes does, for every byte before and at it.
TEST(DateWords, MayStartDateMarksBlocksAsItMarksBytes) {
  for (const char after : {'e', 'a', '5', ' ', '\xE2'}) {
    for (int before = 1; before < 256; ++before) {
      for (int b = 1; b < 256; ++b) {
        std::string s(20, 'x');
        s[0] = static_cast<char>(before);
        s[1] = static_cast<char>(b);
        s[2] = after;
        const bool marked = find_marked_in_context(s, 1, date_parts::kMayStartDate) == 1;
        const bool expected = date_parts::kMayStartDate(before, b, static_cast<unsigned char>(after)) != 0;
        ASSERT_EQ(marked, expected) << before << ' ' << b << ' ' << int(static_cast<unsigned char>(after));
      }
    }
  }
}

}  // namespace
}  // namespace docket
