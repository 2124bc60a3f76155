// Project plans as small strings: dotted numbering, lettered sub-items, and
// the deadline, owner and priority forms written into running text.
#include <gtest/gtest.h>

#include "docket/docket.hpp"
#include "build/project_builder.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

using Strings = std::vector<std::string>;

TEST(Schedule, DeadlineForms) {
  EXPECT_EQ(date_values(read_schedule("Confirmation that the plan is effective from 1st April 2015 – by Sept 2015").due),
            Strings{"2015-09"});
  EXPECT_EQ(date_values(read_schedule("Review the forecasts in the October 30th 2014 report – By end October 2015 - LF").due),
            Strings{"2015-10"});
  EXPECT_EQ(date_values(read_schedule("Strategy to be finalised by the end of Sept 15 - JJ").due), Strings{"2015-09"});
  EXPECT_EQ(date_values(read_schedule("Culture and Practice Changes – Begin October 15 - FG").due), Strings{"2015-10"});
  // A range is one date: its value is its end, with its start beside it.
  const std::vector<Date> range = read_schedule("Timeline the implementation from Sept 15 to Dec 15. A later form (Feb 16)").due;
  EXPECT_EQ(date_values(range), (Strings{"2015-12", "2016-02"}));
  ASSERT_FALSE(range.empty());
  EXPECT_EQ(range[0].start, "2015-09");
  EXPECT_EQ(date_values(read_schedule("Commission a review – By end of October 15").due), Strings{"2015-10"});
  EXPECT_TRUE(read_schedule("Review the 2014 report and the May 2013 figures").due.empty());
}

// Every word that makes a date in running text a deadline, in any case,
// and a date after other words is none.
TEST(Schedule, EveryDeadlineCueInAnyCase) {
  for (const char* cue : {"by", "end of", "end", "before", "until", "till", "begin", "beginning", "start", "starting",
                          "commencing", "due", "deadline", "by:", "due:", "deadline:", "no later than", "BY",
                          "No Later Than", "Deadline:"}) {
    const std::string text = std::string("Complete the review ") + cue + " October 2015 and report to the board";
    EXPECT_EQ(date_values(read_schedule(text).due), Strings{"2015-10"}) << text;
  }
  for (const char* other : {"of", "in", "nearby", "weekend", "restart"}) {
    const std::string text = std::string("Complete the review ") + other + " October 2015 and report to the board";
    EXPECT_TRUE(read_schedule(text).due.empty()) << text;
  }
}

TEST(Schedule, Owners) {
  EXPECT_EQ(read_schedule("Tools to Monitor Progress – By end October 2015 - RK").owners, Strings{"RK"});
  EXPECT_EQ(read_schedule("Right child, right placement – FG/LF").owners, (Strings{"FG", "LF"}));
  const Schedule joint = read_schedule("By end October 2015 LF in conjunction with RK/ AW/ PB");
  EXPECT_EQ(joint.owners, (Strings{"LF", "RK", "AW", "PB"}));
  EXPECT_TRUE(joint.meta_only);
  EXPECT_EQ(read_schedule("There are 3 workstreams – LF By the end of Sept 15").owners, Strings{"LF"});
  // Acronyms in the body of the text are not owners.
  EXPECT_TRUE(read_schedule("Review the treatment of SGOs and LAC").owners.empty());
  EXPECT_FALSE(read_schedule("Review the treatment of SGOs").meta_only);
}

TEST(Schedule, PriorityAndOngoing) {
  EXPECT_EQ(read_schedule("Audit of the workforce – high priority").priority, "high");
  EXPECT_EQ(read_schedule("Survey results – low priority").priority, "low");
  EXPECT_FALSE(read_schedule("Set out the high level priorities of the board").priority);
  EXPECT_TRUE(read_schedule("Recovery plan – ongoing Sept to March 16 - LF").ongoing);
  EXPECT_EQ(date_values(read_schedule("Recovery plan – ongoing Sept to March 16 - LF").due), Strings{"2016-03"});
}

