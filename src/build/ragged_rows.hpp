// Rows of a plan table with fewer cells than its header names: a cell lost
// in conversion, or one the author left out. The cells are laid back under
// the columns they fit, read by what they hold (a date under the due date,
// a RAG word under the status, a number under the number, prose under the
// text), keeping their order; the rest of the row is blank.
#ifndef DOCKET_RAGGED_ROWS_HPP
#define DOCKET_RAGGED_ROWS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/row_cells.hpp"
#include "tables/columns.hpp"

namespace docket {

// How many columns a header names: up to its last cell with a name.
std::size_t named_columns(const std::vector<std::string>& header);

// `row` with its first `row.written_cells` cells moved under the first
// `named` columns of `roles`, where they fit best, in order; `roles.size()`
// cells in all.
TableRow align_short_row(const TableRow& row, const std::vector<ColumnRole>& roles, std::size_t named);

}  // namespace docket

#endif  // DOCKET_RAGGED_ROWS_HPP
