#include "recognise/document_kind.hpp"

#include <algorithm>

#include "base/text_util.hpp"
#include "layout/list_markers.hpp"
#include "recognise/disposition_agenda.hpp"
#include "recognise/disposition_table.hpp"
#include "recognise/recitals.hpp"
#include "recognise/minute_table.hpp"
#include "recognise/motion_words.hpp"
#include "recognise/response_paper.hpp"
#include "tables/item_fields.hpp"
#include "tables/step_rows.hpp"

namespace docket {

bool looks_like_decision_record(const SectionLabelSet& labels) {
  if (labels.contains(SectionLabel::kRecord)) return true;
  int decision_sections = 0;
  for (SectionLabel l : {SectionLabel::kResolved, SectionLabel::kReasons, SectionLabel::kAlternatives,
                         SectionLabel::kInterests, SectionLabel::kDispensations, SectionLabel::kCallIn,
                         SectionLabel::kKeyDecision, SectionLabel::kSubjectToCallIn}) {
    decision_sections += labels.contains(l) ? 1 : 0;
  }
  // Minutes: two decisions recorded are enough, with no proforma sections.
  return decision_sections >= 2 || (labels.contains(SectionLabel::kResolved) && decision_sections >= 1) ||
         labels.resolved_count() >= 2;
}

// Items need at least this many dotted numbers ("1.1", "2.3") before a
// paper reads as a project plan rather than prose with a numbered list.
constexpr int kMinDottedItems = 3;

// Whether `text` opens with a digit and a run of digits and periods in
// which a period stands before a digit: what leading_number needs to read
// a dotted number ("1.2", "3.1.1 "), as a dotted marker holds a period
// short of its end. Most numbered paragraphs ("2. Tools", "12 weeks") have
// none, and are not read as markers for it.
bool may_open_with_dotted_number(std::string_view text) {
  if (text.empty() || !is_ascii_digit(text[0])) return false;
  for (std::size_t i = 1; i + 1 < text.size() && (is_ascii_digit(text[i]) || text[i] == '.'); ++i) {
    if (text[i] == '.' && is_ascii_digit(text[i + 1])) return true;
  }
  return false;
}

bool looks_like_project_plan(const std::vector<Block>& blocks) {
  // A plan's numbers are read again as its items are built: here the
  // reading stops at the few that tell.
  int dotted = 0;
  for (const Block& b : blocks) {
    if (dotted >= kMinDottedItems) return true;
    if (b.debris || (b.kind != BlockKind::kListItem && b.kind != BlockKind::kParagraph)) continue;
    if (b.kind == BlockKind::kListItem && classify_marker(b.marker()).cls == MarkerClass::kDotted) {
      ++dotted;
      continue;
    }
    if (!may_open_with_dotted_number(b.text)) continue;
    if (auto lead = leading_number(b.text); lead && lead->first.cls == MarkerClass::kDotted) ++dotted;
  }
  return dotted >= kMinDottedItems;
}


// Minutes that record motions ("Moved by …", "Seconded by …", "On the
// proposal of …") rather than resolutions: two movers named are enough.
bool names_movers(const std::vector<Block>& blocks) {
  int movers = 0;
  for (const Block& b : blocks) {
    if (b.debris || b.kind != BlockKind::kParagraph) continue;
    if (names_mover(b.text) && ++movers >= 2) return true;
  }
  return false;
}

namespace {

// The first few blocks of text are the title block: a heading or line
// that opens "Minutes" ("MINUTES", "Minutes of a meeting of the Council
// held on …", "Minutes of the Annual Meeting") names the paper.
constexpr int kTitleBlockBlocks = 4;

bool titled_as_minutes(const std::vector<Block>& blocks) {
  int seen = 0;
  for (const Block& b : blocks) {
    if (b.debris || (b.kind != BlockKind::kHeading && b.kind != BlockKind::kParagraph)) continue;
    const std::string_view text = trim(b.text);
    if (istarts_with(text, "minutes") && (text.size() == 7 || !is_ascii_alpha(text[7]))) return true;
    if (++seen == kTitleBlockBlocks) break;
  }
  return false;
}

}  // namespace

DocumentKind recognise_kind(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                            KindHint hint) {
  switch (hint) {
    case KindHint::kActionPlan: return DocumentKind::kActionPlan;
    case KindHint::kDecisionRecord: return DocumentKind::kDecisionRecord;
    case KindHint::kProjectPlan: return DocumentKind::kProjectPlan;
    case KindHint::kAuto: break;
  }
  // A table of numbered steps is a work programme's, not a plan answering
  // recommendations.
  if (std::any_of(tables.begin(), tables.end(), [&](const LogicalTable& t) { return t.is_plan && !is_step_table(t, blocks); })) {
    return DocumentKind::kActionPlan;
  }
  // Minutes laid out as a table; a work programme's table of numbered
  // steps is not read for them.
  const auto minute_table = [&](const LogicalTable& t) { return !is_step_table(t, blocks) && minute_table_columns(t); };
  if (section_labels_satisfy(blocks, looks_like_decision_record) || names_movers(blocks) ||
      std::any_of(tables.begin(), tables.end(), minute_table)) {
    return DocumentKind::kDecisionRecord;
  }
  // Recommendations in labelled boxes, each answered in prose.
  if (looks_like_response_paper(blocks)) return DocumentKind::kActionPlan;
  if (looks_like_project_plan(blocks) || std::any_of(tables.begin(), tables.end(), [&](const LogicalTable& t) { return is_step_table(t, blocks); })) {
    return DocumentKind::kProjectPlan;
  }
  // Numbered items each closed by a disposition ("(Y-5) ADOPTED"): minutes
  // with no "RESOLVED" in them; recitals and an enacting clause. Asked
  // last, as they read the whole text.
  // The same laid out as tables, a row per item.
  if (looks_like_disposition_agenda(blocks) || !read_disposition_tables(tables).empty() ||
      recites_resolutions(blocks)) {
    return DocumentKind::kDecisionRecord;
  }
  // Minutes whose decisions are told in prose ("Approved & signed as
  // correct"), with no label to find them by, are minutes still: the
  // paper calls itself so at its top.
  if (titled_as_minutes(blocks)) return DocumentKind::kDecisionRecord;
  // A numbered list whose items name their lead or deadline on lines of
  // their own ("Lead: …", "Timescale: …"): a work programme.
  if (lists_items_with_fields(blocks)) return DocumentKind::kProjectPlan;
  return DocumentKind::kUnknown;
}

}  // namespace docket
