// Stage 5 for project plans: numbered work items written as running text.
//
// Items are numbered "1", "1.1", "3.1.1" (each the child of the nearest
// item above it whose number is a prefix of its own), with lettered
// sub-items ("a." to "e.") as children and bullet points as actions.
// Deadlines, owners and priorities are read from the text itself:
// "– By end October 2015 - LF", "by the end of Sept 15 - JJ",
// "– high priority".
#ifndef DOCKET_PROJECT_BUILDER_HPP
#define DOCKET_PROJECT_BUILDER_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/blocks.hpp"
#include "build/item_emitter.hpp"
#include "build/plan_schedule.hpp"
#include "docket/model.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// Hands each item to `emit` once no later line can add to it, and the
// warnings to `warnings`. An item's lead, due date and status come too
// from field lines under it ("Lead: …", "Timescale: …", see
// tables/item_fields.hpp) and from the lead column of its step table.
void build_project_plan(const std::vector<Block>& blocks, std::vector<Warning>& warnings, const ItemEmitter& emit);

// The same, reading too the rows of the step tables among `tables` (see
// tables/step_rows.hpp) where they stand among the blocks.
void build_project_plan(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                        std::vector<Warning>& warnings, const ItemEmitter& emit);

}  // namespace docket

#endif  // DOCKET_PROJECT_BUILDER_HPP
