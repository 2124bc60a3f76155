// The matcher behind `docket check`, on pairs that are hard for a matcher:
// acronyms, verb forms, rewording, renumbering, one row for two resolutions.
#include "docket/check.hpp"

#include <gtest/gtest.h>

#include "check/terms.hpp"

namespace docket {
namespace {

Document decision_of(const std::vector<std::string>& resolutions) {
  Document doc;
  doc.kind = DocumentKind::kDecisionRecord;
  int n = 0;
  for (const std::string& text : resolutions) {
    Item item;
    item.type = ItemType::kResolution;
    item.number = std::to_string(++n);
    item.text = text;
    item.lines = {n, n};
    doc.items.push_back(item);
  }
  return doc;
}

struct Row {
  std::string number;
  std::string text;
  std::string due;  // ISO value or ""
  std::string status;
};

Document plan_of(const std::vector<Row>& rows) {
  Document doc;
  doc.kind = DocumentKind::kActionPlan;
  int line = 0;
  for (const Row& r : rows) {
    Item item;
    item.number = r.number;
    item.text = r.text;
    item.lines = {++line, line};
    item.lead = "Head of Service";
    Action action;
    action.text = "Do it";
    if (!r.due.empty()) action.due.push_back(Date{r.due, r.due});
    if (!r.status.empty()) action.status = r.status;
    action.lines = item.lines;
    item.actions.push_back(action);
    item.due = action.due;
    doc.items.push_back(item);
  }
  return doc;
}

std::vector<std::string> statuses(const CheckReport& report) {
  std::vector<std::string> out;
  for (const ResolutionCheck& r : report.resolutions) out.push_back(to_string(r.status));
  return out;
}

std::vector<std::string> rows_of(const ResolutionCheck& r) {
  std::vector<std::string> out;
  for (const RowMatch& m : r.matches) out.push_back(m.number);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Terms, VerbFormsAndBoilerplateDoNotCount) {
  const TermExtractor extractor({});
  EXPECT_EQ(extractor.terms("That the separation is removed"), extractor.terms("the separation be removed"));
  EXPECT_EQ(extractor.terms("a team be established as outlined in section 6.1.4 of the report."),
            extractor.terms("That a team is established"));
  EXPECT_EQ(extractor.terms("teams reviewing"), (Strings{"team", "review"}));
}

TEST(Terms, AcronymsAreSpelledOut) {
  const TermExtractor extractor(find_acronym_definitions("the Youth Engagement Panel (YEP) meets"));
  EXPECT_EQ(extractor.terms("the YEP"), extractor.terms("the youth engagement panel"));
  EXPECT_EQ(extractor.terms("young people's LAC team"), extractor.terms("young people's Looked After Children team"));
  // A local team's initials mean something only where a paper defines them.
  EXPECT_NE(extractor.terms("RAT"), extractor.terms("Referral and Assessment Team"));
  const TermExtractor defined(find_acronym_definitions("the Referral and Assessment Team (RAT)"));
  EXPECT_EQ(defined.terms("RAT"), defined.terms("Referral and Assessment Team"));
}

TEST(AcronymDefinitions, InitialsWithJoiningWords) {
  const AcronymMap found = find_acronym_definitions(
      "the Referral and Assessment Team (RAT) and the Multi-Agency Safeguarding Hub (MASH), not (NOTE) this");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found.at("RAT"), "referral and assessment team");
  EXPECT_EQ(found.at("MASH"), "multi agency safeguarding hub");
}

TEST(Check, AcronymsOnOneSideOnly) {
  const CheckReport report = check_plan(
      decision_of({"the protocol between the Referral and Assessment Team and the longer term teams be reviewed",
                   "the remit of the Looked After Children team be reviewed"}),
      plan_of({{"1", "That the protocol between RAT and the longer term teams is reviewed", "", ""},
               {"2", "That the remit of the LAC team is reviewed", "", ""}}),
      {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered"}));
  EXPECT_EQ(rows_of(report.resolutions[0]), Strings{"1"});
  EXPECT_EQ(rows_of(report.resolutions[1]), Strings{"2"});
}

TEST(Check, RewordedRows) {
  const CheckReport report = check_plan(
      decision_of({"a family support team be established", "the recruitment and retention scheme ceases at 31 March"}),
      plan_of({{"R1", "Establish a new family support team", "", ""},
               {"R2", "End the recruitment and retention scheme on 31 March", "", ""}}),
      {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered"}));
  EXPECT_GE(report.resolutions[0].matches.at(0).score, kCoverThreshold);
}

TEST(Check, OneRowForTwoResolutions) {
  const CheckReport report = check_plan(decision_of({"the library opening hours be extended",
                                                     "the library cafe be refurbished"}),
                                        plan_of({{"1", "Extend library opening hours and refurbish the cafe", "", ""},
                                                 {"2", "Replace the mobile library van", "", ""}}),
                                        {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered"}));
  EXPECT_EQ(rows_of(report.resolutions[0]), Strings{"1"});
  EXPECT_EQ(rows_of(report.resolutions[1]), Strings{"1"});
  ASSERT_EQ(report.unrequested.size(), 1u);
  EXPECT_EQ(report.unrequested[0].number, "2");
}

TEST(Check, RenumberedAndReorderedPlanStillMatches) {
  const CheckReport report = check_plan(
      decision_of({"the parks strategy be adopted", "a tree planting programme be funded", "the lido be reopened"}),
      plan_of({{"1", "Reopen the lido", "", ""},
               {"2", "Adopt the parks strategy", "", ""},
               {"3", "Fund a tree planting programme", "", ""}}),
      {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered", "covered"}));
  EXPECT_EQ(rows_of(report.resolutions[0]), Strings{"2"});
  EXPECT_EQ(rows_of(report.resolutions[2]), Strings{"1"});
}

TEST(Check, SameNumberDifferentSubjectIsAMismatch) {
  const CheckReport report = check_plan(
      decision_of({"the parks strategy be adopted", "a tree planting programme be funded", "the lido be reopened",
                   "the bandstand be repainted"}),
      plan_of({{"1", "Adopt the parks strategy", "", ""},
               {"2", "Fund a tree planting programme", "", ""},
               {"3", "Reopen the lido", "", ""},
               {"4", "Install new benches in the market square", "", ""}}),
      {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered", "covered", "mismatch"}));
  EXPECT_TRUE(report.resolutions[3].matches.empty());
  EXPECT_EQ(report.summary.mismatch, 1);
  EXPECT_FALSE(all_covered(report));
}

TEST(Check, MismatchNamesTheRowThatDoesMatch) {
  const CheckReport report = check_plan(
      decision_of({"the parks strategy be adopted", "a tree planting programme be funded", "the lido be reopened",
                   "the bandstand be repainted"}),
      plan_of({{"1", "Adopt the parks strategy", "", ""},
               {"2", "Fund a tree planting programme", "", ""},
               {"3", "Repaint the bandstand", "", ""},
               {"4", "Reopen the lido", "", ""}}),
      {});
  // Rows 1 and 2 answer resolutions 1 and 2, so the plan is numbered like
  // the decision; rows 3 and 4 then disagree with their numbers.
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered", "mismatch", "mismatch"}));
  EXPECT_EQ(rows_of(report.resolutions[2]), Strings{"4"});
  EXPECT_EQ(rows_of(report.resolutions[3]), Strings{"3"});
}

TEST(Check, OneAgreeingNumberDoesNotMakeAPlanNumberedAlike) {
  const CheckReport report = check_plan(
      decision_of({"the parks strategy be adopted", "a tree planting programme be funded", "the lido be reopened"}),
      plan_of({{"1", "Adopt the parks strategy", "", ""},
               {"2", "Reopen the lido", "", ""},
               {"3", "Fund a tree planting programme", "", ""}}),
      {});
  EXPECT_EQ(statuses(report), (Strings{"covered", "covered", "covered"}));
  EXPECT_EQ(rows_of(report.resolutions[1]), Strings{"3"});
}

TEST(Check, ProceduralResolutions) {
  EXPECT_TRUE(is_procedural("The report be noted."));
  EXPECT_TRUE(is_procedural("to note the contents of the report"));
  EXPECT_TRUE(is_procedural("authority be delegated to the Director to agree the terms"));
  EXPECT_TRUE(is_procedural("the commencement of a 30 day formal consultation period be authorised"));
  EXPECT_TRUE(is_procedural("the minutes of the meeting held on 3 May be approved as a correct record"));
  EXPECT_FALSE(is_procedural("Cabinet receive a further report from the Corporate Director with proposals."));
  EXPECT_FALSE(is_procedural("the level M grade be reviewed"));
  EXPECT_FALSE(is_procedural("a consultation officer post be created"));
}

TEST(Check, ProceduralResolutionsDoNotFailTheCheck) {
  const CheckReport report =
      check_plan(decision_of({"the report be noted", "the lido be reopened"}), plan_of({{"1", "Reopen the lido", "", ""}}), {});
  EXPECT_EQ(statuses(report), (Strings{"missing", "covered"}));
  EXPECT_TRUE(report.resolutions[0].procedural);
  EXPECT_TRUE(all_covered(report));
}

TEST(Check, OverdueActions) {
  const Document plan = plan_of({{"1", "Reopen the lido", "2012-09-03", ""},
                                 {"2", "Adopt the parks strategy", "2012-09", ""},
                                 {"3", "Fund tree planting", "2012-06", "complete"},
                                 {"4", "Repaint the bandstand", "", ""}});
  const Document decision = decision_of({"the lido be reopened"});
  CheckOptions options;
  options.as_of = "2012-09-30";
  CheckReport report = check_plan(decision, plan, options);
  ASSERT_EQ(report.overdue.size(), 1u);  // September itself is not over on its last day
  EXPECT_EQ(report.overdue[0].number, "1");
  EXPECT_EQ(report.overdue[0].lead, "Head of Service");
  options.as_of = "2012-10-01";
  report = check_plan(decision, plan, options);
  ASSERT_EQ(report.overdue.size(), 2u);
  EXPECT_EQ(report.overdue[1].due.value, "2012-09");
  options.as_of.reset();
  EXPECT_TRUE(check_plan(decision, plan, options).overdue.empty());
}

TEST(Check, EmptyPlanLeavesEverythingMissing) {
  const CheckReport report = check_plan(decision_of({"the report be noted", "a further report be made"}), Document{}, {});
  EXPECT_EQ(statuses(report), (Strings{"missing", "missing"}));
  EXPECT_TRUE(report.resolutions[0].procedural);
  EXPECT_FALSE(report.resolutions[1].procedural);
  EXPECT_FALSE(all_covered(report));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(Check, OverdueGroupedByLeadWithDaysLate) {
  Document plan = plan_of({{"1", "Reopen the lido", "2012-09-03", ""},
                           {"2", "Adopt the parks strategy", "2012-09", ""},
                           {"3", "Fund tree planting", "2012-08-31", ""}});
  plan.items[1].lead = "Parks Manager";
  plan.items[2].lead.reset();
  Action second = plan.items[0].actions[0];
  second.text = "Hire lifeguards";
  plan.items[0].actions.push_back(second);
  const CheckReport report = check_plan(decision_of({"the lido be reopened"}), plan, {"2012-10-01"});
  ASSERT_EQ(report.overdue.size(), 4u);
  // Head of Service's two actions on row 1, then the parks manager, then no lead.
  EXPECT_EQ(report.overdue[0].number, "1");
  EXPECT_EQ(report.overdue[1].number, "1");
  EXPECT_EQ(report.overdue[1].action, "Hire lifeguards");
  EXPECT_EQ(report.overdue[0].recommendation, "Reopen the lido");
  EXPECT_EQ(report.overdue[0].days_late, 28);
  EXPECT_EQ(report.overdue[2].lead, "Parks Manager");
  EXPECT_EQ(report.overdue[2].days_late, 1);  // September ends on the 30th
  EXPECT_FALSE(report.overdue[3].lead);
  EXPECT_EQ(report.overdue[3].days_late, 31);
}

TEST(Check, ProceduralCountedApartFromMissing) {
  const CheckReport report = check_plan(decision_of({"the report be noted", "a further report be made"}), Document{}, {});
  EXPECT_EQ(report.summary.resolutions, 2);
  EXPECT_EQ(report.summary.procedural, 1);
  EXPECT_EQ(report.summary.missing, 1);
}

}  // namespace
}  // namespace docket
