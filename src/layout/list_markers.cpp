#include "layout/list_markers.hpp"

#include <algorithm>
#include <utility>

#include "base/text_util.hpp"

namespace docket {

int roman_value(std::string_view s) {
  // Tens, then units, each as written once: "xiv", "xxxix"; not "iiii" or
  // "vx", which are words or typing slips rather than list labels.
  static constexpr std::string_view kTens[] = {"", "x", "xx", "xxx"};
  static constexpr std::string_view kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  if (s.empty() || s.size() > 6) return 0;
  for (int tens = 3; tens >= 0; --tens) {
    const std::string_view tens_part = kTens[tens];
    if (!istarts_with(s, tens_part)) continue;
    const std::string_view rest = s.substr(tens_part.size());
    for (int units = 0; units < 10; ++units) {
      if (iequals(rest, kUnits[units])) return tens * 10 + units;
    }
    return 0;
  }
  return 0;
}

namespace {

// The roman numerals that label list items: "(iv)", "xii." Higher ones
// are more often words ("(xx)" as a placeholder) than labels.
bool is_list_roman(std::string_view s) {
  const int value = roman_value(s);
  return value >= 1 && value <= 13;
}


// Bullets that Word and PDF converters put at the start of list items.
constexpr std::string_view kUnicodeBullets[] = {
    "\xE2\x80\xA2",  // • bullet
    "\xE2\x97\xA6",  // ◦ white bullet
    "\xE2\x96\xAA",  // ▪ small square
    "\xE2\x97\x8F",  // ● black circle
    "\xE2\x96\xA0",  // ■ black square
    "\xE2\x80\xA3",  // ‣ triangular bullet
    "\xE2\x81\x83",  // ⁃ hyphen bullet
    "\xEF\x82\xB7",  // Symbol-font bullet mapped to the private use area
    "\xC2\xB7",      // · middle dot
};

// A no-break space (U+00A0) after a marker: word processors pad "a)" to
// its tab stop with them, and converters keep them.
bool no_break_space_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0';
}

bool followed_by_space_or_end(std::string_view s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\t' || no_break_space_at(s, i);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (no_break_space_at(s, i)) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

std::size_t unicode_bullet_length(std::string_view s) {
  // Each bullet starts with a byte past ASCII: most lines start with a
  // letter or digit and need not be compared with any.
  if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) return 0;
  for (const std::string_view bullet : kUnicodeBullets) {
    if (s.starts_with(bullet)) return bullet.size();
  }
  return 0;
}

std::optional<ListMarker> parse_list_marker(std::string_view line, bool at_block_start) {
  std::size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
  const std::string_view s = line.substr(indent);
  const std::size_t offset = line.size() - s.size();
  if (s.empty()) return std::nullopt;
  auto make = [&](std::size_t marker_len, bool loose = false) {
    ListMarker m;
    m.marker = s.substr(0, marker_len);
    m.content = offset + skip_spaces(s, marker_len);
    m.loose = loose;
    return m;
  };
  // Bullets.
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s.size() >= 2 && (s[1] == ' ' || s[1] == '\t')) {
    return make(1);
  }
  // Each of them starts with a byte past ASCII: most lines start with a
  // letter or digit and need not be compared with any.
  if (const std::size_t bullet = unicode_bullet_length(s); bullet > 0) return make(bullet);
  // (1), (a), (iv)
  if (s[0] == '(') {
    const std::size_t close = s.find(')');
    if (close != std::string_view::npos && close >= 2 && close <= 6 && followed_by_space_or_end(s, close + 1)) {
      const std::string_view inner = s.substr(1, close - 1);
      const bool digits = std::all_of(inner.begin(), inner.end(), is_ascii_digit);
      const bool letter = inner.size() == 1 && is_ascii_alpha(inner[0]);
      if (digits || letter || is_list_roman(inner)) return make(close + 1);
    }
    return std::nullopt;
  }
  // 1. 1) 1.1 3.1.1 1.2.
  if (is_ascii_digit(s[0])) {
    std::size_t i = 0;
    int groups = 0;
    while (true) {
      const std::size_t start = i;
      while (i < s.size() && is_ascii_digit(s[i])) ++i;
      if (i == start || i - start > 3) return std::nullopt;
      ++groups;
      if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ')') && followed_by_space_or_end(s, i + 1)) {
      return make(i + 1);
    }
    if (groups > 1 && followed_by_space_or_end(s, i) && i < s.size()) return make(i);
    // "12 the recruitment ...": a list marker that lost its period. Only at
    // the start of a block: inside a paragraph a line starting "12 months"
    // is running text wrapped by the converter.
    if (groups == 1 && at_block_start && i + 1 < s.size() && s[i] == ' ' && is_ascii_lower(s[i + 1])) {
      return make(i, /*loose=*/true);
    }
    return std::nullopt;
  }
  // a. a) iv. iv)
  if (is_ascii_alpha(s[0])) {
    std::size_t i = 0;
    while (i < s.size() && is_ascii_alpha(s[i]) && i < 5) ++i;
    if (i < s.size() && (s[i] == '.' || s[i] == ')') && followed_by_space_or_end(s, i + 1) && i + 1 < s.size()) {
      const std::string_view label = s.substr(0, i);
      if (label.size() == 1 || is_list_roman(label)) return make(i + 1);
    }
  }
  return std::nullopt;
}

