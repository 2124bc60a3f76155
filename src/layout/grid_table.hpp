// Pandoc grid tables: rows between border lines (`+-----+-----+`), cells
// between the pipes that stand under the border's `+`s, a cell's text over
// as many lines as it needs, and a `+=====+` border under the header.
//
//   +-----+----------------+-----------+
//   | No. | Recommendation | Lead      |
//   +=====+================+===========+
//   | 1   | Publish the    | Head of   |
//   |     | strategy.      | Highways  |
//   +-----+----------------+-----------+
//
// A cell's lines are joined by spaces, as a wrapped pipe-table cell is; a
// blank line inside it is a paragraph break, and a line opening with a
// bullet ("- ", "* ", "• ") starts a new line of the cell (a CellWrap), so
// that the builders can list one action per bullet. A pipe missing where a
// column boundary stands joins the two cells (a column span; the text goes
// to the first); a border that rules only some columns ends the row for
// those, and the others' text runs on in the row above (a row span; the
// rows below it are blank there, as an HTML table's are). Rows above the
// `=` border are the header, joined into one row when there are several.
//
// Columns are counted in characters, not bytes: the layout aligns what is
// printed, and "£" is two bytes. A row line whose closing pipe stands off
// the boundaries (a character printed two columns wide moved it) is read
// as a pipe row instead, its cells in column order.
#ifndef DOCKET_GRID_TABLE_HPP
#define DOCKET_GRID_TABLE_HPP

#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/row_cells.hpp"

namespace docket {

// Whether `line` is a grid table border: (indent,) '+', then runs of '-',
// '=' or ':' parted by further '+'s, ending in '+'. The first test reads
// one byte, so prose costs nothing.
bool is_grid_border(std::string_view line);

// Whether `line` can stand inside a grid table: a border, or a row that
// starts with '|' (after indent).
bool is_grid_line(std::string_view line);

// One line of a grid table and its source line number.
struct GridLine {
  std::string_view text;
  int number = 0;
};

struct GridTable {
  std::vector<TableRow> rows;
  bool has_header_row = false;  // a '=' border stood under the first row
};

// Reads the lines of one grid table, the first of them a border.
GridTable read_grid_table(const std::vector<GridLine>& lines);

}  // namespace docket

#endif  // DOCKET_GRID_TABLE_HPP
