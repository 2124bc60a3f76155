// Action plans end to end through parse_document, each case a small paper
// written as a string: the table shapes councils publish and the page-break
// debris converters leave in them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "docket/docket.hpp"
#include "build/plan_builder.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

Document parse(const std::string& text) { return parse_text(text); }

std::vector<std::string> numbers(const Document& doc) {
  std::vector<std::string> out;
  for (const Item& i : doc.items) out.push_back(i.number);
  return out;
}

TEST(ActionPlan, PipeTableWithOuterPipes) {
  const Document doc = parse(
      "| No. | Recommendation | Action | Lead Officer | Target Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | That the policy is reviewed | Review policy | Head of Housing | 31/03/2013 |\n"
      "| 2 | That a report comes back | Write report | Jo Bloggs | June 2013 |\n");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"}));
  const Item& first = doc.items[0];
  EXPECT_EQ(first.type, ItemType::kRecommendation);
  EXPECT_EQ(first.text, "That the policy is reviewed");
  ASSERT_EQ(first.actions.size(), 1u);
  EXPECT_EQ(first.actions[0].text, "Review policy");
  EXPECT_EQ(first.lead, "Head of Housing");
  EXPECT_EQ(date_values(first.due), (std::vector<std::string>{"2013-03-31"}));
  EXPECT_EQ(first.lines.first, 3);
  EXPECT_EQ(first.lines.last, 3);
  EXPECT_EQ(date_values(doc.items[1].due), (std::vector<std::string>{"2013-06"}));
}

// Savings in the same words as the item before them are one figure stated
// for both (a cell merged or repeated down the rows): the repeats name the
// item that states it, so that a total counts it once. Words without sums
// state nothing; the same words after another figure are stated again.
TEST(ActionPlan, SavingsStatedOnceForSeveralItemsNameTheFirst) {
  const Document doc = parse(
      "| No. | Recommendation | Action | Savings | Target Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Review the policy | Review | About £2m across the programme | 31/03/2013 |\n"
      "| 2 | Write a report | Write | About £2m across the programme | 31/03/2013 |\n"
      "| 2.1 | Draft it | Draft | About £2m across the programme | 31/03/2013 |\n"
      "| 3 | Consult | Consult | None | 31/03/2013 |\n"
      "| 4 | Publish | Publish | None | 31/03/2013 |\n"
      "| 5 | Buy vans | Buy | £10,000 | 31/03/2013 |\n"
      "| 6 | Close | Close | About £2m across the programme | 31/03/2013 |\n");
  ASSERT_EQ(doc.items.size(), 7u);
  std::vector<std::string> same_as;
  for (const Item& item : doc.items) {
    ASSERT_TRUE(item.savings) << item.number;
    same_as.push_back(item.savings->same_as.value_or("-"));
  }
  EXPECT_EQ(same_as, (std::vector<std::string>{"-", "1", "1", "-", "-", "-", "-"}));
}

// A number printed twice is kept twice (no row is dropped), and each later
// copy is a warning on its own line, after the other warnings of that line.
// A savings figure or deadline repeated down the rows is read for every
// item and action that carries it, and a different one after it afresh.
TEST(ActionPlan, RepeatedSavingsAndDeadlinesAreReadForEveryItem) {
  const Document doc = parse(
      "| No. | Recommendation | Action | Savings | Target Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Review the policy | Review | c£250k in total | 31/03/2013 |\n"
      "| 2 | Write a report | Write | c£250k in total | 31/03/2013 |\n"
      "| 3 | Consult | Consult | £10,000 | TBC |\n"
      "| 4 | Publish | Publish | £10,000 | TBC |\n"
      "| 5 | Close | Close | c£250k in total | 31/03/2013 |\n");
  ASSERT_EQ(doc.items.size(), 5u);
  for (std::size_t i : {0u, 1u, 4u}) {
    const Item& item = doc.items[i];
    ASSERT_TRUE(item.savings);
    ASSERT_EQ(item.savings->amounts.size(), 1u);
    EXPECT_EQ(item.savings->amounts[0].value, 250000);
    EXPECT_EQ(date_values(item.due), (std::vector<std::string>{"2013-03-31"}));
  }
  for (std::size_t i : {2u, 3u}) {
    const Item& item = doc.items[i];
    ASSERT_TRUE(item.savings);
    ASSERT_EQ(item.savings->amounts.size(), 1u);
    EXPECT_EQ(item.savings->amounts[0].value, 10000);
    ASSERT_EQ(item.due.size(), 1u);
    EXPECT_EQ(item.due[0].text, "TBC");
    EXPECT_FALSE(item.due[0].value);
  }
  EXPECT_EQ(std::count_if(doc.warnings.begin(), doc.warnings.end(),
                          [](const Warning& w) { return w.code == "date-unrecognised"; }),
            2);
}

