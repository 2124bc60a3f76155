#include "build/verb_paragraphs.hpp"

#include "base/text_util.hpp"
#include "build/resolution_list.hpp"
#include "layout/list_markers.hpp"
#include "normalise/refs.hpp"

namespace docket {

namespace {

std::size_t next_kept(const std::vector<Segment>& segments, std::size_t from, std::size_t end) {
  while (from < end && skippable(segments[from])) ++from;
  return from;
}

bool is_paragraph(const std::vector<Segment>& segments, std::size_t i, std::size_t end) {
  return i < end && segments[i].kind == SegmentKind::kParagraph;
}

// A paragraph, or a bulleted line: "• APPROVE …" is a decision of its own
// as much as a paragraph is.
bool holds_decision(const Segment& s) {
  return s.kind == SegmentKind::kParagraph ||
         (s.kind == SegmentKind::kListItem && classify_marker(s.marker).cls == MarkerClass::kBullet);
}

}  // namespace

bool opens_with_shouted_verb(std::string_view text) {
  text = trim(text);
  if (text.starts_with("To ")) text = trim(text.substr(3));  // "To APPROVE …"
  std::size_t i = 0;
  while (i < text.size() && is_ascii_upper(text[i])) ++i;
  if (i < 3 || i >= text.size() || text[i] != ' ') return false;
  while (i < text.size() && text[i] == ' ') ++i;
  return i < text.size() && is_ascii_lower(text[i]);
}

std::size_t read_verb_paragraphs(const std::vector<Segment>& segments, std::size_t label, std::size_t end,
                                 const std::string& number, std::vector<Item>& out) {
  std::size_t k = next_kept(segments, label + 1, end);
  const std::string_view value = trim(segments[label].text);
  if (!value.empty() && value.back() != ':') return label;
  if (value.empty() && is_paragraph(segments, k, end) && trim(segments[k].text).ends_with(':')) {
    k = next_kept(segments, k + 1, end);  // "I agree to:"
  }
  if (k >= end || !holds_decision(segments[k]) || !opens_with_shouted_verb(segments[k].text)) return label;
  const std::size_t first = out.size();
  for (; k < end; ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (!holds_decision(p)) break;
    const std::string_view t = trim(p.text);
    if (opens_with_shouted_verb(t)) {
      Item& item = out.emplace_back();
      item.type = ItemType::kResolution;
      item.number = number;
      item.text = t;
      item.lines = p.lines;
    } else if (p.kind == SegmentKind::kParagraph && !t.empty() && is_ascii_lower(t.front())) {
      // The tail of a paragraph cut by a page break.
      append_joined(out.back().text, t);
      out.back().lines.last = p.lines.last;
    } else {
      break;
    }
  }
  for (std::size_t n = first; n < out.size(); ++n) out[n].refs = find_refs(out[n].text);
  return k;
}

}  // namespace docket
