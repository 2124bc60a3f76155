#include "tables/table_assembler.hpp"

#include <algorithm>

#include "base/text_util.hpp"

namespace docket {

namespace {

bool is_table(const Block& b) {
  return is_table(b.kind);
}

// A cell of figures: "2012/13", "£12.4m", "73", "45%".
bool is_figure(std::string_view cell) {
  cell = trim(cell);
  if (cell.empty()) return false;
  bool digit = false;
  for (char c : cell) {
    if (is_ascii_digit(c)) {
      digit = true;
    } else if (is_ascii_alpha(c) && c != 'k' && c != 'm') {
      return false;
    }
  }
  return digit;
}

// Whether the first row of a table is its header. Pipe tables and <th> rows
// say so themselves, but converters also put a data row above the delimiter
// of a fragment that lost its header, so the cells must read as column
// names too. A table that starts without such a mark has a header when its
// first row names known columns, or holds words where later rows hold
// figures.
bool first_row_is_header(const Block& b, const HeaderCandidate& first_row) {
  if (b.rows.empty()) return false;
  const RowCells& cells = b.rows.front().cells;
  const int known = first_row.known_columns();
  // A marked header row that starts with an item number is a data row.
  if (b.has_header_row) return known >= 1 || cells.empty() || !is_figure(cells.front());
  if (known >= 2) return true;
  if (b.rows.size() < 2) return false;
  const bool words_only = std::none_of(cells.begin(), cells.end(), is_figure) &&
                          std::none_of(cells.begin(), cells.end(), [](std::string_view c) { return trim(c).empty(); });
  bool figures_below = false;
  for (std::size_t r = 1; r < b.rows.size() && !figures_below; ++r) {
    figures_below = std::any_of(b.rows[r].cells.begin(), b.rows[r].cells.end(), is_figure);
  }
  return words_only && figures_below;
}

// A title across the top of a table ("Action plan", a merged cell or a
// colspan): one cell of text, the rest blank.
bool is_title_row(const RowCells& cells) {
  if (cells.size() < 2) return false;
  int filled = 0;
  for (std::string_view c : cells) filled += trim(c).empty() ? 0 : 1;
  return filled == 1;
}

// The folded header of the last table, which the next fragments may
// continue: folded once for all of them.
class HeaderKeys {
 public:
  // Called when a table starts: the keys kept are no longer the last one's.
  void forget() { folded_ = false; }

  const std::vector<std::string>& of(const LogicalTable& last) {
    if (!folded_) {
      keys_.clear();
      for (const std::string& name : last.header) keys_.push_back(fold_key(name));
      folded_ = true;
    }
    return keys_;
  }

