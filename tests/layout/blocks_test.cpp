#include "layout/blocks.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <string_view>
#include <vector>

#include "test_support.hpp"

namespace docket {
namespace {

SplitBlocks split(std::string_view text) { return SplitBlocks(text); }

TEST(Blocks, HeadingsParagraphsAndLineNumbers) {
  const auto blocks = split("\n## **Action Plan** ##\n\nFirst line\nsecond line\n\nLast\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[0].heading_level, 2);
  EXPECT_EQ(blocks[0].text, "Action Plan");
  EXPECT_EQ(blocks[0].lines.first, 2);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].text, "First line second line");
  EXPECT_EQ(blocks[1].lines.first, 4);
  EXPECT_EQ(blocks[1].lines.last, 5);
  EXPECT_EQ(blocks[2].lines.first, 7);
}

TEST(Blocks, ListMarkers) {
  const auto blocks = split(
      "1. one\n2) two\n(3) three\n(a) four\nb. five\n(iv) six\n- seven\n\xE2\x80\xA2 eight\n3.1.1 nine\n");
  std::vector<std::string> markers;
  for (const Block& b : blocks) {
    EXPECT_EQ(b.kind, BlockKind::kListItem) << b.text;
    markers.emplace_back(b.marker());
  }
  EXPECT_EQ(markers, (std::vector<std::string>{"1.", "2)", "(3)", "(a)", "b.", "(iv)", "-", "\xE2\x80\xA2", "3.1.1"}));
  EXPECT_EQ(blocks[8].text, "nine");
}

TEST(Blocks, NumberWithoutPeriodIsALooseMarkerOnlyAtBlockStart) {
  const auto blocks = split("12 the scheme ceases\n\nThe budget covers\n12 months of work\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kListItem);
  EXPECT_TRUE(blocks[0].loose_marker);
  EXPECT_EQ(blocks[0].marker(), "12");
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].text, "The budget covers 12 months of work");
}

TEST(Blocks, PipeTableRowsAndEscapedPipes) {
  const auto blocks = split("| A | B |\n|---|:-:|\n| x \\| y | <b>z</b><br><br>w |\nafter\n");
  ASSERT_EQ(blocks.size(), 2u);
  const Block& t = blocks[0];
  EXPECT_EQ(t.kind, BlockKind::kPipeTable);
  EXPECT_TRUE(t.has_header_row);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].line, 3);
  EXPECT_EQ(t.rows[1].cells.to_strings(), (std::vector<std::string>{"x | y", "z\nw"}));
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
}

TEST(Blocks, RaggedRowsArePadded) {
  const auto blocks = split("a | b | c\n--|--|--\n1 | 2\n");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].rows[1].cells.to_strings(), (std::vector<std::string>{"1", "2", ""}));
}

TEST(Blocks, LonePipeInProseIsNotATable) {
  const auto blocks = split("Either this | or that.\n");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
}

TEST(Blocks, TabSeparatedRows) {
  const auto blocks = split("Year\tCost\n2013/14\t\xC2\xA3" "12.4m\t\n");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kTabTable);
  EXPECT_EQ(blocks[0].rows[1].cells.to_strings(), (std::vector<std::string>{"2013/14", "\xC2\xA3" "12.4m", ""}));
}

