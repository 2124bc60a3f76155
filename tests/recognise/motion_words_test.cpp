// The words that name who proposed and seconded a motion.
#include <gtest/gtest.h>

#include <string>

#include "recognise/motion_words.hpp"
#include "recognise/sections.hpp"

namespace docket {
namespace {

TEST(MotionWords, MoversAsLinesOfTheirOwn) {
  EXPECT_TRUE(names_mover("Moved by B. Cole"));
  EXPECT_TRUE(names_mover("> Seconded by F. Lamb"));
  EXPECT_TRUE(names_mover("Proposed by: Councillor Nash"));
  EXPECT_TRUE(names_mover("**Proposed: Councillor Quinn**"));
  EXPECT_TRUE(names_mover("Seconded: Councillor Rowe"));
  EXPECT_TRUE(names_mover("On the proposal of Councillor Ward, seconded by Councillor Hart, it was agreed"));
  EXPECT_FALSE(names_mover("Proposed works to the pier were described."));
  EXPECT_FALSE(names_mover("Members moved on to the next item."));
}

TEST(MotionWords, SeconderAnywhereInASentence) {
  EXPECT_TRUE(names_seconder("The motion was proposed by Councillor Ward and seconded by Councillor Hart."));
  EXPECT_TRUE(names_seconder("Seconded: Councillor Rowe"));
  EXPECT_FALSE(names_seconder("An officer seconded to the housing team gave the update."));
  EXPECT_FALSE(names_seconder("The report was noted."));
}

TEST(MotionWords, SeconderFoundAtEveryPlaceInABlock) {
  // The word is looked for sixteen bytes at a time: it is found in either
  // case wherever it falls against a block, after other words that start
  // with its first letter or its first two letters.
  for (std::size_t pad = 0; pad < 40; ++pad) {
    SCOPED_TRACE(pad);
    const std::string before = std::string(pad, 'x') + " so she sent several second ";
    EXPECT_TRUE(names_seconder(before + "seconded by Councillor Hart"));
    EXPECT_TRUE(names_seconder(before + "SECONDED: Councillor Hart"));
    EXPECT_TRUE(names_seconder(before + "SeCoNdEd"));
    EXPECT_TRUE(names_seconder(std::string(pad, ' ') + "Seconded by Councillor Hart"));
    EXPECT_FALSE(names_seconder(before + "seconde by Councillor Hart"));
    EXPECT_FALSE(names_seconder(before + "secondedly"));
  }
}

TEST(MotionWords, LabelsAfterTheMovers) {
  // "And Resolved:" closes the sentence naming the movers; "Resolved" with
  // a register number keeps the number in its value.
  EXPECT_EQ(match_section_label("And Resolved:").label, SectionLabel::kResolved);
  EXPECT_EQ(match_section_label("And the clerk left the room.").label, SectionLabel::kNone);
  const LabelMatch numbered = match_section_label("Resolved 21/04/6.02");
  EXPECT_EQ(numbered.label, SectionLabel::kResolved);
  EXPECT_EQ(numbered.value, "21/04/6.02");
  EXPECT_EQ(match_section_label("Resolved issues were listed.").label, SectionLabel::kNone);
}

}  // namespace
}  // namespace docket
