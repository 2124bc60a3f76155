// Reads an HTML <table> block, as PDF converters embed them in markdown,
// into rows of plain-text cells.
//
// The HTML is first made well-formed (void elements closed, attribute
// values quoted, end tags that HTML lets authors omit put back) so that
// pugixml can parse it, a slice of rows at a time so that a table of a
// million rows is never one tree; rowspan and colspan are then laid out on
// a grid that runs across the slices.
#ifndef DOCKET_HTML_TABLE_HPP
#define DOCKET_HTML_TABLE_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/row_cells.hpp"
#include "layout/well_formed_html.hpp"

namespace docket {

struct HtmlTable {
  std::optional<std::string> caption;
  std::vector<TableRow> rows;
  bool has_header_row = false;  // the first row is made of <th> cells
};

// `html` holds the lines of the block, the first of which is source line
// `first_line`. Problems are reported to `warnings` with their line.
HtmlTable read_html_table(std::string_view html, int first_line, std::vector<Warning>& warnings);


}  // namespace docket

#endif  // DOCKET_HTML_TABLE_HPP
