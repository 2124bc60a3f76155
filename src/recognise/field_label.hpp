// A labelled field of a paper's front matter or contact block: "Date of
// meeting: 4 May 2024", "Contact Officer – Sam Lee", "Tel. 01234 567890".
// The title, meeting date and body (recognise/metadata.hpp) and the people
// (recognise/people.hpp) are read from such lines alike.
#ifndef DOCKET_FIELD_LABEL_HPP
#define DOCKET_FIELD_LABEL_HPP

#include <string_view>

#include "base/text_util.hpp"

namespace docket {

struct LabelledValue {
  std::string_view value;  // text after the label and its separator
  bool found = false;
};

// Matches `label` (lowercase) at the start of `line` in any case, followed
// by a separator (":", ".", "-", "?", "–") or a space; returns the value
// after it, trimmed. A label that runs on into a letter or digit is another
// word ("Contactable") and does not match.
//
// Each line is tried against many labels, and most lines start with another
// letter: the first byte is compared in line, and only a line that shares
// it with the label costs a call.
LabelledValue match_label_after_initial(std::string_view line, std::string_view label);
inline LabelledValue match_label(std::string_view line, std::string_view label) {
  if (!label.empty() && (line.empty() || ascii_lower(line[0]) != ascii_lower(label[0]))) return {};
  return match_label_after_initial(line, label);
}

}  // namespace docket

#endif  // DOCKET_FIELD_LABEL_HPP
