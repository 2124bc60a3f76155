// Labelled sections of decision records: "Reasons for the Decision",
// "Date and Time by which Call In must be executed", "RESOLVED that:" ...
//
// Decision pages put each label on a line of its own, numbered in proformas
// ("3. Reasons for the Decision") and unnumbered on web pages, where a label
// often runs on from the text above it with no blank line between. So the
// blocks are cut again at every line that is a label, giving a flat list of
// segments that the decision builder walks.
#ifndef DOCKET_SECTIONS_HPP
#define DOCKET_SECTIONS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/blocks.hpp"
#include "docket/model.hpp"

namespace docket {

enum class SectionLabel : std::uint8_t {
  kNone,
  kTitle,
  kRecord,           // "Record of the Decision": narrative, then resolutions
  kResolved,         // "RESOLVED that:", "AGREED that", "DECISION:"
  kReasons,
  kAlternatives,
  kInterests,
  kDispensations,
  kCallIn,           // the call-in deadline
  kPublished,
  kKeyDecision,
  kSubjectToCallIn,
  kEffectiveFrom,
  kDecisionDate,
  kDecisionTaker,    // who takes the decision: a body, or a person (an officer decision)
  kOther,            // a section docket does not read ("Purpose", "Wards affected")
};

// The label a line starts with, and the text after it on the same line.
struct LabelMatch {
  SectionLabel label = SectionLabel::kNone;
  std::string value;
  bool in_prose = false;  // as Segment::in_prose
};

// `line` is plain text. A label counts when it is the whole line (with
// trailing ':' or '?') or is followed by a separator and a value
// ("Date of Publication: 08 September 2014").
LabelMatch match_section_label(std::string_view line);

// Navigation and feedback text that council websites put around a page
// ("Skip to content", "Can't find what you're looking for?"); it belongs
// to no field.
bool is_web_chrome(std::string_view text);

enum class SegmentKind : std::uint8_t { kLabel, kParagraph, kListItem, kHeading, kTable, kPageBreak };

// Members run from the largest to the smallest: a paper of many short
// paragraphs is a segment each.
struct Segment {
  std::string_view text;    // plain text; a label's value
  std::string_view marker;  // list items, and labels opening one: a view of the text being parsed
  LineSpan lines;
  std::int16_t indent = 0;  // columns, as the block's
  SegmentKind kind = SegmentKind::kParagraph;
  SectionLabel label = SectionLabel::kNone;  // kLabel only
  bool loose_marker = false;
  bool debris = false;
  // kLabel only: opened by a sentence of the minutes ("It was agreed that
  // …") rather than a label; a decision only where the paper labels none.
  bool in_prose = false;
};

// Segment texts that are not a block's whole text are kept in `arena`.
std::vector<Segment> segment_blocks(const std::vector<Block>& blocks, TextArena& arena);

// Which labels the blocks' lines carry, as segment_blocks would find them.
// Telling a decision record needs only these, so other papers never build
// their segments: a segment a block, and a copy of its text.
class SectionLabelSet {
 public:
  void insert(SectionLabel label) {
    bits_ |= 1u << static_cast<unsigned>(label);
    if (label == SectionLabel::kResolved && resolved_ < 255) ++resolved_;
  }
  bool contains(SectionLabel label) const { return (bits_ >> static_cast<unsigned>(label) & 1u) != 0; }
  // How many "RESOLVED" labels were found (up to 255): minutes record
  // decision after decision.
  int resolved_count() const { return resolved_; }

 private:
  std::uint32_t bits_ = 0;
  std::uint8_t resolved_ = 0;
};
static_assert(static_cast<unsigned>(SectionLabel::kOther) < 32);

SectionLabelSet section_labels(const std::vector<Block>& blocks);

// test(section_labels(blocks)) for a test that, once true, stays true as
// labels are added: the lines are read only until it is.
bool section_labels_satisfy(const std::vector<Block>& blocks, bool (*test)(const SectionLabelSet&));

}  // namespace docket

#endif  // DOCKET_SECTIONS_HPP
