// What a list marker says about the item's place in a numbered list:
// "12." and "(3)" are numbers, "(b)" a letter, "(iv)" a roman numeral,
// "•" a bullet.
#ifndef DOCKET_LIST_MARKERS_HPP
#define DOCKET_LIST_MARKERS_HPP

#include <string>
#include <string_view>

namespace docket {

enum class MarkerClass { kBullet, kNumber, kLetter, kRoman, kDotted };

struct MarkerInfo {
  MarkerClass cls = MarkerClass::kBullet;
  std::string label;  // normalised: "12", "b", "iv", "3.1.1"; empty for bullets
  int value = 0;      // 12, 2 for "b", 4 for "iv"; 0 for bullets and dotted
  // "i", "v" and "x" are letters and roman numerals both; which one a list
  // means depends on the item before.
  bool also_roman = false;
  int roman = 0;
};

MarkerInfo classify_marker(std::string_view marker);

// "iv" → 4; 0 when `s` is not a roman numeral up to 39.
int roman_value(std::string_view s);

}  // namespace docket

#endif  // DOCKET_LIST_MARKERS_HPP
