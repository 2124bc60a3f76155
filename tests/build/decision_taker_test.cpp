// Records of decision on a county's proforma: who takes the decision (a
// body, or a member or officer), the meeting that follows from it, labels
// in two columns, and decisions given as paragraphs opening with a verb in
// capitals.
#include <gtest/gtest.h>

#include "build/decision_sections.hpp"
#include "build/verb_paragraphs.hpp"
#include "docket/docket.hpp"
#include "recognise/sections.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

std::string value(const std::optional<Date>& d) { return d && d->value ? *d->value : "null"; }

std::vector<std::string> numbers(const Document& doc) {
  std::vector<std::string> out;
  for (const Item& i : doc.items) out.push_back(i.number);
  return out;
}

TEST(DecisionTaker, LabelBeginningWithAnAnchorWordIsTheLongerLabel) {
  // Not "DECISION:" with the value "TO BE TAKEN BY: ...".
  EXPECT_EQ(match_section_label("DECISION TO BE TAKEN BY:      DECISION NO:").label, SectionLabel::kDecisionTaker);
  EXPECT_EQ(match_section_label("DECISION MAKER: Head of Waste").label, SectionLabel::kDecisionTaker);
  EXPECT_EQ(match_section_label("Decision maker: Cabinet").value, "Cabinet");
  EXPECT_EQ(match_section_label("DECISION DETAILS:").label, SectionLabel::kRecord);
  // The anchor itself still opens the resolutions.
  EXPECT_EQ(match_section_label("DECISION:").label, SectionLabel::kResolved);
  EXPECT_EQ(match_section_label("Decision: the Cabinet is invited to:").label, SectionLabel::kResolved);
}

DecisionTaker::Kind taker_of(std::string_view text) {
  const SplitBlocks blocks(text);
  TextArena arena;
  return decision_taker(segment_blocks(blocks, arena)).kind;
}

TEST(DecisionTaker, BodyOrPostHolder) {
  EXPECT_EQ(taker_of("DECISION TO BE TAKEN BY:      DECISION NO:\n             Planning Committee      26/00012\n"),
            DecisionTaker::kBody);
  EXPECT_EQ(taker_of("Decision maker: Cabinet Member for Parks\n"), DecisionTaker::kPerson);
  EXPECT_EQ(taker_of("Decision maker:\n\nStrategic Director for Place\n"), DecisionTaker::kPerson);
  EXPECT_EQ(taker_of("Decision maker: Chief Executive\n"), DecisionTaker::kPerson);
  EXPECT_EQ(taker_of("Decision maker: to be confirmed\n"), DecisionTaker::kUnknown);
  EXPECT_EQ(taker_of("Reasons for the decision:\nNone.\n"), DecisionTaker::kUnknown);
}

TEST(DecisionTaker, BodyTakerMeetsOnTheDayTheTextGivesForIt) {
  const Document doc = parse_text(read_fixture("decision_record_two_columns.txt"), "decision_record_two_columns.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(doc.body, "Cabinet");
  // The cabinet committee's day is a consultation, not the meeting.
  EXPECT_EQ(value(doc.meeting), "2026-02-05");
  // The taker's label is not a resolution.
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(doc.items[2].text.substr(0, 18), "DELEGATE authority");
}

TEST(DecisionTaker, MemberDecisionHasNoMeetingAndVerbParagraphs) {
  const Document doc = parse_text(read_fixture("decision_record_member_verbs.txt"), "decision_record_member_verbs.txt");
  EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord);
  EXPECT_EQ(value(doc.meeting), "null");
  // Unnumbered and under no minute: no number (CONVENTIONS.md).
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(doc.items[0].text.substr(0, 12), "APPROVE the ");
  // A paragraph without a full stop does not swallow the next decision.
  EXPECT_EQ(doc.items[1].text.find("DELEGATE authority"), std::string::npos);
  EXPECT_EQ(doc.items[2].text.substr(0, 18), "DELEGATE authority");
  for (const Warning& w : doc.warnings) EXPECT_NE(w.code, "duplicate-number");
}

