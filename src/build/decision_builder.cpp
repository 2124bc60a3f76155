#include "build/decision_builder.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "normalise/dates.hpp"
#include "layout/list_markers.hpp"
#include "normalise/refs.hpp"
#include "base/text_util.hpp"
#include "build/minute_numbers.hpp"
#include "build/motions.hpp"
#include "recognise/procedural.hpp"

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
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "-", "*"}) {
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

// One numbered list of resolutions, with sub-parts as children.
class ResolutionList {
 public:
  explicit ResolutionList(std::vector<Item>& out) : out_(out) {}

  bool empty() const { return items_.empty(); }

  // Tries to add a list item; false when the marker does not belong to
  // this list (and so ends it).
  bool add_list_item(const Segment& s) {
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
    // Numbering that starts again begins another list.
    if (level == 0 && !items_.empty() && m.value <= last_value_[0]) return false;
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

  // A paragraph after an item: the tail of an item cut by a page break when
  // it starts in lowercase or the item stops mid-sentence; else the list
  // has ended.
  bool add_paragraph(const Segment& s) {
    if (items_.empty()) return false;
    const std::string_view t = trim(s.text);
    if (t.empty()) return true;
    const bool lowercase_start = is_ascii_lower(t.front());
    if (!lowercase_start && !ends_mid_sentence(items_.back().text)) return false;
    if (is_web_chrome(t)) return false;
    join_text(s);
    return true;
  }

  void finish() {
    // Items are large: each is moved once, not again as `out_` grows.
    out_.reserve(out_.size() + items_.size());
    for (Item& item : items_) {
      item.refs = find_refs(item.text);
      out_.push_back(std::move(item));
    }
    items_.clear();
  }

  std::size_t size() const { return items_.size(); }

 private:
  // Level 0 takes the class of the first marker; each new class opens the
  // next level down. A letter that is also a roman numeral ("i") is a
  // letter where the letters have reached the one before it ("h").
  int level_of(const MarkerInfo& m) {
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

  int value_at_level(const MarkerInfo& m, int level) const {
    if (level_class_[static_cast<std::size_t>(level)] == MarkerClass::kRoman && m.also_roman) return m.roman;
    return m.value;
  }

  void join_text(const Segment& s) {
    Item& item = items_.back();
    append_joined(item.text, s.text);
    item.lines.last = std::max(item.lines.last, s.lines.last);
  }

  void join_paragraph(const Segment& s) {
    Item& item = items_.back();
    if (!item.text.empty()) item.text.push_back('\n');
    item.text += trim(s.text);
    item.lines.last = std::max(item.lines.last, s.lines.last);
  }

  std::vector<Item>& out_;
  std::vector<Item> items_;
  int first_indent_ = 0;
  std::array<MarkerClass, 3> level_class_ = {MarkerClass::kBullet, MarkerClass::kBullet, MarkerClass::kBullet};
  std::array<std::string, 3> current_number_;
  std::array<int, 3> last_value_ = {0, 0, 0};
};

bool is_ordered(const Segment& s) {
  if (s.kind != SegmentKind::kListItem) return false;
  const MarkerClass c = classify_marker(s.marker).cls;
  return c == MarkerClass::kNumber || c == MarkerClass::kLetter || c == MarkerClass::kRoman;
}

bool skippable(const Segment& s) { return s.debris || s.kind == SegmentKind::kPageBreak; }

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

std::size_t next_label(const std::vector<Segment>& segments, std::size_t from) {
  for (std::size_t i = from; i < segments.size(); ++i) {
    if (segments[i].kind == SegmentKind::kLabel) return i;
  }
  return segments.size();
}

// A label's own text opens a list when it stops where the list begins
// ("RESOLVED that Cabinet agree to:"); otherwise it is the resolution.
bool opens_list(std::string_view value) {
  value = trim(value);
  // A value that stops mid-sentence is often a line cut by the page's
  // width, not the lead-in of a list: only a colon or dash says so.
  return value.empty() || value.back() == ':' || value.back() == '-';
}

// "R2018-080 J. Doe, K. Roe: BE IT RESOLVED:" and the parts under it, up
// to the next label: one resolution under its own identifier, the
// enacting formula and its numbered parts kept in its text.
Item identified_resolution(const std::vector<Segment>& segments, std::size_t label, std::size_t end) {
  const Segment& s = segments[label];
  const std::size_t id = resolution_identifier_length(s.text);
  Item item;
  item.type = ItemType::kResolution;
  item.number = std::string(s.text.substr(0, id));
  item.text = resolution_words(without_movers(s.text.substr(id)));
  item.lines = s.lines;
  for (std::size_t k = label + 1; k < end; ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (p.kind == SegmentKind::kListItem) {
      item.text.push_back('\n');
      item.text += trim(p.marker);
      item.text.push_back(' ');
      item.text += trim(p.text);
    } else if (p.kind == SegmentKind::kParagraph && !ends_sentence(item.text) && !is_web_chrome(p.text)) {
      append_joined(item.text, p.text);
    } else {
      break;
    }
    item.lines.last = p.lines.last;
  }
  item.status = motion_outcome(item.text);
  // "Read a first, second and third time … Carried.": the outcome may
  // stand in the paragraph after the motion.
  for (std::size_t k = label + 1; k < end && !item.status && k <= label + 2; ++k) {
    if (segments[k].kind == SegmentKind::kParagraph) item.status = motion_outcome(segments[k].text);
  }
  item.refs = find_refs(item.text);
  return item;
}

// One resolution whose text is `text` (a label's value or a paragraph at
// `at`), joined with the paragraphs that finish its sentence.
Item inline_resolution(const std::vector<Segment>& segments, std::size_t at, std::size_t end, std::string_view text,
                       std::string number) {
  Item item;
  item.type = ItemType::kResolution;
  item.number = std::move(number);
  item.text = resolution_words(text);
  item.lines = segments[at].lines;
  for (std::size_t k = at + 1; k < end; ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (p.kind != SegmentKind::kParagraph || ends_sentence(item.text) || is_web_chrome(p.text)) break;
    append_joined(item.text, p.text);
    item.lines.last = p.lines.last;
  }
  item.status = motion_outcome(item.text);
  item.refs = find_refs(item.text);
  return item;
}

// "RESOLVED:" alone, with the resolution in the paragraph below: a
// paragraph that does not lead into a list ("Cabinet agree to:").
bool text_below(const std::vector<Segment>& segments, std::size_t from, std::size_t end, std::string_view value) {
  if (!trim(value).empty()) return false;
  for (std::size_t k = from; k < end; ++k) {
    if (skippable(segments[k])) continue;
    const std::string_view t = trim(segments[k].text);
    return segments[k].kind == SegmentKind::kParagraph && !t.empty() && t.back() != ':' &&
           !groups_list_items(segments, k, end);
  }
  return false;
}

bool next_is_ordered(const std::vector<Segment>& segments, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end; ++k) {
    if (skippable(segments[k])) continue;
    return is_ordered(segments[k]);
  }
  return false;
}

// A mover named in the few paragraphs just before `at`, with no heading
// or other motion between.
bool mover_before(const std::vector<Segment>& segments, std::size_t at) {
  int seen = 0;
  for (std::size_t k = at; k-- > 0 && seen < 4;) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (p.kind != SegmentKind::kParagraph || starts_with_that(p.text)) return false;
    if (names_mover(p.text)) return true;
    ++seen;
  }
  return false;
}

// "Motion Passed (5 to 0)", "CARRIED": the outcome in the few paragraphs
// after a motion (a recorded vote may stand between).
std::optional<std::string> outcome_after(const std::vector<Segment>& segments, std::size_t from, std::size_t end) {
  int seen = 0;
  for (std::size_t k = from; k < end && seen < 4; ++k) {
    const Segment& p = segments[k];
    if (p.kind == SegmentKind::kPageBreak) continue;
    // An outcome written the same way after several motions repeats like
    // page furniture, and may be marked so: it is read all the same.
    if (auto outcome = motion_outcome(p.text); outcome && p.kind == SegmentKind::kParagraph) return outcome;
    if (p.debris) continue;
    if (p.kind == SegmentKind::kHeading || starts_with_that(p.text) || names_mover(p.text)) break;
    ++seen;
  }
  return std::nullopt;
}

}  // namespace