TEST(Schedule, SeparatorsThatTouch) {
  // Only a space, a dash and a space separate; a separator's closing space
  // does not open another one.
  EXPECT_EQ(read_schedule("Review the plan - - LF").owners, Strings{"LF"});
  EXPECT_EQ(read_schedule("Review the plan -- LF - RK").owners, Strings{"RK"});
  EXPECT_TRUE(read_schedule("Review the plan \xE2\x80\x93 LF\xE2\x80\x93RK").owners.empty());
  EXPECT_EQ(read_schedule("-LF").owners, Strings{"LF"});
  EXPECT_TRUE(read_schedule("-LF").meta_only);
}

TEST(Schedule, DatesSplitTheWordsOfATail) {
  const Schedule s = read_schedule("Update the policy \xE2\x80\x93 in conjunction with AW \xE2\x80\x93 October 2015 ongoing");
  EXPECT_EQ(s.owners, Strings{"AW"});
  EXPECT_EQ(date_values(s.due), Strings{"2015-10"});
  EXPECT_TRUE(s.ongoing);
  EXPECT_TRUE(read_schedule("Set up the panel - October 2015LF").owners.empty());
  EXPECT_EQ(read_schedule("Agree the budget \xE2\x80\x93 high priority \xE2\x80\x93 from Sept 15 to Dec 15").priority, "high");
  EXPECT_EQ(read_schedule("Agree the budget - urgent - top").priority, "high");
}

