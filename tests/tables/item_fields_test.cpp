// Field lines under a plan item written as a list: "Lead: …",
// "Timescale: …", named as a table would name its columns.
#include "tables/item_fields.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "test_support.hpp"

namespace docket {
namespace {

TEST(ItemFields, LabelsThatNameAColumn) {
  const auto lead = read_item_field("   Lead officer: Head of Estates");
  ASSERT_TRUE(lead.has_value());
  EXPECT_EQ(lead->role, ColumnRole::kLead);
  EXPECT_EQ(lead->value, "Head of Estates");
  const auto due = read_item_field("**Timescale:** March 2027");
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->role, ColumnRole::kDue);
  EXPECT_EQ(due->value, "March 2027");
  EXPECT_EQ(read_item_field("Target date:")->value, "");
  EXPECT_EQ(read_item_field("Status: Green")->role, ColumnRole::kStatus);
}

TEST(ItemFields, TextThatIsNoField) {
  // A colon in running text, a label too long to be a column's name, a
  // column that is not a field of an item, a number before the colon.
  EXPECT_FALSE(read_item_field("The council agreed the following: to review the leases").has_value());
  EXPECT_FALSE(read_item_field("Who will lead the work on the new allotment leases: the estates team").has_value());
  EXPECT_FALSE(read_item_field("Note: the survey closed early").has_value());
  EXPECT_FALSE(read_item_field("Action: review the leases").has_value());
  EXPECT_FALSE(read_item_field("10:30 Lead officer arrives").has_value());
  EXPECT_FALSE(read_item_field("No colon here").has_value());
}

TEST(ItemFields, ANumberedListWithFieldLinesUnderItsItems) {
  SplitBlocks listed("1. Review the leases\n   Lead: Estates\n\n2. Clean the shelters\n   Timescale: May 2027\n");
  EXPECT_TRUE(lists_items_with_fields(listed));
  EXPECT_EQ(first_field_line(listed[0], 1, kLastFieldLineTried), 1u);
  EXPECT_EQ(first_field_line(listed[0], 2, kLastFieldLineTried), kNoFieldLine);
  // One item with a field is a note, not a pattern; a field on the item's
  // own first line is its text.
  SplitBlocks one("1. Review the leases\n   Lead: Estates\n\n2. Clean the shelters\n");
  EXPECT_FALSE(lists_items_with_fields(one));
  SplitBlocks first_lines("1. Lead: Estates\n\n2. Lead: Transport\n");
  EXPECT_FALSE(lists_items_with_fields(first_lines));
  // A first line with trailing spaces is still one line: the field line
  // is the second, as the block's lines are read.
  SplitBlocks trailing("1. Review the leases   \n   Lead: Estates\n");
  EXPECT_EQ(first_field_line(trailing[0], 1, kLastFieldLineTried), 1u);
}

// Lines that continue items lazily, at the margin, among field lines (an
// input the fuzzer made of a fixture): the lines cut from a block's text
// and its lines as read did not count alike, and the second were read past
// their end.
TEST(ItemFields, LazyContinuationLinesAmongFieldLinesAreReadWithinTheBlock) {
  std::ifstream in(std::string(DOCKET_SOURCE_DIR) + "/tests/fuzz/regressions/extract/item-fields-lazy-continuation",
                   std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(text.empty());
  SplitBlocks blocks(text);
  EXPECT_NO_THROW(lists_items_with_fields(blocks));
}

}  // namespace
}  // namespace docket
