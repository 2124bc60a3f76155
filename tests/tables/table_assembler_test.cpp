#include "tables/table_assembler.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docket {
namespace {

std::vector<LogicalTable> assemble(std::string_view text) {
  SplitBlocks blocks(text);
  return assemble_tables(blocks);
}

constexpr std::string_view kHeader = "| No. | Recommendation | Lead | Date |\n|---|---|---|---|\n";

TEST(TableAssembler, RepeatedHeaderContinuesTheTable) {
  const std::string text = std::string(kHeader) + "| 1 | a | x | 2015 |\n\nDraft 1 01.01.15\n\n" +
                           "| <b>NO.</b> | <b>Recommendation</b> | <b>Lead</b> | <b>Date</b> |\n|---|---|---|---|\n"
                           "| 2 | b | y | 2016 |\n";
  SplitBlocks blocks(text);
  const auto tables = assemble_tables(blocks);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].fragments, 2);
  EXPECT_TRUE(tables[0].is_plan);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(tables[0].rows[1].cells[0], "2");
  EXPECT_EQ(tables[0].lines.first, 1);
  EXPECT_EQ(tables[0].lines.last, 9);
  // The footer between the fragments is debris even though it occurs once.
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kParagraph) {
      EXPECT_TRUE(b.debris) << b.text;
    }
  }
}

TEST(TableAssembler, EachFragmentIsComparedWithTheHeaderOfTheTableBeforeIt) {
  const std::string other_header = "| Ref | Action | Officer | Deadline |\n|---|---|---|---|\n";
  const auto tables = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n3\n\n" + std::string(kHeader) +
                               "| 2 | b | y | 2016 |\n\n" + other_header + "| 1 | c | z | 2017 |\n\n4\n\n" + other_header +
                               "| 2 | d | w | 2018 |\n\n5\n\n" + std::string(kHeader) + "| 1 | e | v | 2019 |\n");
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_EQ(tables[0].fragments, 2);
  EXPECT_EQ(tables[1].fragments, 2);
  EXPECT_EQ(tables[1].header[1], "Action");
  EXPECT_EQ(tables[2].fragments, 1);
  EXPECT_EQ(tables[2].header[1], "Recommendation");
}

// A header repeated partly as written and partly otherwise (case, markup)
// is still the header; a marked first row that repeats some header cells
// as written and differs in another is no repeat: it heads a table of its
// own.
TEST(TableAssembler, AHeaderRepeatedPartlyAsWrittenIsTheHeader) {
  const auto repeated = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n3\n\n" +
                                 "| No. | <b>RECOMMENDATION</b> | Lead | Date |\n|---|---|---|---|\n| 2 | b | y | 2016 |\n");
  ASSERT_EQ(repeated.size(), 1u);
  EXPECT_EQ(repeated[0].fragments, 2);
  ASSERT_EQ(repeated[0].rows.size(), 2u);
  EXPECT_EQ(repeated[0].rows[1].cells[0], "2");
  const auto data = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n3\n\n" +
                             "| No. | Recommendation | Lead | 2016 |\n|---|---|---|---|\n| 2 | b | y | 2016 |\n");
  ASSERT_EQ(data.size(), 2u);
  EXPECT_EQ(data[0].fragments, 1);
  EXPECT_EQ(data[1].header[3], "2016");
}

TEST(TableAssembler, FragmentWithoutHeaderAndSameWidthContinues) {
  const auto tables = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n3\n\n| 2 | b | y | 2016 |\n| 3 | c | z | 2017 |\n");
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows.size(), 3u);
}

TEST(TableAssembler, ADifferentHeaderStartsANewTable) {
  const auto tables = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n| Year | Cost |\n|---|---|\n| 2015 | 5 |\n");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_TRUE(tables[0].is_plan);
  EXPECT_FALSE(tables[1].is_plan);
  EXPECT_EQ(tables[1].header, (std::vector<std::string>{"Year", "Cost"}));
}

TEST(TableAssembler, ProseOrAHeadingBetweenTablesKeepsThemApart) {
  const auto prose = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\nThe second plan follows, agreed in May.\n\n" +
                              std::string(kHeader) + "| 1 | b | y | 2016 |\n");
  EXPECT_EQ(prose.size(), 2u);
  const auto heading = assemble(std::string(kHeader) + "| 1 | a | x | 2015 |\n\n## Housing\n\n" + std::string(kHeader) +
                                "| 1 | b | y | 2016 |\n");
  EXPECT_EQ(heading.size(), 2u);
}

TEST(TableAssembler, CaptionsOfDataTables) {
  const auto tables = assemble("Table 6\n\nYear\tPlan\tCount\n2012/13\t\t305\n\nTable 7\n\nYear\tCost\tSaving\n2013/14\t\xC2\xA3" "1m\t\n");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].caption, "Table 6");
  EXPECT_EQ(tables[1].caption, "Table 7");
  EXPECT_EQ(tables[0].header, (std::vector<std::string>{"Year", "Plan", "Count"}));
  EXPECT_EQ(tables[1].rows.size(), 1u);
}

// A title across the top of the table (a colspan) is its caption; the
// header is the row below.
TEST(TableAssembler, TitleRowAboveTheHeader) {
  const auto tables = assemble(
      "<table><tr><td colspan=\"3\">Action plan</td></tr><tr><td>No.</td><td>Action</td><td>Lead</td></tr>"
      "<tr><td>1</td><td>Go</td><td>Jo</td></tr></table>\n");
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].caption, "Action plan");
  EXPECT_EQ(tables[0].header, (std::vector<std::string>{"No.", "Action", "Lead"}));
  EXPECT_TRUE(tables[0].is_plan);
  ASSERT_EQ(tables[0].rows.size(), 1u);
  // Above a row that names no columns, it is an ordinary row.
  const auto data = assemble("| Note | | |\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n");
  ASSERT_EQ(data.size(), 1u);
  EXPECT_TRUE(data[0].header.empty());
  EXPECT_EQ(data[0].rows.size(), 3u);
}

}  // namespace
}  // namespace docket
