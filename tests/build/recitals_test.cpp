// Resolutions that open with WHEREAS recitals: the recitals belong to the
// resolution, whatever numbers it (the minute above, its own identifier,
// a "Resolution N" heading) and however its lines are broken.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "build/expected_resolutions.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

TEST(RecitalsBuild, MovedAndSecondedUnderNumberedMinutes) {
  const Document doc = parse_text(read_fixture("decision_whereas_minutes.md"), "whereas_minutes.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  expect_resolutions(doc, {
      {"7",
       "WHEREAS the harbour wall was damaged in the winter storms; and\n"
       "WHEREAS the county has offered to meet half of the repair cost;\n"
       "NOW THEREFORE BE IT RESOLVED that Council accept the county's offer and award the repair contract to the "
       "lowest bidder.",
       "carried"},
      // An enacting formula and its numbered parts: one resolution.
      {"8",
       "WHEREAS residents of Quarry Row have asked for better lighting;\n"
       "AND WHEREAS the lighting budget has room for four new columns;\n"
       "BE IT RESOLVED:\n1. That four lighting columns be installed on Quarry Row; and\n"
       "2. That the works be finished before the autumn.",
       "carried"},
      {"9", "the library open on Sunday afternoons from June.", ""},
  });
  EXPECT_EQ(doc.items[0].lines.first, 9);
  EXPECT_EQ(doc.items[0].lines.last, 13);
}

TEST(RecitalsBuild, IdentifiersAndHeadingsWithTheTextOnTheLinesBelow) {
  const Document doc = parse_text(read_fixture("decision_whereas_numbered.txt"), "whereas_numbered.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  expect_resolutions(doc, {
      {"R2024-051", "the minutes of the meeting held March 26, 2024 be adopted as circulated. Carried.", "carried"},
      {"R2024-052",
       "WHEREAS the fire hall roof has leaked through the winter; AND WHEREAS two contractors have quoted for its "
       "replacement; NOW THEREFORE we accept the lower quote and authorize the Clerk to sign the contract. Carried.",
       "carried"},
      {"2024-053",
       "WHEREAS a resident has asked for a crosswalk on Elm Street; NOW THEREFORE BE IT RESOLVED THAT staff study the "
       "crossing and report back by June. Defeated.",
       "defeated"},
      {"R2024-054", "the meeting be adjourned. Carried.", "carried"},
  });
}

TEST(RecitalsBuild, RecitalsInTheirOwnParagraphsAfterAnIdentifier) {
  const Document doc = parse_text(
      "Minutes of Council, held on Tuesday, May 7, 2024\n\n"
      "R2024-060 A. Marsh, T. Quill:  WHEREAS the arena ice plant is failing;\n\n"
      "AND WHEREAS a grant will meet half its cost;\n\n"
      "NOW THEREFORE BE IT RESOLVED that Council apply for the grant.  Carried.\n\n"
      "R2024-061 T. Quill, A. Marsh:  That the meeting be adjourned.  Carried.\n");
  expect_resolutions(doc, {
      {"R2024-060",
       "WHEREAS the arena ice plant is failing;\nAND WHEREAS a grant will meet half its cost;\n"
       "NOW THEREFORE BE IT RESOLVED that Council apply for the grant. Carried.",
       "carried"},
      {"R2024-061", "the meeting be adjourned. Carried.", "carried"},
  });
}

}  // namespace
}  // namespace docket
