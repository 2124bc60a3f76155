// Decision records as small strings: every resolution heading and list
// marker councils use, and the labelled sections of a decision.
#include <gtest/gtest.h>

#include "build/decision_builder.hpp"
#include "build/decision_sections.hpp"
#include "docket/docket.hpp"
#include "test_support.hpp"
#include "layout/list_markers.hpp"
#include "recognise/document_kind.hpp"
#include "recognise/sections.hpp"

namespace docket {
namespace {

Document parse(const std::string& text) { return parse_text(text); }

std::vector<std::string> numbers(const Document& doc) {
  std::vector<std::string> out;
  for (const Item& i : doc.items) out.push_back(i.parent ? *i.parent + "/" + i.number : i.number);
  return out;
}

const std::string kTail = "\nReasons for the Decision\nBecause.\n\nCall in deadline: 1 May 2015\n";

TEST(ResolutionHeadings, EachFormOpensTheList) {
  for (const char* heading : {"RESOLVED that:", "RESOLVED -", "Resolved:", "AGREED that", "DECISION:", "RESOLVED",
                              "Decision:", "It was resolved that:"}) {
    const Document doc = parse(std::string(heading) + "\n\n1. the plan be approved.\n2. the report be noted.\n" + kTail);
    EXPECT_EQ(doc.kind, DocumentKind::kDecisionRecord) << heading;
    EXPECT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"})) << heading;
    ASSERT_EQ(doc.items.size(), 2u);
    EXPECT_EQ(doc.items[0].type, ItemType::kResolution);
    EXPECT_EQ(doc.items[0].text, "the plan be approved.");
  }
}

TEST(ResolutionHeadings, NoHeadingTakesTheLastNumberedListOfTheRecord) {
  const Document doc = parse(
      "Record of the Decision\nMembers noted:\n\n1. one point of narrative\n2. another\n\nThey discussed it.\n\n"
      "- a bullet\n\n1. The report be noted.\n\n2. A further report be made.\n" + kTail);
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(doc.items[0].text, "The report be noted.");
}

TEST(ResolutionMarkers, EveryMarkerForm) {
  struct Case {
    std::string list;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"1. a;\n2. b.\n", {"1", "2"}},
      {"1) a;\n2) b.\n", {"1", "2"}},
      {"(1) a;\n(2) b.\n", {"1", "2"}},
      {"(a) a;\n(b) b.\n", {"a", "b"}},
      {"(i) a;\n(ii) b.\n", {"i", "ii"}},
      {"1. a;\n\n2 b is done\n\n3. c.\n", {"1", "2", "3"}},
      // Sub-parts belong to the resolution above them: not items.
      {"1. a:\n(a) x;\n(b) y;\n2. b.\n", {"1", "2"}},
      {"1. a:\n(a) x:\n(i) p;\n(ii) q;\n(b) y.\n", {"1"}},
      {"A) a;\nb) b.\n", {"A", "b"}},
      {"(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n(i) i.\n",
       {"a", "b", "c", "d", "e", "f", "g", "h", "i"}},
  };
  for (const Case& c : cases) {
    const Document doc = parse("RESOLVED that:\n\n" + c.list + kTail);
    EXPECT_EQ(numbers(doc), c.expected) << c.list;
  }
}

TEST(ResolutionMarkers, ANumberWithoutPeriodCountsOnlyWhereExpected) {
  const Document doc = parse("RESOLVED that:\n\n11. a;\n\n12 the scheme ceases;\n\n14 things happen.\n" + kTail);
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"11", "12"}));
  EXPECT_EQ(doc.items[1].text, "the scheme ceases; 14 things happen.");
}

TEST(ResolutionMarkers, AnItemCutByAPageBreakIsJoined) {
  const Document doc = parse(
      "RESOLVED that:\n\n1. workers be spread across\n\nthe service as set out in section 6.1.16. of the report.\n\n"
      "2. the rest.\n" + kTail);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].text, "workers be spread across the service as set out in section 6.1.16. of the report.");
  EXPECT_EQ(doc.items[0].lines.first, 3);
  EXPECT_EQ(doc.items[0].lines.last, 5);
  EXPECT_EQ(doc.items[0].refs, (std::vector<std::string>{"6.1.16"}));
}

