// Plan tables that list the numbered steps of a work programme: a
// milestone or action column whose rows are labelled "1.1", "1.2", "2.1"
// (in a number column or at the start of the text), with no column of
// recommendations they answer. Such a table belongs to a project plan: its
// rows are items under the numbered headings above them.
#ifndef DOCKET_STEP_ROWS_HPP
#define DOCKET_STEP_ROWS_HPP

#include <functional>
#include <optional>
#include <string_view>

#include "layout/list_markers.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// One row of a step table, as views of its cells.
struct StepRow {
  std::optional<MarkerInfo> number;  // from the number column or the text's start
  std::string_view text;             // the step, its label removed
  std::string_view due;              // the deadline cell
  std::string_view lead;             // the lead or owner cell
  int line = 0;
};

// No column holds recommendations, and most of the table's rows carry
// dotted step numbers or the table stands under a heading that numbers an
// item ("Action 4: …", `blocks` being those the table was assembled from):
// its rows, numbered or not, are that item's steps. Or the table lists
// unnumbered work (lists_unnumbered_work).
bool is_step_table(const LogicalTable& table, const std::vector<Block>& blocks = {});

// A plan table of things to do that answers no recommendations and numbers
// no rows (an action column beside a lead or due-date column, no
// recommendation or number column): a work programme whose rows are its
// items.
bool lists_unnumbered_work(const LogicalTable& table);

// The nearest heading above block `index` numbers an item ("Action 4: …").
bool under_named_item(const std::vector<Block>& blocks, std::size_t index);

// The item a row of unnumbered work is (lists_unnumbered_work): its text,
// lines, due dates (`due`, read from its due cell) and lead.
Item row_item(const StepRow& row, LineSpan lines, std::vector<Date>&& due);

// A lead cell that names no one: "N/A", "-", "None".
bool is_no_lead(std::string_view cell);

// Calls `visit` with each non-blank row of `table`, in order.
void read_step_rows(const LogicalTable& table, const std::function<void(const StepRow&)>& visit);

}  // namespace docket

#endif  // DOCKET_STEP_ROWS_HPP
