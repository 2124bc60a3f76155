// Stage 5 for decisions: the resolutions of minutes and records of decision.
//
// The resolutions are the numbered list under "RESOLVED that:" (or
// "AGREED that", "DECISION:"), or, where a page has no such heading, the
// last numbered list of the record of the decision. Lettered and roman
// sub-parts become children of the item they sit under. A list item cut by
// a page break is joined again with its tail.
#ifndef DOCKET_DECISION_BUILDER_HPP
#define DOCKET_DECISION_BUILDER_HPP

#include <vector>

#include "build/item_emitter.hpp"
#include "docket/model.hpp"
#include "recognise/sections.hpp"

namespace docket {

// Each resolution, in order, to `emit`.
void build_resolutions(const std::vector<Segment>& segments, std::vector<Warning>& warnings, const ItemEmitter& emit);

}  // namespace docket

#endif  // DOCKET_DECISION_BUILDER_HPP
