#include "base/text_arena.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docket {
namespace {

TEST(TextArena, CopiesStayValidAsTheArenaGrows) {
  TextArena arena;
  std::vector<std::pair<std::string, std::string_view>> kept;
  // Enough text for several allocations, in sizes that straddle their ends,
  // and some texts longer than any allocation so far.
  for (int i = 0; i < 5000; ++i) {
    const std::size_t extra = i % 500 == 0 ? 100000 : static_cast<std::size_t>(i % 97);
    const std::string text = "text " + std::to_string(i) + std::string(extra, 'x');
    kept.emplace_back(text, arena.copy(text));
  }
  for (const auto& [expected, view] : kept) ASSERT_EQ(view, expected);
}

TEST(TextArena, AnEmptyTextTakesNoRoom) {
  TextArena arena;
  const std::string_view first = arena.copy("first");
  EXPECT_TRUE(arena.copy("").empty());
  const std::string_view after = arena.copy("after");
  EXPECT_EQ(first, "first");
  EXPECT_EQ(after.data(), first.data() + first.size());
}

// An adopted text is the string's own bytes, not a copy, and stays valid
// as more are adopted and copied.
TEST(TextArena, AdoptedTextsAreKeptNotCopied) {
  TextArena arena;
  std::vector<std::pair<std::string, std::string_view>> kept;
  for (int i = 0; i < 100; ++i) {
    std::string text = "adopted " + std::to_string(i) + std::string(static_cast<std::size_t>(i) * 1000, 'y');
    const std::string expected = text;
    const char* bytes = text.data();
    const std::string_view view = arena.adopt(std::move(text));
    if (expected.size() > 15) {
      EXPECT_EQ(view.data(), bytes);  // a short string's bytes are in the string itself
    }
    kept.emplace_back(expected, view);
    arena.copy("between");
  }
  for (const auto& [expected, view] : kept) ASSERT_EQ(view, expected);
  EXPECT_TRUE(arena.adopt(std::string()).empty());
}

}  // namespace
}  // namespace docket
