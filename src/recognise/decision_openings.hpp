// How a line opens a decision that no label at its start announces: with
// the resolution's own identifier ("R2018-077 L. Smith, L. Andersen: That
// …"), or after a minute's title run in before "Resolved" ("Appointment of
// the Clerk: Resolved 22/05/3.1 …"). Section labels (sections.hpp) ask
// these of the lines no label word starts.
#ifndef DOCKET_DECISION_OPENINGS_HPP
#define DOCKET_DECISION_OPENINGS_HPP

#include <cstddef>
#include <string_view>

namespace docket {

// The length of the resolution identifier a line starts with
// ("R2018-077", "R2020-040D"), or 0.
std::size_t resolution_identifier_length(std::string_view line);

// Whether the line opens with a resolution's identifier and goes on to its
// movers or its text ("R2018-077 L. Smith, L. Andersen: That …",
// "R2020-040D That …"); a bare reference says nothing more.
bool opens_identified_resolution(std::string_view line);

// Where "Resolved" starts after a minute's title run in before it, or npos.
std::size_t run_in_decision_at(std::string_view line);

// Where "Resolved" and a register number ("Resolved 16/05/14.1") start at
// or after `from` inside a paragraph, as a word, or npos: minutes that
// number each decision may run it on from the minute's prose ("… were
// discussed. Resolved 16/05/14.1 It was agreed …").
std::size_t register_decision_at(std::string_view text, std::size_t from);

// Where "RESOLVED" in capitals stands after a sentence of the minute's
// prose, opening its decision ("… two quotes. RESOLVED that …", "…
// considered. RESOLVED: …"), or npos: a converter that lost the line
// break runs the decision on from the paragraph above.
std::size_t run_on_decision_at(std::string_view text);

}  // namespace docket

#endif  // DOCKET_DECISION_OPENINGS_HPP
