// Which minute a part of a set of minutes stands under.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "build/minute_numbers.hpp"

namespace docket {
namespace {

TEST(MinuteNumbers, NumericValueIsWhatStrtodReads) {
  for (const char* label : {"84", "2.1", "3.1.1", "12a", "5e3", "5e", "1.e2", "007", "0x1A", "0X1f", "a", "iv", "", "1e999",
                            "9007199254740993", "0.1", "2.", "1..2", "12/20", "3 4"}) {
    EXPECT_EQ(numeric_value(label), std::strtod(label, nullptr)) << label;
  }
  // Every label of up to four bytes drawn from digits, periods, "e" and "x".
  const std::string bytes = "09.ex";
  for (std::size_t n = 0; n < 5 * 5 * 5 * 5; ++n) {
    std::string label;
    for (std::size_t rest = n; label.size() < 4; rest /= bytes.size()) label.push_back(bytes[rest % bytes.size()]);
    EXPECT_EQ(numeric_value(label), std::strtod(label.c_str(), nullptr)) << label;
  }
}

Segment paragraph(std::string_view text, SegmentKind kind = SegmentKind::kParagraph) {
  Segment s;
  s.text = text;
  s.kind = kind;
  return s;
}

Segment numbered(std::string_view marker, std::string_view text) {
  Segment s = paragraph(text, SegmentKind::kListItem);
  s.marker = marker;
  return s;
}

TEST(MinuteNumbers, SlashedNumbersButNotDatesOrDecisionReferences) {
  EXPECT_EQ(slashed_minute_number("107/20 Apologies"), 6u);
  EXPECT_EQ(slashed_minute_number("14/06/9.01"), 10u);
  EXPECT_EQ(slashed_minute_number("3/245 To note"), 5u);
  EXPECT_FALSE(slashed_minute_number("12/06/2020 the clerk"));
  EXPECT_FALSE(slashed_minute_number("24/00108 - Budget"));
  EXPECT_FALSE(slashed_minute_number("1/2 of the budget"));
  EXPECT_FALSE(slashed_minute_number("107/20x"));
}

TEST(MinuteNumbers, AgendaReferences) {
  EXPECT_EQ(agenda_item_reference("Grants to clubs (Item 7)"), "7");
  EXPECT_EQ(agenda_item_reference("(Item 4b)"), "4b");
  EXPECT_FALSE(agenda_item_reference("(Item)"));
  EXPECT_FALSE(agenda_item_reference("the item was noted"));
}

TEST(MinuteNumbers, PrintedLabels) {
  EXPECT_EQ(printed_label("(1)"), "1");
  EXPECT_EQ(printed_label("A)"), "A");
  EXPECT_EQ(printed_label("iii."), "iii");
  EXPECT_EQ(printed_label("2.1"), "2.1");
}

TEST(MinuteNumbers, ParagraphNumbersInsideAMinuteAreNotMinutes) {
  MinuteTracker t;
  t.see(numbered("12.", "Apologies"));
  EXPECT_EQ(t.current(), "12");
  t.see(paragraph("(Item 1)"));  // the agenda's number, under the minute's own
  EXPECT_EQ(t.current(), "12");
  t.see(numbered("1.", "The officer introduced the report."));
  t.see(numbered("2.", "Short title"));  // below the minute's number: a paragraph
  EXPECT_EQ(t.current(), "12");
  t.see(numbered("13.", "Grants"));
  EXPECT_EQ(t.current(), "13");
}

TEST(MinuteNumbers, AgendaReferenceWhenTitlesAreUnnumbered) {
  MinuteTracker t;
  EXPECT_FALSE(t.current());
  t.see(paragraph("Apologies and Substitutes (Item 1)"));
  EXPECT_EQ(t.current(), "1");
  t.see(numbered("1.", "A short note"));  // a paragraph number below the agenda's
  EXPECT_EQ(t.current(), "1");
  t.see(paragraph("Budget"));
  t.see(paragraph("(Item 5)"));
  EXPECT_EQ(t.current(), "5");
}

TEST(MinuteNumbers, HeadingsAndRegisterNumbers) {
  MinuteTracker t;
  t.see(paragraph("5.2 Play area", SegmentKind::kHeading));
  EXPECT_EQ(t.current(), "5.2");
  t.see(paragraph("88/21 Footpaths The clerk reported."));
  EXPECT_EQ(t.current(), "88/21");
}

TEST(MinuteNumbers, NextMinuteRunIntoTheParagraphAbove) {
  EXPECT_EQ(run_in_minute_number("The sign is ordered. 43/20 To Approve a Bench", "42/20"), "43/20");
  // The last of several, each in sequence.
  EXPECT_EQ(run_in_minute_number("Noted. 43/20 Apologies None. 44/20 Payments", "42/20"), "44/20");
  // An earlier minute, a far one, another year or no title after it.
  EXPECT_FALSE(run_in_minute_number("as agreed at 38/20 Grants", "42/20"));
  EXPECT_FALSE(run_in_minute_number("see 97/20 Grants", "42/20"));
  EXPECT_FALSE(run_in_minute_number("see 43/21 Grants", "42/20"));
  EXPECT_FALSE(run_in_minute_number("deferred to 43/20 when the quotes are in", "42/20"));
  EXPECT_FALSE(run_in_minute_number("Noted. 3. Grants", "2"));

  MinuteTracker minutes;
  for (const Segment& s : {paragraph("42/20 Clerk's Report The gate is fixed."),
                           paragraph("The hedge is cut. 43/20 To Approve a New Bin Quotes were seen.")}) {
    minutes.see(s);
  }
  EXPECT_EQ(minutes.current(), "43/20");
}

TEST(MinuteNumbers, AMarkerAloneNumbersTheTitleUnderIt) {
  MinuteTracker t;
  t.see(paragraph("6."));
  EXPECT_FALSE(t.current());  // not until a title follows
  t.see(paragraph("Housing and Community"));
  EXPECT_EQ(t.current(), "6");
  t.see(paragraph("(b)"));
  t.see(paragraph("Draft Plan for the Harbour Quarter"));
  EXPECT_EQ(t.current(), "b");
  // A marker over a sentence, a bare page number and a year that ended a
  // line of prose open nothing.
  t.see(paragraph("(c)"));
  t.see(paragraph("The officer said the plan would go on display."));
  t.see(paragraph("2"));
  t.see(paragraph("Quarterly returns"));
  t.see(numbered("2019.", "The works were finished in the spring of that year"));
  EXPECT_EQ(t.current(), "b");
  t.see(numbered("7.", "Notices of Motion"));
  EXPECT_EQ(t.current(), "7");
}

}  // namespace
}  // namespace docket
