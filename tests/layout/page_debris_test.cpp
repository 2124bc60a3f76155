// Page furniture among the blocks: page numbers, and short lines that
// recur on several pages with the page number changing.
#include "layout/page_debris.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace docket