TEST(ProjectPlan, NumberingAndParents) {
  const Document doc = parse_text(
      "1. Aim\n\nDo the work – by Sept 2015\n\n1.1 First – By end October 2015 - LF\n\n"
      "- 1.2 Second which will :-\n- a. one\n - b. two\n- By end October 2015 LF in conjunction "
      "with RK/ AW/ PB**\n- 3.2.1 **Deep – FG/LF**\n- Bullet point\n");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  Strings got;
  for (const Item& i : doc.items) got.push_back(i.number + "<" + i.parent.value_or("-"));
  EXPECT_EQ(got, (Strings{"1<-", "1.1<1", "1.2<1", "a<1.2", "b<1.2", "3.2.1<-"}));
  EXPECT_EQ(date_values(doc.items[0].due), Strings{"2015-09"});
  EXPECT_EQ(doc.items[2].owners, (Strings{"LF", "RK", "AW", "PB"}));
  EXPECT_EQ(doc.items[5].text, "Deep – FG/LF");
  ASSERT_EQ(doc.items[5].actions.size(), 1u);
  EXPECT_EQ(doc.items[5].actions[0].text, "Bullet point");
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// Items named "Action 1:" and "Action 2 –" as headings, their milestones
// in tables with the date and owner in their own columns; prose under a
// heading dates nothing, and a heading without a number ends the items.
TEST(ProjectPlan, MilestoneTablesUnderNamedActionHeadings) {
  const Document doc = parse_text(read_fixture("project_milestone_tables.md"), "project_milestone_tables.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  Strings got;
  for (const Item& i : doc.items) got.push_back(i.number + "<" + i.parent.value_or("-"));
  EXPECT_EQ(got, (Strings{"1<-", "1.1<1", "1.2<1", "2<-", "2.1<2", "3<-"}));
  EXPECT_EQ(doc.items[0].text, "Plant New Street Trees");
  EXPECT_TRUE(doc.items[0].due.empty());
  EXPECT_EQ(doc.items[1].text, "Publish the planting map for every ward");
  EXPECT_EQ(date_values(doc.items[1].due), Strings{"2026-06-30"});
  EXPECT_EQ(doc.items[1].lead, "Tree Officer");
  EXPECT_EQ(date_values(doc.items[2].due), Strings{"2026-11-30"});
  EXPECT_EQ(doc.items[3].text, "Open Two Community Gardens");
  EXPECT_TRUE(doc.items[4].due.empty());
  EXPECT_FALSE(doc.items[4].lead.has_value());
  EXPECT_TRUE(doc.items[4].actions.empty());
  // A list numbered afresh and a table of unnumbered milestones under
  // "Action 3" are its steps, each milestone with its date.
  const Item& third = doc.items[5];
  ASSERT_EQ(third.actions.size(), 4u);
  EXPECT_EQ(third.actions[0].text, "Inspect each play area");
  EXPECT_EQ(third.actions[2].text, "Finish the inspections");
  EXPECT_EQ(date_values(third.actions[2].due), Strings{"2026-03-31"});
  EXPECT_EQ(date_values(third.due), (Strings{"2026-03-31", "2026-09-30"}));
  EXPECT_TRUE(doc.warnings.empty());
}

// Numbered action headings, each with paragraphs that describe it and a
// table of its milestones: the milestones are its steps, the paragraphs'
// dates ("By March 2027, …") are no deadlines, a struck-through target
// date gives way to the one after it, and the responsible party column
// names the item's lead, or its owners when the rows differ.
TEST(ProjectPlanFixture, MilestoneTablesUnderDescribedActions) {
  const Document doc = parse_text(read_fixture("project_milestone_prose.md"), "project_milestone_prose.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  ASSERT_EQ(doc.items.size(), 2u);
  const Item& first = doc.items[0];
  EXPECT_EQ(first.text, "Extend Opening Hours");
  ASSERT_EQ(first.actions.size(), 2u);
  EXPECT_EQ(first.actions[0].text, "Agree the weekend rotas");
  EXPECT_EQ(date_values(first.due), (Strings{"2027-02-28", "2027-03-31"}));
  EXPECT_EQ(first.lead, "Head of Libraries");
  EXPECT_EQ(first.lines.last, 14);
  const Item& second = doc.items[1];
  EXPECT_EQ(second.actions.size(), 2u);
  EXPECT_EQ(date_values(second.due), (Strings{"2027-04-30", "2027-06-30"}));
  EXPECT_FALSE(second.lead.has_value());
  EXPECT_EQ(second.owners, (Strings{"Fleet Manager", "Transport Officer"}));
}

// A numbered list whose items give their lead, deadline and status on
// lines of their own, a value wrapping onto the next line.
TEST(ProjectPlanFixture, ListItemsWithFieldLines) {
  const Document doc = parse_text(read_fixture("project_list_fields.md"), "project_list_fields.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].text, "Review the allotment tenancy agreements with the tenants of every site in the borough");
  EXPECT_EQ(doc.items[0].lead, "Head of Estates");
  EXPECT_EQ(date_values(doc.items[0].due), Strings{"2027-03"});
  EXPECT_EQ(doc.items[0].lines.first, 3);
  EXPECT_EQ(doc.items[0].lines.last, 6);
  EXPECT_EQ(doc.items[1].lead, "Transport Manager");
  EXPECT_EQ(date_values(doc.items[1].due), Strings{"2026-09-30"});
  EXPECT_EQ(doc.items[2].lead, "Community Officer");
  EXPECT_TRUE(doc.items[2].due.empty());
  EXPECT_EQ(doc.items[2].status, "Green");
  for (const Item& item : doc.items) EXPECT_TRUE(item.actions.empty()) << item.number;
}

// A work programme laid out by pdftotext: a title line straight over the
// header, cells that end without a stop, wrapped text going on in lower
// case, a date cut over two lines, and an indicator table after it that
// ends it. Its rows carry no numbers: each is an item.
TEST(ProjectPlanFixture, TextTableOfUnnumberedCommitments) {
  const Document doc = parse_text(read_fixture("project_text_commitments.txt"), "project_text_commitments.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "");
  EXPECT_EQ(doc.items[0].type, ItemType::kAction);
  EXPECT_EQ(doc.items[0].text,
            "Open the new reading room at the central library and extend its hours into the evening");
  EXPECT_EQ(doc.items[0].lead, "Head of Libraries");
  EXPECT_EQ(date_values(doc.items[0].due), Strings{"2027-03"});
  EXPECT_EQ(doc.items[1].text.rfind("Restore the bandstand", 0), 0u);
  EXPECT_EQ(doc.items[1].lead, "Parks Manager Friends Group Chair");
  EXPECT_EQ(date_values(doc.items[1].due), Strings{"2026-09"});
  EXPECT_EQ(doc.items[2].status, "ongoing");
  EXPECT_TRUE(doc.items[2].due.empty());
  // The indicator table is no part of the plan.
  for (const Item& item : doc.items) {
    EXPECT_TRUE(item.actions.empty()) << item.text;
    EXPECT_EQ(item.text.find("Visits"), std::string::npos);
  }
}

}  // namespace
}  // namespace docket
