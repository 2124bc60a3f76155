#include "build/decision_builder.hpp"

#include <algorithm>
#include <set>

#include "base/text_util.hpp"
#include "build/minute_numbers.hpp"
#include "build/motions.hpp"
#include "build/proposed_motions.hpp"
#include "build/resolution_list.hpp"
#include "build/verb_paragraphs.hpp"
#include "normalise/refs.hpp"
#include "recognise/decision_openings.hpp"
#include "recognise/procedural.hpp"
#include "recognise/recitals.hpp"

namespace docket {

namespace {

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

// Recitals with no enacting clause yet: the resolution goes on below.
bool open_recitals(std::string_view text) {
  return opens_recital(text) && enacting_clause(text) == std::string_view::npos;
}

// "R2018-077", or a register number "14/06/9.01" after "Resolved".
std::size_t identifier_length(std::string_view value) {
  if (const std::size_t id = resolution_identifier_length(value)) return id;
  return slashed_minute_number(value).value_or(0);
}

// "R2018-080 J. Doe, K. Roe: BE IT RESOLVED:" and the parts under it, up
// to the next label: one resolution under its own identifier, the
// enacting formula and its numbered parts kept in its text.
Item identified_resolution(const std::vector<Segment>& segments, std::size_t label, std::size_t end) {
  const Segment& s = segments[label];
  const std::size_t id = identifier_length(s.text);
  Item item;
  item.type = ItemType::kResolution;
  item.number = std::string(s.text.substr(0, id));
  item.text = resolution_words(without_movers(s.text.substr(id)));
  item.lines = s.lines;
  // "Resolved 14/06/9.01" alone: the resolution is on the lines below.
  for (std::size_t k = label + 1; k < segments.size() && (k < end || (item.text.empty() && k == end)); ++k) {
    const Segment& p = segments[k];
    if (skippable(p)) continue;
    if (item.text.empty() && p.kind == SegmentKind::kLabel && p.in_prose) {
      item.text = p.text;  // "It was agreed that …" under the number
    } else if (p.kind == SegmentKind::kListItem) {
      item.text.push_back('\n');
      item.text += trim(p.marker);
      item.text.push_back(' ');
      item.text += trim(p.text);
    } else if (p.kind == SegmentKind::kParagraph && open_recitals(item.text) &&
               (opens_recital(p.text) || enacting_clause(p.text) != std::string_view::npos)) {
      // "WHEREAS …;" then "AND WHEREAS …" and "NOW THEREFORE …": the
      // recitals run on to the enacting clause, a paragraph a line.
      item.text.push_back('\n');
      item.text += trim(p.text);
    } else if (p.kind == SegmentKind::kParagraph && (trim(item.text).empty() || !ends_sentence(item.text)) &&
               !is_web_chrome(p.text)) {
      append_joined(item.text, p.text);
    } else {
      break;
    }
    item.lines.last = p.lines.last;
  }
  // "R2023-076 J. Doe, K. Roe:" with the text on the lines below.
  if (s.text.size() == id || trim(without_movers(s.text.substr(id))).empty()) item.text = resolution_words(item.text);
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

bool bullet_below(const std::vector<Segment>& segments, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end; ++k) {
    if (skippable(segments[k])) continue;
    return segments[k].kind == SegmentKind::kListItem && classify_marker(segments[k].marker).cls == MarkerClass::kBullet;
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

// "… were discussed. Resolved 16/05/14.1 It was agreed …": each decision
// run on in the paragraph, under its register number, to the next one.
// False when the paragraph holds none.
bool read_register_decisions(const Segment& s, std::vector<Item>& out) {
  std::size_t at = register_decision_at(s.text, 0);
  if (at == std::string_view::npos) return false;
  while (at != std::string_view::npos) {
    const std::string_view from = s.text.substr(at + 9);  // past "Resolved "
    const std::size_t id = *slashed_minute_number(from);
    const std::size_t next = register_decision_at(s.text, at + 9 + id);
    const std::string_view text = from.substr(id, next == std::string_view::npos ? std::string_view::npos : next - at - 9 - id);
    Item& item = out.emplace_back();
    item.type = ItemType::kResolution;
    item.number = std::string(from.substr(0, id));
    item.text = resolution_words(text);
    item.lines = s.lines;
    item.status = motion_outcome(item.text);
    item.refs = find_refs(item.text);
    at = next;
  }
  return true;
}

// "Correspondence:- Letter from …", "Playing Field: The mower …": a few
// capitalised words and a colon, then the minute's text.
bool opens_with_run_in_title(std::string_view text) {
  const std::size_t colon = text.substr(0, 80).find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 2 >= text.size()) return false;
  const std::string_view title = text.substr(0, colon);
  return is_ascii_upper(title.front()) && title.find(". ") == std::string_view::npos && words_at_most(title, 8) &&
         trim(text.substr(colon + 1)).size() > 1;
}

// "Resolution 2024-15" just above: the number of the resolution below.
std::optional<std::string> number_above(const std::vector<Segment>& segments, std::size_t at) {
  for (std::size_t k = at; k-- > 0;) {
    if (skippable(segments[k])) continue;
    return resolution_heading_number(segments[k].text);
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
  auto number_here = [&] { return minutes.current().value_or(std::string()); };
  // "It was agreed that …" in a paper that labels its decisions is the
  // minutes' prose, not one of them.
  const bool labels_decisions = std::any_of(segments.begin(), segments.end(), [](const Segment& s) {
    return s.kind == SegmentKind::kLabel && s.label == SectionLabel::kResolved && !s.in_prose;
  });
  // Minutes that number their decisions ("Resolved 16/05/8.1") may run
  // one on from a paragraph: only theirs are searched for one.
  const bool numbers_decisions = labels_decisions && std::any_of(segments.begin(), segments.end(), [](const Segment& s) {
    return s.kind == SegmentKind::kLabel && s.label == SectionLabel::kResolved && slashed_minute_number(s.text);
  });
  for (std::size_t i = 0; i < segments.size(); ++i) {
    // The resolutions the segment before added stand under the minute
    // then current; the minute is copied only when there are any.
    if (minute_of.size() != resolutions.size()) minute_of.resize(resolutions.size(), minutes.current().value_or(""));
    const Segment& s = segments[i];
    if (s.kind == SegmentKind::kListItem && i >= taken_until && !in_history && proposal_leads_into(segments, i) &&
        is_ordered(s)) {
      // "On the proposal of …, seconded by …, the following amendment was
      // proposed:" and the numbered amendment: its words are not a title.
      ResolutionList list(resolutions);
      taken_until = read_list(segments, i, next_label(segments, i + 1), list);
      list.finish();
      anchored = true;
      continue;
    }
    minutes.see(s);
    if (in_history && (s.kind == SegmentKind::kHeading || minutes.current() != history_minute)) in_history = false;
    if (s.kind == SegmentKind::kParagraph && i >= taken_until) {
      if (numbers_decisions && !in_history && read_register_decisions(s, resolutions)) {
        anchored = true;
        continue;
      }
      // "… had two quotes. RESOLVED that …": a decision run on from the
      // prose, in a paper that labels its decisions.
      if (labels_decisions && !in_history) {
        if (const std::size_t at = run_on_decision_at(s.text); at != std::string_view::npos) {
          const LabelMatch run_on = match_section_label(s.text.substr(at));
          if (run_on.label == SectionLabel::kResolved && !run_on.value.empty()) {
            resolutions.push_back(inline_resolution(segments, i, next_label(segments, i + 1), run_on.value, number_here()));
            continue;
          }
        }
      }
      // A motion's history opens "Additional votes" or "Amendment", recitals
      // "And whereas", "Whereas" or "Resolution …", a motion "That": the
      // paragraph's opening letter, read once, turns most away from each.
      const char opening = opening_letter(s.text);
      if (opening == 'a' && opens_motion_history(s.text)) {
        in_history = true;
        history_minute = minutes.current();
        continue;
      }
      if (!in_history && (opening == 'a' || opening == 'w' || opening == 'r') &&
          recitals_start(s.text) != std::string_view::npos) {
        // "WHEREAS …", "NOW THEREFORE BE IT RESOLVED that …": one
        // resolution, its recitals first.
        const std::size_t end = next_label(segments, i + 1);
        if (std::optional<RecitedResolution> recited = read_recitals(segments, i, end)) {
          std::string number = recited->number ? *recited->number : number_above(segments, i).value_or(number_here());
          Item& item = resolutions.emplace_back();
          item.type = ItemType::kResolution;
          item.number = std::move(number);
          item.text = std::move(recited->text);
          item.lines = recited->lines;
          item.status = motion_outcome(item.text);
          if (!item.status) item.status = outcome_after(segments, recited->end, end);
          item.refs = find_refs(item.text);
          taken_until = recited->end;
          anchored = true;
          continue;
        }
      }
      // A resolution announced as passed is quoted below, or opens "That".
      const bool may_be_announced = opening == 't' || opening == '\xE2' || trim(s.text).starts_with('"');
      if (!in_history &&
          ((may_be_announced && announced_resolution(segments, i)) || seconded_notice_of_motion(segments, i))) {
        resolutions.push_back(inline_resolution(segments, i, next_label(segments, i + 1), s.text, number_here()));
        anchored = true;
        continue;
      }
      if (in_history || opening != 't' || !starts_with_that(s.text) || restates_motion(s.text)) continue;
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
    if (s.kind != SegmentKind::kLabel || s.label != SectionLabel::kResolved || (s.in_prose && labels_decisions)) continue;
    anchored = true;
    const std::size_t end = next_label(segments, i + 1);
    if (identifier_length(s.text) > 0) {
      resolutions.push_back(identified_resolution(segments, i, end));
      // The paragraphs it took are its text, not further motions.
      while (taken_until < end && (taken_until <= i || segments[taken_until].lines.first <= resolutions.back().lines.last)) {
        ++taken_until;
      }
      continue;
    }
    ResolutionList list(resolutions);
    // A bulleted list right under the lead-in is the resolution list, read
    // below with the verb paragraphs: a numbered list after it is not.
    if (opens_list(s.text) && !text_below(segments, i + 1, end, s.text) && !bullet_below(segments, i + 1, end)) {
      taken_until = read_list(segments, i + 1, end, list);
      if (!list.empty()) {
        list.finish();
        taken_until = read_lists_after_lead_ins(segments, taken_until, end, resolutions);
        continue;
      }
    }
    if (list.empty()) {
      // "I agree to:" and a paragraph for each decision, opening with its verb.
      const std::size_t after = read_verb_paragraphs(segments, i, end, minutes.current().value_or(""), resolutions);
      if (after > i) {
        taken_until = after;
        continue;
      }
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
    // "516. Correspondence:- Letter from …": a list each of whose items
    // opens with a title run in before a colon is the minutes' business,
    // not its decisions.
    if (!std::all_of(last.begin(), last.end(), [](const Item& item) { return opens_with_run_in_title(item.text); })) {
      resolutions = std::move(last);
    }
    minute_of.clear();
  }
  // Minutes reuse the same letters under several minutes: a number
  // repeats only within one minute.
  minute_of.resize(resolutions.size(), minutes.current().value_or(""));
  std::set<std::string> seen;
  for (std::size_t k = 0; k < resolutions.size(); ++k) {
    Item& item = resolutions[k];
    const std::string key = minute_of[k] + "/" + item.parent.value_or("") + "/" + item.number;
    // Unnumbered decisions outside any minute share the empty number.
    // A minute may record several decisions, each under its number.
    if (!item.number.empty() && item.number != minute_of[k] && !seen.insert(key).second) {
      warnings.push_back({item.lines.first, "duplicate-number", "resolution " + item.number + " appears again"});
    }
    item.procedural = is_procedural_decision(item.text);
    emit(std::move(item));
  }
}

}  // namespace docket
