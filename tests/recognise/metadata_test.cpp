#include "recognise/metadata.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docket {
namespace {

Document front_matter(std::string_view text) {
  const SplitBlocks blocks(text);
  Document doc;
  extract_metadata(blocks, doc);
  return doc;
}

TEST(Metadata, CommitteeDateAndTitleFromAReportCover) {
  const Document doc = front_matter(
      "**Agenda Item**\n\n**Arts, Leisure & Culture  \nSelect Committee**\n\n**2 May 2012**\n\n"
      "## **ACTION PLAN – REVIEW OF PARKS**\n\n### **Summary**\n");
  EXPECT_EQ(doc.body, "Arts, Leisure & Culture Select Committee");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2012-05-02");
  EXPECT_EQ(doc.title, "ACTION PLAN – REVIEW OF PARKS");
}

TEST(Metadata, BodyLines) {
  EXPECT_EQ(body_from_line("Cabinet Meeting .....8th March 2012"), "Cabinet");
  EXPECT_EQ(body_from_line("Cabinet Decision: 4th September 2014"), "Cabinet");
  EXPECT_EQ(body_from_line("CABINET"), "Cabinet");
  EXPECT_EQ(body_from_line("Health and Wellbeing Board"), "Health and Wellbeing Board");
  EXPECT_EQ(body_from_line("Committee: Planning Committee"), "Planning Committee");
  EXPECT_EQ(body_from_line("Report to Overview and Scrutiny Panel"), "Overview and Scrutiny Panel");
  EXPECT_FALSE(body_from_line("STOCKTON-ON-TEES BOROUGH COUNCIL"));
  EXPECT_FALSE(body_from_line("The Committee recommend that the Council develop a policy"));
  EXPECT_FALSE(body_from_line("Agenda Item"));
}

TEST(Metadata, LabelledMeetingDate) {
  const Document doc = front_matter("Planning Committee\n\nDate of meeting: Wednesday, 14th January 2015\n");
  EXPECT_EQ(doc.body, "Planning Committee");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2015-01-14");
}

TEST(Metadata, LeadOfficerLineRunIntoTheTitle) {
  const Document doc = front_matter(
      "Review of Street Lighting Action Plan Lead Officer: Jane Doe, Head of Highways, Place Directorate\n");
  EXPECT_EQ(doc.title, "Review of Street Lighting Action Plan");
  ASSERT_EQ(doc.people.size(), 1u);
  EXPECT_EQ(doc.people[0].name, "Jane Doe");
  EXPECT_EQ(doc.people[0].role, "Head of Highways, Place Directorate");
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(Metadata, MeetingDateOnTheLineThatNamesTheBody) {
  for (const char* line : {"Cabinet Meeting .....8th March 2012", "Cabinet Decision: 8th March 2012",
                           "MINUTES of the meeting held on Thursday, 8 March 2012"}) {
    const Document doc = front_matter(line);
    ASSERT_TRUE(doc.meeting) << line;
    EXPECT_EQ(doc.meeting->value, "2012-03-08") << line;
  }
}

TEST(Metadata, MeetingDateOnALineThatSaysWhenItWasHeld) {
  // "held on" and "held this", in any case, wherever they stand; the first
  // "held" on the line need not be the one.
  for (const char* line : {"A gathering held on Thursday, 8 March 2012", "A gathering HELD ON 8 March 2012",
                           "A gathering Held This 8th day of March, 2012",
                           "Items held back were held this 8th day of March, 2012",
                           "Items held, held over and held on 8 March 2012"}) {
    const Document doc = front_matter(line);
    ASSERT_TRUE(doc.meeting) << line;
    EXPECT_EQ(doc.meeting->value, "2012-03-08") << line;
  }
}

TEST(Metadata, WebChromeIsNeverTheTitle) {
  const Document doc = front_matter("Skip to content\n\nDecision details\n\nParking Charges Review\n");
  EXPECT_EQ(doc.title, "Parking Charges Review");
}

TEST(Metadata, ReportCoverAddressedToABody) {
  EXPECT_EQ(body_from_line("To: County Council – 5 June 2025"), "County Council");
  EXPECT_EQ(body_from_line("To:   Scrutiny Committee"), "Scrutiny Committee");
  EXPECT_FALSE(body_from_line("To: all residents"));
  EXPECT_FALSE(body_from_line("To note the report"));
  const Document doc = front_matter("From: Head of Parks\n\nTo: County Council – 5 June 2025\n\nSubject: Play Areas\n");
  EXPECT_EQ(doc.body, "County Council");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2025-06-05");
}

TEST(Metadata, DateEndingAWrappedSentenceIsNoMeetingDate) {
  const Document doc = front_matter(
      "RECORD OF DECISION\n\nThe lease was renewed for a year and ended\non 31 March 2024. A new one is needed.\n");
  EXPECT_FALSE(doc.meeting);
}

TEST(Metadata, MeetingDayWithoutItsYearTakesTheYearOfTheDatesAround) {
  // The heading leaves out the year; the minutes of the meeting before
  // carry one, and the weekday tells which year the day falls in.
  const Document doc = front_matter(
      "MINUTES OF THE MONTHLY MEETING OF THE\n\nDISTRICT BOARD HELD IN THE\n\n"
      "MARKET HALL ON TUESDAY 9th January AT 7.00PM.\n\nPRESENT: Councillors Ash and Birch\n\n"
      "1. Minutes\n\nDraft Minutes of the Monthly Meeting of the District Board held on 12th December, 2023.\n");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2024-01-09");
  EXPECT_EQ(doc.meeting->text, "9th January");
}

TEST(Metadata, MeetingHeldOnADayWithoutItsYear) {
  const Document doc = front_matter(
      "Larchfield Parish Council\n\nA meeting of the Parish Council was held on Tuesday 7th March at 7.30pm in "
      "the Village Hall.\n\nThe minutes of the meeting held on 7th February 2023 were approved.\n");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2023-03-07");
}

TEST(Metadata, MeetingDayWithoutItsYearOrAnyOtherDateIsNoMeetingDate) {
  const Document doc = front_matter(
      "MINUTES OF THE MONTHLY MEETING OF THE\n\nDISTRICT BOARD HELD IN THE\n\n"
      "MARKET HALL ON TUESDAY 9th January AT 7.00PM.\n\nPRESENT: Councillors Ash and Birch\n");
  EXPECT_FALSE(doc.meeting);
}

TEST(Metadata, TitleBlockLinesEachReadForTheDate) {
  // A letterhead run together into one short paragraph of lines.
  const Document lines = front_matter("OFFICE OF THE CLERK\nRECORD OF DISPOSITIONS\nFRIDAY, JUNE 5, 2020\n\nItems\n");
  ASSERT_TRUE(lines.meeting);
  EXPECT_EQ(lines.meeting->value, "2020-06-05");
  // And into one line: the date that ends a line naming the meeting.
  const Document one_line = front_matter("OFFICE OF THE CLERK RECORD OF DISPOSITIONS COUNCIL MEETING FRIDAY, JUNE 5, 2020\n\nItems\n");
  ASSERT_TRUE(one_line.meeting);
  EXPECT_EQ(one_line.meeting->value, "2020-06-05");
  // The next meeting's date is not this one's.
  EXPECT_FALSE(front_matter("PARISH NEWSLETTER\n\nNEXT MEETING 4 MAY 2021\n\nItems\n").meeting);
  // A meeting named in passing, its date not ending the line, is not it.
  const Document passing = front_matter("The meeting on June 5, 2020 was cancelled by the clerk\n");
  EXPECT_FALSE(passing.meeting);
}

}  // namespace
}  // namespace docket
