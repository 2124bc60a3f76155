#include "recognise/procedural.hpp"

#include <gtest/gtest.h>

#include <string>

namespace docket {
namespace {

TEST(ProceduralDecision, RecordsAndNotingsAreProcedural) {
  EXPECT_TRUE(is_procedural_decision("the minutes of the last meeting be signed as a correct record"));
  EXPECT_TRUE(is_procedural_decision("Noted the update on the play area."));
  EXPECT_TRUE(is_procedural_decision("the quarterly report be received"));
  EXPECT_TRUE(is_procedural_decision("to thank the retiring clerk for her years of service"));
  EXPECT_TRUE(is_procedural_decision("a vote of thanks to the organisers of the fete"));
  EXPECT_TRUE(is_procedural_decision("apologies from two members be accepted"));
}

TEST(ProceduralDecision, WorkToBeDoneIsNot) {
  EXPECT_FALSE(is_procedural_decision("the hedge on the green be cut back before May"));
  EXPECT_FALSE(is_procedural_decision("the clerk write to the highway authority about the verge"));
  EXPECT_FALSE(is_procedural_decision("a thankless task be shared between the wardens"));
  EXPECT_FALSE(is_procedural_decision("the apologies policy be rewritten by the clerk"));
}

TEST(ProceduralDecision, EachRuleByItsWords) {
  // Noting, by a verb or as the first word.
  EXPECT_TRUE(is_procedural_decision("Note the outturn position"));
  EXPECT_TRUE(is_procedural_decision("To note the revised timetable"));
  EXPECT_TRUE(is_procedural_decision("NOTED"));
  EXPECT_TRUE(is_procedural_decision("the responses are noted"));
  EXPECT_TRUE(is_procedural_decision("the correspondence is noted and filed"));
  EXPECT_FALSE(is_procedural_decision("the noted architect be engaged to design the pavilion"));
  // Delegating authority: both words, anywhere, in either order.
  EXPECT_TRUE(is_procedural_decision("that powers to agree the final terms be subdelegated to the director"));
  EXPECT_TRUE(is_procedural_decision("to delegate the choice of contractor to the chair"));
  EXPECT_TRUE(is_procedural_decision("Delegated Authority is given to the finance lead"));
  EXPECT_FALSE(is_procedural_decision("the delegation visiting in June be hosted by the mayor"));
  // Authorising a consultation, in either spelling.
  EXPECT_TRUE(is_procedural_decision("the officers are authorized to begin consulting residents"));
  EXPECT_TRUE(is_procedural_decision("authorise a public consultation on the parking scheme"));
  EXPECT_FALSE(is_procedural_decision("the consultants' fees be paid from reserves"));
  // Minutes approved; a correct record.
  EXPECT_TRUE(is_procedural_decision("the minutes of 3 March were confirmed"));
  EXPECT_TRUE(is_procedural_decision("minutes of the meeting held in April: agreed"));
  EXPECT_FALSE(is_procedural_decision("the record of the survey be published"));
  // Thanks, by word or by verb.
  EXPECT_TRUE(is_procedural_decision("the volunteers be thanked for their work"));
  EXPECT_FALSE(is_procedural_decision("the volunteers thanked the council"));
  // Apologies taken.
  EXPECT_TRUE(is_procedural_decision("Apologies were received from the vice-chair"));
  EXPECT_FALSE(is_procedural_decision("apologies"));
}

TEST(ProceduralDecision, MarkupAndCaseDoNotMatter) {
  EXPECT_TRUE(is_procedural_decision("The **Minutes** be <b>APPROVED</b>"));
  EXPECT_TRUE(is_procedural_decision("  the report be   received.  "));
}

// The opening words, read only as far as they need: each opening alone,
// followed by a word, and cut off before the word that would make it one.
TEST(ProceduralDecision, OpeningWordsEachWayTheyEnd) {
  EXPECT_TRUE(is_procedural_decision("noted"));
  EXPECT_TRUE(is_procedural_decision("Noted."));
  for (const char* opening : {"note", "notes", "delegate", "thank", "thanks"}) {
    EXPECT_TRUE(is_procedural_decision(std::string(opening) + " it")) << opening;
  }
  // ("thanks" is procedural anywhere, as a vote of thanks.)
  for (const char* opening : {"note", "notes", "delegate", "thank"}) {
    EXPECT_FALSE(is_procedural_decision(opening)) << opening;
    EXPECT_FALSE(is_procedural_decision(std::string("the ") + opening + " it")) << opening;
  }
  for (const char* verb : {"note", "delegate", "thank"}) {
    EXPECT_TRUE(is_procedural_decision(std::string("To ") + verb + " it")) << verb;
    EXPECT_FALSE(is_procedural_decision(std::string("to ") + verb)) << verb;
    EXPECT_FALSE(is_procedural_decision(std::string("to ask ") + verb + " it")) << verb;
  }
  EXPECT_FALSE(is_procedural_decision("to"));
  EXPECT_FALSE(is_procedural_decision("to notes it"));
  EXPECT_TRUE(is_procedural_decision("<b>Note</b> the report"));
}

// Past the opening words, a text is read word by word only when it holds
// one of the stems some rule needs; each rule is met here with its stem in
// capitals, inside a longer word, or at the very end of the text.
TEST(ProceduralDecision, StemsFoundInAnyCaseAndPlace) {
  EXPECT_TRUE(is_procedural_decision("THE REPORT BE NOTED"));
  EXPECT_TRUE(is_procedural_decision("the annual statement be RECEIVED"));
  EXPECT_TRUE(is_procedural_decision("POWERS be SUBDELEGATED to the clerk"));
  EXPECT_TRUE(is_procedural_decision("the clerk is AUTHORISED to run a CONSULTATION"));
  EXPECT_TRUE(is_procedural_decision("the MINUTES of 4 June be SIGNED"));
  EXPECT_TRUE(is_procedural_decision("the stewards be THANKED"));
  EXPECT_TRUE(is_procedural_decision("a vote of Thanks"));
  EXPECT_TRUE(is_procedural_decision("APOLOGIES from three members were ACCEPTED"));
  EXPECT_TRUE(is_procedural_decision("the statement of accounts is noted"));
  EXPECT_FALSE(is_procedural_decision("the statement of accounts is not"));
  EXPECT_FALSE(is_procedural_decision("n"));
  EXPECT_FALSE(is_procedural_decision(""));
}

}  // namespace
}  // namespace docket
