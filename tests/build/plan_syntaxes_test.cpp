// Plan tables in the syntaxes beside pipe tables, end to end: each fixture
// is a plan written in one syntax, checked for its items, numbers,
// actions, due dates and leads.
#include <gtest/gtest.h>

#include <string>

#include "docket/docket.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

TEST(PlanSyntaxes, PandocGridTable) {
  const Document doc = parse_text(read_fixture("plan_grid_table.md"), "plan_grid_table.md");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  EXPECT_TRUE(doc.warnings.empty());
  ASSERT_EQ(doc.items.size(), 2u);
  const Item& access = doc.items[0];
  EXPECT_EQ(access.number, "R1");
  EXPECT_EQ(access.text, "Make the town centre easier to reach on foot and by bus.");
  EXPECT_EQ(access.lead, "Head of Highways");
  EXPECT_EQ(action_texts(access),
            (std::vector<std::string>{"Publish a parking strategy", "Consult residents on the strategy"}));
  ASSERT_EQ(access.actions.size(), 2u);
  EXPECT_EQ(date_values(access.actions[0].due), std::vector<std::string>{"2026-06"});
  EXPECT_EQ(date_values(access.actions[1].due), std::vector<std::string>{"2026-09"});
  EXPECT_EQ(access.lines.first, 10);
  const Item& buses = doc.items[1];
  EXPECT_EQ(buses.number, "R2");
  EXPECT_EQ(buses.text, "Cut the cost of the school bus service (\xC2\xA3" "1.2m a year).");
  EXPECT_EQ(buses.lead, "Transport Manager");
  EXPECT_EQ(action_texts(buses),
            (std::vector<std::string>{"Compare the fleet with two neighbours.", "Report the options to Cabinet."}));
  EXPECT_EQ(date_values(buses.due), (std::vector<std::string>{"2026-12", "2027-03"}));
}

// A PDF-to-markdown converter's tables: each a whole HTML document on one
// line, a colspan title row above the header, a recommendation spanning
// its three action rows, the table continued after a page number.
TEST(PlanSyntaxes, OneLineHtmlDocuments) {
  const Document doc = parse_text(read_fixture("plan_mineru_html.md"), "plan_mineru_html.md");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  EXPECT_TRUE(doc.warnings.empty());
  ASSERT_EQ(doc.items.size(), 3u);
  const Item& hours = doc.items[0];
  EXPECT_EQ(hours.number, "1");
  EXPECT_EQ(hours.text, "Open the larger libraries later on weekday evenings");
  EXPECT_EQ(action_texts(hours), (std::vector<std::string>{"Count visitors by hour at each library",
                                                           "Agree new hours with staff", "Publish the new hours"}));
  EXPECT_EQ(date_values(hours.due), (std::vector<std::string>{"2026-05-31", "2026-07", "2026-09"}));
  // The lead spanning two action rows is named once.
  EXPECT_EQ(hours.lead, "Libraries Manager Head of Communities");
  EXPECT_EQ(doc.items[1].number, "2");
  EXPECT_EQ(action_texts(doc.items[1]), std::vector<std::string>{"Draft a booking policy & fees waiver"});
  EXPECT_EQ(date_values(doc.items[1].due), std::vector<std::string>{"2026-12"});
  EXPECT_EQ(doc.items[2].number, "3");
  EXPECT_EQ(doc.items[2].lead, "Head of Communities");
  EXPECT_EQ(doc.items[2].lines.first, 10);
}

// A lead repeated down an item's action rows is one lead.
TEST(PlanSyntaxes, LeadRepeatedDownActionRowsIsNamedOnce) {
  const Document doc = parse_text(
      "| No. | Recommendation | Action | Lead officer | Date |\n|---|---|---|---|---|\n"
      "| 1 | Improve parking | Publish a strategy | Head of Highways | March 2026 |\n"
      "| | | Consult residents | Head of Highways | April 2026 |\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].actions.size(), 2u);
  EXPECT_EQ(doc.items[0].lead, "Head of Highways");
}

// Rows with fewer cells than the header are read by what their cells hold;
// rows with more keep the extra cells; each is reported.
TEST(PlanSyntaxes, RaggedRows) {
  const Document doc = parse_text(read_fixture("plan_ragged_rows.md"), "plan_ragged_rows.md");
  ASSERT_EQ(doc.items.size(), 5u);
  // A RAG word where the date cell is missing is the status, not a date.
  const Item& rounds = doc.items[1];
  EXPECT_EQ(rounds.lead, "Digital Lead");
  EXPECT_EQ(rounds.status, "amber");
  EXPECT_TRUE(rounds.due.empty());
  // A cell past the header is kept, named by its place.
  const Item& bulky = doc.items[2];
  EXPECT_EQ(bulky.status, "red");
  ASSERT_EQ(bulky.extra.size(), 1u);
  EXPECT_EQ(bulky.extra[0], (std::pair<std::string, std::string>{"column 6", "Delayed by procurement"}));
  // A missing lead leaves the lead empty; the date and status stay theirs.
  const Item& vehicles = doc.items[4];
  EXPECT_FALSE(vehicles.lead.has_value());
  EXPECT_EQ(date_values(vehicles.due), std::vector<std::string>{"2026-09"});
  EXPECT_EQ(vehicles.status, "amber");
  std::vector<int> ragged;
  for (const Warning& w : doc.warnings) {
    if (w.code == "ragged-row") ragged.push_back(w.line);
  }
  EXPECT_EQ(ragged, (std::vector<int>{6, 7, 9}));
}

// A tracker with a Cabinet response column beside the action column: the
// action column holds the actions, the verdict is kept beside them, and a
// rejected recommendation has none.
TEST(PlanSyntaxes, TrackerWithResponseAndActionColumns) {
  const Document doc = parse_text(read_fixture("plan_tracker_response.md"), "plan_tracker_response.md");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(action_texts(doc.items[0]), std::vector<std::string>{"Rewrite and publish the policy"});
  EXPECT_EQ(doc.items[0].lead, "Head of Housing");
  EXPECT_EQ(date_values(doc.items[0].due), std::vector<std::string>{"2025-12"});
  EXPECT_EQ(doc.items[0].status, "amber");
  ASSERT_EQ(doc.items[0].extra.size(), 1u);
  EXPECT_EQ(doc.items[0].extra[0].second, "Accepted");
  EXPECT_TRUE(doc.items[1].actions.empty());
  EXPECT_FALSE(doc.items[1].lead.has_value());
  EXPECT_EQ(action_texts(doc.items[2]), std::vector<std::string>{"Add voids to the quarterly report"});
  EXPECT_EQ(date_values(doc.items[2].due), std::vector<std::string>{"2026-06"});
  // A bare verdict in the only response column is no action either.
  const Document verdicts = parse_text(
      "| Rec | Recommendation | Response | Lead | Date |\n|---|---|---|---|---|\n"
      "| 1 | Open later. | Not agreed | | |\n"
      "| 2 | Publish data. | Agreed: data will be published monthly. | Head of IT | May 2026 |\n");
  ASSERT_EQ(verdicts.items.size(), 2u);
  EXPECT_TRUE(verdicts.items[0].actions.empty());
  EXPECT_EQ(verdicts.items[1].actions.size(), 1u);
}

}  // namespace
}  // namespace docket
