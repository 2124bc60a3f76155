// The words minutes name a motion's mover and seconder with.
//
// Councils write them in many ways: "Moved by …" and "Seconded by …" on
// lines of their own, "Proposed by: Councillor …", "Proposed: Councillor …",
// or one sentence, "On the proposal of Councillor …, seconded by …". Telling
// the kind of a paper and reading its motions both ask these questions, so
// they live below both.
#ifndef DOCKET_MOTION_WORDS_HPP
#define DOCKET_MOTION_WORDS_HPP

#include <string_view>

namespace docket {

// `line` without the quote markers and bold before its words ("> **Moved").
std::string_view without_line_marks(std::string_view line);

// The first byte of `text` past ASCII spaces and the marks that open a
// quoted or emphasised line ('>', '*', '"'), lowercased; 0 if there is none.
// A test that reads a line's opening word ("That", "Whereas") after any of
// these cannot hold for a line whose opening letter is another: a caller
// that puts several such tests to every paragraph reads this once, inline,
// and calls only the tests whose word may be there.
inline char opening_letter(std::string_view text) {
  for (const char c : text) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '>' || c == '*' || c == '"') continue;
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return 0;
}

// A line that opens by naming a mover or seconder (a quote marker or bold
// before it is not read).
bool names_mover(std::string_view line);

// A seconder named anywhere in `text`: "The motion was proposed by … and
// seconded by …", "Seconded: Councillor …".
bool names_seconder(std::string_view text);

}  // namespace docket

#endif  // DOCKET_MOTION_WORDS_HPP
