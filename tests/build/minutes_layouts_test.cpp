// Minutes in the layouts of councils beyond the seeds' own: each fixture
// under tests/fixtures/minutes_*.md is one family, written for the test.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "docket/docket.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

// Each item's number and the first words of its text.
std::vector<std::pair<std::string, std::string>> numbers_and_starts(const Document& doc, std::size_t words) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Item& item : doc.items) {
    std::size_t end = 0;
    for (std::size_t w = 0; w < words && end != std::string::npos; ++w) end = item.text.find(' ', end + 1);
    out.emplace_back(item.number, item.text.substr(0, end));
  }
  return out;
}

using Starts = std::vector<std::pair<std::string, std::string>>;

TEST(MinutesLayouts, ProposedAndSecondedInProse) {
  const Document doc = parse_text(read_fixture("minutes_irish_proposed_seconded.md"), "minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // The title's date, over three lines, not the date of the minutes confirmed.
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2017-03-14");
  // "And Resolved:" after the movers; each amendment a proposal leads into,
  // under the lettered minute; the resolution announced as passed; the
  // notice of motion seconded below it. "It was agreed that …" in a paper
  // that labels its decisions, and a question, are not decisions.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"1", "the draft Minutes,"},
                                                {"1", "the lands at"},
                                                {"2", "To include an"},
                                                {"a", "the plan for"},
                                                {"5", "I will move"}}));
}

TEST(MinutesLayouts, TableWithResolutionNumbersInTheBusinessCell) {
  const Document doc = parse_text(read_fixture("minutes_table_register.md"), "minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // No meeting date: the title gives none, and the others are of the
  // meeting before, the next one and the signature.
  EXPECT_FALSE(doc.meeting);
  // Each "Resolved NN/NN/N.NN" with the line under it, a payments table
  // flattened into the cell included; "It was agreed that …" as prose in a
  // paper that labels its decisions is none.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"19/09/3.01", "The minutes of"},
                                                {"19/09/4.01", "Payee Net VAT"},
                                                {"19/09/4.02", "It was agreed"}}));
}

TEST(MinutesLayouts, TableWithADecisionColumn) {
  const Document doc = parse_text(read_fixture("minutes_table_decision_column.md"), "minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2023-06-14");
  // A decision cell is the minute's resolution, numbered by the minute, or
  // by its own identifier; an empty cell or a dash is no decision.
  EXPECT_EQ(numbers_and_starts(doc, 3), (Starts{{"31/23", "The minutes were"},
                                                {"32/23", "To offer the"},
                                                {"PA23/06", "the chain be"}}));
  EXPECT_TRUE(doc.items[0].procedural);
}

TEST(MinutesLayouts, ATableOfNumberedRowsWithoutDecisionsIsNoMinutes) {
  // Numbered rows with neither a decision column nor labelled decisions:
  // a work programme, not minutes.
  const Document doc = parse_text(
      "| No. | Task | Owner |\n|---|---|---|\n| 1 | Survey the hedges along the lane | Clerk |\n"
      "| 2 | Order the new notice board | Chair |\n| 3 | Repaint the bus shelter | Clerk |\n");
  EXPECT_NE(doc.kind, DocumentKind::kDecisionRecord);
}

}  // namespace
}  // namespace docket
