#include "layout/blocks.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include "docket/warnings.hpp"
#include "base/huge_pages.hpp"
#include "base/text_util.hpp"
#include "layout/grid_table.hpp"
#include "layout/html_table.hpp"
#include "layout/inline_text.hpp"
#include "layout/line_window.hpp"
#include "layout/list_markers.hpp"
#include "layout/pipe_rows.hpp"

namespace docket {

namespace {

bool is_blank(std::string_view s) { return trim(s).empty(); }

// Columns of leading white space, up to what Block::indent holds: a list
// nested past that is as deep as lists go.
std::int16_t indent_of(std::string_view s) {
  constexpr int kMostIndent = INT16_MAX - 4;
  int n = 0;
  for (char c : s) {
    if (n > kMostIndent) break;
    if (c == ' ') {
      ++n;
    } else if (c == '\t') {
      n += 4 - n % 4;
    } else {
      break;
    }
  }
  return static_cast<std::int16_t>(n);
}

std::string_view strip_indent(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// "---", "***", "___" (with optional spaces): a thematic break, which PDF
// converters emit between pages.
bool is_thematic_break(std::string_view s) {
  s = trim(s);
  if (s.size() < 3) return false;
  const char c = s[0];
  if (c != '-' && c != '*' && c != '_') return false;
  int count = 0;
  for (char x : s) {
    if (x == c) {
      ++count;
    } else if (x != ' ') {
      return false;
    }
  }
  return count >= 3;
}

std::optional<int> heading_level(std::string_view s) {
  s = strip_indent(s);
  int level = 0;
  while (level < static_cast<int>(s.size()) && s[static_cast<std::size_t>(level)] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  if (static_cast<std::size_t>(level) == s.size() || s[static_cast<std::size_t>(level)] == ' ' ||
      s[static_cast<std::size_t>(level)] == '\t') {
    return level;
  }
  return std::nullopt;
}

std::string_view heading_content(std::string_view s) {
  s = trim(s);
  std::size_t i = 0;
  while (i < s.size() && s[i] == '#') ++i;
  s = trim(s.substr(i));
  // A closing sequence of #s is decoration.
  std::size_t e = s.size();
  while (e > 0 && s[e - 1] == '#') --e;
  if (e < s.size() && (e == 0 || s[e - 1] == ' ')) s = trim(s.substr(0, e));
  return s;
}

enum class PipeTableStart : std::uint8_t { kNone, kBeforeDelimiterRow, kOuterPipes };

// Whether a pipe table starts at line i, and whether line i + 1 is its
// delimiter row, which the table reader then need not check again.
PipeTableStart starts_pipe_table(LineWindow& lines, std::size_t i, NextOccurrence& pipes) {
  if (!pipes.in(lines[i])) return PipeTableStart::kNone;
  const std::string_view s = trim(lines[i]);
  if (!has_unescaped_pipe(s)) return PipeTableStart::kNone;
  if (lines.has(i + 1) && is_delimiter_row(lines[i + 1])) return PipeTableStart::kBeforeDelimiterRow;
  // Without a delimiter row only rows with outer pipes count: a lone '|'
  // in prose is not a table.
  if (s.starts_with('|') && s.size() >= 2 && s.ends_with('|')) return PipeTableStart::kOuterPipes;
  return PipeTableStart::kNone;
}

// A grid table's top border with a row line under it.
// The caller has ruled out lines that start with neither '+' nor a space.
bool starts_grid_table(LineWindow& lines, std::size_t i) {
  return is_grid_border(lines[i]) && lines.has(i + 1) && is_grid_line(lines[i + 1]) && !is_grid_border(lines[i + 1]);
}

// A <table>, or a whole HTML document around one on a line of its own
// (`<html><body><table>…`), as PDF-to-markdown converters write tables.
bool starts_html_table(std::string_view line) {
  const std::string_view s = strip_indent(line);
  if (!s.starts_with('<')) return false;
  if (istarts_with(s, "<table")) return true;
  return (istarts_with(s, "<html") || istarts_with(s, "<body")) && ifind(s, "<table") != std::string_view::npos;
}

// A tab after some content: a tab-separated row. Leading tabs are indent.
bool is_tab_row(std::string_view line) {
  if (line.find('\t') == std::string_view::npos) return false;
  const std::string_view s = strip_indent(line);
  return !s.empty() && s.find('\t') != std::string_view::npos && !is_blank(s);
}

bool starts_tab_table(LineWindow& lines, std::size_t i, NextOccurrence& tabs) {
  return tabs.in(lines[i]) && is_tab_row(lines[i]) && lines.has(i + 1) && tabs.in(lines[i + 1]) &&
         is_tab_row(lines[i + 1]);
}

// Past this many blocks the vector grows as usual: a document of a few
// hundred million lines of one paragraph must not ask for tens of
// gigabytes of address space.
constexpr std::size_t kMostBlocksReserved = std::size_t{1} << 22;

// What the splitter's reused text buffers hold before they first grow.
constexpr std::size_t kBufferRoom = 2048;

class BlockSplitter {
 public:
  BlockSplitter(std::string_view text, TextArena& arena, std::vector<Warning>& warnings)
      : text_(text),
        lines_(text),
        pipes_(text, '|'),
        tabs_(text, '\t'),
        form_feeds_(text, '\f'),
        arena_(arena),
        warnings_(warnings),
        most_blocks_(most_blocks_for(text.size())) {
    // Room for a long paragraph or table row from the start, rather than
    // regrowing through every smaller size in each document.
    const std::size_t room = std::min(text.size(), kBufferRoom);
    cells_.text().reserve(room);
    joined_.reserve(room);
    cleaned_.reserve(room);
  }

  std::vector<Block> run() {
    // Room up front for a block per filled line, or for the most blocks
    // allowed and the two a line and the rest can add past them, whichever
    // is fewer:
    // growing would move every block and hold old and new at once, which
    // for a paper of a million one-line items was most of its peak memory.
    // Room never written costs address space, not memory.
    blocks_.reserve(std::min({lines_.filled() + 1, most_blocks_ + 2, kMostBlocksReserved}));
    advise_huge_pages(blocks_.data(), blocks_.capacity() * sizeof(Block));
    std::size_t i = 0;
    bool at_block_start = true;
    while (lines_.has(i)) {
      lines_.forget_before(i);
      if (blocks_.size() >= most_blocks_) {
        read_rest_as_one_paragraph(i);
        break;
      }
      std::string_view line = lines_[i];
      if (form_feeds_.in(line)) {
        push_page_break(lines_.number(i));
        // The text around a form feed is an ordinary line.
        std::string_view rest = line;
        while (!rest.empty() && (rest.front() == '\f' || rest.front() == ' ')) rest.remove_prefix(1);
        while (!rest.empty() && (rest.back() == '\f' || rest.back() == ' ')) rest.remove_suffix(1);
        if (rest.find('\f') != std::string_view::npos || is_blank(rest)) {
          ++i;
          at_block_start = true;
          continue;
        }
        lines_.narrow(i, rest);
        line = rest;
      }
      if (is_blank(line)) {
        ++i;
        at_block_start = true;
        continue;
      }
      i = start_block(i, at_block_start);
      at_block_start = false;
    }
    return std::move(blocks_);
  }

 private:
  // What a line starts, as start_block reads it.
  struct LineStart {
    enum class Kind : std::uint8_t { kHtmlTable, kGridTable, kPipeTable, kHeading, kThematicBreak, kListItem, kTabTable, kParagraph };
    Kind kind = Kind::kParagraph;
    PipeTableStart pipe_table = PipeTableStart::kNone;
    std::int8_t heading_level = 0;
    ListMarker marker;
  };

  // The tests, in the order they take precedence.
  LineStart classify(std::size_t i, bool at_block_start) {
    using Kind = LineStart::Kind;
    const std::string_view line = lines_[i];
    LineStart start;
    if (starts_html_table(line)) {
      start.kind = Kind::kHtmlTable;
    } else if (!line.empty() && (line[0] == '+' || line[0] == ' ') && starts_grid_table(lines_, i)) {
      start.kind = Kind::kGridTable;
    } else if ((start.pipe_table = starts_pipe_table(lines_, i, pipes_)) != PipeTableStart::kNone) {
      start.kind = Kind::kPipeTable;
    } else if (const auto level = heading_level(line)) {
      start.kind = Kind::kHeading;
      start.heading_level = static_cast<std::int8_t>(*level);
    } else if (is_thematic_break(line)) {
      start.kind = Kind::kThematicBreak;
    } else if (auto marker = parse_list_marker(line, at_block_start)) {
      start.kind = Kind::kListItem;
      start.marker = *marker;
    } else if (starts_tab_table(lines_, i, tabs_)) {
      start.kind = Kind::kTabTable;
    }
    return start;
  }

  // Reads the block starting at line i; returns the index after it.
  std::size_t start_block(std::size_t i, bool at_block_start) {
    using Kind = LineStart::Kind;
    // A line that ended the block before it was classified then, as a line
    // inside a block; that is how it is read here too.
    const LineStart start = i == interrupting_line_ && !at_block_start ? interrupting_start_ : classify(i, at_block_start);
    switch (start.kind) {
      case Kind::kHtmlTable: return read_html_table_block(i);
      case Kind::kGridTable: return read_grid_table_block(i);
      case Kind::kPipeTable: return read_pipe_table(i, start.pipe_table == PipeTableStart::kBeforeDelimiterRow);
      case Kind::kHeading: {
        Block b;
        b.kind = BlockKind::kHeading;
        b.lines = {lines_.number(i), lines_.number(i)};
        b.heading_level = start.heading_level;
        b.raw_lines.push_back(heading_content(lines_[i]));
        b.text = clean_raw_lines(b.raw_lines);
        blocks_.push_back(std::move(b));
        return i + 1;
      }
      case Kind::kThematicBreak: push_page_break(lines_.number(i)); return i + 1;
      case Kind::kListItem: return read_list_item(i, start.marker);
      case Kind::kTabTable: return read_tab_table(i);
      case Kind::kParagraph: break;
    }
    return read_paragraph(i);
  }

  // True when line j begins a new block even without a blank line before it.
  bool interrupts(std::size_t j) {
    const std::string_view line = lines_[j];
    if (is_blank(line) || form_feeds_.in(line)) return true;
    interrupting_start_ = classify(j, false);
    interrupting_line_ = j;
    return interrupting_start_.kind != LineStart::Kind::kParagraph;
  }

  std::size_t read_paragraph(std::size_t i) {
    Block b;
    b.kind = BlockKind::kParagraph;
    b.lines.first = lines_.number(i);
    std::size_t j = i;
    do {
      b.raw_lines.push_back(trim(lines_[j]));
      ++j;
      lines_.forget_before(j);
    } while (lines_.has(j) && !interrupts(j));
    b.lines.last = lines_.number(j - 1);
    b.text = clean_raw_lines(b.raw_lines);
    blocks_.push_back(std::move(b));
    return j;
  }

  std::size_t read_list_item(std::size_t i, const ListMarker& marker) {
    Block b;
    b.kind = BlockKind::kListItem;
    b.loose_marker = marker.loose;
    b.indent = indent_of(lines_[i]);
    b.lines.first = lines_.number(i);
    b.raw_lines.push_back(trim(lines_[i].substr(marker.content)));
    b.set_marker(marker.marker);
    std::size_t j = i + 1;
    while (lines_.has(j) && !interrupts(j)) {
      b.raw_lines.push_back(trim(lines_[j]));
      lines_.forget_before(j);
      ++j;
    }
    b.lines.last = lines_.number(j - 1);
    b.text = clean_raw_lines(b.raw_lines);
    blocks_.push_back(std::move(b));
    return j;
  }

  // Past most_blocks_ (see kMinBytesPerBlock): the lines from i to the end
  // as one paragraph, a blank line between two of them kept as a '\n' in
  // its text. Each line is cleaned on its own, straight into the text, and
  // the arena keeps that text: the rest may be most of a large file, and
  // joining it first or copying it after would hold it twice.
  void read_rest_as_one_paragraph(std::size_t i) {
    while (lines_.has(i) && is_blank(lines_[i])) lines_.forget_before(++i);
    if (!lines_.has(i)) return;
    warnings_.push_back({lines_.number(i), std::string(warning::kTooManyBlocks),
                         "more than " + std::to_string(most_blocks_) + " blocks, under " +
                             std::to_string(kMinBytesPerBlock) +
                             " bytes each; the text from here to the end is kept as one paragraph"});
    Block b;
    b.kind = BlockKind::kParagraph;
    b.lines.first = lines_.number(i);
    std::string text;
    // Cleaning seldom lengthens text, so the rest's size is room enough.
    text.reserve(static_cast<std::size_t>(text_.data() + text_.size() - lines_[i].data()));
    bool after_blank = false;
    for (std::size_t j = i; lines_.has(j); lines_.forget_before(++j)) {
      const std::string_view line = lines_[j];
      if (is_blank(line)) {
        after_blank = !text.empty();
        continue;
      }
      if (!text.empty()) text.push_back(after_blank ? '\n' : ' ');
      after_blank = false;
      append_clean_inline(trim(line), text);
      b.raw_lines.push_back(trim(line));
      b.lines.last = lines_.number(j);
    }
    b.text = arena_.adopt(std::move(text));
    blocks_.push_back(std::move(b));
  }

  // `delimiter_row`: line i + 1 is the table's delimiter row.
  std::size_t read_pipe_table(std::size_t i, bool delimiter_row) {
    Block b;
    b.kind = BlockKind::kPipeTable;
    b.lines.first = lines_.number(i);
    std::size_t j = i;
    while (lines_.has(j) && pipes_.in(lines_[j]) && has_unescaped_pipe(lines_[j]) && !form_feeds_.in(lines_[j])) {
      lines_.forget_before(j);
      if (j == i + 1 && delimiter_row) {
        b.has_header_row = true;
      } else {
        TableRow row;
        row.line = lines_.number(j);
        std::uint32_t column = 0;
        for_each_pipe_cell(lines_[j], [&](std::string_view cell) {
          std::string& text = cells_.text();
          const std::size_t begin = text.size();
          append_clean_cell(cell, text, wraps_, begin);
          for (std::uint32_t at : wraps_) row.wraps.push_back({column, at});
          wraps_.clear();
          cells_.end_cell();
          ++column;
        });
        row.cells = cells_.finish();
        b.rows.list().push_back(std::move(row));
      }
      ++j;
    }
    return finish_table(std::move(b), j);
  }

  // Keeps a table block whose rows end before line j, its rows padded to
  // one width; returns the line after it.
  std::size_t finish_table(Block b, std::size_t j) {
    b.lines.last = lines_.number(j - 1);
    square_table_rows(b.rows.list(), warnings_);
    blocks_.push_back(std::move(b));
    return j;
  }

  std::size_t read_tab_table(std::size_t i) {
    Block b;
    b.kind = BlockKind::kTabTable;
    b.lines.first = lines_.number(i);
    std::size_t j = i;
    while (lines_.has(j) && tabs_.in(lines_[j]) && is_tab_row(lines_[j])) {
      lines_.forget_before(j);
      TableRow row;
      row.line = lines_.number(j);
      const std::string_view s = strip_indent(lines_[j]);
      std::size_t start = 0;
      while (true) {
        const std::size_t tab = s.find('\t', start);
        const std::string_view cell = s.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        append_clean_inline(cell, cells_.text());
        cells_.end_cell();
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      row.cells = cells_.finish();
      b.rows.list().push_back(std::move(row));
      ++j;
    }
    return finish_table(std::move(b), j);
  }

  std::size_t read_grid_table_block(std::size_t i) {
    std::vector<GridLine> grid;
    std::size_t j = i;
    for (; lines_.has(j) && is_grid_line(lines_[j]) && !form_feeds_.in(lines_[j]); ++j) {
      lines_.forget_before(j);
      grid.push_back({lines_[j], lines_.number(j)});
    }
    GridTable table = read_grid_table(grid);
    Block b;
    b.kind = BlockKind::kGridTable;
    b.lines = {lines_.number(i), lines_.number(j - 1)};
    b.has_header_row = table.has_header_row;
    square_table_rows(table.rows, warnings_);
    b.rows = BlockRows(std::move(table.rows));
    blocks_.push_back(std::move(b));
    return j;
  }

  std::size_t read_html_table_block(std::size_t i) {
    // Converters that write a table per page on one line put the next
    // <table> straight after the end of the one before.
    std::size_t start = 0;
    std::size_t next = i;
    do {
      next = read_one_html_table(i, start);
    } while (next == i);
    return next;
  }

  // Reads the table that starts `start` bytes into line i. Returns the next
  // line to read, or i itself with `start` moved on when another <table>
  // starts on the line this one ends on.
  std::size_t read_one_html_table(std::size_t& i, std::size_t& start) {
    // The block runs to the </table> that closes the first <table>.
    int depth = 0;
    std::size_t j = i;
    bool closed = false;
    std::size_t end_offset = 0;
    // The lines are contiguous in the decoded text, so one view covers them.
    const char* begin = lines_[i].data() + start;
    for (; lines_.has(j); ++j) {
      lines_.forget_before(j);
      const std::string_view line = lines_[j];
      std::size_t pos = j == i ? start : 0;
      while ((pos = line.find('<', pos)) != std::string_view::npos) {
        const std::string_view rest = line.substr(pos);
        if (istarts_with(rest, "<table") && (rest.size() == 6 || !is_ascii_alpha(rest[6]))) {
          ++depth;
        } else if (istarts_with(rest, "</table")) {
          --depth;
          if (depth == 0) {
            closed = true;
            end_offset = line.find('>', pos);
            end_offset = end_offset == std::string_view::npos ? line.size() : end_offset + 1;
            break;
          }
        }
        ++pos;
      }
      if (closed) break;
    }
    if (!closed) {
      warnings_.push_back({lines_.number(i), std::string(warning::kUnterminatedTable),
                           "<table> is never closed; read to the end of the file"});
      --j;  // the last line
      end_offset = lines_[j].size();
    }
    const char* end = lines_[j].data() + end_offset;
    const std::string_view html(begin, static_cast<std::size_t>(end - begin));
    HtmlTable table = read_html_table(html, lines_.number(i), warnings_);
    Block b;
    b.kind = BlockKind::kHtmlTable;
    b.lines = {lines_.number(i), lines_.number(j)};
    b.rows = BlockRows(std::move(table.rows));
    b.has_header_row = table.has_header_row;
    if (table.caption) b.text = arena_.copy(*table.caption);
    blocks_.push_back(std::move(b));
    if (closed && end_offset < lines_[j].size()) {
      const std::size_t next = ifind(lines_[j], "<table", end_offset);
      if (next != std::string_view::npos) {
        i = j;
        start = next;
        return j;
      }
    }
    return j + 1;
  }

  void push_page_break(int line) {
    Block b;
    b.kind = BlockKind::kPageBreak;
    b.lines = {line, line};
    blocks_.push_back(std::move(b));
  }

  // The cleaned text of a block's lines: a view of the source when
  // cleaning changes nothing, as for most headings and one-line items.
  std::string_view clean_raw_lines(const RawLines& raw) {
    if (raw.single()) {
      const std::string_view clean = clean_inline_view(raw.front(), cleaned_);
      if (clean.data() == raw.front().data() || clean == raw.front()) return raw.front();
      return arena_.copy(clean);
    }
    cleaned_.clear();
    const std::string_view span = raw.span();
    if (!raw.front().empty() && lines_end_bare(span)) {
      // The lines joined by newlines are the span as written.
      append_clean_inline(span, cleaned_);
      return arena_.copy(cleaned_);
    }
    joined_.clear();
    for (std::string_view r : raw) {
      if (!joined_.empty()) joined_.push_back('\n');
      joined_.append(r);
    }
    append_clean_inline(joined_, cleaned_);
    return arena_.copy(cleaned_);
  }

  // Whether no newline of `text` has white space on either side of it, as
  // when none had to be trimmed off the lines it separates.
  static bool lines_end_bare(std::string_view text) {
    for (std::size_t newline = text.find('\n'); newline != std::string_view::npos;
         newline = text.find('\n', newline + 1)) {
      if (newline == 0 || newline + 1 == text.size() || is_ascii_space(text[newline - 1]) ||
          is_ascii_space(text[newline + 1])) {
        return false;
      }
    }
    return true;
  }

  std::string_view text_;
  LineWindow lines_;
  NextOccurrence pipes_;
  NextOccurrence tabs_;
  NextOccurrence form_feeds_;
  TextArena& arena_;
  std::vector<Warning>& warnings_;
  const std::size_t most_blocks_;
  std::vector<Block> blocks_;
  RowCellsBuilder cells_;  // reused by every table row
  std::vector<std::uint32_t> wraps_;  // of the cell being read (see CellWrap)
  std::string joined_;     // reused by every block of several lines
  std::string cleaned_;    // and for its cleaned text
  // The last line interrupts() classified, which start_block reads next
  // when it did interrupt.
  std::size_t interrupting_line_ = SIZE_MAX;
  LineStart interrupting_start_;
};

}  // namespace

std::vector<Block> split_blocks(std::string_view text, TextArena& arena, std::vector<Warning>& warnings) {
  return BlockSplitter(text, arena, warnings).run();
}

}  // namespace docket
