#include "build/decision_sections.hpp"

#include <algorithm>

#include "base/text_util.hpp"
#include "build/resolution_list.hpp"
#include "normalise/dates.hpp"
#include "recognise/metadata.hpp"

namespace docket {

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

// The first line of a section: where its date or yes/no is written. A
// value that ends in a colon is the label of a second column ("DECISION
// TO BE TAKEN BY:   DECISION NO:"): the values stand on the line below.
std::string section_first_line(const std::vector<Segment>& segments, std::size_t label) {
  const std::string_view value = trim(segments[label].text);
  if (!value.empty() && value.back() != ':') return std::string(value);
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

// Words that name a post or a person, not a body: "Cabinet Member for
// Finance", "Corporate Director", "Mrs A Smith".
bool names_post_holder(std::string_view value) {
  static constexpr std::string_view kPostWords[] = {"member", "director", "officer", "leader", "head",
                                                    "manager", "chief", "mayor", "holder", "mr",
                                                    "mrs", "ms", "miss", "dr", "cllr", "councillor"};
  const std::string key = fold_key(value);
  std::string_view rest = key;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (std::find(std::begin(kPostWords), std::end(kPostWords), word) != std::end(kPostWords)) return true;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// "presented to Cabinet on 30 January 2025", "decision by Cabinet on …":
// the day the paper gives for a meeting of `body`, named on its own (not
// "… Cabinet Committee on …", another body).
std::optional<Date> meeting_of_body(std::string_view text, std::string_view body) {
  for (std::size_t at = text.find(body); at != std::string_view::npos; at = text.find(body, at + 1)) {
    const std::size_t end = at + body.size();
    // The name as a whole word, with a lowercase word or nothing before it.
    if (at > 0 && !is_ascii_space(text[at - 1])) continue;
    const std::string_view before = trim(text.substr(0, at));
    const std::size_t word = before.find_last_of(" \n");
    if (!before.empty() && !is_ascii_lower(before[word == std::string_view::npos ? 0 : word + 1])) continue;
    std::string_view after = trim(text.substr(end));
    if (after.starts_with("meeting ")) after = trim(after.substr(8));
    if (!after.starts_with("on ") && !after.starts_with("of ")) continue;
    after = after.substr(3, 40);
    const std::vector<Date> dates = find_dates(after);
    if (dates.empty() || !dates.front().value || dates.front().value->size() != 10) continue;
    // The date straight after "on", with at most a weekday between.
    const std::size_t date_at = after.find(dates.front().text);
    if (date_at != std::string_view::npos && words_at_most(after.substr(0, date_at), 1)) return dates.front();
  }
  return std::nullopt;
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
      case SectionLabel::kDecisionTaker:
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

DecisionTaker decision_taker(const std::vector<Segment>& segments) {
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.kind != SegmentKind::kLabel || s.label != SectionLabel::kDecisionTaker) continue;
    const std::string line = section_first_line(segments, i);
    // The second column's value, the decision's number, stands after the
    // taker's name: "Cabinet      24/00108".
    std::string_view value = trim(line);
    while (!value.empty()) {
      const std::size_t space = value.find_last_of(' ');
      if (space == std::string_view::npos || !has_digit(value.substr(space + 1))) break;
      value = trim(value.substr(0, space));
    }
    if (value.empty()) return {};
    if (names_post_holder(value)) return {DecisionTaker::kPerson, {}};
    if (auto body = body_from_line(value)) return {DecisionTaker::kBody, std::move(*body)};
    return {};
  }
  return {};
}

void settle_decision_meeting(const std::vector<Segment>& segments, Document& doc) {
  const DecisionTaker taker = decision_taker(segments);
  if (taker.kind == DecisionTaker::kPerson) {
    // An officer's or a member's decision: no meeting took it, whatever
    // dates the paper gives, unless the text says a body authorised it at
    // a meeting ("… by the Cabinet at its meeting on 27 July 2021").
    doc.meeting.reset();
    for (const Segment& s : segments) {
      if (s.kind != SegmentKind::kParagraph || s.debris) continue;
      for (const std::string_view held : {"its meeting", "their meeting"}) {
        if (auto date = meeting_of_body(s.text, held)) {
          doc.meeting = std::move(date);
          return;
        }
      }
    }
    return;
  }
  if (taker.kind != DecisionTaker::kBody) return;
  if (!doc.body) doc.body = taker.body;
  if (doc.meeting) return;
  for (const Segment& s : segments) {
    if (s.kind != SegmentKind::kParagraph || s.debris) continue;
    if (auto date = meeting_of_body(s.text, taker.body)) {
      doc.meeting = std::move(date);
      return;
    }
  }
}

}  // namespace docket
