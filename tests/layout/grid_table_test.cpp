#include "layout/grid_table.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace docket {
namespace {

using Cells = std::vector<std::string>;

// The grid lines of `text`, numbered from 1.
GridTable read(const std::string& text) {
  std::vector<GridLine> lines;
  std::size_t start = 0;
  int number = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string::npos ? text.size() : end;
    lines.push_back({std::string_view(text).substr(start, stop - start), ++number});
    start = stop + 1;
  }
  return read_grid_table(lines);
}

TEST(GridTable, BordersAndRowLinesAreTold) {
  EXPECT_TRUE(is_grid_border("+---+:==:+"));
  EXPECT_TRUE(is_grid_border("  +-----+  "));
  EXPECT_FALSE(is_grid_border("+ item"));
  EXPECT_FALSE(is_grid_border("+---+ x"));
  EXPECT_FALSE(is_grid_border("---"));
  EXPECT_TRUE(is_grid_line("| a | b |"));
  EXPECT_TRUE(is_grid_line("+---+"));
  EXPECT_FALSE(is_grid_line("+ item"));
  EXPECT_FALSE(is_grid_line("text"));
}

TEST(GridTable, HeaderOverSeveralLinesAndWrappedCells) {
  const GridTable t = read(
      "+----+-----------+\n"
      "| No | Lead      |\n"
      "|    | officer   |\n"
      "+====+===========+\n"
      "| 1  | Head of   |\n"
      "|    | Housing   |\n"
      "+----+-----------+\n"
      "| 2  | Director  |\n"
      "+----+-----------+");
  EXPECT_TRUE(t.has_header_row);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"No", "Lead officer"}));
  EXPECT_EQ(t.rows[1].cells.to_strings(), (Cells{"1", "Head of Housing"}));
  EXPECT_EQ(t.rows[1].line, 5);
  EXPECT_EQ(t.rows[2].cells.to_strings(), (Cells{"2", "Director"}));
  EXPECT_EQ(t.rows[2].line, 8);
}

TEST(GridTable, HeaderRowsAboveTheRuleAreOneRow) {
  const GridTable t = read(
      "+----+------+\n| No | Lead |\n+----+------+\n|    | name |\n+====+======+\n| 1  | Jo   |\n+----+------+");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"No", "Lead name"}));
}

TEST(GridTable, WithoutAHeaderRuleNoRowIsMarkedHeader) {
  const GridTable t = read("+---+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+");
  EXPECT_FALSE(t.has_header_row);
  EXPECT_EQ(t.rows.size(), 2u);
}

// Bullets start lines of the cell (wraps), a blank line is a paragraph.
TEST(GridTable, BulletsAndParagraphsInACell) {
  const GridTable t = read(
      "+---+------------------+\n"
      "| 1 | - Draft the plan |\n"
      "|   |   for comment    |\n"
      "|   | - Consult on it  |\n"
      "|   |                  |\n"
      "|   | Then report.     |\n"
      "+---+------------------+");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells[1], "- Draft the plan for comment - Consult on it\nThen report.");
  ASSERT_EQ(t.rows[0].wraps.size(), 1u);
  EXPECT_EQ(t.rows[0].wraps[0].cell, 1u);
  EXPECT_EQ(t.rows[0].cells[1].substr(t.rows[0].wraps[0].at + 1, 2), "- ");
}

// A missing boundary pipe joins the columns; the text goes to the first.
TEST(GridTable, ColumnSpan) {
  const GridTable t = read("+---+---+---+\n| a   b | c |\n+---+---+---+\n| d | e | f |\n+---+---+---+");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"a b", "", "c"}));
  EXPECT_EQ(t.rows[1].cells.to_strings(), (Cells{"d", "e", "f"}));
}

// A border that rules some columns ends the row in those; the others run
// on in the row above, and the row below is blank there.
TEST(GridTable, RowSpan) {
  const GridTable t = read(
      "+---+------+\n"
      "| 1 | one  |\n"
      "| x +------+\n"
      "| y | two  |\n"
      "+---+------+");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"1 x y", "one"}));
  EXPECT_EQ(t.rows[1].cells.to_strings(), (Cells{"", "two"}));
  EXPECT_EQ(t.rows[1].line, 4);
}

// Columns are characters: "£" and "é" take one each.
TEST(GridTable, ColumnsCountCharactersNotBytes) {
  const GridTable t = read("+------+----+\n| £5 é | ok |\n+------+----+");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"\xC2\xA3" "5 \xC3\xA9", "ok"}));
}

// A line whose pipes are off the boundaries is read by its pipes.
TEST(GridTable, MisalignedLineIsReadByItsPipes) {
  const GridTable t = read("+----+----+\n| a | b | c |\n+----+----+");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"a", "b | c"}));
}

TEST(GridTable, SplitIntoOneBlockWithPlainCells) {
  const SplitBlocks blocks(
      "Text before.\n"
      "+-----+--------+\n"
      "| No. | Action |\n"
      "+=====+========+\n"
      "| 1   | **Go** |\n"
      "+-----+--------+\n"
      "+ a list item\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].kind, BlockKind::kGridTable);
  EXPECT_TRUE(blocks[1].has_header_row);
  EXPECT_EQ(blocks[1].lines.first, 2);
  EXPECT_EQ(blocks[1].lines.last, 6);
  ASSERT_EQ(blocks[1].rows.size(), 2u);
  EXPECT_EQ(blocks[1].rows[1].cells.to_strings(), (Cells{"1", "Go"}));
  EXPECT_EQ(blocks[2].kind, BlockKind::kListItem);
}

}  // namespace
}  // namespace docket
