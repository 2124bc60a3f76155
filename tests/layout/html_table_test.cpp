#include "layout/html_table.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

HtmlTable read(std::string_view html, std::vector<Warning>* out = nullptr) {
  std::vector<Warning> warnings;
  HtmlTable t = read_html_table(html, 10, warnings);
  if (out != nullptr) *out = warnings;
  return t;
}

using Cells = std::vector<std::string>;

TEST(HtmlTable, HeaderCellsAndLines) {
  const HtmlTable t = read("<table>\n<tr><th>No.</th><th>Action</th></tr>\n<tr><td>1</td><td>Go</td></tr>\n</table>");
  EXPECT_TRUE(t.has_header_row);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"No.", "Action"}));
  EXPECT_EQ(t.rows[1].line, 12);
}

TEST(HtmlTable, OmittedEndTagsUnquotedAttributesAndEntities) {
  const HtmlTable t = read("<TABLE border=1><tr><td>a &amp; b<td>&pound;5k&nbsp;pa<tr><td colspan=2>c</table>");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"a & b", "\xC2\xA3" "5k pa"}));
  EXPECT_EQ(t.rows[1].cells.to_strings(), (Cells{"c", ""}));
}

TEST(HtmlTable, RowspanLeavesLaterRowsEmptyInThatColumn) {
  const HtmlTable t = read(
      "<table><tr><td rowspan=\"3\">1</td><td>x</td></tr><tr><td>y</td></tr><tr><td>z</td></tr></table>");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].cells.to_strings(), (Cells{"", "y"}));
  EXPECT_EQ(t.rows[2].cells.to_strings(), (Cells{"", "z"}));
}

// Spans past the limits are read as the limits, and reported once a table.
TEST(HtmlTable, HugeSpansAreClampedAndReportedOnce) {
  std::vector<Warning> warnings;
  const HtmlTable t = read(
      "<table>\n<tr><td colspan=\"5000\">a</td><td>b</td></tr>\n<tr><td colspan=\"4000\">c</td></tr>\n"
      "<tr><td rowspan=\"99999\">d</td></tr>\n</table>",
      &warnings);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].cells.size(), 1001u);
  EXPECT_EQ(t.rows[0].cells.to_strings()[1000], "b");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "span-too-large");
  EXPECT_EQ(warnings[0].line, 11);

  warnings.clear();
  read("<table><tr><td colspan=\"1000\" rowspan=\"65534\">a</td></tr></table>", &warnings);
  EXPECT_TRUE(warnings.empty());
}

TEST(HtmlTable, SpanningHeaderNamesEveryColumn) {
  const HtmlTable t = read("<table><thead><tr><th colspan=2>Timescale</th></tr></thead><tr><td>a</td><td>b</td></tr></table>");
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"Timescale", "Timescale"}));
}

TEST(HtmlTable, ParagraphsAndBreaksInCells) {
  const HtmlTable t = read("<table><tr><td><p>One</p><p>Two<br>lines</p></td></tr></table>");
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"One\nTwo lines"}));
}

TEST(HtmlTable, CaptionAndNestedTable) {
  const HtmlTable t = read(
      "<table><caption>Table 2</caption><tr><td>a<table><tr><td>inner</td></tr></table></td><td>b</td></tr></table>");
  EXPECT_EQ(t.caption, "Table 2");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"a\ninner", "b"}));
}

TEST(HtmlTable, DoctypeAndEntitiesAreNeverResolved) {
  const HtmlTable t = read(
      "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><table><tr><td>&e;</td></tr></table>");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"&e;"}));
}

TEST(HtmlTable, DeepNestingIsBoundedAndReported) {
  std::string html = "<table><tr><td>";
  for (int i = 0; i < 5000; ++i) html += "<span>";
  html += "deep</td></tr></table>";
  std::vector<Warning> warnings;
  const HtmlTable t = read(html, &warnings);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"deep"}));
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings[0].code, "html-too-deep");
}

// A long table is parsed a slice of rows at a time; nothing about a row may
// depend on where the slices fall: spans carry across, the header section
// is known, lines count from the block, rows of nested tables and of other
// sections stay where they are.
TEST(HtmlTable, LongTablesReadTheSameAcrossSlicesOfRows) {
  // Row r spans its second cell over the next two rows when r is a
  // multiple of 100 or 1024, the size of a slice, so spans cross slices.
  auto spans = [](int r) { return r % 100 == 0 || r % 1024 == 0; };
  auto spanned = [&](int r) { return (r > 1 && spans(r - 1)) || (r > 2 && spans(r - 2)); };
  std::string html = "<table>\n<caption>Register</caption>\n<thead><tr><th>No.<th>Name</thead>\n<tbody>\n";
  constexpr int kRows = 3000;
  for (int r = 1; r <= kRows; ++r) {
    html += "<tr><td>" + std::to_string(r) + "</td>";
    if (spans(r)) {
      html += "<td rowspan=3>span " + std::to_string(r) + "</td>";
    } else if (!spanned(r)) {
      html += "<td>n</td>";
    }
    // After the spanned column: misplaced if a span were lost at a slice.
    html += "<td>t</td>";
    if (r == 1500) html += "<td><table><tr><td>inner</td></tr></table></td>";
    html += "</tr>\n";
    if (r == 2000) html += "</tbody><tbody>\n";
  }
  html += "</tbody></table>";
  std::vector<Warning> warnings;
  const HtmlTable t = read(html, &warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(t.caption, "Register");
  EXPECT_TRUE(t.has_header_row);
  ASSERT_EQ(t.rows.size(), static_cast<std::size_t>(kRows) + 1);
  EXPECT_EQ(t.rows[0].cells.to_strings(), (Cells{"No.", "Name", "", ""}));
  // Row r is at index r and on source line 10 + 3 + r: three lines come
  // before the first data row, and one more after the second <tbody>.
  for (int r = 1; r <= kRows; ++r) {
    const TableRow& row = t.rows[static_cast<std::size_t>(r)];
    ASSERT_EQ(row.cells[0], std::to_string(r));
    ASSERT_EQ(row.line, 10 + 3 + r + (r > 2000 ? 1 : 0)) << r;
    const std::string second = spans(r) ? "span " + std::to_string(r) : spanned(r) ? "" : "n";
    ASSERT_EQ(row.cells[1], second) << r;
    ASSERT_EQ(row.cells[2], "t") << r;
    ASSERT_EQ(row.cells[3], r == 1500 ? "inner" : "") << r;
  }
}

}  // namespace
}  // namespace docket
