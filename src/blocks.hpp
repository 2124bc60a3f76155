// Stage 2: split decoded text into blocks.
//
// A block is a heading, a paragraph, a list item, a table (pipe, HTML or
// tab-separated) or a page break, with the 1-based source lines it covers.
// Table cells come out as plain text (markup stripped by clean_inline) with
// the line of their row. Nothing here knows about plans: the later stages
// decide what a block means.
#ifndef DOCKET_BLOCKS_HPP
#define DOCKET_BLOCKS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "row_cells.hpp"

namespace docket {

enum class BlockKind : std::uint8_t {
  kHeading,
  kParagraph,
  kListItem,
  kPipeTable,
  kHtmlTable,
  kTabTable,
  kPageBreak,  // a form feed or a thematic break (---, ***)
};

struct TableRow {
  int line = 0;
  RowCells cells;  // plain text, paragraphs joined by '\n'
};

// Members run from the largest to the smallest so that a paper of many
// short paragraphs, a block each, is not mostly padding.
struct Block {
  // Headings, paragraphs and list items: the source lines, markers removed,
  // markup kept, one entry per physical line.
  std::vector<std::string_view> raw_lines;
  // Plain text of raw_lines: markup stripped, lines joined by spaces,
  // blank-line paragraph breaks (inside list items) as '\n'.
  std::string text;
  // List items: the marker as printed ("1.", "(a)", "-", "12"), a view of
  // the text being parsed, and the column it starts at. `loose_marker` is
  // set for a bare number followed by a lowercase word ("12 the scheme
  // ceases"), a marker with its period lost in conversion that only some
  // documents use as a list.
  std::string_view marker;
  // Tables: rows in order. `has_header_row` is true when the source marks
  // the first row as a header (a pipe table's delimiter row, <th> cells).
  std::vector<TableRow> rows;
  LineSpan lines;
  int indent = 0;
  BlockKind kind = BlockKind::kParagraph;
  std::int8_t heading_level = 0;
  bool loose_marker = false;
  bool has_header_row = false;
  // Set by mark_page_debris: page furniture that must never reach any text.
  bool debris = false;
};

std::vector<Block> split_blocks(std::string_view text, std::vector<Warning>& warnings);

// Pads every row to the widest. Rows wider than kMaxTableColumns have their
// extra cells joined into the last column (and a warning): padding to the
// widest row must stay linear in the input.
inline constexpr std::size_t kMaxTableColumns = 10000;
void square_table_rows(std::vector<TableRow>& rows, std::vector<Warning>& warnings);

// Marks paragraphs that are page furniture: lone page numbers ("3",
// "Page 3 of 9", "- 3 -") and short lines with a number that recur on
// several pages ("Draft 5 19.04.10", "Draft 5 19.04.10 2").
void mark_page_debris(std::vector<Block>& blocks);

}  // namespace docket

#endif  // DOCKET_BLOCKS_HPP
