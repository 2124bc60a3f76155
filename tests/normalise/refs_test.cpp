#include "normalise/refs.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

using Refs = std::vector<std::string>;

TEST(Refs, Sections) {
  EXPECT_EQ(find_refs("as outlined in section 6.1.1 of the report."), (Refs{"6.1.1"}));
  EXPECT_EQ(find_refs("as outlined in section 6.1.16. of the report."), (Refs{"6.1.16"}));
  EXPECT_EQ(find_refs("as outlined in sections 6.1.10 - 6.1.13 of the report"), (Refs{"6.1.10-6.1.13"}));
  EXPECT_EQ(find_refs("sections 6.2.1 \xE2\x80\x93 6.2.4"), (Refs{"6.2.1-6.2.4"}));
  EXPECT_EQ(find_refs("paragraphs 4.2 and 4.3, and para. 7"), (Refs{"4.2", "4.3", "7"}));
}

TEST(Refs, Appendices) {
  EXPECT_EQ(find_refs("option B (appendix 3 to the report) be adopted"), (Refs{"appendix 3"}));
  EXPECT_EQ(find_refs("See Appendix A and Annex 2"), (Refs{"appendix a", "annex 2"}));
  EXPECT_EQ(find_refs("appendices 1 and 2"), (Refs{"appendix 1", "appendix 2"}));
}

TEST(Refs, NothingCitedGivesNothing) {
  EXPECT_TRUE(find_refs("the report be noted").empty());
  EXPECT_TRUE(find_refs("a section of the community").empty());
  EXPECT_TRUE(find_refs("appendix to follow").empty());
}

TEST(Refs, RepeatsAreListedOnce) {
  EXPECT_EQ(find_refs("section 6.1.10 and again section 6.1.10"), (Refs{"6.1.10"}));
}

// Reference words are found by their first letters sixteen bytes at a
// time, so each case is tried at every offset around a block boundary.
TEST(Refs, ReferenceWordsAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string before(offset, 'x');
    const std::string spaced = offset == 0 ? "" : before.substr(1) + " ";
    EXPECT_EQ(find_refs(spaced + "Section 6.1"), (Refs{"6.1"})) << offset;
    EXPECT_EQ(find_refs(spaced + "PARAS 4 and 5"), (Refs{"4", "5"})) << offset;
    EXPECT_EQ(find_refs(spaced + "(Appendix A)"), (Refs{"appendix a"})) << offset;
    EXPECT_EQ(find_refs(spaced + "schedule 2"), (Refs{"schedule 2"})) << offset;
    EXPECT_EQ(find_refs(spaced + "Annexes 1 & 2"), (Refs{"annex 1", "annex 2"})) << offset;
    // Not at the start of a word: glued to letters or digits before it.
    EXPECT_TRUE(find_refs(before + "zsection 6.1").empty()) << offset;
    EXPECT_TRUE(find_refs(spaced + "6section 6.1").empty()) << offset;
    EXPECT_TRUE(find_refs(spaced + "subsection 6.1").empty()) << offset;
    // A word that shares a first letter or a stem but is not a reference word.
    EXPECT_TRUE(find_refs(spaced + "sec 6.1 secure 6.2 pa 3 parish 4 apple 5").empty()) << offset;
  }
}

TEST(Refs, WordsInsideAReadListAreNotLookedAtAgain) {
  // "and" and "section" inside the list belong to it.
  EXPECT_EQ(find_refs("sections 4.2 and 4.3 section 5"), (Refs{"4.2", "4.3", "5"}));
  EXPECT_EQ(find_refs("section 6.1abc section 7"), (Refs{"6.1", "7"}));
}

}  // namespace
}  // namespace docket
