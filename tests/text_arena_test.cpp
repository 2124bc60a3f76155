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
  // Enough text for several chunks, in sizes that straddle chunk ends.
  for (int i = 0; i < 5000; ++i) {
    const std::string text = "text " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), 'x');
    kept.emplace_back(text, arena.copy(text));
  }
  for (const auto& [expected, view] : kept) ASSERT_EQ(view, expected);
  EXPECT_GT(arena.capacity(), 5000u);
}

TEST(TextArena, ALongTextDoesNotWasteTheRoomLeft) {
  TextArena arena;
  const std::string_view small = arena.copy("small");
  const std::string long_text(100000, 'y');
  const std::string_view big = arena.copy(long_text);
  const std::string_view after = arena.copy("after");
  EXPECT_EQ(small, "small");
  EXPECT_EQ(big, long_text);
  EXPECT_EQ(after, "after");
  // The second small copy went into the first chunk, after the first.
  EXPECT_EQ(after.data(), small.data() + small.size());
}

TEST(TextArena, CopiesSurviveAMoveOfTheArena) {
  TextArena arena;
  const std::string_view view = arena.copy("kept across a move");
  TextArena moved = std::move(arena);
  EXPECT_EQ(view, "kept across a move");
  EXPECT_EQ(moved.copy("").size(), 0u);
}

}  // namespace
}  // namespace docket