void build_resolutions(const std::vector<Segment>& segments, std::vector<Warning>& warnings, const ItemEmitter& emit) {
  std::vector<Item> resolutions;
  bool anchored = false;
  MinuteTracker minutes;
  std::vector<std::string> minute_of;  // the minute each resolution stands under
  // Within a minute, after "ADDITIONAL VOTES:": the history of a motion.
  bool in_history = false;
  std::optional<std::string> history_minute;
  // Segments before this one are taken already, as the text of a label.
  std::size_t taken_until = 0;
  auto number_here = [&] { return minutes.current().value_or(std::to_string(resolutions.size() + 1)); };
  for (std::size_t i = 0; i < segments.size(); ++i) {
    minute_of.resize(resolutions.size(), minutes.current().value_or(""));
    const Segment& s = segments[i];
    minutes.see(s);
    if (in_history && (s.kind == SegmentKind::kHeading || minutes.current() != history_minute)) in_history = false;
    if (s.kind == SegmentKind::kParagraph && i >= taken_until) {
      if (opens_motion_history(s.text)) {
        in_history = true;
        history_minute = minutes.current();
        continue;
      }
      if (in_history || !starts_with_that(s.text) || restates_motion(s.text)) continue;
      const std::size_t end = next_label(segments, i + 1);
      if (trim(s.text).ends_with(':') && next_is_ordered(segments, i + 1, end)) {
        // "That the following actions be taken:" and a lettered list: the
        // list holds the resolutions.
        ResolutionList list(resolutions);
        taken_until = read_list(segments, i + 1, end, list);
        list.finish();
        anchored = true;
      } else if (mover_before(segments, i)) {
        // "Moved by … Seconded by … That …": a motion put to the meeting.
        resolutions.push_back(inline_resolution(segments, i, end, s.text, number_here()));
        Item& motion = resolutions.back();
        motion.status = outcome_after(segments, i + 1, end);
        anchored = true;
      }
      continue;
    }
    if (s.kind != SegmentKind::kLabel || s.label != SectionLabel::kResolved) continue;
    anchored = true;
    const std::size_t end = next_label(segments, i + 1);
    if (resolution_identifier_length(s.text) > 0) {
      resolutions.push_back(identified_resolution(segments, i, end));
      continue;
    }
    ResolutionList list(resolutions);
    if (opens_list(s.text) && !text_below(segments, i + 1, end, s.text)) {
      taken_until = read_list(segments, i + 1, end, list);
    }
    if (list.empty() && !s.text.empty()) {
      // "RESOLVED that the report be noted.": one resolution, inline,
      // numbered by the minute it stands under.
      resolutions.push_back(inline_resolution(segments, i, end, s.text, number_here()));
    } else if (list.empty()) {
      // "RESOLVED:" on its own line, the resolution in the paragraph after.
      for (std::size_t k = i + 1; k < end; ++k) {
        if (skippable(segments[k])) continue;
        if (segments[k].kind == SegmentKind::kParagraph) {
          resolutions.push_back(inline_resolution(segments, k, end, segments[k].text, number_here()));
          taken_until = k + 1;
        }
        break;
      }
    }
    list.finish();
  }
  if (!anchored) {
    // No "RESOLVED": the last numbered list of the record of the decision
    // (or, with no such section, of the text before the first section
    // after it) holds the resolutions; earlier lists are narrative.
    std::size_t begin = 0;
    std::size_t end = segments.size();
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (segments[i].kind == SegmentKind::kLabel && segments[i].label == SectionLabel::kRecord) {
        begin = i + 1;
        end = next_label(segments, begin);
        break;
      }
    }
    if (begin == 0) {
      for (std::size_t i = 0; i < segments.size(); ++i) {
        const SectionLabel l = segments[i].label;
        if (segments[i].kind == SegmentKind::kLabel && l != SectionLabel::kTitle && l != SectionLabel::kDecisionDate) {
          end = i;
          break;
        }
      }
    }
    std::vector<Item> last;
    std::size_t i = begin;
    while (i < end) {
      if (!is_ordered(segments[i])) {
        ++i;
        continue;
      }
      std::vector<Item> run;
      ResolutionList list(run);
      const std::size_t next = read_list(segments, i, end, list);
      list.finish();
      if (!run.empty()) last = std::move(run);
      i = std::max(next, i + 1);
    }
    resolutions = std::move(last);
    minute_of.clear();
  }
  // Minutes reuse the same letters under several minutes: a number
  // repeats only within one minute.
  minute_of.resize(resolutions.size(), minutes.current().value_or(""));
  std::set<std::string> seen;
  for (std::size_t k = 0; k < resolutions.size(); ++k) {
    Item& item = resolutions[k];
    const std::string key = minute_of[k] + "/" + item.parent.value_or("") + "/" + item.number;
    if (!seen.insert(key).second) {
      warnings.push_back({item.lines.first, "duplicate-number", "resolution " + item.number + " appears again"});
    }
    item.procedural = is_procedural_decision(item.text);
    emit(std::move(item));
  }
}