MarkerInfo classify_marker(std::string_view marker) {
  MarkerInfo info;
  std::string_view s = trim(marker);
  while (!s.empty() && (s.front() == '(' || s.front() == '[')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ')' || s.back() == '.' || s.back() == ']')) s.remove_suffix(1);
  if (s.empty()) return info;
  if (is_ascii_digit(s.front())) {
    bool dotted = false;
    for (char c : s) {
      if (c == '.') dotted = true;
      else if (!is_ascii_digit(c)) return info;
    }
    info.label = std::string(s);
    if (dotted) {
      info.cls = MarkerClass::kDotted;
    } else {
      info.cls = MarkerClass::kNumber;
      // The first four digits at most, read in place: std::stoi would
      // need a string copy, and every list item's marker comes here.
      for (char c : s.substr(0, 4)) info.value = info.value * 10 + (c - '0');
    }
    return info;
  }
  if (!std::all_of(s.begin(), s.end(), is_ascii_alpha)) return info;
  info.label = to_lower_ascii(s);
  const int roman = roman_value(s);
  if (s.size() == 1) {
    info.cls = MarkerClass::kLetter;
    info.value = ascii_lower(s.front()) - 'a' + 1;
    if (roman > 0) {
      info.also_roman = true;
      info.roman = roman;
    }
    return info;
  }
  if (roman > 0) {
    info.cls = MarkerClass::kRoman;
    info.value = roman;
    return info;
  }
  info.label.clear();
  return info;
}

// The item number at the start of a line of text ("1.2 To enable",
// "2. Tools", "a. Restate"), with the length it takes.
std::optional<std::pair<MarkerInfo, std::size_t>> leading_number(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (is_ascii_digit(text[i]) || text[i] == '.')) ++i;
  if (i > 0 && is_ascii_digit(text[0]) && i < text.size() && text[i] == ' ') {
    MarkerInfo m = classify_marker(text.substr(0, i));
    // A lone number needs its period: "2. Tools" is an item, "2 weeks" is not.
    if (m.cls == MarkerClass::kDotted || (m.cls == MarkerClass::kNumber && text[i - 1] == '.')) {
      return std::make_pair(std::move(m), i + 1);
    }
    return std::nullopt;
  }
  if (text.size() >= 3 && is_ascii_lower(text[0]) && (text[1] == '.' || text[1] == ')') && text[2] == ' ') {
    return std::make_pair(classify_marker(text.substr(0, 2)), std::size_t{3});
  }
  return std::nullopt;
}

namespace {

// Words a plan writes before an item's number: "Action 4: Increase
// skills", "Objective 2 – Homes". The number is the item's; the word is
// dropped.
constexpr std::string_view kItemWords[] = {"action", "objective", "priority", "goal", "theme", "outcome",
                                           "workstream", "task", "step", "project", "aim", "milestone"};

}  // namespace

// The number after one of kItemWords at the start of `text`, and where the
// item's own text starts; the number must be followed by a colon, a
// period or a spaced dash.
std::optional<std::pair<MarkerInfo, std::size_t>> named_leading_number(std::string_view text) {
  // Every item word is letters: text that starts otherwise (most often
  // with a number, "1.2 Review") is ruled out on its first byte.
  if (text.empty() || !is_ascii_alpha(text[0])) return std::nullopt;
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space > 10) return std::nullopt;
  // Every paragraph of a plan is asked: the words are looked up by their
  // initial and length, which turn away most first words at once.
  static constexpr InitialIndex kItemWordIndex(kItemWords);
  if (!kItemWordIndex.contains(text.substr(0, space))) return std::nullopt;
  std::size_t i = space + 1;
  const std::size_t digits = i;
  while (i < text.size() && (is_ascii_digit(text[i]) || (text[i] == '.' && i + 1 < text.size() && is_ascii_digit(text[i + 1])))) ++i;
  if (i == digits) return std::nullopt;
  const std::string_view label = text.substr(digits, i - digits);
  std::string_view rest = text.substr(i);
  if (rest.starts_with(':') || rest.starts_with('.')) {
    rest.remove_prefix(1);
  } else if (rest.starts_with(" - ")) {
    rest.remove_prefix(3);
  } else if (rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" \xE2\x80\x94 ")) {
    rest.remove_prefix(5);
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  MarkerInfo m = classify_marker(std::string(label) + ".");
  if (m.label.empty()) return std::nullopt;
  return std::make_pair(std::move(m), text.size() - trim(rest).size());
}

}  // namespace docket
