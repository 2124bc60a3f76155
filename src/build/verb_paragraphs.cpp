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

bool is_bullet(const Segment& s) {
  return s.kind == SegmentKind::kListItem && classify_marker(s.marker).cls == MarkerClass::kBullet;
}

// A paragraph, or a bulleted line: "• APPROVE …" is a decision of its own
// as much as a paragraph is.
bool holds_decision(const Segment& s) { return s.kind == SegmentKind::kParagraph || is_bullet(s); }

Item& new_resolution(std::vector<Item>& out, const Segment& s, const std::string& number) {
  Item& item = out.emplace_back();
  item.type = ItemType::kResolution;
  item.number = number;
  item.text = resolution_words(s.text);
  item.lines = s.lines;
  return item;
}

void join_tail(Item& item, std::string_view text, const Segment& s, bool own_line) {
  if (own_line) {
    item.text.push_back('\n');
    item.text += text;
  } else {
    append_joined(item.text, text);
  }
  item.lines.last = s.lines.last;
}

// "RESOLVED that Council:" and a bulleted line for each decision, with no
// number: the bullets are the resolution list. A bullet set deeper than
// the first is a sub-part of the one above it; a line in lowercase is the
// tail of a bullet cut by a page break. Returns the index after the list.
std::size_t read_bullets(const std::vector<Segment>& segments, std::size_t k, std::size_t end,
                         const std::string& number, std::vector<Item>& out) {
  const std::int16_t indent = segments[k].indent;
  for (; k < end; ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    const std::string_view t = trim(p.text);
    if (is_bullet(p) && p.indent <= indent) {
      new_resolution(out, p, number);
    } else if (is_bullet(p)) {
      join_tail(out.back(), t, p, true);
    } else if (p.kind == SegmentKind::kParagraph && !t.empty() && is_ascii_lower(t.front())) {
      join_tail(out.back(), t, p, false);
    } else {
      break;
    }
  }
  return k;
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
  if (k >= end || !holds_decision(segments[k])) return label;
  const std::size_t first = out.size();
  if (!opens_with_shouted_verb(segments[k].text)) {
    if (!is_bullet(segments[k])) return label;
    k = read_bullets(segments, k, end, number, out);
  } else {
    for (; k < end; ++k) {
      const Segment& p = segments[k];
      if (skippable(p)) continue;
      if (!holds_decision(p)) break;
      const std::string_view t = trim(p.text);
      if (opens_with_shouted_verb(t)) {
        new_resolution(out, p, number).text = t;
      } else if (p.kind == SegmentKind::kParagraph && !t.empty() && is_ascii_lower(t.front())) {
        join_tail(out.back(), t, p, false);  // the tail of a paragraph cut by a page break
      } else {
        break;
      }
    }
  }
  for (std::size_t n = first; n < out.size(); ++n) out[n].refs = find_refs(out[n].text);
  return k;
}

}  // namespace docket