namespace {

// The text of a section: its inline value and the paragraphs after the
// label, up to the next label.
std::string section_text(const std::vector<Segment>& segments, std::size_t label) {
  std::string text(segments[label].text);
  for (std::size_t i = label + 1; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.kind == SegmentKind::kLabel || s.kind == SegmentKind::kTable || s.kind == SegmentKind::kHeading) break;
    if (skippable(s)) continue;
    if (is_web_chrome(s.text)) break;
    if (!text.empty()) text.push_back('\n');
    text += trim(s.text);
  }
  return text;
}

// The first line of a section: where its date or yes/no is written.
std::string section_first_line(const std::vector<Segment>& segments, std::size_t label) {
  if (!segments[label].text.empty()) return std::string(segments[label].text);
  for (std::size_t i = label + 1; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.kind == SegmentKind::kLabel) break;
    if (skippable(s)) continue;
    if (s.kind == SegmentKind::kParagraph || s.kind == SegmentKind::kListItem) {
      const std::size_t nl = s.text.find('\n');
      return std::string(trim(std::string_view(s.text).substr(0, nl)));
    }
  }
  return {};
}

std::optional<Date> section_date(const std::vector<Segment>& segments, std::size_t label) {
  const std::string line = section_first_line(segments, label);
  if (line.empty()) return std::nullopt;
  if (auto d = parse_uk_date(line)) return d;
  const std::vector<Date> dates = find_dates(line);
  if (!dates.empty()) return dates.front();
  return Date{line, std::nullopt};
}

