// Step tables: the milestone tables of a work programme, told from plan
// tables that answer recommendations, and read row by row.
#include "tables/step_rows.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docket {
namespace {

LogicalTable table_of(const std::string& text, SplitBlocks& blocks) {
  std::vector<LogicalTable> tables = assemble_tables(blocks);
  EXPECT_EQ(tables.size(), 1u) << text;
  return tables.empty() ? LogicalTable{} : std::move(tables.front());
}

TEST(StepRows, DottedLabelsAtTheStartOfTheMilestoneCell) {
  const std::string text =
      "| Milestone | Target Date | Owner |\n|---|---|---|\n"
      "| **3.1** Draft the policy | 31/01/2026 | AB |\n| **3.2** Consult on it | Quarterly | N/A |\n";
  SplitBlocks blocks(text);
  const LogicalTable t = table_of(text, blocks);
  EXPECT_TRUE(is_step_table(t));
  std::vector<StepRow> rows;
  read_step_rows(t, [&](const StepRow& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_TRUE(rows[0].number.has_value());
  EXPECT_EQ(rows[0].number->label, "3.1");
  EXPECT_EQ(rows[0].text, "Draft the policy");
  EXPECT_EQ(rows[0].due, "31/01/2026");
  EXPECT_EQ(rows[0].lead, "AB");
  EXPECT_EQ(rows[1].number->label, "3.2");
}

TEST(StepRows, ANumberColumnNumbersTheSteps) {
  const std::string text =
      "| Ref | Action | Deadline |\n|---|---|---|\n| 1.1 | Draft | May 2026 |\n| 1.2 | Consult | June 2026 |\n"
      "|  | and report | July 2026 |\n";
  SplitBlocks blocks(text);
  const LogicalTable t = table_of(text, blocks);
  EXPECT_TRUE(is_step_table(t));
  std::vector<StepRow> rows;
  read_step_rows(t, [&](const StepRow& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].number->label, "1.2");
  EXPECT_FALSE(rows[2].number.has_value());
  EXPECT_EQ(rows[2].text, "and report");
}

TEST(StepRows, PlansAnsweringRecommendationsAreNotStepTables) {
  const std::string recommendations =
      "| No | Recommendation | Action | Date |\n|---|---|---|---|\n| 1.1 | Do it | Done | May 2026 |\n";
  SplitBlocks a(recommendations);
  EXPECT_FALSE(is_step_table(table_of(recommendations, a)));
  const std::string plain = "| No | Action | Date |\n|---|---|---|\n| 1 | Do it | May 2026 |\n| 2 | Then this | June 2026 |\n";
  SplitBlocks b(plain);
  EXPECT_FALSE(is_step_table(table_of(plain, b)));
}

}  // namespace
}  // namespace docket
