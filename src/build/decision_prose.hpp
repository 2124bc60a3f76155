// The fallback for minutes that label no decision: each sentence of a
// numbered minute that tells one ("Approved & signed as correct.", "Cllrs
// approved in principle …") is a resolution under the minute's number.
// Only minutes with numbered business are read so: the number places the
// sentence, and a paper without one is more likely a report than minutes.
#ifndef DOCKET_DECISION_PROSE_HPP
#define DOCKET_DECISION_PROSE_HPP

#include <vector>

#include "build/item_emitter.hpp"
#include "recognise/sections.hpp"

namespace docket {

// Each decision told in the prose of a numbered minute, in order, to
// `emit`; returns how many.
std::size_t build_prose_decisions(const std::vector<Segment>& segments, const ItemEmitter& emit);

}  // namespace docket

#endif  // DOCKET_DECISION_PROSE_HPP
