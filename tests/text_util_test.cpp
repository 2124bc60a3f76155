// The small text helpers every stage shares.
#include "text_util.hpp"

#include <gtest/gtest.h>

#include <string>

namespace docket {
namespace {

TEST(CountWords, SplitsOnAnyAsciiWhitespace) {
  EXPECT_EQ(count_words(""), 0);
  EXPECT_EQ(count_words("   "), 0);
  EXPECT_EQ(count_words("one"), 1);
  EXPECT_EQ(count_words("  one\ttwo\nthree  "), 3);
}

TEST(WordsAtMost, AgreesWithCountWordsAtEveryLimit) {
  for (const std::string s : {"", " ", "a", "a b", " a  b\tc\n", "one two three four five six"}) {
    for (int n = 0; n <= 7; ++n) {
      EXPECT_EQ(words_at_most(s, n), count_words(s) <= n) << '"' << s << "\" n=" << n;
    }
  }
}

TEST(WordsAtMost, HandlesAParagraphOfAMillionWords) {
  // Judged on its first thirteen words when the limit is twelve.
  std::string long_text;
  for (int i = 0; i < 1000000; ++i) long_text += "word ";
  EXPECT_FALSE(words_at_most(long_text, 12));
  EXPECT_TRUE(words_at_most(long_text, 1000000));
}

}  // namespace
}  // namespace docket