TEST(ResolutionMarkers, ProformaHeadingsAreSectionsNotResolutions) {
  const Document doc = parse(
      "1. Title of Item/Report\n\nParks Review\n\n2. Record of the Decision\n\nRESOLVED that:\n\n1. parks open.\n\n"
      "3. Reasons for the Decision\n\nTo save money.\n\n4. Alternative Options Considered and Rejected\n\nNone\n\n"
      "5. Declared (Cabinet Member) Conflicts of Interest\n\nNone\n\n6. Details of any Dispensations\n\nNone\n\n"
      "7. Date and Time by which Call In must be executed\n\nMidnight on Friday 12 March 2012\n");
  EXPECT_EQ(doc.title, "Parks Review");
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"1"}));
  ASSERT_TRUE(doc.decision);
  EXPECT_EQ(doc.decision->reasons, "To save money.");
  EXPECT_EQ(doc.decision->alternatives, "None");
  EXPECT_EQ(doc.decision->interests, "None");
  EXPECT_EQ(doc.decision->dispensations, "None");
  ASSERT_TRUE(doc.decision->call_in_deadline);
  EXPECT_EQ(doc.decision->call_in_deadline->text, "Midnight on Friday 12 March 2012");
  EXPECT_EQ(doc.decision->call_in_deadline->value, "2012-03-12");
}

TEST(DecisionSections, WebPageLabelsRunTogetherWithoutBlankLines) {
  const Document doc = parse(
      "Cabinet Decision: 4th September 2014\nTitle of Item/Report\nLibraries\nRecord of the Decision\nA report.\n\n"
      "1. The report be noted.\nReasons for the Decision\nTo review.\nAlternative Options Considered and Rejected\n"
      "Declared (Cabinet Member) Conflicts of Interest\nCllr X declared an interest.\nDetails of any Dispensations\n"
      "Date and Time by which Call In must be executed\nMidnight on Friday, 12th September 2014\n\n"
      "Date of Publication: 08 September 2014\n\nCan't find it\n");
  EXPECT_EQ(doc.body, "Cabinet");
  ASSERT_TRUE(doc.meeting);
  EXPECT_EQ(doc.meeting->value, "2014-09-04");
  EXPECT_EQ(doc.title, "Libraries");
  EXPECT_EQ(numbers(doc), (std::vector<std::string>{"1"}));
  EXPECT_EQ(doc.items[0].text, "The report be noted.");
  EXPECT_EQ(doc.decision->reasons, "To review.");
  EXPECT_FALSE(doc.decision->alternatives);
  EXPECT_EQ(doc.decision->interests, "Cllr X declared an interest.");
  EXPECT_FALSE(doc.decision->dispensations);
  EXPECT_EQ(doc.decision->call_in_deadline->value, "2014-09-12");
  EXPECT_EQ(doc.decision->published->value, "2014-09-08");
}

TEST(DecisionSections, FlagsAndEffectiveDate) {
  const Document doc = parse(
      "Decision:\nRESOLVED that the report be noted.\n\nIs Key decision?: No\n\nIs subject to call in?: Yes\n\n"
      "Reason for decisions: None.\n\nDate of decision: 13/03/2023\n\nEffective from: 22/03/2023\n");
  EXPECT_EQ(doc.decision->key_decision, false);
  EXPECT_EQ(doc.decision->subject_to_call_in, true);
  EXPECT_EQ(doc.decision->effective_from->value, "2023-03-22");
  EXPECT_EQ(doc.meeting->value, "2023-03-13");
  EXPECT_EQ(doc.decision->reasons, "None.");
}