// PDF-to-markdown converters write each table as an HTML document on one
// line; a line of HTML with no table stays a paragraph.
TEST(Blocks, HtmlDocumentAroundATableOnOneLine) {
  const auto blocks = split(
      "<html><body><table><tr><td>a</td><td>b</td></tr></table></body></html>\n\n<html><body><p>x</p></body></html>\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHtmlTable);
  ASSERT_EQ(blocks[0].rows.size(), 1u);
  EXPECT_EQ(blocks[0].rows[0].cells.to_strings(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
}

TEST(Blocks, HtmlTableBlockEndsAtItsClosingTag) {
  const auto blocks = split("<table>\n<tr><td>a</td></tr>\n</table>\nafter\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHtmlTable);
  EXPECT_EQ(blocks[0].lines.last, 3);
  EXPECT_EQ(blocks[1].text, "after");
}

TEST(Blocks, UnterminatedHtmlTableIsReadToTheEndWithAWarning) {
  const SplitBlocks blocks("<table>\n<tr><td>a\n");
  const std::vector<Warning>& warnings = blocks.warnings;
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "unterminated-table");
  EXPECT_EQ(warnings[0].line, 1);
  ASSERT_EQ(blocks[0].rows.size(), 1u);
  EXPECT_EQ(blocks[0].rows[0].cells[0], "a");
}

TEST(Blocks, FormFeedsAndRulesArePageBreaks) {
  const auto blocks = split("one\n\f\ntwo\n\n---\n\nthree\n");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kPageBreak);
  EXPECT_EQ(blocks[3].kind, BlockKind::kPageBreak);
}

TEST(Blocks, PageNumbersAndRepeatedFootersAreDebris) {
  const auto blocks = split(
      "Intro.\n\n3\n\nPage 3 of 9\n\n- 4 -\n\nDraft 5 19.04.10\n\nText.\n\nDraft 5 19.04.10 2\n\nNone\n\nNone\n\n"
      "Table 3\n\nTable 4\n\nTable 5\n");
  std::vector<std::string> debris;
  for (const Block& b : blocks) {
    if (b.debris) debris.emplace_back(b.text);
  }
  // "- 4 -" is split as a bullet item whose text is "4 -".
  EXPECT_EQ(debris, (std::vector<std::string>{"3", "Page 3 of 9", "4 -", "Draft 5 19.04.10", "Draft 5 19.04.10 2"}));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(Blocks, RowsWiderThanTheLimitKeepTheirTextInTheLastColumn) {
  std::string row = "|";
  for (std::size_t i = 0; i < kMaxTableColumns + 2; ++i) row += " c" + std::to_string(i) + " |";
  const std::string text = row + "\n| a | b |\n";
  const SplitBlocks blocks(text);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 2u);
  EXPECT_EQ(blocks[0].rows[0].cells.size(), kMaxTableColumns);
  EXPECT_EQ(blocks[0].rows[1].cells.size(), kMaxTableColumns);
  const std::string last = "c" + std::to_string(kMaxTableColumns - 1) + " | c" + std::to_string(kMaxTableColumns) +
                           " | c" + std::to_string(kMaxTableColumns + 1);
  EXPECT_EQ(blocks[0].rows[0].cells.back(), last);
  const std::vector<Warning>& warnings = blocks.warnings;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "table-too-wide");
  EXPECT_EQ(warnings[0].line, 1);
}

// A paper of tiny blocks is split into at most most_blocks_for(its size);
// the rest of its text is one paragraph, none of it dropped.
TEST(Blocks, PastTheMostBlocksTheRestIsOneParagraph) {
  const std::size_t paragraphs = 2 * kBlocksAlwaysAllowed;
  std::string text;
  for (std::size_t i = 0; i < paragraphs; ++i) text += "p" + std::to_string(i) + "\n\n";
  text += "| a | b |\n|---|---|\n| *c* | d |\nlast\nline\n";
  const std::size_t most = most_blocks_for(text.size());
  ASSERT_LT(most, paragraphs);

  const SplitBlocks blocks(text);
  ASSERT_EQ(blocks.size(), most + 1);
  EXPECT_EQ(blocks[most - 1].text, "p" + std::to_string(most - 1));
  const Block& rest = blocks[most];
  EXPECT_EQ(rest.kind, BlockKind::kParagraph);
  const int first_line = static_cast<int>(2 * most + 1);
  EXPECT_EQ(rest.lines.first, first_line);
  EXPECT_EQ(rest.lines.last, static_cast<int>(2 * paragraphs + 5));
  // Each paragraph's text, a blank line apart; the table's lines cleaned
  // one by one and joined like a paragraph's.
  std::string expected;
  for (std::size_t i = most; i < paragraphs; ++i) expected += "p" + std::to_string(i) + "\n";
  expected += "| a | b | |---|---| | c | d | last line";
  EXPECT_EQ(rest.text, expected);
  EXPECT_EQ(rest.raw_lines.front(), "p" + std::to_string(most));
  EXPECT_EQ(rest.raw_lines.size(), 2 * (paragraphs - most) + 5);

  const std::vector<Warning>& warnings = blocks.warnings;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "too-many-blocks");
  EXPECT_EQ(warnings[0].line, first_line);
}

