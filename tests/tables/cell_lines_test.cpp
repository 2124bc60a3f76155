#include "tables/cell_lines.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace docket {
namespace {

TEST(CellLines, SplitsAtWrapsAndParagraphBreaks) {
  TableRow row;
  row.cells = RowCells({"1", "alpha beta\ngamma delta", "x y"});
  row.wraps = {{1, 5}, {2, 1}};
  std::vector<std::string_view> lines;
  cell_lines(row, 1, lines);
  EXPECT_EQ(lines, (std::vector<std::string_view>{"alpha", "beta", "gamma delta"}));
  lines.clear();
  cell_lines(row, 0, lines);
  EXPECT_EQ(lines, std::vector<std::string_view>{"1"});
  lines.clear();
  cell_lines(row, 7, lines);
  EXPECT_TRUE(lines.empty());
}

TEST(CellLines, IgnoresWrapsPastTheCell) {
  TableRow row;
  row.cells = RowCells({"short"});
  row.wraps = {{0, 40}, {3, 1}};
  std::vector<std::string_view> lines;
  cell_lines(row, 0, lines);
  EXPECT_EQ(lines, std::vector<std::string_view>{"short"});
}

TEST(BulletPieces, SplitsOnTheOpeningBullet) {
  std::vector<std::string_view> pieces;
  bullet_pieces("- one - two\n- three", pieces);
  EXPECT_EQ(pieces, (std::vector<std::string_view>{"one", "two", "three"}));
  bullet_pieces("no bullet - here", pieces);
  EXPECT_TRUE(pieces.empty());
}

}  // namespace
}  // namespace docket
