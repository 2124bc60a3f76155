// Page furniture among the blocks: page numbers, and short lines that
// recur on several pages with the page number changing.
#include "layout/page_debris.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

std::vector<std::string> debris_texts(const std::string& text) {
  const SplitBlocks blocks(text);
  std::vector<std::string> out;
  for (const Block& b : blocks) {
    if (b.debris) out.emplace_back(b.text);
  }
  return out;
}

TEST(PageDebris, LonePageNumbers) {
  EXPECT_TRUE(is_page_number("3"));
  EXPECT_TRUE(is_page_number("- 3 -"));
  EXPECT_TRUE(is_page_number("Page 3 of 9"));
  EXPECT_TRUE(is_page_number("3/9"));
  EXPECT_FALSE(is_page_number("Page three"));
  EXPECT_FALSE(is_page_number("3 weeks"));
}

TEST(PageDebris, RunningHeadersWithThePageNumberAtEitherEnd) {
  EXPECT_EQ(debris_texts("Draft 5 19.04.10 2\n\nThe works went ahead.\n\nDraft 5 19.04.10 3\n\nThey ended.\n"),
            (std::vector<std::string>{"Draft 5 19.04.10 2", "Draft 5 19.04.10 3"}));
  // "Page N" first, the title and date after it.
  EXPECT_EQ(debris_texts("Page 2 – Minutes – May 4, 2021\n\nThe works went ahead.\n\n"
                         "Page 3 – Minutes – May 4, 2021\n\nThey ended.\n"),
            (std::vector<std::string>{"Page 2 – Minutes – May 4, 2021", "Page 3 – Minutes – May 4, 2021"}));
  // And last, where "Page" stays in every page's key alike.
  EXPECT_EQ(debris_texts("Minutes of May 4, 2021 – Page 2\n\nThe works went ahead.\n\n"
                         "Minutes of May 4, 2021 – Page 3\n\nThey ended.\n"),
            (std::vector<std::string>{"Minutes of May 4, 2021 – Page 2", "Minutes of May 4, 2021 – Page 3"}));
  // Said once, a line like it is the paper's own.
  EXPECT_TRUE(debris_texts("Page 2 – Minutes – May 4, 2021\n\nThe works went ahead.\n").empty());
}

TEST(PageDebris, RunningHeadersInsideParagraphsAreCutOut) {
  const std::string text =
      "The clerk read the letter from the\nPage 2 – Minutes – May 4, 2021\nschool about the crossing.\n\n"
      "The council noted the report of\nPage 3 – Minutes – May 4, 2021\nthe treasurer.\n";
  const SplitBlocks blocks(text);
  std::vector<std::string> texts;
  std::vector<int> first_lines;
  for (const Block& b : blocks) {
    texts.push_back((b.debris ? "debris: " : "") + std::string(b.text));
    first_lines.push_back(b.lines.first);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"The clerk read the letter from the", "debris: Page 2 – Minutes – May 4, 2021",
                                             "school about the crossing.", "The council noted the report of",
                                             "debris: Page 3 – Minutes – May 4, 2021", "the treasurer."}));
  EXPECT_EQ(first_lines, (std::vector<int>{1, 2, 3, 5, 6, 7}));
  // Once in a paper, such a line is left where it is.
  EXPECT_TRUE(debris_texts("The clerk read the letter from the\nPage 2 – Minutes – May 4, 2021\nschool.\n").empty());
}

TEST(PageDebris, ResolutionsReadOnThroughARunningHeader) {
  const Document doc = parse_text(read_fixture("decision_running_header_inside.txt"), "minutes.txt");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[1].text,
            "we pass By-Law Number 2021-14, being a By-Law to set the fees for the hire of the Community Hall and to "
            "repeal all earlier by-laws on the same matter as presented by the Clerk. Read a first, second and third "
            "time and passed this 4th day of May, 2021. Carried.");
  EXPECT_EQ(doc.items[2].text,
            "the statement of accounts be approved as presented by the Treasurer to this meeting of Council. Carried.");
  EXPECT_EQ(doc.items[2].lines.first, 19);
  EXPECT_EQ(doc.items[2].lines.last, 22);
}

}  // namespace
}  // namespace docket