TEST(ActionPlan, RepeatedNumbersAreKeptAndEachLaterCopyIsAWarning) {
  const Document doc = parse(
      "| No. | Recommendation | Lead | Date |\n"
      "|---|---|---|---|\n"
      "| 1 | A | X | 2015 |\n"
      "| 2 | B | X | TBC |\n"
      "| 1 | C | Y | 2016 |\n"
      "| 2 | D | X | 2017 |\n"
      "| 1 | E | X | soon |\n");
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"1", "2", "1", "2", "1"}));
  std::vector<std::string> warnings;
  for (const Warning& w : doc.warnings) warnings.push_back(std::to_string(w.line) + " " + w.code);
  EXPECT_EQ(warnings, (std::vector<std::string>{"4 date-unrecognised", "5 duplicate-number", "6 duplicate-number",
                                                "7 date-unrecognised", "7 duplicate-number"}));
}

// Rising plain numbers are checked apart from the others; a repeat is
// found whichever way it arrives: out of order, after a gap, as dotted or
// lettered numbers, and "01" is not "1".
TEST(ActionPlan, RepeatedNumbersAreFoundInEveryOrder) {
  std::string text = "| No. | Recommendation | Lead | Date |\n|---|---|---|---|\n";
  for (const char* n : {"1", "2", "10", "7", "7", "3.1", "3.1", "R2", "01", "1", "11", "10", "0", "0",
                        "999999999999", "999999999999"}) {
    text += std::string("| ") + n + " | A | X | 2015 |\n";
  }
  const Document doc = parse(text);
  std::vector<int> lines;
  for (const Warning& w : doc.warnings) {
    if (w.code == "duplicate-number") lines.push_back(w.line);
  }
  // Rows are lines 3 onwards: the second 7, 3.1, 1, 10, 0 and the long one.
  EXPECT_EQ(lines, (std::vector<int>{7, 9, 12, 14, 16, 18}));
  EXPECT_EQ(doc.items.size(), 16u);
}

TEST(ActionPlan, PipeTableWithoutOuterPipes) {
  const Document doc = parse(
      "Ref | Recommendation | Responsibility | Timescale\n"
      ":--|:--|:--:|--:\n"
      "R1 | Publish the register | Democratic Services | Sept 2014\n"
      "R2 | Train members \\| officers | HR | Dec 2014\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"R1", "R2"}));
  EXPECT_EQ(doc.items[1].text, "Train members | officers");
  EXPECT_EQ(doc.items[1].lead, "HR");
}

TEST(ActionPlan, MarkupAndEntitiesInCells) {
  const Document doc = parse(
      "| <b>No.</b> | <b>Recommendation</b> | <b>Actions</b> | <b>Lead</b> | <b>Date</b> |\n"
      "|---|---|---|---|---|\n"
      "| <b>1</b> | Fees &amp; charges <i>are</i> <u>set</u> | Draft tariff.<br><br>Consult traders<br>by letter | "
      "Head of Finance | 01/04/13 |\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_EQ(doc.items[0].text, "Fees & charges are set");
  EXPECT_EQ(doc.items[0].actions[0].text, "Draft tariff.\nConsult traders by letter");
}

TEST(ActionPlan, FragmentsWithRepeatedHeaderAndFooterAreOneTable) {
  const Document doc = parse(
      "| No. | Recommendation | Action | Lead | Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | First | Do it | Head of X | May 2010 |\n"
      "\n"
      "Draft 2 01.02.10\n"
      "\n"
      "| **No.** | **Recommendation** | **Action** | **Lead** | **Date** |\n"
      "|---|---|---|---|---|\n"
      "| 2 | Second | Do more | Head of Y | June 2010 |\n"
      "\n"
      "Page 2 of 2\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"}));
  EXPECT_TRUE(doc.tables.empty());
  for (const Item& i : doc.items) {
    EXPECT_EQ(i.text.find("Draft"), std::string::npos);
    EXPECT_EQ(i.lead->find("Page"), std::string::npos);
  }
}

