// Tables aligned by spaces, as pdftotext -layout writes them: the runs a
// line cuts into, and whole plans read from the fixtures end to end.
#include "layout/text_table.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docket {
namespace {

TEST(TextTable, RunsAreWordsApartBySingleSpacesAndCountCharacters) {
  const std::vector<TextRun> runs = split_text_runs("  Cost \xC2\xA3" "5k  a year     Lead Officer");
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "Cost \xC2\xA3" "5k");
  EXPECT_EQ(runs[0].x, 2);
  EXPECT_EQ(runs[0].end, 10);  // the pound sign is one character
  EXPECT_EQ(runs[1].text, "a year");
  EXPECT_EQ(runs[1].x, 12);
  EXPECT_EQ(runs[2].text, "Lead Officer");
  EXPECT_EQ(runs[2].x, 23);
}

TEST(TextTable, OnlyAHeaderTheTestAcceptsStartsATable) {
  const std::string text = "Name        Place\nAnn         Leeds\n";
  SplitBlocks blocks(text);
  read_text_tables(text, blocks, [](const std::vector<std::string>&) { return false; });
  EXPECT_NE(blocks.front().kind, BlockKind::kTextTable);
  read_text_tables(text, blocks, [](const std::vector<std::string>& names) { return names.size() == 2; });
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks.front().kind, BlockKind::kTextTable);
  ASSERT_EQ(blocks.front().rows.size(), 2u);
  EXPECT_EQ(blocks.front().rows[1].cells.to_strings(), (std::vector<std::string>{"Ann", "Leeds"}));
}

// Only the first words of a block's first line are read before the header
// test is asked: every line whose runs could each be a header's name
// (at most five words) still reaches it, however its words are spaced.
TEST(TextTable, EveryLineOfShortRunsReachesTheHeaderTest) {
  for (std::string_view line : {"Name  Place", "A b c d e  Place", "   A b c d e     Place", "\fName  Place",
                                "A \tb c d e  Place", "A b c d\te  Place", "Name  Lead Officer  Due Date"}) {
    const std::string text = std::string(line) + "\nAnn   Leeds\n";
    SplitBlocks blocks(text);
    std::vector<std::string> asked;
    read_text_tables(text, blocks, [&](const std::vector<std::string>& names) {
      asked = names;
      return false;
    });
    ASSERT_GE(asked.size(), 2u) << line;
    EXPECT_EQ(asked.back(), line.ends_with("Due Date") ? "Due Date" : "Place") << line;
  }
  // A first run of six words, or no gap of two spaces, is no header (the
  // line under it is no header either: a header may stand under a title).
  for (std::string_view line : {"A b c d e f  Place", "Name Place", "Name \tPlace"}) {
    const std::string text = std::string(line) + "\nAnn of Leeds\n";
    SplitBlocks blocks(text);
    bool asked = false;
    read_text_tables(text, blocks, [&](const std::vector<std::string>&) { return asked = true; });
    EXPECT_FALSE(asked) << line;
  }
}

TEST(TextTable, TextBeforeAndAfterTheTableStaysText) {
  const std::string text =
      "Intro line.\n\nIssue raised     Response\nWhy so late?     Staff were away.\n\n\n"
      "  Report Author:           Director:\n  A. Person                 B. Person\n";
  const Document doc = parse_text(text, "t.txt");
  ASSERT_EQ(doc.items.size(), 1u);
  ASSERT_EQ(doc.items[0].actions.size(), 1u);
  EXPECT_EQ(doc.items[0].actions[0].text, "Staff were away.");
}

// Questions beside prose answers, a page break with the header repeated,
// a small table inside an answer, an answer going on at the page's margin,
// a page number, the margin moving, and a contact block after the table.
TEST(TextTable, ExecutiveResponseInTwoColumns) {
  const Document doc = parse_text(read_fixture("plan_text_response.txt"), "plan_text_response.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 4u);
  const char* starts[] = {"Why were the evening hours cut at the town library before the survey closed?",
                          "Can volunteers keep the reading room open on Thursday evenings?",
                          "What will the change save each year, and where will the saving go?",
                          "How were residents told of the change?"};
  for (std::size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(doc.items[i].text, starts[i]);
    EXPECT_EQ(doc.items[i].type, ItemType::kRecommendation);
    ASSERT_EQ(doc.items[i].actions.size(), 1u);
    EXPECT_TRUE(doc.items[i].due.empty());
    EXPECT_FALSE(doc.items[i].lead.has_value());
  }
  EXPECT_NE(doc.items[0].actions[0].text.find("\nThe survey closed"), std::string::npos);
  EXPECT_NE(doc.items[1].actions[0].text.find("2. Thursday"), std::string::npos);
  EXPECT_NE(doc.items[2].actions[0].text.find("Village 3"), std::string::npos);
  EXPECT_NE(doc.items[2].actions[0].text.find("book fund"), std::string::npos);
  EXPECT_EQ(doc.items[3].actions[0].text.find("Author"), std::string::npos);
  EXPECT_EQ(doc.items[2].actions[0].text.find("Question raised"), std::string::npos);
}

// Reference, recommendation, lead and date columns; cells wrapped onto
// lines whose reference is blank; the header repeated on a page whose
// margin moved.
TEST(TextTable, NumberedPlanWithLeadsAndDates) {
  const Document doc = parse_text(read_fixture("plan_text_numbered.txt"), "plan_text_numbered.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[0].number, "P1");
  EXPECT_EQ(doc.items[0].text, "Publish a tree planting plan for every ward");
  EXPECT_EQ(doc.items[0].lead, "Head of Parks");
  EXPECT_EQ(date_values(doc.items[0].due), (std::vector<std::string>{"2025-03"}));
  EXPECT_EQ(doc.items[1].number, "P2");
  EXPECT_EQ(doc.items[1].lead, "Parks Manager (North)");
  EXPECT_EQ(doc.items[1].text, "Survey the condition of all play areas and report the results");
  EXPECT_EQ(doc.items[2].number, "P3");
  EXPECT_EQ(doc.items[2].lead, "Community Officer");
  EXPECT_TRUE(date_values(doc.items[2].due).empty());
  EXPECT_EQ(doc.items[3].number, "P4");
  EXPECT_EQ(date_values(doc.items[3].due), (std::vector<std::string>{"2025-10-31"}));
  EXPECT_TRUE(doc.warnings.empty());
}

}  // namespace
}  // namespace docket
