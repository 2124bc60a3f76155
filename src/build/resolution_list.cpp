#include "build/resolution_list.hpp"

#include <algorithm>

#include "base/text_util.hpp"
#include "build/minute_numbers.hpp"
#include "normalise/refs.hpp"

namespace docket {

namespace {

// True when text stops on a word that cannot end a sentence ("through
// the", "as set out in"): the rest of it is on the next page.
bool ends_mid_sentence(std::string_view text) {
  text = trim(text);
  const std::size_t space = text.find_last_of(' ');
  const std::string last = to_lower_ascii(space == std::string_view::npos ? text : text.substr(space + 1));
  static constexpr std::string_view kConnectors[] = {"the", "a", "an", "of", "to", "and", "or", "in", "for", "with",
                                                     "by", "on", "at", "from", "that", "be", "as", "is", "are",
                                                     "which", "their", "its", "this", "these", "across", "into"};
  return std::find(std::begin(kConnectors), std::end(kConnectors), last) != std::end(kConnectors) ||
         (!text.empty() && text.back() == ',');
}

// "307. Pay Policy Statement (Item 16)" after "6.": a number well on from
// the list's, on a title rather than a sentence, opens the next minute.
bool titles_next_minute(const MarkerInfo& m, int last_value, std::string_view text) {
  if (m.cls != MarkerClass::kNumber || m.value <= last_value + 1) return false;
  text = trim(text);
  if (const std::size_t ref = text.find("(Item "); ref != std::string_view::npos) return true;
  if (text.empty() || !is_ascii_upper(text.front())) return false;
  const char last = text.back();
  return last != '.' && last != ';' && last != ':' && last != ',' && words_at_most(text, 12);
}

}  // namespace

bool ends_sentence(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  const char c = text.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// "• That the minutes ...": a bullet and one leading "That" are not the
// resolution's words.
std::string_view resolution_words(std::string_view text) {
  text = trim(text);
  // A bullet, or the opening quote of a resolution recorded as said.
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x9C", "\"", "-", "*"}) {
    if (text.starts_with(bullet)) {
      text = trim(text.substr(bullet.size()));
      break;
    }
  }
  if (text.size() > 5 && istarts_with(text, "that") && (text[4] == ' ' || text[4] == ',')) {
    text = trim(text.substr(5));
  }
  return text;
}

bool ResolutionList::add_list_item(const Segment& s) {
  const MarkerInfo m = classify_marker(s.marker);
  if (m.cls == MarkerClass::kBullet || m.cls == MarkerClass::kDotted) {
    // Bullets inside a resolution are part of its text.
    if (items_.empty()) return false;
    join_paragraph(s);
    return true;
  }
  int level = level_of(m);
  if (level < 0) return false;
  // "12 the scheme ceases": a marker that lost its period counts only
  // where the list expects that number next.
  if (s.loose_marker) {
    if (level != 0 || m.value != last_value_[0] + 1) {
      if (items_.empty()) return false;
      const std::string with_marker = std::string(s.marker) + " " + std::string(s.text);
      Segment as_text = s;
      as_text.text = with_marker;
      join_text(as_text);
      return true;
    }
  }
  // Numbering that starts again begins another list; a minute's title
  // after the list ends it.
  if (level == 0 && !items_.empty() &&
      (m.value <= last_value_[0] || titles_next_minute(m, last_value_[0], s.text))) {
    return false;
  }
  // A sub-part stands at least as deep as the list; a number further
  // out opens the next minute.
  if (level > 0 && s.indent < first_indent_) return false;
  if (items_.empty()) first_indent_ = s.indent;
  if (level > 0 && !items_.empty()) {
    // Sub-parts ("(a)", "i)") belong to the resolution they sit under.
    Item& parent = items_.back();
    parent.text.push_back('\n');
    parent.text += trim(s.marker);
    parent.text.push_back(' ');
    parent.text += trim(s.text);
    parent.lines.last = std::max(parent.lines.last, s.lines.last);
  } else {
    // Built where it is kept: an Item is large to move.
    Item& item = items_.emplace_back();
    item.type = ItemType::kResolution;
    item.number = printed_label(s.marker);
    item.text = resolution_words(s.text);
    item.lines = s.lines;
  }
  current_number_[static_cast<std::size_t>(level)] = m.label;
  for (std::size_t k = static_cast<std::size_t>(level) + 1; k < current_number_.size(); ++k) {
    current_number_[k].clear();
    level_class_[k] = MarkerClass::kBullet;
    last_value_[k] = 0;
  }
  last_value_[static_cast<std::size_t>(level)] = value_at_level(m, level);
  return true;
}

bool ResolutionList::add_paragraph(const Segment& s) {
  if (items_.empty()) return false;
  const std::string_view t = trim(s.text);
  if (t.empty()) return true;
  const bool lowercase_start = is_ascii_lower(t.front());
  if (!lowercase_start && !ends_mid_sentence(items_.back().text)) return false;
  if (is_web_chrome(t)) return false;
  join_text(s);
  return true;
}

