// Stage 5 for response papers written as running text: each recommendation
// printed in a box under a label ("Committee Recommendation", "Inquiry
// Recommendation", "Recommendation 4:"), numbered ("8.1.", "8.2."), and
// followed by the prose that answers it.
//
// A label opens a box; the numbered paragraphs in the box are its
// recommendations (a bare label's first paragraph is one, unnumbered); the
// first paragraph without a number, or one under a response label
// ("Government response", "Executive response: …"), starts the response,
// which runs to the next label or heading and is one action of every
// recommendation of the box. A box with no response gives recommendations
// with no action. With no label over it, a numbered recommendation that a
// response label follows is a box of its own.
#ifndef DOCKET_RESPONSE_BUILDER_HPP
#define DOCKET_RESPONSE_BUILDER_HPP

#include <vector>

#include "build/item_emitter.hpp"
#include "docket/model.hpp"
#include "layout/blocks.hpp"

namespace docket {

void build_response_items(const std::vector<Block>& blocks, const ItemEmitter& emit);

}  // namespace docket

#endif  // DOCKET_RESPONSE_BUILDER_HPP
