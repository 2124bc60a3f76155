#include "list_markers.hpp"

#include <algorithm>

#include "text_util.hpp"

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

}  // namespace docket