TEST(ActionPlan, RowCutByPageBreakIsJoinedToTheCellItContinues) {
  const Document doc = parse(
      "| No. | Recommendation | Action | Success Measures | Savings | Lead | Date |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 4 | That a team is set up | Implement the<br><br>proposals subject to | Team in place | A saving of | Head of X | 03/09/12 |\n"
      "\n"
      "| No. | Recommendation | Action | Success Measures | Savings | Lead | Date |\n"
      "|---|---|---|---|---|---|---|\n"
      "| | | consultation (ends 13/04/12) | | about c£250k | | |\n"
      "| 5 | Next | Go | Gone | None | Head of Y | 03/09/12 |\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"4", "5"}));
  const Item& four = doc.items[0];
  ASSERT_EQ(four.actions.size(), 1u);
  EXPECT_EQ(four.actions[0].text, "Implement the\nproposals subject to consultation (ends 13/04/12)");
  EXPECT_EQ(four.savings->text, "A saving of about c£250k");
  ASSERT_EQ(four.savings->amounts.size(), 1u);
  EXPECT_EQ(four.savings->amounts[0].value, 250000);
  EXPECT_EQ(four.lines.first, 3);
  EXPECT_EQ(four.lines.last, 7);
  EXPECT_EQ(four.actions[0].lines.last, 7);
  EXPECT_EQ(date_values(four.due), (std::vector<std::string>{"2012-09-03"}));
}

TEST(ActionPlan, RowsWithTheirOwnDateAreFurtherActionSteps) {
  const Document doc = parse(
      "| No. | Recommendation | Proposed Actions | Success Measures | Savings/ Cost | Lead Responsibility | Date |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 2 | Create a post to market | Write job description | Post approved | Net savings of £48k (if | Service Manager/ Marketing | Mar 2010 |\n"
      "| | fostering for two years | Advertise post | Appointment made | two placements) | Manager | June 2010 |\n"
      "| | and place it in the team. | Evaluate | Two more carers | | | July 2011 |\n"
      "| 3 | Next | Do | Done | None | Head | Ongoing |\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"2", "3"}));
  const Item& two = doc.items[0];
  EXPECT_EQ(two.text, "Create a post to market fostering for two years and place it in the team.");
  EXPECT_EQ(two.lead, "Service Manager/ Marketing Manager");
  ASSERT_EQ(two.actions.size(), 3u);
  EXPECT_EQ(two.actions[1].text, "Advertise post");
  EXPECT_EQ(two.actions[1].success_measures, (std::vector<std::string>{"Appointment made"}));
  EXPECT_EQ(two.actions[2].lines.first, 5);
  EXPECT_EQ(date_values(two.due), (std::vector<std::string>{"2010-03", "2010-06", "2011-07"}));
  EXPECT_EQ(two.savings->amounts.at(0).value, 48000);
  const Item& three = doc.items[1];
  EXPECT_TRUE(three.due.empty());
  EXPECT_EQ(three.status, "ongoing");
  EXPECT_EQ(three.savings->text, "None");
  EXPECT_TRUE(three.savings->amounts.empty());
}

TEST(ActionPlan, EachBulletOfAMeasuresCellIsAMeasure) {
  const Document doc = parse(
      "| No. | Action | Success Measures | Date |\n"
      "|---|---|---|---|\n"
      "| 1 | Do | \u2022 Fewer complaints \u2022 Replies in 5 days \u2013 all of them\u25cf\u25cf | 2015 |\n"
      "| 2 | Do | Costs \uf0b7 £ down\uf0b7 | 2016 |\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].success_measures,
            (std::vector<std::string>{"Fewer complaints", "Replies in 5 days \u2013 all of them"}));
  EXPECT_EQ(doc.items[1].success_measures, (std::vector<std::string>{"Costs", "£ down"}));
}

TEST(ActionPlan, NumberCellsAreReadAsPrinted) {
  const std::pair<std::string, std::string> cases[] = {
      {"5", "5"},           {"**5**", "5"},     {"5.", "5"},        {"(5)", "5"},        {" #5: ", "5"},
      {"Rec 5", "5"},       {"Rec. 5", "5"},    {"rec.5", "5"},     {"No. 7", "7"},      {"no 7", "7"},
      {"Item 4", "4"},      {"Recommendation 12", "12"},            {"R2", "R2"},        {"3.1.1", "3.1.1"},
      {"Item", "Item"},     {"Rec x", ""},      {"Item x", ""},     {"Rec", "Rec"},      {"123456789012", "123456789012"},
      {"1234567890123", ""}, {"", ""},          {"()", ""},         {"That the plan", ""},
      {"SR (24/25) 01", "SR (24/25) 01"},       {"Rec 3 of 2024", ""}};
  for (const auto& [cell, number] : cases) EXPECT_EQ(normalise_item_number(cell), number) << cell;
}

TEST(ActionPlan, StatusWordsAreNormalised) {
  const std::pair<std::string, std::string> cases[] = {
      {"Completed", "complete"}, {"<b>Done</b>", "complete"}, {"IMPLEMENTED", "complete"}, {"G", "green"},
      {"a", "amber"},           {"R.", "red"},              {"On-going", "ongoing"},    {"On track", "on track"},
      {"  ", ""},               {"--", ""},                 {std::string(200, 'x'), std::string(200, 'x')}};
  for (const auto& [cell, status] : cases) EXPECT_EQ(normalise_status(cell), status) << cell;
}

TEST(ActionPlan, CellWithTwoDatesKeepsBoth) {
  const Document doc = parse(
      "| No | Recommendation | Action | Lead | Completion Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Build | Plan then build | Head | May 2010 July 2010 |\n");
  EXPECT_EQ(date_values(doc.items.at(0).due), (std::vector<std::string>{"2010-05", "2010-07"}));
}

TEST(ActionPlan, UnknownColumnsAreKept) {
  const Document doc = parse(
      "| No. | Recommendation | Owner | By when | Ward |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Fix the lights | Highways | 2014 | Central |\n");
  ASSERT_EQ(doc.items.size(), 1u);
  ASSERT_EQ(doc.items[0].extra.size(), 1u);
  EXPECT_EQ(doc.items[0].extra[0].first, "Ward");
  EXPECT_EQ(doc.items[0].extra[0].second, "Central");
  EXPECT_EQ(doc.items[0].lead, "Highways");
  EXPECT_EQ(date_values(doc.items[0].due), (std::vector<std::string>{"2014"}));
}

TEST(ActionPlan, StatusAndPriorityColumns) {
  const Document doc = parse(
      "| Ref | Action | Lead Officer | Deadline | RAG | Priority | Progress |\n"
      "|---|---|---|---|---|---|---|\n"
      "| A1 | Audit the contracts | Jane Smith | 30/06/2015 | Green | High | On track |\n"
      "| A2 | Close the depot | Facilities | 31/12/2015 | Completed | Low | Done early |\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].type, ItemType::kAction);
  EXPECT_EQ(doc.items[0].text, "Audit the contracts");
  EXPECT_EQ(doc.items[0].status, "green");
  EXPECT_EQ(doc.items[0].priority, "high");
  EXPECT_EQ(doc.items[0].comments, "On track");
  EXPECT_EQ(doc.items[1].status, "complete");
  // A lead that is a person's name is among the people.
  ASSERT_FALSE(doc.people.empty());
  EXPECT_EQ(doc.people[0].name, "Jane Smith");
}

TEST(ActionPlan, HtmlTableWithSpans) {
  const Document doc = parse(
      "Intro paragraph.\n"
      "\n"
      "<table>\n"
      "<tr><th>No.</th><th>Recommendation</th><th>Action</th><th>Lead</th><th>Date</th></tr>\n"
      "<tr><td rowspan=2>1</td><td rowspan=\"2\">Improve &amp; extend<br/>the service</td>"
      "<td>Consult</td><td rowspan=2>Head of Leisure</td><td>Jan 2015</td></tr>\n"
      "<tr><td>Decide</td><td>Mar 2015</td></tr>\n"
      "<tr><td>2</td><td colspan=\"3\">Spanning text</td><td>2016</td></tr>\n"
      "</table>\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"}));
  const Item& one = doc.items[0];
  EXPECT_EQ(one.text, "Improve & extend the service");
  ASSERT_EQ(one.actions.size(), 2u);
  EXPECT_EQ(one.actions[1].text, "Decide");
  EXPECT_EQ(one.actions[1].lines.first, 6);
  EXPECT_EQ(date_values(one.due), (std::vector<std::string>{"2015-01", "2015-03"}));
  EXPECT_EQ(doc.items[1].text, "Spanning text");
}

TEST(ActionPlan, TabSeparatedPlanTable) {
  const Document doc = parse(
      "No\tAction\tOwner\tDue\n"
      "1\tSet up the board\tChief Executive\t01/10/2015\n"
      "2\tAgree terms\tBoard\tNov 2015\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(doc.items[1].lead, "Board");
}

TEST(ActionPlan, DataTablesAreKeptWhole) {
  const Document doc = parse(
      "Table 3\n"
      "\n"
      "Area\tRate\n"
      "<i>North</i>\t12\n"
      "South\t9\n");
  EXPECT_EQ(doc.kind, DocumentKind::kUnknown);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].caption, "Table 3");
  EXPECT_EQ(doc.tables[0].columns, (std::vector<std::string>{"Area", "Rate"}));
  ASSERT_EQ(doc.tables[0].rows.size(), 2u);
  EXPECT_EQ(doc.tables[0].rows[0][0], "North");
}

