// Response papers in running text: labelled boxes of numbered
// recommendations, each box answered in prose.
#include "build/response_builder.hpp"

#include <gtest/gtest.h>

#include "recognise/response_paper.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

TEST(ResponsePaper, LabelsAndTheNumbersTheyCarry) {
  ASSERT_TRUE(read_recommendation_label("Committee Recommendation").has_value());
  EXPECT_FALSE(read_recommendation_label("Committee Recommendation").value().number.has_value());
  const auto carried = read_recommendation_label("Panel Recommendation 8.3. We acknowledge the point");
  ASSERT_TRUE(carried && carried->number);
  EXPECT_EQ(carried->number->label, "8.3");
  EXPECT_EQ(carried->rest, "We acknowledge the point");
  const auto named = read_recommendation_label("Recommendation 4: Publish the list");
  ASSERT_TRUE(named && named->number);
  EXPECT_EQ(named->number->label, "4");
  EXPECT_EQ(named->rest, "Publish the list");
  EXPECT_TRUE(read_recommendation_label("Inquiry Recommendation Weight management").has_value());
  // Prose that mentions a recommendation is no label.
  EXPECT_FALSE(read_recommendation_label("Recommendation 4 was accepted by the Cabinet last year.").has_value());
  EXPECT_FALSE(read_recommendation_label("We agree. The recommendation 4.").has_value());
  EXPECT_FALSE(read_recommendation_label("The council agreed the recommendation to publish the figures.").has_value());
}

TEST(ResponsePaper, ARecommendationsHeadingAloneMakesNoResponsePaper) {
  const std::string text = "Recommendations\n\nThat the report be noted.\n\nRecommendations\n\nThat the fees rise.\n";
  SplitBlocks blocks(text);
  EXPECT_FALSE(looks_like_response_paper(blocks));
}

// A box of one, a box of two answered together (with bullets inside the
// second), a label with a subject title, and boxes left unanswered.
TEST(ResponsePaper, BoxesOfRecommendationsAnsweredInProse) {
  const Document doc = parse_text(read_fixture("plan_response_boxes.txt"), "plan_response_boxes.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  std::vector<std::string> numbers;
  for (const Item& i : doc.items) numbers.push_back(i.number);
  ASSERT_EQ(numbers, (std::vector<std::string>{"4.1", "4.2", "4.3", "4.4", "4.5"}));
  for (const Item& i : doc.items) EXPECT_EQ(i.type, ItemType::kRecommendation);
  EXPECT_EQ(doc.items[0].text,
            "The council should publish the number of free spaces in each car park on its website, updated every "
            "hour (paragraph 3.2).");
  ASSERT_EQ(doc.items[0].actions.size(), 1u);
  EXPECT_NE(doc.items[0].actions[0].text.find("live feed"), std::string::npos);
  ASSERT_EQ(doc.items[1].actions.size(), 1u);
  ASSERT_EQ(doc.items[2].actions.size(), 1u);
  EXPECT_EQ(doc.items[1].actions[0].text, doc.items[2].actions[0].text);
  EXPECT_NE(doc.items[2].text.find("season tickets"), std::string::npos);
  EXPECT_EQ(doc.items[3].text.rfind("The number of disabled bays", 0), 0u);
  EXPECT_TRUE(doc.items[3].actions.empty());
  EXPECT_TRUE(doc.items[4].actions.empty());
  for (const Item& i : doc.items) EXPECT_TRUE(i.due.empty());
}

// A label and its number alone on a line ("Recommendation 1"), the
// recommendation on the lines under it, then a "Response" line over the
// answer.
TEST(ResponsePaper, LabelLinesAndResponseLines) {
  const Document doc = parse_text(read_fixture("plan_response_label_lines.txt"), "plan_response_label_lines.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_EQ(doc.items[0].text, "That the council publishes the waiting list for each allotment site.");
  ASSERT_EQ(doc.items[1].actions.size(), 1u);
  // The label goes; the answer stays.
  EXPECT_EQ(doc.items[1].actions[0].text, "Not agreed. Rents will rise with inflation as set out in the budget.");
  EXPECT_EQ(doc.items[2].lines.last, 19);
}

// Numbered recommendations with no label over them, each answered under a
// "… response:" label: each is a box of its own.
TEST(ResponsePaper, NumberedRecommendationsEachWithAResponseLabel) {
  const Document doc = parse_text(read_fixture("plan_response_numbered.txt"), "plan_response_numbered.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[2].number, "3");
  EXPECT_EQ(doc.items[2].text, "Fixed penalty fines should double.");
  for (const Item& i : doc.items) ASSERT_EQ(i.actions.size(), 1u) << i.number;
  EXPECT_EQ(doc.items[0].actions[0].text, "Agreed. Twenty new bins will be installed by June 2026.");
  // A date in a response is no due date.
  for (const Item& i : doc.items) EXPECT_TRUE(i.due.empty());
}

TEST(ResponsePaper, ResponseLabels) {
  SplitBlocks blocks("Government Response\nWe agree.\n\nExecutive response: Agreed.\n\nThe response was late.\n\nOur response, in short: yes.\n");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(response_label_length(blocks[0]), 19u);
  EXPECT_EQ(response_label_length(blocks[1]), 19u);
  EXPECT_EQ(response_label_length(blocks[2]), 0u);
  EXPECT_EQ(response_label_length(blocks[3]), 0u);
}

}  // namespace
}  // namespace docket
