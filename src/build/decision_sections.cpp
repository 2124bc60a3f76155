#include "build/decision_sections.hpp"

#include "base/text_util.hpp"
#include "build/resolution_list.hpp"
#include "normalise/dates.hpp"

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