// The limit counts blocks, not lines; a paper that reaches it with its
// last block has no rest, and trailing blank lines are not one.
TEST(Blocks, TheLimitCountsBlocksNotLines) {
  std::string text;
  for (std::size_t i = 0; i < kBlocksAlwaysAllowed; ++i) text += "one\nparagraph\n\n";
  const SplitBlocks blocks(text);
  EXPECT_EQ(blocks.size(), kBlocksAlwaysAllowed);
  EXPECT_TRUE(blocks.warnings.empty());

  std::size_t n = kBlocksAlwaysAllowed;
  while (most_blocks_for(3 * n + 2) != n) ++n;
  std::string tiny;
  for (std::size_t i = 0; i < n; ++i) tiny += "x\n\n";
  tiny += "\n\n";
  const SplitBlocks exactly(tiny);
  EXPECT_EQ(exactly.size(), n);
  EXPECT_EQ(exactly[n - 1].text, "x");
  EXPECT_TRUE(exactly.warnings.empty());
}

// Raw lines are read back from the span of text they cover: the first as
// given, the rest trimmed, whatever the line ends.
TEST(Blocks, RawLinesReadBackAsTheyWereGiven) {
  const auto blocks = split("12. \t first item  \r\n   wrapped  line \r\n\tlast\r\n\n# Head #\n\nOne\n");
  ASSERT_EQ(blocks.size(), 3u);
  const std::vector<std::string_view> item(blocks[0].raw_lines.begin(), blocks[0].raw_lines.end());
  EXPECT_EQ(item, (std::vector<std::string_view>{"first item", "wrapped  line", "last"}));
  EXPECT_EQ(blocks[0].raw_lines.size(), 3u);
  EXPECT_EQ(blocks[0].raw_lines.front(), "first item");
  EXPECT_EQ(blocks[1].raw_lines.size(), 1u);
  EXPECT_EQ(blocks[1].raw_lines.front(), "Head");
  EXPECT_EQ(std::distance(blocks[2].raw_lines.begin(), blocks[2].raw_lines.end()), 1);

  RawLines lines;
  EXPECT_TRUE(lines.empty());
  EXPECT_EQ(lines.begin(), lines.end());
  const std::string_view text = "-\n  b  \nc";
  lines.push_back(text.substr(1, 0));  // a marker with nothing after it
  lines.push_back(trim(text.substr(2, 5)));
  lines.push_back(text.substr(8));
  EXPECT_EQ(std::vector<std::string_view>(lines.begin(), lines.end()), (std::vector<std::string_view>{"", "b", "c"}));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// A block whose text cleaning leaves alone points into the source rather
// than holding a copy: a paper of many short items is mostly such blocks.
TEST(Blocks, TextThatCleaningLeavesAloneIsAViewOfTheSource) {
  const std::string text = "# Plain heading\n\n- plain item\n\n- **marked** item\n\nTwo\nlines\n";
  const SplitBlocks blocks(text);
  ASSERT_EQ(blocks.size(), 4u);
  auto in_source = [&](std::string_view view) {
    return view.data() >= text.data() && view.data() + view.size() <= text.data() + text.size();
  };
  EXPECT_EQ(blocks[0].text, "Plain heading");
  EXPECT_TRUE(in_source(blocks[0].text));
  EXPECT_EQ(blocks[1].text, "plain item");
  EXPECT_TRUE(in_source(blocks[1].text));
  EXPECT_EQ(blocks[2].text, "marked item");
  EXPECT_FALSE(in_source(blocks[2].text));
  EXPECT_EQ(blocks[3].text, "Two lines");
  EXPECT_FALSE(in_source(blocks[3].text));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(RawLines, ReadsBackTheLinesItWasGivenFromTheSpanTheyCover) {
  const std::string_view text = "- first line  \n   second  \n\n  fourth";
  RawLines raw;
  EXPECT_TRUE(raw.empty());
  EXPECT_EQ(raw.size(), 0u);
  EXPECT_EQ(raw.begin(), raw.end());
  raw.push_back(text.substr(2, 10));  // "first line", its marker removed
  raw.push_back(trim(text.substr(15, 11)));
  raw.push_back(trim(text.substr(27, 0)));
  raw.push_back(trim(text.substr(28)));
  EXPECT_EQ(raw.size(), 4u);
  EXPECT_EQ(raw.front(), "first line");
  const std::vector<std::string_view> lines(raw.begin(), raw.end());
  EXPECT_EQ(lines, (std::vector<std::string_view>{"first line", "second", "", "fourth"}));
}

}  // namespace
}  // namespace docket
