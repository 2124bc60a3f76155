// Agendas whose numbered items end in a disposition, read from small
// strings: where an item starts, where its title ends, and what its
// disposition says.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "recognise/disposition_agenda.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

std::vector<AgendaEntry> read(const std::string& text) {
  const SplitBlocks blocks(text);
  return read_disposition_agenda(blocks);
}

std::vector<std::string> numbers(const std::vector<AgendaEntry>& entries) {
  std::vector<std::string> out;
  for (const AgendaEntry& e : entries) out.push_back(e.number);
  return out;
}

TEST(DispositionAgenda, EachItemRunsFromItsNumberToItsDisposition) {
  const auto entries = read(
      "7 Buy a new mower for the parks  (Ordinance)  (Y-3) 4410  8 Name the east bridge after the founders  (Report)  "
      "(Y-3) APPROVED  9 Hear the library budget  (Report)  TABLED\n");
  EXPECT_EQ(numbers(entries), (std::vector<std::string>{"7", "8", "9"}));
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].title, "Buy a new mower for the parks");
  EXPECT_EQ(entries[0].outcome, "passed");
  EXPECT_EQ(entries[0].disposition, Disposition::kDecided);
  EXPECT_EQ(entries[1].outcome, "approved");
  EXPECT_EQ(entries[2].outcome, "tabled");
  EXPECT_EQ(entries[2].disposition, Disposition::kUndecided);
}

TEST(DispositionAgenda, WhatEachDispositionSays) {
  struct Case {
    std::string disposition;
    Disposition expected;
    std::string outcome;
  };
  const Case cases[] = {
      {"ADOPTED", Disposition::kDecided, "adopted"},
      {"(Y-4) ACCEPTED AS AMENDED", Disposition::kDecided, "accepted as amended"},
      {"(Y-4) 2020-118", Disposition::kDecided, "passed"},
      {"(Y-4)", Disposition::kDecided, "passed"},
      {"(Y-1 N-3)", Disposition::kLost, "failed"},
      {"(Y-2 N-2) DEFEATED", Disposition::kLost, "defeated"},
      {"SUBSTITUTE PASSED TO  SECOND READING MAY 4, 2020 AT 2:00 PM", Disposition::kUndecided,
       "substitute passed to second reading may 4, 2020 at 2:00 pm"},
      {"REFERRED TO THE FINANCE COMMITTEE", Disposition::kUndecided, "referred to the finance committee"},
      {"PLACED ON FILE", Disposition::kUndecided, "placed on file"},
  };
  for (const Case& c : cases) {
    const auto entries = read("1 Sell the old depot  (Ordinance)  " + c.disposition + "  Public Works  " +
                              "2 Open the pool in May  (Report)  ADOPTED  3 Plant trees on Main Street  (Report)  ADOPTED\n");
    ASSERT_EQ(entries.size(), 3u) << c.disposition;
    EXPECT_EQ(entries[0].disposition, c.expected) << c.disposition;
    EXPECT_EQ(entries[0].outcome, c.outcome) << c.disposition;
    // A heading between two items is neither's.
    EXPECT_EQ(entries[1].title, "Open the pool in May") << c.disposition;
  }
}

TEST(DispositionAgenda, TheLastVoteOnAnItemStands) {
  const auto entries = read(
      "4 Adopt the parking plan  (Resolution)  Motion to add bike racks: Moved by Ames and seconded by Bell.  (Y-5)  "
      "Motion to drop the fee: Moved by Cole.  (Y-2 N-3)  (Y-5) ADOPTED AS AMENDED\n"
      "5 Accept the audit  (Report)  ACCEPTED\n6 Set the tax rate  (Ordinance)  (Y-5) 9921\n");
  ASSERT_EQ(numbers(entries), (std::vector<std::string>{"4", "5", "6"}));
  EXPECT_EQ(entries[0].outcome, "adopted as amended");
  EXPECT_EQ(entries[0].lines.first, 1);
}

TEST(DispositionAgenda, NumbersRiseAndStandWhereAnItemCanStart) {
  // "No. 2" inside a heading, "3 Fire Engines" inside a title and a date
  // at the start of a line are not items; "*" and "S-" mark an item's kind.
  const auto entries = read(
      "12 March 2019\n\nCouncilor Ames Position No. 2  Fire Department  *20 Buy 3 Fire Engines from the state list  "
      "(Ordinance)  (Y-4) 5501 S-21 Lease the yard on Pine Street  (Ordinance)  (Y-4) 5502\n"
      "22 Thank the volunteers of the flood crew\n(Report)\n(Y-4) ACCEPTED\n");
  EXPECT_EQ(numbers(entries), (std::vector<std::string>{"20", "21", "22"}));
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].title, "Buy 3 Fire Engines from the state list");
  EXPECT_EQ(entries[2].title, "Thank the volunteers of the flood crew");
  EXPECT_EQ(entries[2].lines.first, 4);
  EXPECT_EQ(entries[2].lines.last, 6);
}

TEST(DispositionAgenda, ABracketInsideTheTitleIsPartOfIt) {
  const auto entries = read(
      "1 Amend the code (chapter 4) on kennels  (Ordinance)  ADOPTED\n2 Fix the roof  (Report)  ADOPTED\n"
      "3 Fund the fair  ADOPTED\n");
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].title, "Amend the code (chapter 4) on kennels");
  EXPECT_EQ(entries[2].title, "Fund the fair");
}

TEST(DispositionAgenda, PageCountersAndTheirHeaderLeaveTheText) {
  const auto entries = read(
      "1 Buy salt for the winter roads  (Ordinance)  (Y-3) 7001  1 of 3\n"
      "Minutes of May 5  2 of 3 2 Repave the school lane and the  \nbus loop  (Ordinance)  (Y-3) 7002\n"
      "Minutes of May 5  3 of 3 3 Hire a lifeguard  (Report)  ADOPTED\n");
  ASSERT_EQ(numbers(entries), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(entries[1].title, "Repave the school lane and the bus loop");
}

TEST(DispositionAgenda, NoAgendaWithoutDispositions) {
  // Numbered paragraphs and words in capitals are not enough.
  EXPECT_TRUE(read("1 The Clerk READ the notice.\n\n2 The Mayor SPOKE.\n\n3 The Council ROSE.\n").empty());
  EXPECT_TRUE(read("1 Buy salt  ADOPTED\n2 Hire staff  ADOPTED\n").empty());  // fewer than three
  EXPECT_FALSE(looks_like_disposition_agenda(SplitBlocks("A PLAN FOR THE PARK\n\nWe will plant trees.\n")));
}

}  // namespace
}  // namespace docket
