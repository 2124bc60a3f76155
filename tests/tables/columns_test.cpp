#include "tables/columns.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace docket {
namespace {

struct Case {
  const char* header;
  ColumnRole role;
};

TEST(Columns, SynonymsCouncilsUse) {
  const Case cases[] = {
      {"No.", ColumnRole::kNumber},
      {"<b>No.</b>", ColumnRole::kNumber},
      {"Ref", ColumnRole::kNumber},
      {"Rec No.", ColumnRole::kNumber},
      {"#", ColumnRole::kNumber},
      {"Recommendation", ColumnRole::kRecommendation},
      {"Agreed Recommendations", ColumnRole::kRecommendation},
      {"Proposed Actions/Progress", ColumnRole::kActions},
      {"Action", ColumnRole::kActions},
      {"Key Tasks", ColumnRole::kActions},
      {"What we have committed to", ColumnRole::kActions},
      {"Our commitments", ColumnRole::kActions},
      {"Led by", ColumnRole::kLead},
      {"Success Measures", ColumnRole::kSuccessMeasures},
      {"Outcome", ColumnRole::kSuccessMeasures},
      {"Performance Indicator", ColumnRole::kSuccessMeasures},
      {"Savings/Cost", ColumnRole::kSavings},
      {"Savings/ Cost", ColumnRole::kSavings},
      {"Resources", ColumnRole::kSavings},
      {"Financial Implications", ColumnRole::kSavings},
      {"Lead Responsibility", ColumnRole::kLead},
      {"Responsibility", ColumnRole::kLead},
      {"Lead Officer", ColumnRole::kLead},
      {"Owner", ColumnRole::kLead},
      {"Who", ColumnRole::kLead},
      {"Finance Manager", ColumnRole::kFinanceManager},
      {"Date", ColumnRole::kDue},
      {"Completion Date", ColumnRole::kDue},
      {"Target Date", ColumnRole::kDue},
      {"Timescale", ColumnRole::kDue},
      {"By when", ColumnRole::kDue},
      {"Deadline", ColumnRole::kDue},
      {"Status", ColumnRole::kStatus},
      {"RAG", ColumnRole::kStatus},
      {"RAG Status", ColumnRole::kStatus},
      {"Priority", ColumnRole::kPriority},
      {"Comments", ColumnRole::kComments},
      {"Progress", ColumnRole::kComments},
      {"Progress Update", ColumnRole::kComments},
      {"Ward", ColumnRole::kUnknown},
      {"", ColumnRole::kUnknown},
  };
  for (const Case& c : cases) EXPECT_EQ(classify_column(c.header), c.role) << c.header;
}

TEST(Columns, TheFirstRuleToMatchWinsWhateverTheWordOrder) {
  const Case cases[] = {
      {"Lead Officer Target Date", ColumnRole::kDue},
      {"Target date lead officer", ColumnRole::kDue},
      {"Comments on the recommendation", ColumnRole::kComments},
      {"Recommendation comments", ColumnRole::kComments},
      {"Finance officer", ColumnRole::kFinanceManager},
      {"Officer, finance", ColumnRole::kSavings},
      {"Action No.", ColumnRole::kNumber},
      {"<b>Lead</b> officer", ColumnRole::kLead},
      {"Cost (\xC2\xA3)", ColumnRole::kSavings},
      {"\xC2\xA3", ColumnRole::kSavings},
      {"Whoever", ColumnRole::kLead},
      {"Overdue", ColumnRole::kUnknown},
      {"By", ColumnRole::kDue},
      {"By whom", ColumnRole::kLead},
      {"Standby", ColumnRole::kUnknown},
  };
  for (const Case& c : cases) EXPECT_EQ(classify_column(c.header), c.role) << c.header;
}

TEST(Columns, LongHeadersAreReadToTheirLastWord) {
  // More words than a header usually has, and more bytes.
  EXPECT_EQ(classify_column("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                            "fifteen sixteen seventeen deadline"),
            ColumnRole::kDue);
  EXPECT_EQ(classify_column(std::string(200, 'x') + " finance manager"), ColumnRole::kFinanceManager);
  EXPECT_EQ(classify_column(std::string(200, 'x')), ColumnRole::kUnknown);
}

TEST(Columns, ARoleIsGivenOnce) {
  const auto roles = classify_columns({"Action", "Actions taken", "Lead"});
  EXPECT_EQ(roles, (std::vector<ColumnRole>{ColumnRole::kActions, ColumnRole::kUnknown, ColumnRole::kLead}));
}

TEST(Columns, AHeaderCandidateReadsAsCountKnownColumnsAndClassifyColumns) {
  const std::vector<std::vector<std::string>> rows = {
      {"No.", "Recommendation", "Lead", "Lead officer", "Date"},
      {"5", "That the team is established as set out in the report", "03/09/12"},
      {"Action to be taken by the lead officer and the team", "Action", "Due"},
      {},
  };
  for (const std::vector<std::string>& cells : rows) {
    const RowCells row(cells);
    const HeaderCandidate candidate(row);
    EXPECT_EQ(candidate.known_columns(), count_known_columns(row));
    EXPECT_EQ(candidate.roles(), classify_columns(cells));
  }
}

TEST(Columns, PlanTablesNeedWhatAndWhoOrWhen) {
  EXPECT_TRUE(is_plan_table({ColumnRole::kRecommendation, ColumnRole::kLead}));
  EXPECT_TRUE(is_plan_table({ColumnRole::kActions, ColumnRole::kDue}));
  EXPECT_FALSE(is_plan_table({ColumnRole::kRecommendation, ColumnRole::kComments}));
  EXPECT_FALSE(is_plan_table({ColumnRole::kUnknown, ColumnRole::kSavings}));
}

TEST(Columns, DataRowsNameNoColumns) {
  EXPECT_GE(count_known_columns({"No.", "Recommendation", "Lead"}), 3);
  EXPECT_EQ(count_known_columns({"5", "That the team is established as set out in the report", "03/09/12"}), 0);
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// Two columns naming one role: the surer name takes it, the other is kept
// as an extra; a Cabinet Member column is not the lead.
TEST(Columns, TheSurerHeaderTakesARoleTwoColumnsName) {
  const std::vector<ColumnRole> roles = classify_columns(
      {"Reference", "Origin", "Date", "Area", "Recommendation", "Exec Date", "Lead Officer/EM", "Cabinet Member",
       "Action taken", "Target Date", "Status"});
  EXPECT_EQ(roles, (std::vector<ColumnRole>{ColumnRole::kNumber, ColumnRole::kUnknown, ColumnRole::kUnknown,
                                            ColumnRole::kUnknown, ColumnRole::kRecommendation, ColumnRole::kUnknown,
                                            ColumnRole::kLead, ColumnRole::kUnknown, ColumnRole::kActions,
                                            ColumnRole::kDue, ColumnRole::kStatus}));
  // One weak name alone still takes its role.
  EXPECT_EQ(classify_columns({"Area", "Date"}), (std::vector<ColumnRole>{ColumnRole::kRecommendation, ColumnRole::kDue}));
}

TEST(Columns, ActionColumnBeforeResponseColumn) {
  const auto roles = classify_columns({"Rec no.", "Scrutiny recommendation", "Cabinet response", "Action to be taken"});
  EXPECT_EQ(roles[2], ColumnRole::kUnknown);
  EXPECT_EQ(roles[3], ColumnRole::kActions);
  EXPECT_EQ(classify_columns({"Recommendation", "Management response"})[1], ColumnRole::kActions);
}

}  // namespace
}  // namespace docket
