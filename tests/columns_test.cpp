#include "columns.hpp"

#include <gtest/gtest.h>

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

TEST(Columns, ARoleIsGivenOnce) {
  const auto roles = classify_columns({"Action", "Actions taken", "Lead"});
  EXPECT_EQ(roles, (std::vector<ColumnRole>{ColumnRole::kActions, ColumnRole::kUnknown, ColumnRole::kLead}));
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
