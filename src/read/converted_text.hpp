// Papers that are not plain text (whole web pages, Word files) are turned
// into the markdown-like text the layout stage reads: paragraphs separated
// by blank lines, headings as '#', list items with their printed markers,
// tables as HTML <table> blocks with one row a line. Each line of that text
// remembers the line of the input it came from, so that `lines` in the
// output still point into the file the user has.
#ifndef DOCKET_CONVERTED_TEXT_HPP
#define DOCKET_CONVERTED_TEXT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"

namespace docket {

struct ConvertedText {
  std::string text;
  // source_lines[i] is the input line (or, for .docx, the paragraph) that
  // line i + 1 of `text` reports.
  std::vector<int> source_lines;
  std::vector<Warning> warnings;  // with input lines already
};

// The input line that line `line` (1-based) of converted text reports; 0
// stays 0, and a line past the end reports the last one.
int source_line(const std::vector<int>& source_lines, int line);

// Line numbers of an item, its actions and a table moved from converted
// text back to the input.
void map_lines(Item& item, const std::vector<int>& source_lines);
void map_lines(Table& table, const std::vector<int>& source_lines);
void map_lines(Warning& warning, const std::vector<int>& source_lines);

// Builds converted text a line at a time. Inline text has its white space
// collapsed as a browser would; block boundaries end lines; each line
// records the input line its first text came from.
class TextEmitter {
 public:
  // Inline text from input line `line` (the line its first byte is on).
  void text(std::string_view s, int line);
  // A <br>: ends the current line, if it has text.
  void line_break();
  // The end of a block: ends the current line and leaves a blank line
  // before the next text.
  void paragraph_break();
  // Put before the next line's text: a heading's '#', a list marker.
  void prefix(std::string marker);
  // A whole line as given (a table row), after a paragraph break.
  void raw_line(std::string_view s, int line);
  bool line_empty() const { return line_.empty(); }
  ConvertedText finish(std::vector<Warning> warnings);

 private:
  void end_line();

  std::string out_;
  std::vector<int> lines_;
  std::string line_;
  std::string prefix_;
  int line_source_ = 0;
  bool space_pending_ = false;
  bool blank_pending_ = false;
};

// Appends `s` to `out` with &, < and > escaped, as a table cell's text.
void append_escaped(std::string& out, std::string_view s);

// n in lowercase Roman numerals ("xiv"), for list labels; n in 1..3999.
std::string lower_roman(int n);

// A cell of a data table, as the layout stage's <table> reader takes it.
struct ConvertedCell {
  std::string text;  // newlines become <br>
  bool header = false;
  int colspan = 1;
  int rowspan = 1;
};

// One row of a <table> block: "<tr><td colspan="2">…</td>…</tr>".
std::string table_row_markup(const std::vector<ConvertedCell>& cells);

}  // namespace docket

#endif  // DOCKET_CONVERTED_TEXT_HPP
