// Agendas and minutes whose numbered items end in a disposition, parsed
// whole from the fixtures: which items are resolutions, their numbers,
// text and status, the meeting date, and what is reported instead of kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "build/expected_resolutions.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

std::vector<std::string> not_decided(const Document& doc) {
  std::vector<std::string> out;
  for (const Warning& w : doc.warnings) {
    if (w.code == "not-decided") out.push_back(std::to_string(w.line) + ": " + w.message);
  }
  return out;
}

TEST(DispositionItems, PagesRunIntoLinesWithCountersAndRunningHeaders) {
  const Document doc = parse_text(read_fixture("decision_disposition_run_together.txt"), "run_together.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  ASSERT_TRUE(doc.meeting && doc.meeting->value);
  EXPECT_EQ(*doc.meeting->value, "2016-03-03");  // "held this 3rd day of March, 2016"
  expect_resolutions(doc, {
      {"203", "Appoint Nadia Cole and Victor Imre to the Planning Advisory Board for terms ending June 2018", "confirmed"},
      {"204", "Accept a state grant of $52,300 for repairs to the public library roof", "passed"},
      // A title cut by the end of a line, and a running header with its
      // page counter, are joined and dropped.
      {"207", "Authorize an intergovernmental agreement with Lake County for the shared salt barn and the winter road programme",
       "passed"},
      {"208", "Grant a revocable permit to the Farmers Market Association for Saturday use of Depot Plaza", "passed"},
      {"209", "Pay the claim of Harold Finch for damage to a parked vehicle", "passed"},
      {"210", "Adopt the Downtown Lighting Plan", "adopted as amended"},
      {"211", "Rename the north trailhead in honour of the late Councilor Amos Webb", "failed"},
      {"212", "Accept the annual report of the Cemetery Board", "accepted"},
  });
  EXPECT_EQ(doc.items[2].lines.first, 7);
  EXPECT_EQ(doc.items[2].lines.last, 8);
  EXPECT_EQ(not_decided(doc), (std::vector<std::string>{
                                  "5: item 201 placed on file: no decision recorded",
                                  "5: item 202 placed on file: no decision recorded",
                                  "6: item 205 referred to commissioner of streets: no decision recorded",
                                  "6: item 206 passed to second reading march 10, 2016 at 7:00 pm: no decision recorded",
                              }));
}

TEST(DispositionItems, OneItemAParagraphWithTheDispositionBelow) {
  const Document doc = parse_text(read_fixture("decision_disposition_paragraphs.md"), "paragraphs.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  ASSERT_TRUE(doc.meeting && doc.meeting->value);
  EXPECT_EQ(*doc.meeting->value, "2019-09-18");
  expect_resolutions(doc, {
      {"31", "Approve the purchase of two snow ploughs from the state cooperative contract", "passed"},
      {"32", "Appoint Ruth Gable to the Library Board for a term ending December 2022", "confirmed"},
      {"34", "Amend the sign code to limit lit billboards near homes", "passed as amended"},
      {"35", "Accept the audit of the water fund for the year ended June 30, 2019", "accepted"},
      {"36", "Approve a second dog park at Fenwick Field", "defeated"},
  });
  EXPECT_EQ(doc.items[2].lines.first, 23);
  EXPECT_EQ(doc.items[2].lines.last, 27);
  EXPECT_EQ(not_decided(doc), (std::vector<std::string>{
                                  "17: item 33 continued to october 2, 2019: no decision recorded",
                                  "37: item 37 referred to the traffic committee: no decision recorded",
                              }));
}

TEST(DispositionItems, TablesOfReportItemsMotionsAndByLaws) {
  const Document doc = parse_text(read_fixture("decision_disposition_tables.md"), "tables.md");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  // The date on its own line of a framed letterhead: a table of one column.
  ASSERT_TRUE(doc.meeting && doc.meeting->value);
  EXPECT_EQ(*doc.meeting->value, "2019-10-07");
  expect_resolutions(doc, {
      {"1", "Resurfacing of Alder Lane between Mill Road and the Quarry Gate", "adopted"},
      // The note after the capitals is no part of the disposition.
      {"2", "Winter Sanding Contract for the Northern Wards", "amended and adopted"},
      // Each report's items are numbered from 1 again.
      {"1", "Opening Hours of the Riverside Pool for the Summer Season", "adopted"},
      {"2", "Lease of the Bowling Green Pavilion to the Village Club", "adopted"},
      // The motion's words, not its mover and seconder.
      {"1",
       "That the Treasurer report on the cost of lighting the Alder Lane footpath to the December meeting of the "
       "Public Works Committee.",
       "carried"},
      // Motion 2 amended report item 2 ("See Motion 2"): the item's
      // history, not a decision of its own.
      {"44/2019", "To set the fees for the use of the Riverside Pool", "passed"},
      {"45/2019", "To close part of the road allowance east of Alder Lane", "passed"},
  });
  // A recorded vote on "Motion 2" is the motion's history, not an item.
  EXPECT_EQ(not_decided(doc), (std::vector<std::string>{
                                  "49: item 3 the committee held the matter over to its november meeting: no decision "
                                  "recorded",
                                  "86: item 3 withdrawn: no decision recorded",
                              }));
}

TEST(DispositionItems, TwoDispositionRowsAreNoDispositionTable) {
  // Fewer decisions than an agenda needs: a table like any other.
  const Document doc = parse_text(
      "| No. | Subject | Status |\n|---|---|---|\n| 1 | Repaint the hall | APPROVED |\n"
      "| 2 | Mend the fence | APPROVED |\n| 3 | Clear the ditch | PENDING |\n");
  EXPECT_NE(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_TRUE(doc.items.empty());
}

TEST(DispositionItems, DispositionsInOrdinaryCaseUnderADispositionColumn) {
  const Document doc = parse_text(
      "| Item | Subject | Disposition |\n|---|---|---|\n| 1 | Parking on Elm Street | Adopted |\n"
      "| 2 | Grant to the church choir | Adopted as amended (see Motion 1) |\n"
      "| 3 | Fence round the playground | Referred to staff |\n| 4 | Hours of the pool | Carried |\n");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  expect_resolutions(doc, {
      {"1", "Parking on Elm Street", "adopted"},
      {"2", "Grant to the church choir", "adopted as amended"},
      {"4", "Hours of the pool", "carried"},
  });
  // A row with no text between its number and its disposition is no item.
  const Document blank = parse_text(
      "| Item | Subject | Disposition |\n|---|---|---|\n| 1 | Parking on Elm Street | ADOPTED |\n"
      "| 2 |  | ADOPTED |\n| 3 | Hours of the pool | CARRIED |\n| 4 | Bins | CARRIED |\n");
  expect_resolutions(blank, {
      {"1", "Parking on Elm Street", "adopted"},
      {"3", "Hours of the pool", "carried"},
      {"4", "Bins", "carried"},
  });
  // A column that is no disposition's says nothing in ordinary case.
  const Document status = parse_text(
      "| No. | Subject | Status |\n|---|---|---|\n| 1 | Repaint the hall | Approved |\n"
      "| 2 | Mend the fence | Approved |\n| 3 | Clear the ditch | Approved |\n");
  EXPECT_NE(status.kind, DocumentKind::kDecisionRecord);
}

TEST(DispositionItems, ResolvedMinutesAreReadAsBefore) {
  // A record with a RESOLVED list is read by it, whatever capitals its
  // text holds.
  const Document doc = parse_text(
      "Minutes of the meeting held on 2 May 2023\n\n12. Village Green\n\nRESOLVED that:\n\n"
      "1. the bench be ADOPTED by the council;\n2. the gate be REPAIRED.\n\nRoads\n\n(Y-4) ADOPTED\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_TRUE(not_decided(doc).empty());
}

}  // namespace
}  // namespace docket