 private:
  std::vector<std::string> keys_;
  bool folded_ = false;
};

// A fragment continues a table when its first row repeats the table's
// header; only then is that row dropped as a header.
bool repeats_header(const LogicalTable& t, HeaderKeys& header_keys, const Block& b) {
  if (t.header.empty() || b.rows.empty()) return false;
  const RowCells& first = b.rows.front().cells;
  if (first.size() != t.header.size()) return false;
  // Column by column, so that a data row is told apart at its first cell.
  // A header repeated on a new page is most often written the same, and
  // the same text folds to the same key: only a cell written otherwise is
  // folded, and the header's keys only when one is.
  for (std::size_t c = 0; c < first.size(); ++c) {
    if (first[c] == t.header[c]) continue;
    if (FoldedKey(first[c]).view() != header_keys.of(t)[c]) return false;
  }
  return true;
}


// "Table 3", "Figure 2: costs": the caption of the next table, which
// therefore starts a table of its own.
bool is_caption(std::string_view t) {
  static constexpr std::string_view kCaptionWords[] = {"table", "figure", "chart", "appendix", "annex", "schedule"};
  for (std::string_view w : kCaptionWords) {
    if (istarts_with(t, w) && (t.size() == w.size() || !is_ascii_alpha(t[w.size()]))) return true;
  }
  return false;
}

// Text that may stand between two fragments of one table: what a page break
// leaves behind, short and without a sentence of its own.
bool is_page_furniture(const Block& b) {
  if (b.debris || b.kind == BlockKind::kPageBreak) return true;
  if (b.kind != BlockKind::kParagraph) return false;
  const std::string_view t = b.text;
  return words_at_most(t, 8) && t.size() <= 80 && !t.ends_with('.') && !t.ends_with(':') &&
         t.find('\n') == std::string_view::npos && !is_caption(t);
}

std::optional<std::string> caption_before(const std::vector<Block>& blocks, std::size_t index) {
  if (!blocks[index].text.empty()) return std::string(blocks[index].text);  // <caption>
  if (index == 0) return std::nullopt;
  const Block& prev = blocks[index - 1];
  if (prev.debris || prev.lines.last < blocks[index].lines.first - 2) return std::nullopt;
  if (prev.kind != BlockKind::kParagraph && prev.kind != BlockKind::kHeading) return std::nullopt;
  const std::string_view t = prev.text;
  if (t.empty() || !words_at_most(t, 12) || t.find('\n') != std::string_view::npos) return std::nullopt;
  if (is_caption(t)) return std::string(t);
  if (prev.kind == BlockKind::kHeading) return std::string(t);
  return std::nullopt;
}

LogicalTable start_table(std::vector<Block>& blocks, std::size_t index) {
  Block& b = blocks[index];
  LogicalTable t;
  t.first_block = t.last_block = index;
  t.lines = b.lines;
  t.caption = caption_before(blocks, index);
  std::size_t first_data = 0;
  std::vector<ColumnRole> header_roles;
  if (!b.rows.empty()) {
    const HeaderCandidate first_row(b.rows.front().cells);
    if (first_row_is_header(b, first_row)) {
      t.header = b.rows.front().cells.to_strings();
      header_roles = first_row.roles();
      first_data = 1;
    } else if (b.rows.size() >= 2 && is_title_row(b.rows.front().cells)) {
      // A title above the header: the header is the row below it when
      // that names columns, and the title is the table's caption.
      const HeaderCandidate second_row(b.rows[1].cells);
      if (second_row.known_columns() >= 2) {
        for (std::string_view c : b.rows.front().cells) {
          if (!trim(c).empty()) t.caption = std::string(trim(c));
        }
        t.header = b.rows[1].cells.to_strings();
        header_roles = second_row.roles();
        first_data = 2;
      }
    }
  }
  const std::size_t width = b.rows.empty() ? 0 : b.rows.front().cells.size();
  // The rows move: no later stage reads them from the blocks, which let go
  // of what the moves leave behind.
  std::vector<TableRow>& rows = b.rows.list();
  t.rows.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(first_data)),
                std::make_move_iterator(rows.end()));
  b.rows.clear();
  t.roles = t.header.empty() ? std::vector<ColumnRole>(width, ColumnRole::kUnknown) : std::move(header_roles);
  t.is_plan = is_plan_table(t.roles);
  return t;
}

std::size_t width_of(const Block& b) { return b.rows.empty() ? 0 : b.rows.front().cells.size(); }

// Appends fragment `b` to `t` when it continues it; returns false otherwise.
bool try_continue(LogicalTable& t, HeaderKeys& header_keys, Block& b) {
  if (b.rows.empty() || !is_table(b)) return false;
  const std::size_t width = t.header.empty() ? (t.rows.empty() ? 0 : t.rows.front().cells.size()) : t.header.size();
  std::size_t first_data = 0;
  if (repeats_header(t, header_keys, b)) {
    first_data = 1;
  } else if (width_of(b) != width || first_row_is_header(b, HeaderCandidate(b.rows.front().cells))) {
    return false;
  }
  for (std::size_t i = first_data; i < b.rows.size(); ++i) {
    TableRow row = std::move(b.rows[i]);
    row.cells.resize(width);
    t.rows.push_back(std::move(row));
  }
  b.rows.clear();
  t.lines.last = b.lines.last;
  ++t.fragments;
  return true;
}

}  // namespace

std::vector<LogicalTable> assemble_tables(std::vector<Block>& blocks) {
  std::vector<LogicalTable> tables;
  HeaderKeys header_keys;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!is_table(blocks[i])) continue;
    if (!tables.empty()) {
      LogicalTable& prev = tables.back();
      // Only page furniture may stand between two fragments.
      bool only_furniture = true;
      for (std::size_t k = prev.last_block + 1; k < i; ++k) {
        if (!is_page_furniture(blocks[k])) {
          only_furniture = false;
          break;
        }
      }
      if (only_furniture && try_continue(prev, header_keys, blocks[i])) {
        for (std::size_t k = prev.last_block + 1; k < i; ++k) blocks[k].debris = true;
        prev.last_block = i;
        continue;
      }
    }
    tables.push_back(start_table(blocks, i));
    header_keys.forget();
  }
  return tables;
}

}  // namespace docket