void set_text(std::optional<std::string>& field, std::string text) {
  if (!field && !trim(text).empty()) field = std::move(text);
}

}  // namespace

std::optional<bool> parse_yes_no(std::string_view text) {
  const std::string key = fold_key(text);
  if (key == "yes" || key == "y" || key == "true" || key.starts_with("yes ")) return true;
  if (key == "no" || key == "n" || key == "false" || key.starts_with("no ")) return false;
  return std::nullopt;
}

void read_decision(const std::vector<Segment>& segments, Document& doc) {
  Decision decision;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.kind != SegmentKind::kLabel) continue;
    switch (s.label) {
      case SectionLabel::kReasons: set_text(decision.reasons, section_text(segments, i)); break;
      case SectionLabel::kAlternatives: set_text(decision.alternatives, section_text(segments, i)); break;
      case SectionLabel::kInterests: set_text(decision.interests, section_text(segments, i)); break;
      case SectionLabel::kDispensations: set_text(decision.dispensations, section_text(segments, i)); break;
      case SectionLabel::kCallIn:
        if (!decision.call_in_deadline) decision.call_in_deadline = section_date(segments, i);
        break;
      case SectionLabel::kPublished:
        if (!decision.published) decision.published = section_date(segments, i);
        break;
      case SectionLabel::kEffectiveFrom:
        if (!decision.effective_from) decision.effective_from = section_date(segments, i);
        break;
      case SectionLabel::kKeyDecision:
        if (!decision.key_decision) decision.key_decision = parse_yes_no(section_first_line(segments, i));
        break;
      case SectionLabel::kSubjectToCallIn:
        if (!decision.subject_to_call_in) {
          decision.subject_to_call_in = parse_yes_no(section_first_line(segments, i));
        }
        break;
      case SectionLabel::kDecisionDate:
        if (!doc.meeting) {
          if (auto d = section_date(segments, i); d && d->value) doc.meeting = d;
        }
        break;
      case SectionLabel::kNone:
      case SectionLabel::kOther:
      case SectionLabel::kTitle:
      case SectionLabel::kRecord:
      case SectionLabel::kResolved:
        break;
    }
  }
  doc.decision = std::move(decision);
}

}  // namespace docket
