#include "layout/row_cells.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace docket {
namespace {

using Strings = std::vector<std::string>;

TEST(RowCellsTest, EmptyRowHasNoCells) {
  const RowCells cells;
  EXPECT_EQ(cells.size(), 0u);
  EXPECT_TRUE(cells.empty());
  EXPECT_EQ(cells.begin(), cells.end());
  EXPECT_EQ(cells.to_strings(), Strings{});
}

TEST(RowCellsTest, CellsReadBackAsAdded) {
  RowCellsBuilder builder;
  builder.add("1");
  builder.add("");
  builder.text() += "two\nlines";
  builder.end_cell();
  builder.add("\xC2\xA3" "5k");
  EXPECT_EQ(builder.size(), 4u);
  const RowCells cells = builder.finish();
  EXPECT_EQ(builder.size(), 0u);
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(cells[0], "1");
  EXPECT_EQ(cells[1], "");
  EXPECT_EQ(cells[2], "two\nlines");
  EXPECT_EQ(cells.front(), "1");
  EXPECT_EQ(cells.back(), "\xC2\xA3" "5k");
  EXPECT_EQ(cells.to_strings(), (Strings{"1", "", "two\nlines", "\xC2\xA3" "5k"}));
  EXPECT_EQ(std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return c.empty(); }), 1);
}

TEST(RowCellsTest, BuilderStartsAfreshAfterFinish) {
  RowCellsBuilder builder;
  builder.add("a");
  builder.add("b");
  (void)builder.finish();
  builder.add("c");
  EXPECT_EQ(builder.finish().to_strings(), Strings{"c"});
  EXPECT_TRUE(builder.finish().empty());
}

TEST(RowCellsTest, RowOfEmptyCellsKeepsItsWidth) {
  const RowCells cells{"", "", ""};
  EXPECT_EQ(cells.size(), 3u);
  EXPECT_EQ(cells.to_strings(), (Strings{"", "", ""}));
}

TEST(RowCellsTest, ResizeDropsOrPadsCells) {
  RowCells cells{"a", "bb", "ccc"};
  cells.resize(3);
  EXPECT_EQ(cells.to_strings(), (Strings{"a", "bb", "ccc"}));
  cells.resize(5);
  EXPECT_EQ(cells.to_strings(), (Strings{"a", "bb", "ccc", "", ""}));
  cells.resize(2);
  EXPECT_EQ(cells.to_strings(), (Strings{"a", "bb"}));
  cells.resize(0);
  EXPECT_TRUE(cells.empty());
  cells.resize(2);
  EXPECT_EQ(cells.to_strings(), (Strings{"", ""}));
}

TEST(RowCellsTest, CopiesAreDeepAndMovesEmptyTheSource) {
  RowCells original(Strings{"x", "yz"});
  RowCells copy = original;
  original.resize(1);
  EXPECT_EQ(copy.to_strings(), (Strings{"x", "yz"}));
  EXPECT_EQ(original.to_strings(), Strings{"x"});
  const RowCells& same = copy;
  copy = same;  // assigning a row to itself keeps its cells
  EXPECT_EQ(copy.size(), 2u);
  RowCells moved = std::move(copy);
  EXPECT_EQ(moved.to_strings(), (Strings{"x", "yz"}));
  copy = RowCells();
  EXPECT_TRUE(copy.empty());
  moved.clear();
  EXPECT_TRUE(moved.empty());
}

}  // namespace
}  // namespace docket
