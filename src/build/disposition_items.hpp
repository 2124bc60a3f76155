// Stage 5 for agendas whose numbered items end in a disposition
// (recognise/disposition_agenda.hpp): each item the body decided is a
// resolution under the item's number, its disposition its status; an item
// referred, continued, filed or passed to a later reading records no
// decision and is reported, not kept.
#ifndef DOCKET_DISPOSITION_ITEMS_HPP
#define DOCKET_DISPOSITION_ITEMS_HPP

#include <cstddef>
#include <vector>

#include "build/item_emitter.hpp"
#include "docket/model.hpp"
#include "layout/blocks.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// The resolutions of the agenda in `blocks`, else of the disposition
// tables among `tables`, to `emit`; returns how many.
std::size_t build_disposition_items(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                                    std::vector<Warning>& warnings, const ItemEmitter& emit);

}  // namespace docket

#endif  // DOCKET_DISPOSITION_ITEMS_HPP
