#include "refs.hpp"

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

}  // namespace
}  // namespace docket
