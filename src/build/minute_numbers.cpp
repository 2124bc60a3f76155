#include "build/minute_numbers.hpp"

#include <charconv>
#include <cstdlib>
#include <system_error>
#include <utility>

#include "base/text_util.hpp"
#include "layout/list_markers.hpp"

namespace docket {

namespace {

// A minute's title: short, and not a sentence (paragraph numbers inside a
// minute number sentences). The agenda reference after it is not counted.
bool reads_as_title(std::string_view text) {
  const std::size_t ref = text.find("(Item ");
  const bool has_reference = ref != std::string_view::npos;
  if (has_reference) text = text.substr(0, ref);
  text = trim(text);
  if (text.empty() || is_ascii_lower(text.front())) return false;
  const char last = text.back();
  if (!has_reference && (last == '.' || last == ':' || last == ';' || last == ',')) return false;
  // A title over an agenda reference may be a long one.
  return words_at_most(text, has_reference ? 40 : 20);
}

// "3096.Approval of minutes": a minute's number glued to its title, as
// converters leave it, with the length of the number and its period.
std::optional<std::pair<MarkerInfo, std::size_t>> glued_number(std::string_view text) {
  const std::size_t digits = count_digits_at(text, 0);
  if (digits == 0 || digits > 4 || digits + 1 >= text.size() || text[digits] != '.' ||
      !is_ascii_upper(text[digits + 1])) {
    return std::nullopt;
  }
  return std::make_pair(classify_marker(text.substr(0, digits + 1)), digits + 1);
}

// "3100. Updates:- The scheme has started …": the title a minute's
// number stands before, run in before the minute's text after a colon.
std::string_view run_in_title(std::string_view text, std::size_t number_length) {
  const std::size_t colon = text.substr(0, 120).find(':');
  if (colon == std::string_view::npos || colon <= number_length) return {};
  return text.substr(number_length, colon - number_length);
}

// A title under a lone marker is a heading's few words; a longer line
// under a number that ended a line of prose is the prose going on.
constexpr int kLoneMarkerTitleWords = 12;

}  // namespace

// The value strtod gives: a decimal number is read in place by from_chars,
// which rounds as strtod does and, like it, stops where the number does
// ("3.1.1" is 3.1); what from_chars does not read as strtod would (no
// number, a hexadecimal "0x", a number too large) goes to strtod itself.
double numeric_value(std::string_view label) {
  double value = 0;
  const char* end = label.data() + label.size();
  if (!label.starts_with("0x") && !label.starts_with("0X") && std::from_chars(label.data(), end, value).ec == std::errc{}) {
    return value;
  }
  std::string copy(label);
  return std::strtod(copy.c_str(), nullptr);
}

// "1.", "12)", "(3)": a number, not a letter or a bullet. The first bytes
// tell; a list item's marker is never empty.
bool numbers_a_paragraph(std::string_view marker) {
  return is_ascii_digit(marker.front()) || (marker.size() > 1 && marker.front() == '(' && is_ascii_digit(marker[1]));
}

std::optional<std::string> run_in_minute_number(std::string_view text, std::string_view current) {
  const std::size_t lead = count_digits_at(current, 0);
  if (lead == 0 || lead >= current.size() || current[lead] != '/') return std::nullopt;
  const std::string_view suffix = current.substr(lead);  // "/20"
  const long current_value = std::strtol(std::string(current.substr(0, lead)).c_str(), nullptr, 10);
  std::optional<std::string> found;
  for (std::size_t at = text.find(suffix); at != std::string_view::npos; at = text.find(suffix, at + 1)) {
    std::size_t start = at;
    while (start > 0 && is_ascii_digit(text[start - 1])) --start;
    const std::size_t end = at + suffix.size();
    // A number standing as a word, and a capitalised title after it.
    if (start == at || start == 0 || text[start - 1] != ' ') continue;
    if (end + 1 >= text.size() || text[end] != ' ' || !is_ascii_upper(text[end + 1])) continue;
    const long value = std::strtol(std::string(text.substr(start, at - start)).c_str(), nullptr, 10);
    // Minutes follow one another: a few numbers on from the current one.
    if (value <= current_value || value > current_value + 5) continue;
    found = std::string(text.substr(start, end - start));
  }
  return found;
}

std::string_view printed_label(std::string_view marker) {
  marker = trim(marker);
  while (!marker.empty() && (marker.front() == '(' || marker.front() == '[')) marker.remove_prefix(1);
  while (!marker.empty() && (marker.back() == ')' || marker.back() == '.' || marker.back() == ']')) {
    marker.remove_suffix(1);
  }
  return marker;
}

std::optional<std::string> agenda_item_reference(std::string_view text) {
  const std::size_t at = text.substr(0, std::min<std::size_t>(text.size(), 240)).find("(Item ");
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t start = at + 6;
  std::size_t end = start;
  while (end < text.size() && (is_ascii_digit(text[end]) || text[end] == '.' || is_ascii_alpha(text[end]))) ++end;
  if (end == start || end >= text.size() || text[end] != ')' || !is_ascii_digit(text[start])) return std::nullopt;
  return std::string(text.substr(start, end - start));
}

void MinuteTracker::open(std::string number, double value) {
  current_ = std::move(number);
  if (value > 0) last_value_ = value;
  numbered_paragraph_in_minute_ = false;
}

bool MinuteTracker::follows(double value) const {
  // "… in March" / "2020. It was noted …": a year that a converter put at
  // the start of a line is no minute after minute 7.
  const bool year_after_minutes = value >= 1900 && value < 2100 && last_value_ > 0 && last_value_ < 1900;
  return value > last_value_ && !year_after_minutes;
}

bool MinuteTracker::opens_by_number(const Segment& s, std::string_view text) {
  if (lone_marker_) {
    std::string marker = std::move(*lone_marker_);
    lone_marker_.reset();
    // A letter numbers a part of the minute above; a number must grow as
    // minute numbers do.
    const double value = numeric_value(marker);
    if (s.kind != SegmentKind::kListItem && reads_as_title(text) && words_at_most(text, kLoneMarkerTitleWords) &&
        (value == 0 || follows(value))) {
      open(std::move(marker), value);
      return true;
    }
  }
  if (s.kind == SegmentKind::kListItem) {
    const MarkerInfo m = classify_marker(s.marker);
    // A title, or one run in before a colon ("516. Correspondence:- …"):
    // the colon is looked for only where the item is no title itself.
    bool title = false;
    if ((m.cls == MarkerClass::kNumber || m.cls == MarkerClass::kDotted) &&
        ((title = reads_as_title(text)) || text.substr(0, 120).find(':') != std::string_view::npos)) {
      const std::string label(printed_label(s.marker));
      const double value = numeric_value(label);
      if (follows(value) && (title || reads_as_title(run_in_title(text, 0)))) {
        open(label, value);
        return true;
      }
    }
  } else if (auto slashed = slashed_minute_number(text)) {
    open(std::string(text.substr(0, *slashed)), 0);
    return true;
  } else if (auto lead = leading_number(text);
             (lead || (lead = glued_number(text))) &&
             (lead->first.cls == MarkerClass::kNumber || lead->first.cls == MarkerClass::kDotted)) {
    // The number first: most paragraphs start with none, and whether one
    // reads as a title takes counting its words.
    if (s.kind == SegmentKind::kHeading || reads_as_title(text) ||
        reads_as_title(run_in_title(text, lead->second))) {
      const std::string label(printed_label(text.substr(0, lead->second)));
      const double value = numeric_value(label);
      if (s.kind == SegmentKind::kHeading || follows(value)) {
        open(label, value);
        return true;
      }
    }
  }
  return false;
}

void MinuteTracker::see(const Segment& s) {
  if (s.debris || s.kind == SegmentKind::kPageBreak || s.kind == SegmentKind::kTable) return;
  if (s.kind == SegmentKind::kLabel) {
    numbered_title_before_ = false;
    lone_marker_.reset();
    // "8.   RESOLVED that …": a decision that is a minute of its own, its
    // number on from the minutes before it, where the open minute (if any)
    // numbers none of its paragraphs afresh. Inside a minute whose
    // paragraphs are numbered from 1 ("1. The officer …", "6. RESOLVED
    // that …") the number is the paragraph's; one in brackets ("(4)
    // RESOLVED", "3) RESOLVED") always is.
    if (s.marker.size() >= 2 && s.marker.back() == '.' && (!current_ || !numbered_paragraph_in_minute_) &&
        classify_marker(s.marker).cls == MarkerClass::kNumber) {
      std::string label(printed_label(s.marker));
      const double value = numeric_value(label);
      if (follows(value)) open(std::move(label), value);
    }
    return;
  }
  const std::string_view text = trim(s.text);
  const bool opened_by_number = opens_by_number(s, text);
  // Numbers that start again inside the minute ("1.", "2.", … under
  // minute 43) number its paragraphs; a number that goes on from the
  // minutes' is one of them, untitled.
  if (!opened_by_number && s.kind == SegmentKind::kListItem && numbers_a_paragraph(s.marker) &&
      !follows(numeric_value(printed_label(s.marker)))) {
    numbered_paragraph_in_minute_ = true;
  }
  // A marker alone keeps its brackets or period ("4.", "(a)"): a bare "2"
  // on its line is a page number, and "2020." a year that ended a line.
  // A heading that is a number alone (a minutes table's first column)
  // opens its minute at once.
  if (!opened_by_number && s.kind != SegmentKind::kListItem && (text.size() <= 4 || s.kind == SegmentKind::kHeading) &&
      !text.empty() && (text.back() == '.' || text.back() == ')')) {
    if (std::string label(printed_label(text)); label.size() < text.size() &&
                                                 classify_marker(text).cls != MarkerClass::kBullet) {
      if (s.kind == SegmentKind::kHeading) {
        const double value = numeric_value(label);
        open(std::move(label), value);
        numbered_title_before_ = true;
      } else {
        lone_marker_ = std::move(label);
      }
      return;
    }
  }
  if (current_ && s.kind == SegmentKind::kParagraph) {
    if (auto run_in = run_in_minute_number(text, *current_)) open(std::move(*run_in), 0);
  }
  if (!opened_by_number && !numbered_title_before_) {
    if (auto ref = agenda_item_reference(text)) open(*ref, numeric_value(*ref));
  }
  numbered_title_before_ = opened_by_number;
}

}  // namespace docket
