// The small text helpers every stage shares.
#include "base/text_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

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

// Words are counted a block of sixteen bytes at a time, with the last block
// overlapping the one before: words and gaps of every kind at every offset
// around those cuts, against a count byte by byte.
TEST(CountWords, CountsAtEveryLengthAndOffsetAsByteByByte) {
  const auto by_bytes = [](std::string_view s) {
    int words = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!is_ascii_space(s[i]) && (i == 0 || is_ascii_space(s[i - 1]))) ++words;
    }
    return words;
  };
  const std::string pieces[] = {"a", "bc", " ", "\t", "\n", "\r", "\f", "\v", "  ", "\x08", "\x0E", "\xC2\xA0", "word"};
  std::uint32_t state = 1;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const std::size_t length = static_cast<std::size_t>(round % 70);
    while (s.size() < length) {
      state = state * 1103515245u + 12345u;
      s += pieces[(state >> 16) % std::size(pieces)];
    }
    const int words = by_bytes(s);
    ASSERT_EQ(count_words(s), words) << '"' << s << '"';
    for (int n = std::max(0, words - 2); n <= words + 1; ++n) {
      ASSERT_EQ(words_at_most(s, n), words <= n) << '"' << s << "\" n=" << n;
    }
  }
}

// The densest text: one-letter words a space apart, n + 1 of them in
// 2n + 1 bytes, the shortest text that holds more than n words.
TEST(WordsAtMost, CountsTheDensestTextJustLongEnoughToHoldMore) {
  std::string s = "a";
  for (int words = 1; words <= 20; ++words, s += " a") {
    for (int n = 0; n <= 21; ++n) {
      ASSERT_EQ(words_at_most(s, n), words <= n) << '"' << s << "\" n=" << n;
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

TEST(CountDigitsAt, CountsTheRunOfDigitsFromThePosition) {
  EXPECT_EQ(count_digits_at("107/20", 0), 3u);
  EXPECT_EQ(count_digits_at("107/20", 3), 0u);
  EXPECT_EQ(count_digits_at("107/20", 4), 2u);
  EXPECT_EQ(count_digits_at("107/20", 6), 0u);  // at the end
  EXPECT_EQ(count_digits_at("107/20", 9), 0u);  // past it
  EXPECT_EQ(count_digits_at("a1b", 0), 0u);
  EXPECT_EQ(count_digits_at("a1b", 1), 1u);
  EXPECT_EQ(count_digits_at("", 0), 0u);
}

// fold_key, fold_key_to and FoldedKey (on the stack, or spilled past 128
// bytes) fold alike: tags of up to 32 bytes dropped, runs of anything but
// letters, digits and non-ASCII bytes made one space, ASCII lowercased.
TEST(FoldKey, FoldsTheSameWhereverTheKeyIsWritten) {
  const std::string tag_of_32_bytes = "a<b" + std::string(29, 'x') + ">c";
  const std::string tag_of_33_bytes = "a<b" + std::string(30, 'x') + ">c";
  const std::pair<std::string, std::string> cases[] = {
      {"", ""},
      {"  ", ""},
      {"<b>No.</b>", "no"},
      {"Lead  Officer:", "lead officer"},
      {"<", ""},
      {"a<", "a"},
      {"<>", ""},
      {"a < b", "a b"},
      {"</td>x", "x"},
      {"<1>", "1"},
      {"Caf\xC3\xA9 \xC2\xA3m", "caf\xC3\xA9 \xC2\xA3m"},
      {tag_of_32_bytes, "a c"},
      {tag_of_33_bytes, "a b" + std::string(30, 'x') + " c"},
      {"x<b<i>y", "x y"},
      {std::string(300, '-') + "End", "end"},
  };
  for (const auto& [text, key] : cases) {
    EXPECT_EQ(fold_key(text), key) << text;
    std::string folded(text.size(), '\0');
    folded.resize(fold_key_to(text, folded.data()));
    EXPECT_EQ(folded, key) << text;
    EXPECT_EQ(FoldedKey(text).view(), key) << text;
  }
}

constexpr std::string_view kIndexedWords[] = {"tel", "telephone", "date", "&", "e-mail", "d"};

TEST(InitialIndex, ContainsAgreesWithALinearSearchIgnoringCase) {
  static constexpr InitialIndex kIndex(kIndexedWords);
  for (std::string_view word : {"tel", "TEL", "Telephone", "telephon", "telephones", "date", "DaTe", "&", "e-mail",
                                "E-MAIL", "email", "d", "D", "", "x", "t", "\xC2\xA3"}) {
    const bool linear = std::any_of(std::begin(kIndexedWords), std::end(kIndexedWords),
                                    [&](std::string_view w) { return iequals(w, word); });
    EXPECT_EQ(kIndex.contains(word), linear) << '"' << word << '"';
  }
}

TEST(InitialIndex, StartsAnyAgreesWithALinearSearchIgnoringCase) {
  static constexpr InitialIndex kIndex(kIndexedWords);
  for (std::string_view text : {"Tel: 01234", "TELEPHONE", "tell me", "te", "Dates", "d", "& more", "e-mai", "E-Mail:",
                                "", "xyz", "\xC2\xA3"}) {
    const bool linear = std::any_of(std::begin(kIndexedWords), std::end(kIndexedWords),
                                    [&](std::string_view w) { return istarts_with(text, w); });
    EXPECT_EQ(kIndex.starts_any(text), linear) << '"' << text << '"';
  }
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

constexpr std::string_view kSomePhrases[] = {"call in deadline", "call in date", "reasons for the decision", "reasons",
                                             "date of decision"};

consteval FirstWords<8> some_first_words() {
  FirstWords<8> words;
  for (const std::string_view phrase : kSomePhrases) words.add_first_word_of(phrase);
  return words;
}

// The index of first words is built from the phrase table itself: each
// word once, in the order first seen, and the longest known.
TEST(FirstWords, EachFirstWordOnceFromThePhrases) {
  static constexpr FirstWords<8> kWords = some_first_words();
  static_assert(kWords.size == 3);
  static_assert(kWords.longest() == 7);
  static constexpr InitialIndex<kWords.size> kIndex(kWords.exactly<kWords.size>());
  EXPECT_TRUE(kIndex.contains("Call"));
  EXPECT_TRUE(kIndex.contains("REASONS"));
  EXPECT_TRUE(kIndex.contains("date"));
  EXPECT_FALSE(kIndex.contains("deadline"));
  EXPECT_FALSE(kIndex.contains("decision"));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// FoldedWords gives fold_key's words, one at a time.
std::string joined_folded_words(std::string_view s) {
  std::string out;
  FoldedWords words(s);
  for (std::string_view word; words.next(word);) {
    if (!out.empty()) out.push_back(' ');
    out.append(word);
  }
  return out;
}

TEST(FoldedWords, GivesTheWordsOfFoldKey) {
  const std::string long_word(70, 'Q');
  for (const std::string& text : std::vector<std::string>{
           "", "   ", "The Minutes be <b>APPROVED</b>.", "a<br/>b", "x < y and <3 hearts", "<p>",
           "Café – naïve “quotes” and 3.5%", "  leading and trailing  ", "one",
           "sub-delegated " + long_word + " powers", long_word, "<a href=\"" + long_word + "\">link</a> text"}) {
    EXPECT_EQ(joined_folded_words(text), fold_key(text)) << text;
  }
}

}  // namespace
}  // namespace docket
