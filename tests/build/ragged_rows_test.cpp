#include "build/ragged_rows.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

using Cells = std::vector<std::string>;
using R = ColumnRole;

TableRow short_row(std::initializer_list<std::string_view> cells) {
  TableRow row;
  row.line = 4;
  row.cells = RowCells(cells);
  row.written_cells = static_cast<std::uint32_t>(row.cells.size());
  return row;
}

TEST(RaggedRows, NamedColumnsStopAtTheLastName) {
  EXPECT_EQ(named_columns({"No.", "Action", "", "Lead", "", ""}), 4u);
  EXPECT_EQ(named_columns({}), 0u);
}

TEST(RaggedRows, CellsGoWhereTheirContentFits) {
  const std::vector<ColumnRole> roles{R::kNumber, R::kRecommendation, R::kLead, R::kDue, R::kStatus};
  EXPECT_EQ(align_short_row(short_row({"2", "Publish the rounds online", "Digital Lead", "Amber"}), roles, 5)
                .cells.to_strings(),
            (Cells{"2", "Publish the rounds online", "Digital Lead", "", "Amber"}));
  EXPECT_EQ(align_short_row(short_row({"5", "Replace the oldest vehicles", "Sept 2026", "Red"}), roles, 5)
                .cells.to_strings(),
            (Cells{"5", "Replace the oldest vehicles", "", "Sept 2026", "Red"}));
  // No evidence either way: the blanks trail, as padding would leave them.
  EXPECT_EQ(align_short_row(short_row({"1", "Go", "Jo"}), roles, 5).cells.to_strings(),
            (Cells{"1", "Go", "Jo", "", ""}));
}

// Aligned within the named columns, padded to the table's width; a cell's
// line breaks move with it.
TEST(RaggedRows, PaddedToTheTableAndWrapsFollowTheirCell) {
  const std::vector<ColumnRole> roles{R::kNumber, R::kActions, R::kDue, R::kStatus, R::kUnknown};
  TableRow row = short_row({"1", "Green"});
  row.wraps.push_back({1, 2});
  const TableRow aligned = align_short_row(row, roles, 4);
  EXPECT_EQ(aligned.cells.to_strings(), (Cells{"1", "", "", "Green", ""}));
  ASSERT_EQ(aligned.wraps.size(), 1u);
  EXPECT_EQ(aligned.wraps[0].cell, 3u);
  EXPECT_EQ(aligned.line, 4);
}

}  // namespace
}  // namespace docket
