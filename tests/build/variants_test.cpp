// Decision records and project plans in the layouts other councils publish,
// one fixture file each under tests/fixtures/, with the facts a reader would
// check by hand.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "docket/docket.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

Document parse_fixture(const std::string& name) {
  const std::string path = std::string(DOCKET_SOURCE_DIR) + "/tests/fixtures/" + name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_text(bytes.str(), name);
}

struct Brief {
  std::string number;
  std::string parent;  // "" for none
  std::string text_start;
};

void expect_items(const Document& doc, const std::vector<Brief>& expected) {
  ASSERT_EQ(doc.items.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Item& item = doc.items[i];
    EXPECT_EQ(item.number, expected[i].number) << "item " << i;
    EXPECT_EQ(item.parent.value_or(""), expected[i].parent) << "item " << item.number;
    EXPECT_EQ(item.text.substr(0, expected[i].text_start.size()), expected[i].text_start) << "item " << item.number;
  }
}

std::string value(const std::optional<Date>& d) { return d && d->value ? *d->value : "null"; }

TEST(DecisionVariants, ModernGovDecisionDetailsPage) {
  const Document doc = parse_fixture("decision_moderngov_page.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.title, "Budget Monitoring Report - Quarter 3");
  EXPECT_EQ(doc.body, "Cabinet");
  EXPECT_EQ(value(doc.meeting), "2023-03-13");
  expect_items(doc, {{"1", "", "the forecast outturn"}, {"2", "", "the virements"}, {"3", "", "authority be delegated"}});
  ASSERT_TRUE(doc.decision);
  EXPECT_EQ(doc.decision->key_decision, true);
  EXPECT_EQ(doc.decision->subject_to_call_in, true);
  EXPECT_EQ(doc.decision->reasons, "To keep the budget under review as required by the Financial Procedure Rules.");
  EXPECT_EQ(doc.decision->alternatives, "None.");
  EXPECT_EQ(doc.decision->interests, "None");
  EXPECT_EQ(value(doc.decision->published), "2023-03-14");
  EXPECT_EQ(value(doc.decision->effective_from), "2023-03-22");
  for (const Item& item : doc.items) EXPECT_EQ(item.text.find("Skip"), std::string::npos);
}

TEST(DecisionVariants, MinutesWithResolvedDashAndLetteredSubParts) {
  const Document doc = parse_fixture("decision_minutes_resolved_dash.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.title, "HOUSING ALLOCATIONS POLICY");
  EXPECT_EQ(value(doc.meeting), "2015-07-09");
  // Sub-parts belong to the resolution they sit under (CONVENTIONS.md), and
  // one leading "That" is not part of its text.
  expect_items(doc, {{"1", "", "the revised"},
                     {"2", "", "the Director of Housing be authorised to:\n(a) make minor amendments"},
                     {"3", "", "a review"}});
  EXPECT_NE(doc.items[1].text.find("(b) publish the policy"), std::string::npos);
  EXPECT_EQ(doc.items[0].refs, (std::vector<std::string>{"appendix 1"}));
  EXPECT_EQ(doc.decision->reasons.value_or("").substr(0, 18), "To meet the requir");
  EXPECT_EQ(value(doc.decision->call_in_deadline), "2015-07-17");
}

TEST(DecisionVariants, AgreedThatWithOneInlineResolution) {
  const Document doc = parse_fixture("decision_agreed_inline.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.title, "Introduction of a 20mph zone in Westfield");
  EXPECT_EQ(value(doc.meeting), "2016-02-02");
  // Unnumbered and under no minute: no number (CONVENTIONS.md).
  expect_items(doc, {{"", "", "the 20mph zone shown in Appendix A be introduced"}});
  EXPECT_EQ(doc.items[0].refs, (std::vector<std::string>{"appendix a", "4"}));
  EXPECT_EQ(doc.decision->alternatives.value_or("").substr(0, 18), "To take no action.");
  EXPECT_EQ(doc.decision->interests, "None declared.");
  EXPECT_EQ(doc.decision->subject_to_call_in, false);
  EXPECT_FALSE(doc.decision->dispensations);
}

TEST(DecisionVariants, DecisionHeadingWithParenthesisedNumbers) {
  const Document doc = parse_fixture("decision_numbered_paren.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.title, "Leisure Centre Management Contract");
  EXPECT_FALSE(doc.meeting);  // a publication date is not the meeting
  expect_items(doc, {{"1", "", "To award"}, {"2", "", "To delegate"}, {"3", "", "To note the savings"}});
  EXPECT_EQ(doc.items[2].refs, (std::vector<std::string>{"6.2"}));
  EXPECT_EQ(doc.decision->alternatives, "Bringing the service in house was rejected on cost.");
  EXPECT_EQ(value(doc.decision->published), "2019-06-03");
  EXPECT_EQ(value(doc.decision->call_in_deadline), "2019-06-10");
}

TEST(DecisionVariants, ProformaWithAListCutByAPageFooter) {
  const Document doc = parse_fixture("decision_page_break_in_list.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.title, "Review of Library Opening Hours");
  EXPECT_EQ(doc.body, "Cabinet");
  EXPECT_EQ(value(doc.meeting), "2018-06-14");
  expect_items(doc, {{"1", "", "the revised opening hours"},
                     {"2", "", "the changes be introduced from 1 September 2018 and that the public be informed "
                               "through the libraries and the Council's website;"},
                     {"3", "", "the service be reviewed"}});
  EXPECT_EQ(doc.items[1].text.find("Page"), std::string::npos);
  EXPECT_EQ(doc.items[1].lines.last, 20);
  EXPECT_EQ(doc.decision->alternatives, "None");
  EXPECT_EQ(value(doc.decision->call_in_deadline), "2018-06-22");
}

TEST(DecisionVariants, RomanSubPartsUnderANumberedResolution) {
  const Document doc = parse_fixture("decision_roman_subparts.md");
  expect_items(doc, {{"1", "", "the Climate Emergency"},
                     {"2", "", "the following targets be agreed:\n(i) net zero council"},
                     {"3", "", "progress be reported"}});
  EXPECT_NE(doc.items[1].text.find("(ii) net zero borough"), std::string::npos);
  EXPECT_EQ(value(doc.meeting), "2020-11-12");
  EXPECT_EQ(value(doc.decision->call_in_deadline), "2020-11-20");
}

TEST(DecisionVariants, MinutesNumberedByTitleWithAgendaReferencesAndParagraphNumbers) {
  const Document doc = parse_fixture("decision_minutes_item_refs.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // The meeting held, not the one whose minutes were approved.
  EXPECT_EQ(value(doc.meeting), "2025-03-04");
  // An unnumbered decision takes its minute's number, not the paragraph's
  // ("3. RESOLVED") nor the agenda's ("(Item 2)"); a lettered list after
  // "agree to:" is the resolutions, lettered as printed.
  expect_items(doc, {{"42", "", "the minutes of the meeting held on 11 February 2025 were a correct record"},
                     {"A", "", "Approve the repair scheme"},
                     {"b", "", "Delegate the award of the contract to the Head of Assets."},
                     {"44", "", "the allotment rents stay at their present level for another year."},
                     // Short group headings inside the list do not end it;
                     // a wrapped line ending on "decision" labels nothing.
                     {"a", "", "The capital programme"},
                     {"b", "", "The borrowing limits"},
                     {"c", "", "The net revenue budget"},
                     {"d", "", "The Treasurer be asked"}});
  EXPECT_EQ(doc.items[2].text, "Delegate the award of the contract to the Head of Assets.");
  // Letters used again under another minute are not duplicates.
  for (const Warning& w : doc.warnings) EXPECT_NE(w.code, "duplicate-number") << w.message;
}

// Minutes that are numbered paragraphs, untitled, some of them decisions
// ("4.   RESOLVED that …"): such a decision's number is its paragraph's, the
// minute's own; lettered parts under "RESOLVED Members to:" keep their
// letters. (Where a minute numbers its paragraphs from 1 under a title, the
// fixture above, the paragraph number is not the decision's.)
TEST(DecisionVariants, NumberedParagraphsThatAreMinutesAndDecisions) {
  const Document doc = parse_fixture("decision_numbered_resolved_minutes.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "2025-06-06");
  expect_items(doc, {{"a", "", "THANK the Working Group"},
                     {"b", "", "NOTE the findings"},
                     {"4", "", "the Town Clerk publish written answers"},
                     {"a", "", "REVIEW the standing orders"},
                     {"b", "", "REPORT to the Panel in September."},
                     {"7", "", "the webcasting trial continue"}});
}

// The same layout with a titled minute before the decision: a number going
// on from the title's is the next minute, as no paragraph of the titled one
// is numbered; once one is numbered from 1, a later number is a paragraph's.
TEST(DecisionVariants, NumberedDecisionAfterATitledMinute) {
  const std::string head = "MINUTES OF THE PARKS COMMITTEE held on 3 March 2025\n\n7.   Play areas\n\n";
  const Document next_minute = parse_text(head + "The clerk reported on the swings.\n\n"
                                                 "8.   RESOLVED that the swings on the green be replaced.\n");
  ASSERT_EQ(next_minute.items.size(), 1u);
  EXPECT_EQ(next_minute.items[0].number, "8");
  const Document paragraph = parse_text(head + "1.   The clerk reported on the swings.\n\n"
                                               "8.   RESOLVED that the swings on the green be replaced.\n");
  ASSERT_EQ(paragraph.items.size(), 1u);
  EXPECT_EQ(paragraph.items[0].number, "7");
}

// Parish minutes whose decisions follow their minute's title on its line
// ("Title: Resolved 22/05/3.1 …", "5. Grass Cutting: RESOLVED that …"),
// long titles with an Act cited in them included; a tracker's "Status:
// Resolved" and a sentence with "resolved:" in it are no decisions.
TEST(DecisionVariants, DecisionsAfterRunInMinuteTitles) {
  const Document doc = parse_fixture("decision_run_in_titles.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "2022-05-17");
  expect_items(doc, {{"22/05/3.1", "", "The Clerk would continue"},
                     {"22/05/4.1", "", "The minutes were adopted"},
                     {"22/05/5.1", "", "The quote from Hillside Roofing"},
                     {"5", "", "the contract be extended for one year."}});
  EXPECT_TRUE(doc.items[1].procedural);
}

TEST(DecisionVariants, ParishMinutesNumberedLikeARegister) {
  const Document doc = parse_fixture("decision_parish_minute_numbers.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "2020-07-06");
  // "RESOLVED: • That …": neither the bullet nor "That" is the text.
  expect_items(doc, {{"64/20", "", "the minutes of the meeting held on 1 June 2020 be approved"},
                     {"65/20", "", "a new roof be fitted"},
                     {"66/20", "", "the payments for June be approved."}});
}

TEST(DecisionVariants, MotionsUnderTheirOwnIdentifiersInOneBrokenParagraph) {
  const Document doc = parse_fixture("decision_motions_identified.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "2021-03-09");
  // Movers are not text; an enacting formula and its numbered parts are
  // one resolution under the identifier.
  expect_items(doc, {{"R2021-031", "", "the minutes of the meeting held February 23, 2021"},
                     {"R2021-032", "", "we pass By-Law Number 2021-07"},
                     {"R2021-033", "", "BE IT RESOLVED:\n1. That this Council does approve"},
                     {"R2021-034D", "", "Council hire a second summer student."},
                     {"R2021-035", "", "the meeting be adjourned."}});
  EXPECT_EQ(doc.items[0].status, "carried");
  EXPECT_EQ(doc.items[1].status, "carried");  // the outcome on the line after the motion
  EXPECT_NE(doc.items[2].text.find("2. That the purchaser"), std::string::npos);
  EXPECT_EQ(doc.items[3].status, "defeated");
}

TEST(DecisionVariants, MotionsMovedAndSecondedUnderNumberedHeadings) {
  const Document doc = parse_fixture("decision_moved_seconded.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "2025-04-14");
  // A "That" paragraph is a resolution when moved and seconded, or when it
  // leads into a lettered list; a notice with no mover is not, and the
  // votes after "ADDITIONAL VOTES:" restate a motion already recorded.
  expect_items(doc, {{"2", "", "Consent Item 2.1 BE APPROVED."},
                     {"a", "", "the pilot lighting on the river trail BE CONTINUED for one more year;\ni) the lamps"},
                     {"b", "", "the results BE REPORTED"},
                     {"3", "", "a dog park be built"},
                     {"4", "", "the meeting BE ADJOURNED."}});
  EXPECT_EQ(doc.items[0].status, "carried");
  EXPECT_EQ(doc.items[3].status, "failed");
  EXPECT_EQ(doc.items[4].status, "carried");
}

TEST(DecisionVariants, ResolvedOnItsOwnLineWithTheTextBelow) {
  const Document doc = parse_text(
      "Minutes of the Ordinary Meeting held on 2 May 2023\n\n"
      "12. Village Green\n\nThe Clerk reported on the bench quotes.\n\nRESOLVED:\n\n"
      "To accept the lower quote for the new bench.\n\n13. Payments\n\nRESOLVED\n\nThat the payments be approved.\n");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  expect_items(doc, {{"12", "", "To accept the lower quote for the new bench."},
                     {"13", "", "the payments be approved."}});
}

TEST(ProjectVariants, MarkdownHeadingsWithDeadlinesAndOwners) {
  const Document doc = parse_fixture("project_headings.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  expect_items(doc, {{"1", "", "Governance"},
                     {"1.1", "1", "Establish the programme board"},
                     {"1.2", "1", "Agree terms of reference"},
                     {"2", "", "Website"},
                     {"2.1", "2", "Move the website"},
                     {"2.2", "2", "Review all forms"},
                     {"2.2.1", "2.2", "Payments forms first"}});
  EXPECT_EQ(doc.items[1].owners, (std::vector<std::string>{"AB", "CD"}));
  EXPECT_EQ(date_values(doc.items[1].due), (std::vector<std::string>{"2016-06"}));
  EXPECT_EQ(date_values(doc.items[2].due), (std::vector<std::string>{"2016-07"}));
  EXPECT_EQ(date_values(doc.items[4].due), (std::vector<std::string>{"2017-03-31"}));
  EXPECT_EQ(doc.items[5].priority, "high");
  ASSERT_EQ(doc.items[5].actions.size(), 2u);
  EXPECT_EQ(doc.items[5].actions[1].status, "ongoing");
  EXPECT_EQ(doc.items[6].owners, (std::vector<std::string>{"GH"}));
}

TEST(ProjectVariants, LetteredSubItemsAndJointOwners) {
  const Document doc = parse_fixture("project_labelled_lines.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  expect_items(doc, {{"1", "", "Recruitment"},
                     {"1.1", "1", "Launch"},
                     {"1.2", "1", "Review agency spend"},
                     {"a", "1.2", "Report the agency spend"},
                     {"b", "1.2", "Agree reduction targets"},
                     {"2", "", "Retention"},
                     {"2.1", "2", "Introduce stay interviews"},
                     {"2.2", "2", "Publish exit survey"}});
  EXPECT_EQ(doc.items[2].owners, (std::vector<std::string>{"JS", "KL", "MN"}));
  EXPECT_EQ(date_values(doc.items[2].due), (std::vector<std::string>{"2017-01"}));
  EXPECT_EQ(date_values(doc.items[6].due), (std::vector<std::string>{"2017-04"}));
  EXPECT_EQ(date_values(doc.items[7].due), (std::vector<std::string>{"2018-03"}));
  EXPECT_EQ(doc.items[7].due[0].start, "2017-04");
  EXPECT_EQ(doc.items[7].priority, "low");
}

TEST(ProjectVariants, BulletedNumbersWithBoldTails) {
  const Document doc = parse_fixture("project_bullets_numbers.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  expect_items(doc, {{"1", "", "Assets review"},
                     {"1.1", "1", "Survey"},
                     {"1.2", "1", "Identify buildings"},
                     {"2", "", "Customer contact"},
                     {"2.1", "2", "Extend the contact centre hours"},
                     {"2.3", "2", "Close the town hall reception"}});
  for (const Item& item : doc.items) EXPECT_EQ(item.text.find("**"), std::string::npos);
  EXPECT_EQ(doc.items[2].owners, (std::vector<std::string>{"RT", "SU"}));
  EXPECT_EQ(date_values(doc.items[2].due), (std::vector<std::string>{"2017-02"}));
  ASSERT_EQ(doc.items[4].actions.size(), 2u);
  EXPECT_EQ(doc.items[4].actions[1].text, "Train advisers in council tax queries – high priority");
  EXPECT_EQ(date_values(doc.items[5].due), (std::vector<std::string>{"2017-06"}));
}

TEST(ProjectVariants, DataTableBetweenItemsGoesToTables) {
  const Document doc = parse_fixture("project_tab_table_and_items.md");
  EXPECT_EQ(doc.kind, DocumentKind::kProjectPlan);
  expect_items(doc, {{"1", "", "Prevention"},
                     {"1.1", "1", "Commission"},
                     {"1.2", "1", "Report prevention outcomes"},
                     {"2", "", "Temporary accommodation"},
                     {"2.1", "2", "Reduce use"}});
  EXPECT_TRUE(doc.items[1].actions.empty());
  EXPECT_EQ(date_values(doc.items[2].due), (std::vector<std::string>{"2019-03"}));
  EXPECT_EQ(doc.items[2].due[0].start, "2018-11");
  EXPECT_EQ(doc.items[2].owners, (std::vector<std::string>{"HB", "JC"}));
  EXPECT_EQ(doc.items[4].owners, (std::vector<std::string>{"JC"}));
  EXPECT_EQ(doc.items[4].priority, "high");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].caption, "Table 1");
  EXPECT_EQ(doc.tables[0].columns, (std::vector<std::string>{"Quarter", "Cases", "Prevented"}));
  EXPECT_EQ(doc.tables[0].rows.size(), 2u);
}

TEST(DecisionVariants, ProceduralDecisionsAreFlaggedOnTheItem) {
  const Document doc = parse_fixture("decision_procedural_minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  expect_items(doc, {{"21/21", "", "apologies from Cllr G Hatch be received"},
                     {"22/21", "", "the minutes of the meeting held on 4 February 2021 be confirmed"},
                     {"23/21", "", "the report of the Allotments Officer be noted."},
                     {"24/21", "", "four solar lights be installed"},
                     {"25/21", "", "the thanks of the Committee be conveyed"}});
  ASSERT_EQ(doc.items.size(), 5u);
  EXPECT_TRUE(doc.items[0].procedural);   // apologies
  EXPECT_TRUE(doc.items[1].procedural);   // minutes confirmed
  EXPECT_TRUE(doc.items[2].procedural);   // report noted
  EXPECT_FALSE(doc.items[3].procedural);  // work to be done
  EXPECT_TRUE(doc.items[4].procedural);   // thanks
}

}  // namespace
}  // namespace docket
