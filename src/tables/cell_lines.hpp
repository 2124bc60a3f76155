// The pieces a table cell lists: the actions behind its bullets, or its
// lines where a paragraph break or a single <br> stood (CellWrap).
#ifndef DOCKET_TABLES_CELL_LINES_HPP
#define DOCKET_TABLES_CELL_LINES_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include "layout/row_cells.hpp"

namespace docket {

// The actions of a cell that starts with a bullet ("- ", "• ", "· ", "* "):
// the text between each bullet and the next like it, trimmed. Empty when
// the cell starts with no bullet.
void bullet_pieces(std::string_view cell, std::vector<std::string_view>& out);

// The lines of cell `col` of `row`, trimmed, blank ones left out, appended
// to `out`: the cell is split where a paragraph break ('\n') or a single
// <br> (row.wraps) stood. Nothing when the row has no such cell.
void cell_lines(const TableRow& row, std::size_t col, std::vector<std::string_view>& out);

}  // namespace docket

#endif  // DOCKET_TABLES_CELL_LINES_HPP