TEST(ActionPlan, WindowsLineEndsAndLatin1KeepLineNumbers) {
  const std::string text =
      "Lead Officer: Ann Other, Director\r\n"
      "\r\n"
      "| No. | Recommendation | Lead | Date |\r\n"
      "|---|---|---|---|\r\n"
      "| 1 | Save \xA3" "5k a year | Finance | Mar 2012 |\r\n";
  const Document doc = parse(text);
  EXPECT_EQ(doc.source.encoding, "windows-1252");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].text, "Save \xC2\xA3" "5k a year");
  EXPECT_EQ(doc.items[0].lines.first, 5);
  ASSERT_FALSE(doc.people.empty());
  EXPECT_EQ(doc.people[0].name, "Ann Other");
  EXPECT_EQ(doc.people[0].role, "Director");
}

TEST(ActionPlan, EveryNumberedRowAppearsOnce) {
  // Property: however a table is cut into page fragments, each numbered row
  // gives exactly one item, in order.
  const std::string header = "| No. | Recommendation | Action | Lead | Date |\n|---|---|---|---|---|\n";
  for (int cut = 1; cut < 9; ++cut) {
    std::string text = header;
    for (int n = 1; n <= 9; ++n) {
      text += "| " + std::to_string(n) + " | Rec " + std::to_string(n) + " | Act | Lead | 2015 |\n";
      if (n == cut) text += "\n" + std::to_string(n) + "\n\n" + header;
    }
    const Document doc = parse(text);
    ASSERT_EQ(doc.items.size(), 9u) << "cut after " << cut;
    for (int n = 1; n <= 9; ++n) EXPECT_EQ(doc.items[static_cast<std::size_t>(n - 1)].number, std::to_string(n));
  }
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// A cell listing its actions behind bullets holds one action per bullet,
// each with its own date when the date cell lists as many.
TEST(ActionPlan, BulletedActionsInOneCellAreSeveralActions) {
  const Document doc = parse_text(
      "| No | Action | Lead Officer | Target date |\n|---|---|---|---|\n"
      "| 1 | - Draft the policy - Consult on it | Jo | May 2025 June 2025 |\n"
      "| 2 | \xE2\x80\xA2 Alpha \xE2\x80\xA2 Beta \xE2\x80\xA2 Gamma | Al | July 2025 |\n"
      "| 3 | Review the ward - based budgets | Al | July 2025 |\n");
  ASSERT_EQ(doc.items.size(), 3u);
  ASSERT_EQ(doc.items[0].actions.size(), 2u);
  EXPECT_EQ(doc.items[0].actions[1].text, "Consult on it");
  EXPECT_EQ(date_values(doc.items[0].actions[1].due), std::vector<std::string>{"2025-06"});
  ASSERT_EQ(doc.items[1].actions.size(), 3u);
  EXPECT_EQ(doc.items[1].actions[2].text, "Gamma");
  EXPECT_EQ(date_values(doc.items[1].due), std::vector<std::string>{"2025-07"});
  EXPECT_EQ(doc.items[2].actions.size(), 1u);  // a dash inside the text is no bullet
}

// No number column: the label at the start of the recommendation numbers
// the item, a row without one continues it, and footnote markers in the
// headers do not hide their columns.
TEST(ActionPlan, LabelsAtTheStartOfTheTextNumberTheItems) {
  const Document doc = parse_text(
      "| Recommendation | Lead Officer\xC2\xB9 | Cabinet Member | Target date* |\n|---|---|---|---|\n"
      "| a) Review the fees | Jo Bloggs | Cllr Ames | May 2025 |\n| b) Publish the list | Al Green | Cllr Bell | June 2025 |\n"
      "| and its annex |  |  |  |\n");
  ASSERT_EQ(numbers(doc), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(doc.items[0].text, "Review the fees");
  EXPECT_EQ(doc.items[1].text, "Publish the list and its annex");
  EXPECT_EQ(doc.items[0].lead, "Jo Bloggs");
  EXPECT_EQ(date_values(doc.items[1].due), std::vector<std::string>{"2025-06"});
  EXPECT_TRUE(doc.warnings.empty());
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// A cell whose lines (<br>) each hold an action is split on them when the
// deadline cell lists a date for each line or the lines start with
// bullets; a cell wrapped over lines with one date stays one action, and
// its text reads as before, the <br> a space.
TEST(ActionPlan, ActionsOnLinesOfOneCellAreSeveralActions) {
  for (const std::string name : {"plan_br_cells.md", "plan_br_cells.html"}) {
    SCOPED_TRACE(name);
    const Document doc = parse_text(read_fixture(name), name);
    ASSERT_GE(doc.items.size(), 2u);
    const Item& trees = doc.items[0];
    EXPECT_EQ(trees.number, "1");
    EXPECT_EQ(trees.lead, "Tree Officer");
    EXPECT_EQ(action_texts(trees), (std::vector<std::string>{"Map the wards short of canopy cover",
                                                             "Agree a planting list with residents",
                                                             "Plant the first five hundred trees"}));
    ASSERT_EQ(trees.actions.size(), 3u);
    EXPECT_EQ(date_values(trees.actions[0].due), std::vector<std::string>{"2026-06"});
    EXPECT_EQ(date_values(trees.actions[1].due), std::vector<std::string>{"2026-09"});
    EXPECT_EQ(date_values(trees.actions[2].due), std::vector<std::string>{"2027-03"});
    const Item& wrapped = name.ends_with(".md") ? doc.items[2] : doc.items[1];
    EXPECT_EQ(action_texts(wrapped),
              std::vector<std::string>{"Write to every applicant on the list to confirm their interest"});
    EXPECT_EQ(date_values(wrapped.due), std::vector<std::string>{"2026-05"});
  }
  const Document doc = parse_text(read_fixture("plan_br_cells.md"), "plan_br_cells.md");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(action_texts(doc.items[1]),
            (std::vector<std::string>{"Publish the inspection rota", "Report faults found each quarter"}));
  EXPECT_EQ(date_values(doc.items[1].actions[1].due), std::vector<std::string>{"2026-07"});
  // Paragraphs (two <br>) split the same way.
  EXPECT_EQ(action_texts(doc.items[3]), (std::vector<std::string>{"Renew the lease", "Set the new rent"}));
  EXPECT_EQ(date_values(doc.items[3].actions[1].due), std::vector<std::string>{"2026-10"});
}

// A converter that writes a table per page puts the next <table> on the
// line the last one ends on: both are read, and join as one plan.
TEST(ActionPlan, HtmlTablesOnOneLine) {
  const Document doc = parse_text(read_fixture("plan_html_tables_one_line.md"), "plan_html_tables_one_line.md");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].text, "Improve the lighting of the park paths");
  EXPECT_EQ(doc.items[1].number, "2");
  EXPECT_EQ(doc.items[1].text, "Clear the blocked drains");
  EXPECT_EQ(doc.items[1].lead, "Highways");
  EXPECT_EQ(date_values(doc.items[1].due), std::vector<std::string>{"2027-04"});
}

}  // namespace
}  // namespace docket
