#include "html_table.hpp"

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

}  // namespace
}  // namespace docket