void ResolutionList::finish() {
  // Items are large: each is moved once, not again as `out_` grows.
  out_.reserve(out_.size() + items_.size());
  for (Item& item : items_) {
    item.refs = find_refs(item.text);
    out_.push_back(std::move(item));
  }
  items_.clear();
}

// Level 0 takes the class of the first marker; each new class opens the
// next level down. A letter that is also a roman numeral ("i") is a
// letter where the letters have reached the one before it ("h").
int ResolutionList::level_of(const MarkerInfo& m) {
  MarkerClass cls = m.cls;
  for (std::size_t level = 0; level < level_class_.size(); ++level) {
    if (level_class_[level] == MarkerClass::kBullet) {
      // A new level of letters starts at "a"; one that starts at "i" is
      // a level of roman numerals.
      if (m.also_roman && (m.value != 1 || (level > 0 && level_class_[level - 1] == MarkerClass::kLetter))) {
        cls = MarkerClass::kRoman;
      }
      level_class_[level] = cls;
      return static_cast<int>(level);
    }
    if (level_class_[level] == cls) {
      if (cls == MarkerClass::kLetter && m.also_roman && m.value != last_value_[level] + 1 &&
          level + 1 < level_class_.size() &&
          (level_class_[level + 1] == MarkerClass::kRoman || level_class_[level + 1] == MarkerClass::kBullet)) {
        continue;  // "(i)" after "(a)": a roman sub-part
      }
      return static_cast<int>(level);
    }
    if (level_class_[level] == MarkerClass::kRoman && m.also_roman) return static_cast<int>(level);
  }
  return -1;
}

int ResolutionList::value_at_level(const MarkerInfo& m, int level) const {
  if (level_class_[static_cast<std::size_t>(level)] == MarkerClass::kRoman && m.also_roman) return m.roman;
  return m.value;
}

void ResolutionList::join_text(const Segment& s) {
  Item& item = items_.back();
  append_joined(item.text, s.text);
  item.lines.last = std::max(item.lines.last, s.lines.last);
}

void ResolutionList::join_paragraph(const Segment& s) {
  Item& item = items_.back();
  if (!item.text.empty()) item.text.push_back('\n');
  item.text += trim(s.text);
  item.lines.last = std::max(item.lines.last, s.lines.last);
}

bool is_ordered(const Segment& s) {
  if (s.kind != SegmentKind::kListItem) return false;
  const MarkerClass c = classify_marker(s.marker).cls;
  return c == MarkerClass::kNumber || c == MarkerClass::kLetter || c == MarkerClass::kRoman;
}

// "2025-26 Council Tax" between "(d)" and "(e)": a short line that is not
// a sentence, with the list going on after it, heads a group of the
// list's items rather than ending it.
bool groups_list_items(const std::vector<Segment>& segments, std::size_t i, std::size_t end) {
  const std::string_view t = trim(segments[i].text);
  // "In addition:" leads into the rest of the list as well.
  if (t.empty() || !words_at_most(t, 10) || (ends_sentence(t) && t.back() != ':') || t.back() == ',') return false;
  for (std::size_t k = i + 1; k < end; ++k) {
    if (skippable(segments[k])) continue;
    return is_ordered(segments[k]);
  }
  return false;
}

// Reads the list that starts at or after `i` (before `end`), stopping at the
// first thing that is not part of it. Returns the index after the list.
std::size_t read_list(const std::vector<Segment>& segments, std::size_t i, std::size_t end, ResolutionList& list) {
  for (; i < end; ++i) {
    const Segment& s = segments[i];
    if (skippable(s)) continue;
    if (s.kind == SegmentKind::kListItem) {
      if (!list.add_list_item(s)) {
        if (list.empty()) continue;
        return i;
      }
    } else if (s.kind == SegmentKind::kParagraph) {
      if (!list.add_paragraph(s)) {
        if (list.empty() || groups_list_items(segments, i, end)) continue;
        return i;
      }
    } else {
      return i;
    }
  }
  return i;
}

std::size_t read_lists_after_lead_ins(const std::vector<Segment>& segments, std::size_t from, std::size_t end,
                                      std::vector<Item>& out) {
  for (;;) {
    // A connective ("And;") at most, then the lead-in, then the list.
    std::size_t k = from;
    int paragraphs = 0;
    bool lead_in = false;
    for (; k < end && !lead_in; ++k) {
      const Segment& p = segments[k];
      if (skippable(p)) continue;
      const std::string_view t = trim(p.text);
      if (p.kind != SegmentKind::kParagraph || ++paragraphs > 2) return from;
      lead_in = t.ends_with(':');
      if (!lead_in && !words_at_most(t, 2)) return from;
    }
    while (k < end && skippable(segments[k])) ++k;
    if (!lead_in || k >= end || !is_ordered(segments[k])) return from;
    ResolutionList list(out);
    const std::size_t after = read_list(segments, k, end, list);
    if (list.empty()) return from;
    list.finish();
    from = after;
  }
}

}  // namespace docket
