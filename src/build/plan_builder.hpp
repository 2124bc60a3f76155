// Stage 5 for action plans: turns plan tables into items and actions.
//
// A row with a number starts a recommendation. A row whose number cell is
// empty continues the one above it, in one of two ways:
//  - it brings its own date or success measure: a further action step of
//    the same recommendation (one recommendation written over several rows,
//    one step per row);
//  - it does not: it is the tail of a row a page break cut, and each of its
//    cells is joined to the text it continues.
// Either way the recommendation, savings and lead cells keep joining, as
// their text wraps across the rows.
#ifndef DOCKET_PLAN_BUILDER_HPP
#define DOCKET_PLAN_BUILDER_HPP

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "build/item_emitter.hpp"
#include "docket/model.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// Builds the items of every plan table in `tables`, handing each to `emit`
// once its last row is read. The rows of plan tables are consumed: each
// row's cells are freed once read, so a table of a million rows is held
// once, as rows, and never as items too.
void build_plan_items(std::vector<LogicalTable>& tables, std::vector<Warning>& warnings, const ItemEmitter& emit);

// "**5**", "5.", "(5)", "Rec 5" → "5"; "R2" and "3.1.1" stay as printed.
std::string normalise_item_number(std::string_view cell);

// "Completed" → "complete", "Green" → "green", "On track" → "on track".
std::string normalise_status(std::string_view cell);

}  // namespace docket

#endif  // DOCKET_PLAN_BUILDER_HPP
