// The words that open recitals and the enacting clause after them.
#include <gtest/gtest.h>

#include <string>

#include "recognise/recitals.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

TEST(Recitals, OpeningWords) {
  EXPECT_TRUE(opens_recital("WHEREAS the bridge is closed;"));
  EXPECT_TRUE(opens_recital("And whereas the county will help;"));
  EXPECT_TRUE(opens_recital("  AND WHEREAS, further, the cost is shared;"));
  EXPECT_FALSE(opens_recital("Whereabouts of the mayor were unknown."));
  EXPECT_FALSE(opens_recital("The clerk read the whereas clauses."));
}

TEST(Recitals, OpeningWordsAfterMarksAndInAnyCase) {
  // The first letter turns away a paragraph: every way the words may be
  // written and marked still reaches them.
  EXPECT_TRUE(opens_recital("> whereas the bridge is closed;"));
  EXPECT_TRUE(opens_recital("**\"Whereas the bridge is closed;"));
  EXPECT_TRUE(opens_recital("and WHEREAS the bridge is closed;"));
  EXPECT_TRUE(opens_recital("whereas"));
  EXPECT_FALSE(opens_recital("Wherefore the bridge is closed;"));
  EXPECT_FALSE(opens_recital("Also whereas the bridge is closed;"));
  EXPECT_FALSE(opens_recital(""));
  EXPECT_EQ(recitals_start("  resolution 7 whereas the roof leaks;"), 13u);
  EXPECT_EQ(recitals_start("RESOLUTION R-7 AND WHEREAS the roof leaks;"), 15u);
  EXPECT_EQ(recitals_start("Report 7 whereas the roof leaks;"), std::string::npos);
}

TEST(Recitals, EnactingClauseAtTheStartOrAfterAClause) {
  EXPECT_EQ(enacting_clause("NOW THEREFORE BE IT RESOLVED that the hall be painted."), 0u);
  EXPECT_EQ(enacting_clause("Now, therefore, we authorize the works."), 0u);
  EXPECT_EQ(enacting_clause("BE IT RESOLVED: 1. That …"), 0u);
  EXPECT_EQ(enacting_clause("Therefore be it resolved that staff report."), 0u);
  const std::string run_on = "WHEREAS the roof leaks; NOW THEREFORE we accept the quote.";
  EXPECT_EQ(enacting_clause(run_on), run_on.find("NOW"));
  EXPECT_EQ(enacting_clause("WHEREAS the roof leaks now and then;"), std::string::npos);
  EXPECT_EQ(enacting_clause("Therefore the item was deferred."), std::string::npos);
}

TEST(Recitals, AHeadingThatNumbersTheResolution) {
  EXPECT_EQ(resolution_heading_number("Resolution 2024-15"), "2024-15");
  EXPECT_EQ(resolution_heading_number("RESOLUTION No. 12:"), "12");
  EXPECT_EQ(resolution_heading_number("Resolution #7"), "7");
  EXPECT_FALSE(resolution_heading_number("Resolution of support"));
  EXPECT_FALSE(resolution_heading_number("Resolutions 3 and 4"));
  EXPECT_EQ(recitals_start("Resolution 2024-15 WHEREAS the roof leaks;"), 19u);
  EXPECT_EQ(recitals_start("Resolution of support WHEREAS the roof leaks;"), std::string::npos);
}

TEST(Recitals, ADecisionWithoutAnyResolvedLabel) {
  EXPECT_TRUE(recites_resolutions(SplitBlocks("Item 4\nWHEREAS the roof leaks;\nBE IT RESOLVED THAT it be fixed.\n")));
  EXPECT_TRUE(recites_resolutions(SplitBlocks("WHEREAS the roof leaks;\n\nNow, therefore, we fix it.\n")));
  // A clause with no recital before it, or recitals with no clause, are prose.
  EXPECT_FALSE(recites_resolutions(SplitBlocks("Be it resolved, said the chair, that we go home.\n")));
  EXPECT_FALSE(recites_resolutions(SplitBlocks("WHEREAS the roof leaks;\n\nThe clerk will call a roofer.\n")));
}

}  // namespace
}  // namespace docket
