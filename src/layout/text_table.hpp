// Tables laid out in plain text, columns aligned by spaces, as
// `pdftotext -layout` writes the tables of a PDF.
//
// A header line names the columns; where its words start is where the
// columns start. Every later line is cut into runs of text (words apart by
// single spaces) and each run goes to the column it starts under, within a
// few characters, as page margins drift. A wrapped cell continues on the
// lines below; a row starts where the first column starts text at the
// table's left edge beside text in another column, and neither column was
// mid-sentence on the line above. A form feed, a page number and the header
// repeated after a page break are page furniture. A line of text wider than
// its column (the table's margin moved on that page) goes to the column
// holding most of the row's text. The header may stand under a title line
// of its own block; in a table of four columns or more a row also starts
// where the first column and two others open capitalised text; a line that
// names one of the columns again among other runs is the header of
// another table, which ends this one.
#ifndef DOCKET_TEXT_TABLE_HPP
#define DOCKET_TEXT_TABLE_HPP

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/blocks.hpp"

namespace docket {

// Whether the cells of a line, read as a header, name the columns of a
// table worth reading: the layer that knows column names decides.
using TextTableHeaderTest = std::function<bool(const std::vector<std::string>& cells)>;

// One line cut into runs: where each starts and ends (in characters, not
// bytes, as the layout aligns characters) and its text.
struct TextRun {
  int x = 0;
  int end = 0;
  std::string_view text;
};
std::vector<TextRun> split_text_runs(std::string_view line);

// Finds the text tables of `text` (the text `blocks` were split from):
// each starts at the first line of a block that `is_header` accepts. The
// blocks a table covers become one table block, its first row the header.
void read_text_tables(std::string_view text, std::vector<Block>& blocks, const TextTableHeaderTest& is_header);

}  // namespace docket

#endif  // DOCKET_TEXT_TABLE_HPP
