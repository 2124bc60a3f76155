// Procedural decisions: the ones that record how a meeting ran or that it
// took note of something (minutes approved as a correct record, a report
// noted or received, thanks, apologies, authority delegated, a
// consultation authorised) rather than a change someone must carry out.
// One rule shared by the extract output (Item::procedural) and by `check`,
// which needs no action in the plan for them.
#ifndef DOCKET_PROCEDURAL_HPP
#define DOCKET_PROCEDURAL_HPP

#include <string_view>

namespace docket {

bool is_procedural_decision(std::string_view text);

}  // namespace docket

#endif  // DOCKET_PROCEDURAL_HPP
