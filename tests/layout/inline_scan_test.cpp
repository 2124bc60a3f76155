#include "layout/inline_scan.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace docket::inline_markup {
namespace {

// The vector scan against its plain twin on generated text: every length up
// to a few blocks, every start, bytes from each class the scan tells apart
// (word bytes, spaces, newlines, markup, controls, DEL, bytes past ASCII,
// and the neighbours of the approximate ranges).
TEST(InlineScanTest, FindAttentionAgreesWithItsPlainTwin) {
  const std::string palette = std::string("abcXYZ09.,;:()-/'\"!?#%+=~`{|}@$", 31) + "   " + "\n\t\r\f\x7F" +
                              "[\\]^_<&*>" + "\x80\xC2\xA3\xE2\x80\x99\xFF" + std::string(1, '\0');
  std::uint32_t state = 2024;
  const auto next = [&state](std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  int compared = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::size_t length = next(70);
    std::string text;
    // Mostly word bytes, as in a paper, so that runs span whole blocks.
    for (std::size_t i = 0; i < length; ++i) {
      text += next(4) == 0 ? palette[next(static_cast<std::uint32_t>(palette.size()))] : static_cast<char>('a' + next(26));
    }
    // The scan's contract: the text does not end in a space.
    while (!text.empty() && text.back() == ' ') text.pop_back();
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* p = begin; p <= end; ++p) {
      ASSERT_EQ(find_attention(begin, p, end) - begin, find_attention_plain(p, end) - begin)
          << "text: " << text << " from " << (p - begin);
      ++compared;
    }
  }
  EXPECT_GT(compared, 100000);
}

}  // namespace
}  // namespace docket::inline_markup
