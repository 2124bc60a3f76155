#include "text_arena.hpp"

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

}  // namespace
}  // namespace docket
