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

}  // namespace
}  // namespace docket
