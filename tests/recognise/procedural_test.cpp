#include "recognise/procedural.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace docket
