// The vector scans of base/byte_scan.hpp, each against its plain twin (a
// byte at a time) on generated text at every length and offset around the
// edges of its sixteen-byte blocks.
#include "base/byte_scan.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "base/text_util.hpp"

namespace docket {
namespace {

// kMatchesEveryPair covers every pair of bytes: a pair test that fails on
// one pair alone, in the ASCII ranges or beside a high byte, fails it.
constexpr bool every_pair(int, int) { return true; }
constexpr bool all_but_a_pair_of_letters(int c, int next) { return !(c == 'q' && next == 'z'); }
constexpr bool all_but_after_a_high_byte(int c, int next) { return !(c == 0xE9 && next == 'a'); }
constexpr bool all_but_before_a_high_byte(int c, int next) { return !(c == 0x01 && next == 0xFA); }
static_assert(kMatchesEveryPair<every_pair>);
static_assert(!kMatchesEveryPair<all_but_a_pair_of_letters>);
static_assert(!kMatchesEveryPair<all_but_after_a_high_byte>);
static_assert(!kMatchesEveryPair<all_but_before_a_high_byte>);

// any_marked reads short strings as one block of repeated bytes and the
// tail of a long one as an overlapping block, so each length is tried with
// the marked byte at every position and with no marked byte at all.
TEST(AnyMarked, AgreesWithFindMarkedAtEveryLengthAndPosition) {
  const auto is_marked = [](auto b) { return (b == '"') | (b < 0x20) | (b >= 0x80); };
  for (std::size_t n = 0; n <= 50; ++n) {
    const std::string plain(n, 'x');
    EXPECT_FALSE(any_marked(plain, is_marked)) << n;
    for (std::size_t at = 0; at < n; ++at) {
      for (const char marked : {'"', '\0', '\x1F', '\x80', '\xFF'}) {
        std::string text = plain;
        text[at] = marked;
        EXPECT_EQ(find_marked(text, 0, is_marked), at) << n << " " << at;
        EXPECT_TRUE(any_marked(text, is_marked)) << n << " " << at;
      }
    }
  }
}

// find_marked_word_start tests sixteen bytes at a time, each against the
// byte before it, so a word start is tried at every position of strings of
// every length, after each kind of byte that does or does not end a word.
TEST(FindMarkedWordStart, AgreesWithAByteByByteScan) {
  const auto is_marked = [](auto b) { return (b == 'q') | (b == '7'); };
  const auto expected = [](std::string_view s, std::size_t from) {
    for (std::size_t i = from; i < s.size(); ++i) {
      const bool word_start = i == 0 || !(is_ascii_alpha(s[i - 1]) || is_ascii_digit(s[i - 1]));
      if ((s[i] == 'q' || s[i] == '7') && word_start) return i;
    }
    return s.size();
  };
  for (std::size_t n = 0; n <= 40; ++n) {
    for (std::size_t at = 0; at < n; ++at) {
      for (const char before : {' ', '.', 'a', 'Z', '0', '9', '@', '[', '`', '{', '/', ':', '\xC2', '\x80'}) {
        for (const char marked : {'q', '7'}) {
          std::string text(n, 'x');
          text[at] = marked;
          if (at > 0) text[at - 1] = before;
          for (std::size_t from = 0; from <= n; from += (n < 20 ? 1 : 7)) {
            EXPECT_EQ(find_marked_word_start(text, from, is_marked), expected(text, from))
                << n << " " << at << " " << before << " " << from;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace docket
