// What a list marker says about the item's place in a numbered list:
// "12." and "(3)" are numbers, "(b)" a letter, "(iv)" a roman numeral,
// "•" a bullet.
#ifndef DOCKET_LIST_MARKERS_HPP
#define DOCKET_LIST_MARKERS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
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

// "iv" → 4; 0 when `s` is not a roman numeral up to 39 written the usual
// way (ignoring case).
int roman_value(std::string_view s);

// Length of the bullet character that Word and PDF converters put at the
// start of a list item ("•", "◦", "▪", "·"...) at the start of `s`, or 0.
std::size_t unicode_bullet_length(std::string_view s);

// The marker at the start of a line that starts a list item: "-", "*" and
// "+" and the bullets above before a space; "(1)", "(a)", "(iv)"; "1.",
// "1)", "1.1", "3.1.1"; "a.", "a)", "iv.". A number that lost its period
// before a lowercase word ("12 the ...") counts, as `loose`, only when
// `at_block_start`: inside a paragraph it is running text.
struct ListMarker {
  std::string_view marker;  // a view into the line
  std::size_t content = 0;  // offset of the item text in the line
  bool loose = false;
};
std::optional<ListMarker> parse_list_marker(std::string_view line, bool at_block_start);

// The item number at the start of a line of text ("1.2 To enable",
// "2. Tools", "a. Restate"), with the length it takes; a lone number needs
// its period ("2 weeks" is not an item).
std::optional<std::pair<MarkerInfo, std::size_t>> leading_number(std::string_view text);

// The number after a word a plan writes before it ("Action 4: Increase
// skills", "Objective 2 – Homes"), with the length up to the item's own
// text; the number must be followed by a colon, a period or a spaced dash.
std::optional<std::pair<MarkerInfo, std::size_t>> named_leading_number(std::string_view text);

}  // namespace docket

#endif  // DOCKET_LIST_MARKERS_HPP
