#include "layout/list_markers.hpp"

#include <algorithm>

#include "base/text_util.hpp"

namespace docket {

int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 6) return 0;
  int total = 0;
  int prev = 0;
  for (std::size_t i = s.size(); i-- > 0;) {
    int v = 0;
    switch (ascii_lower(s[i])) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total > 0 && total < 40 ? total : 0;
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
    const MarkerInfo m = classify_marker(text.substr(0, i));
    // A lone number needs its period: "2. Tools" is an item, "2 weeks" is not.
    if (m.cls == MarkerClass::kDotted || (m.cls == MarkerClass::kNumber && text[i - 1] == '.')) {
      return std::make_pair(m, i + 1);
    }
    return std::nullopt;
  }
  if (text.size() >= 3 && is_ascii_lower(text[0]) && (text[1] == '.' || text[1] == ')') && text[2] == ' ') {
    return std::make_pair(classify_marker(text.substr(0, 2)), std::size_t{3});
  }
  return std::nullopt;
}

}  // namespace docket
