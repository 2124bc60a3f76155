// Stage 5, the people a paper names: the contact block of a report cover
// ("Contact Officer: …", "Post Title: …", "Telephone: …", "Email: …") and
// lead-officer lines, with whether a text reads as a person's name.
#ifndef DOCKET_PEOPLE_HPP
#define DOCKET_PEOPLE_HPP

#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/blocks.hpp"

namespace docket {

// People named in a contact block or a lead-officer line, in order; the
// same name twice is one person, with what either place gave.
std::vector<Person> find_people(const std::vector<Block>& blocks);

// True for text that reads as a person's name ("Graham Waller"), not a
// post ("Head of Children's Services").
bool looks_like_person_name(std::string_view text);

// `line` up to the label of a person run into it after other text ("…
// Action Plan Lead Officer: Jane Doe"), or all of it when there is none: the
// text a converter ran the label into.
std::string_view before_name_label(std::string_view line);

}  // namespace docket

#endif  // DOCKET_PEOPLE_HPP
