// The small text helpers every stage shares.
#include "text_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

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

TEST(FoldKeyTo, AgreesWithFoldKey) {
  // fold_key skips a tag of up to 32 bytes.
  const std::string tag_of_32_bytes = "a<b" + std::string(29, 'x') + ">c";
  const std::string tag_of_33_bytes = "a<b" + std::string(30, 'x') + ">c";
  for (const std::string& s :
       {std::string(), std::string("  "), std::string("<b>No.</b>"), std::string("Lead  Officer:"), std::string("<"),
        std::string("a<"), std::string("<>"), std::string("a < b"), std::string("</td>x"), std::string("<1>"),
        std::string("Caf\xC3\xA9 \xC2\xA3m"), tag_of_32_bytes, tag_of_33_bytes, std::string("x<b<i>y"),
        std::string(300, '-') + "End"}) {
    std::string folded(s.size(), '\0');
    folded.resize(fold_key_to(s, folded.data()));
    EXPECT_EQ(folded, fold_key(s)) << s;
    EXPECT_EQ(FoldedKey(s).view(), fold_key(s)) << s;
  }
  EXPECT_EQ(fold_key(tag_of_32_bytes), "a c");
  EXPECT_EQ(fold_key(tag_of_33_bytes), "a b" + std::string(30, 'x') + " c");
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