TEST(SectionLabels, MatchWholeLinesOrLabelsWithSeparators) {
  EXPECT_EQ(match_section_label("Reasons for the Decision").label, SectionLabel::kReasons);
  EXPECT_EQ(match_section_label("Reason(s) for the decision:").label, SectionLabel::kReasons);
  EXPECT_EQ(match_section_label("Other Options").label, SectionLabel::kAlternatives);
  const LabelMatch published = match_section_label("Date of Publication: 08 September 2014");
  EXPECT_EQ(published.label, SectionLabel::kPublished);
  EXPECT_EQ(published.value, "08 September 2014");
  const LabelMatch key = match_section_label("Is Key decision? Yes");
  EXPECT_EQ(key.label, SectionLabel::kKeyDecision);
  EXPECT_EQ(key.value, "Yes");
  EXPECT_EQ(match_section_label("Reasons were given by members for the change").label, SectionLabel::kNone);
  EXPECT_EQ(match_section_label("Decision status: Approved").label, SectionLabel::kOther);
  EXPECT_EQ(match_section_label("Decisions taken by officers are published").label, SectionLabel::kNone);
  const LabelMatch inline_resolution = match_section_label("RESOLVED that the report be noted.");
  EXPECT_EQ(inline_resolution.label, SectionLabel::kResolved);
  EXPECT_EQ(inline_resolution.value, "the report be noted.");
  // A bare "Decision" labels when shouted, alone and capitalised, or with
  // a colon; as the last word of a wrapped line, or before a dash inside a
  // sentence, it is prose.
  EXPECT_EQ(match_section_label("Decision").label, SectionLabel::kResolved);
  EXPECT_EQ(match_section_label("Decision: the scheme be approved").label, SectionLabel::kResolved);
  EXPECT_EQ(match_section_label("DECISION - the scheme be approved").label, SectionLabel::kResolved);
  EXPECT_EQ(match_section_label("decision").label, SectionLabel::kNone);
  EXPECT_EQ(match_section_label("Decision - 23/00012 - Bridge Works, which had been").label, SectionLabel::kNone);
}

TEST(ListMarkers, Classes) {
  EXPECT_EQ(classify_marker("12.").cls, MarkerClass::kNumber);
  EXPECT_EQ(classify_marker("12.").value, 12);
  EXPECT_EQ(classify_marker("(3)").label, "3");
  EXPECT_EQ(classify_marker("b)").cls, MarkerClass::kLetter);
  EXPECT_EQ(classify_marker("(iv)").cls, MarkerClass::kRoman);
  EXPECT_EQ(classify_marker("(iv)").value, 4);
  EXPECT_TRUE(classify_marker("(i)").also_roman);
  EXPECT_EQ(classify_marker("3.1.1").cls, MarkerClass::kDotted);
  EXPECT_EQ(classify_marker("-").cls, MarkerClass::kBullet);
}

TEST(YesNo, Answers) {
  EXPECT_EQ(parse_yes_no("Yes"), true);
  EXPECT_EQ(parse_yes_no("No - urgent decision"), false);
  EXPECT_FALSE(parse_yes_no("Not stated"));
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// Recognition reads the labels from the blocks; the segments, built only
// for decision records, must cut at the same labels.
TEST(SectionLabels, AreTheLabelsTheSegmentsAreCutAt) {
  const std::string text =
      "# Decision notice\n\nRESOLVED that:\n\n1. the plan be approved\n\nSome prose.\nReasons for the Decision\n"
      "Because.\n\n3\n\nCall in deadline: 1 May 2015\n";
  const SplitBlocks blocks(text);
  const SectionLabelSet labels = section_labels(blocks);
  TextArena arena;
  std::vector<SectionLabel> cut;
  for (const Segment& s : segment_blocks(blocks, arena)) {
    if (s.kind == SegmentKind::kLabel) cut.push_back(s.label);
  }
  EXPECT_EQ(cut, (std::vector<SectionLabel>{SectionLabel::kResolved, SectionLabel::kReasons, SectionLabel::kCallIn}));
  for (SectionLabel l : cut) EXPECT_TRUE(labels.contains(l));
  EXPECT_FALSE(labels.contains(SectionLabel::kAlternatives));
  EXPECT_TRUE(looks_like_decision_record(labels));
  EXPECT_FALSE(looks_like_decision_record(section_labels(SplitBlocks("Reasons for the Decision\n\nBecause.\n"))));
}

}  // namespace
}  // namespace docket
