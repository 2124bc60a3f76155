// The number of the minute each part of a set of minutes stands under.
//
// Minutes number their business in several ways: a number before the
// minute's title ("84. Apologies", "107/20 To approve ...", "## 5.2
// Grants"), an agenda reference under the title ("(Item 3)"), or a
// register number ("14/06/9"). An unnumbered decision takes the number of
// the minute it stands under, so the builder asks this tracker, segment by
// segment, which minute it is in.
#ifndef DOCKET_MINUTE_NUMBERS_HPP
#define DOCKET_MINUTE_NUMBERS_HPP

#include <optional>
#include <string>
#include <string_view>

#include "recognise/register_numbers.hpp"
#include "recognise/sections.hpp"

namespace docket {

// A list marker as a number is printed: "(1)" → "1", "A)" → "A", "iii." →
// "iii"; brackets and a trailing "." or ")" are not part of it. A view of
// `marker`.
std::string_view printed_label(std::string_view marker);

// "84" → 84, "2.1" → 2.1, "3.1.1" → 3.1, "a" → 0: what orders minute
// numbers, as strtod reads the label.
double numeric_value(std::string_view label);

// "… as reported. 114/20 To Approve a Grant …": where the line breaks of
// minutes are lost, the next minute's number and title run on from the
// paragraph above. The last register number in `text` that follows
// `current` ("113/20") in sequence, with a capitalised title after it.
std::optional<std::string> run_in_minute_number(std::string_view text, std::string_view current);

// The agenda reference "(Item 5)" near the start of `text`: "5".
std::optional<std::string> agenda_item_reference(std::string_view text);

class MinuteTracker {
 public:
  // Reads one segment, in order; a segment that opens a minute makes its
  // number the current one.
  void see(const Segment& s);

  // The number of the minute being read, if one has been opened.
  const std::optional<std::string>& current() const { return current_; }

 private:
  void open(std::string number, double value);
  // Whether a minute numbered `value` may come after the last one.
  bool follows(double value) const;
  // Opens the minute `s` numbers, if it numbers one; `text` is its text, trimmed.
  bool opens_by_number(const Segment& s, std::string_view text);

  std::optional<std::string> current_;
  // The numeric value of the last numbered title, so that paragraph
  // numbers inside a minute ("1.", "2.", restarting in every minute) are
  // not taken for minute numbers: minute numbers only grow.
  double last_value_ = 0;
  // "4." or "(a)" alone on its line: the number of the minute whose title
  // is on the next line, if one is.
  std::optional<std::string> lone_marker_;
  // Whether the segment before opened a minute by its own number: an
  // agenda reference just under it ("84. Apologies" then "(Item 1)") is
  // the agenda's number, not the minute's.
  bool numbered_title_before_ = false;
  // Whether a paragraph numbered afresh ("1.", "(2)", not going on from
  // the minutes' numbers) has been read since the current minute opened:
  // its paragraphs carry numbers of their own.
  bool numbered_paragraph_in_minute_ = false;
};

}  // namespace docket

#endif  // DOCKET_MINUTE_NUMBERS_HPP
