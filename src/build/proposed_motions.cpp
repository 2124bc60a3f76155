#include "build/proposed_motions.hpp"

#include "base/text_util.hpp"
#include "build/motions.hpp"
#include "build/resolution_list.hpp"

namespace docket {

namespace {

// How far a proposal may stand before the amendment it leads into: its
// sentence may run over a few lines that a converter made paragraphs.
constexpr int kProposalParagraphs = 4;

// How far down the minute a notice of motion may be seconded: a reply to
// it may come first, a line a paragraph.
constexpr int kMotionParagraphs = 40;

bool names_proposer(std::string_view text) { return names_mover(text) || names_seconder(text); }

// "I will move at the next meeting …", "Councillor A will move that …",
// "I move that …": the motion's own words, in its first few.
bool states_motion(std::string_view text) {
  // "I will move", "! will move" (a scanned "I"), "Cllr Roe will move".
  const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 24));
  const std::size_t at = head.find("move ");
  if (at == std::string_view::npos || !words_at_most(head.substr(0, at), 3)) return false;
  return at == 0 || head[at - 1] == ' ';
}

}  // namespace

bool proposal_leads_into(const std::vector<Segment>& segments, std::size_t at) {
  bool lead_in = false;
  int seen = 0;
  for (std::size_t k = at; k-- > 0 && seen < kProposalParagraphs;) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (p.kind != SegmentKind::kParagraph) return false;
    const std::string_view t = trim(p.text);
    if (seen == 0) {
      // A motion "That … as follows:" is read as a motion, with its history.
      lead_in = !t.empty() && (t.back() == ':' || t.back() == ';') && !starts_with_that(t);
      if (!lead_in) return false;
    }
    if (names_proposer(t)) return true;
    ++seen;
  }
  return false;
}

bool announced_resolution(const std::vector<Segment>& segments, std::size_t at) {
  // Most paragraphs start with neither "That" nor a quote: one byte tells.
  const std::string_view text = segments[at].text;
  if (text.empty() || (text.front() != 'T' && text.front() != 't' && text.front() != '"' &&
                       text.front() != '\xE2' && !is_ascii_space(text.front()))) {
    return false;
  }
  const std::string_view t = trim(text);
  const char c = t.empty() ? '\0' : t.front();
  if (c != 'T' && c != 't' && c != '"' && c != '\xE2') return false;
  if (!starts_with_that(t) && !t.starts_with("\xE2\x80\x9C") && c != '"') return false;
  for (std::size_t k = at; k-- > 0;) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    const std::string_view before = trim(p.text);
    if (p.kind != SegmentKind::kParagraph || !words_at_most(before, 10)) return false;
    if (ifind(before, "resolution") == std::string_view::npos) return false;
    return ifind(before, "passed") != std::string_view::npos || ifind(before, "adopted") != std::string_view::npos ||
           ifind(before, "carried") != std::string_view::npos;
  }
  return false;
}

bool seconded_notice_of_motion(const std::vector<Segment>& segments, std::size_t at) {
  if (!states_motion(segments[at].text)) return false;
  int seen = 0;
  for (std::size_t k = at + 1; k < segments.size() && seen < kMotionParagraphs; ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    // The next minute, or another motion, ends the search.
    if (p.kind == SegmentKind::kHeading || p.kind == SegmentKind::kListItem || states_motion(p.text)) return false;
    if (names_proposer(p.text)) return true;
    ++seen;
  }
  return false;
}

}  // namespace docket