TEST(DecisionTaker, DateInTheTextCountsOnlyForTheBodyNamedAlone) {
  const std::string head = "DECISION TO BE TAKEN BY:      DECISION NO:\n             Cabinet      26/00012\n\n"
                           "Decision: the Cabinet is invited to:\n\na) NOTE the report.\n\nReasons for the decision:\n";
  EXPECT_EQ(value(parse_text(head + "It was considered by the decision of Cabinet on Monday 9 March 2026.\n").meeting),
            "2026-03-09");
  EXPECT_EQ(value(parse_text(head + "It went to the Growth Cabinet Committee on 2 March 2026.\n").meeting), "null");
  EXPECT_EQ(value(parse_text(head + "The Cabinet Committee on 2 March 2026 endorsed it.\n").meeting), "null");
}

// A post-holder's decision has no meeting, unless the text says a body
// authorised it at one: the body's meeting is then the paper's.
TEST(DecisionTaker, PostHolderDecisionAuthorisedAtABodysMeeting) {
  const std::string head = "Decision maker: Head of Highways\n\nDecision:\n\nThe footbridge at Mill Lane is to be "
                           "rebuilt in steel.\n\n";
  const std::string tail = "\nPublication date: 02/09/2025\n\nDate of decision: 01/09/2025\n";
  EXPECT_EQ(value(parse_text(head + tail).meeting), "null");
  EXPECT_EQ(value(parse_text(head + "The scheme was approved by the Cabinet at its meeting on Tuesday, 15 July 2025.\n" +
                             tail).meeting),
            "2025-07-15");
  EXPECT_EQ(value(parse_text(head + "Members agreed the budget at their meeting on 3 June 2025.\n" + tail).meeting),
            "2025-06-03");
  // A date that is not the meeting's: no meeting still.
  EXPECT_EQ(value(parse_text(head + "Its meeting room will be closed on 3 June 2025.\n" + tail).meeting), "null");
}

TEST(VerbParagraphs, ShoutedVerbs) {
  EXPECT_TRUE(opens_with_shouted_verb("APPROVE the plan"));
  EXPECT_TRUE(opens_with_shouted_verb("  DELEGATE  authority to"));
  EXPECT_FALSE(opens_with_shouted_verb("BACKGROUND INFORMATION"));
  EXPECT_FALSE(opens_with_shouted_verb("Approve the plan"));
  EXPECT_FALSE(opens_with_shouted_verb("OK then"));
  EXPECT_FALSE(opens_with_shouted_verb("NOTE"));
  EXPECT_TRUE(opens_with_shouted_verb("To ADOPT the strategy"));
  EXPECT_FALSE(opens_with_shouted_verb("To adopt the strategy"));
}

TEST(VerbParagraphs, BulletedAndInfinitiveForms) {
  const std::string head = "Decision maker: Head of Parks\n\nDecision:\n\nI agree:\n\n";
  const std::string tail = "\nReasons for the decision:\nThe swings are worn.\n";
  for (const std::string& decisions :
       {std::string("- APPROVE new swings for Low Field;\n- DELEGATE the order to the Parks Officer.\n"),
        std::string("To APPROVE new swings for Low Field; and\n\nTo DELEGATE the order to the Parks Officer.\n")}) {
    const Document doc = parse_text(head + decisions + tail);
    ASSERT_EQ(doc.items.size(), 2u) << decisions;
    EXPECT_NE(doc.items[0].text.find("APPROVE new swings"), std::string::npos);
    EXPECT_NE(doc.items[1].text.find("DELEGATE the order"), std::string::npos);
    EXPECT_EQ(value(doc.meeting), "null");
  }
}

TEST(VerbParagraphs, WithoutALeadInAndCutByAPageBreak) {
  const Document doc = parse_text(
      "Decision:\n\nAGREE the revised fees for the\n\n\f\n\ncrematorium from April.\n\nNOTE the consultation "
      "responses.\n\nReasons for the decision:\nCosts rose.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].text, "AGREE the revised fees for the crematorium from April.");
  EXPECT_EQ(doc.items[1].text, "NOTE the consultation responses.");
}

}  // namespace
}  // namespace docket
