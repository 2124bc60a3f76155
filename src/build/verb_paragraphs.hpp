// Records of decision that give each decision as a paragraph of its own,
// unnumbered, opening with its verb in capitals under a lead-in:
//
//   As Cabinet Member for Roads I agree to:
//
//   APPROVE the scheme ...
//
//   DELEGATE authority to ...
//
// Each such paragraph, or bulleted line, is one resolution; "To APPROVE …"
// reads the same. Under a lead-in ("RESOLVED that Council:") a bulleted
// line is one resolution whatever its verb: the bullets are the list.
#ifndef DOCKET_VERB_PARAGRAPHS_HPP
#define DOCKET_VERB_PARAGRAPHS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "recognise/sections.hpp"

namespace docket {

// "APPROVE the …", "To DELEGATE authority …": a word of capitals (three
// letters at least), after "To" or first, and a lowercase word after it. A
// heading in capitals has no lowercase word.
bool opens_with_shouted_verb(std::string_view text);

// The resolutions under the label at `label` (before `end`) when they are
// verb paragraphs: the label's value or the paragraph after it is the
// lead-in (it ends in a colon), or the first paragraph opens with its verb.
// Each is numbered `number` (the minute's, or none). Returns the index
// after the last paragraph read, or `label` when there are none.
std::size_t read_verb_paragraphs(const std::vector<Segment>& segments, std::size_t label, std::size_t end,
                                 const std::string& number, std::vector<Item>& out);

}  // namespace docket

#endif  // DOCKET_VERB_PARAGRAPHS_HPP
