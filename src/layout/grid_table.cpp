#include "layout/grid_table.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "base/text_util.hpp"
#include "layout/inline_text.hpp"
#include "layout/list_markers.hpp"
#include "layout/pipe_rows.hpp"

namespace docket {

namespace {

std::string_view strip_indent(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

bool is_rule_char(char c) { return c == '-' || c == '=' || c == ':'; }

// The byte offset where each character of `line` starts, and the line's
// size after the last: character k is line[at[k], at[k + 1]).
void char_offsets(std::string_view line, std::vector<std::uint32_t>& at) {
  at.clear();
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) at.push_back(static_cast<std::uint32_t>(i));
  }
  at.push_back(static_cast<std::uint32_t>(line.size()));
}

// The character at column `x` of a line, or '\0' past its end or inside a
// character of several bytes.
char char_at(std::string_view line, const std::vector<std::uint32_t>& at, std::size_t x) {
  if (x + 1 >= at.size()) return '\0';
  return at[x + 1] - at[x] == 1 ? line[at[x]] : '\0';
}

// A line opening with a bullet or a list number starts a line of its
// cell: the items of a list written inside one cell.
bool opens_list_item(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return true;
  if (unicode_bullet_length(line) > 0) return true;
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && is_ascii_digit(line[digits])) ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

// A row of the table while its lines are read: the lines of text each
// column's cell holds, blank ones kept (they part paragraphs).
struct RowLines {
  int line = 0;
  std::vector<std::vector<std::string_view>> cells;
};

class GridReader {
 public:
  explicit GridReader(const std::vector<GridLine>& lines) : lines_(lines) {}

  GridTable run() {
    find_columns();
    if (columns() == 0) return {};
    for (const GridLine& line : lines_) read_line(line);
    return finish();
  }

 private:
  std::size_t columns() const { return bounds_.size() < 2 ? 0 : bounds_.size() - 1; }

  // Column boundaries: every '+' of every full border, as character
  // columns, up to the widest table docket keeps.
  void find_columns() {
    for (const GridLine& line : lines_) {
      if (!is_grid_border(line.text)) continue;
      char_offsets(line.text, at_);
      for (std::size_t x = 0; x + 1 < at_.size(); ++x) {
        if (char_at(line.text, at_, x) == '+') bounds_.push_back(static_cast<std::uint32_t>(x));
      }
    }
    std::sort(bounds_.begin(), bounds_.end());
    bounds_.erase(std::unique(bounds_.begin(), bounds_.end()), bounds_.end());
    if (bounds_.size() > kMaxTableColumns + 1) bounds_.resize(kMaxTableColumns + 1);
    target_.assign(columns(), kNoRow);
  }

  // Reads one line: a border ends the row in the columns it rules; a row
  // line adds to the cells under it.
  void read_line(const GridLine& line) {
    char_offsets(line.text, at_);
    const std::size_t n = columns();
    // Where each column's text is, and whether a rule ends the column's
    // cell here; a boundary without a '|' or '+' joins the columns.
    bool any_rule = false;
    bool header_rule = false;
    segments_.clear();
    std::size_t start = 0;  // the column the current segment starts in
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t right = bounds_[k + 1];
      const char edge = char_at(line.text, at_, right);
      const bool last = k + 1 == n || right + 1 >= at_.size();
      if (edge != '|' && edge != '+' && !last) continue;
      const std::size_t from = std::min<std::size_t>(bounds_[start] + 1, at_.size() - 1);
      const std::size_t to = std::min<std::size_t>(right, at_.size() - 1);
      const std::string_view text =
          from < to ? line.text.substr(at_[from], at_[to] - at_[from]) : std::string_view();
      const bool rule = !text.empty() && std::all_of(text.begin(), text.end(), is_rule_char);
      if (rule) {
        any_rule = true;
        header_rule = header_rule || text.find('=') != std::string_view::npos;
      }
      segments_.push_back({start, k + 1, rule ? std::string_view() : trim(text), rule});
      start = k + 1;
      if (last) break;
    }
    if (any_rule) {
      for (const Segment& s : segments_) {
        if (s.rule) {
          for (std::size_t k = s.first; k < s.last; ++k) target_[k] = kNoRow;
        } else if (!s.text.empty() && target_[s.first] != kNoRow) {
          rows_[target_[s.first]].cells[s.first].push_back(s.text);
        }
      }
      row_open_ = false;
      if (header_rule && header_rows_ == 0) header_rows_ = rows_.size();
      return;
    }
    if (segments_.empty() || !closes_on_boundary(line.text)) read_as_pipe_row(line.text);
    if (!row_open_) {
      rows_.push_back({line.number, std::vector<std::vector<std::string_view>>(n)});
      for (std::size_t& t : target_) {
        if (t == kNoRow) t = rows_.size() - 1;
      }
      row_open_ = true;
    }
    for (const Segment& s : segments_) rows_[target_[s.first]].cells[s.first].push_back(s.text);
  }

  // Whether the line's last character, a '|', stands on a boundary.
  bool closes_on_boundary(std::string_view line) const {
    const std::string_view s = trim(line);
    if (!s.ends_with('|')) return true;  // a line cut short: its segments stand
    const std::size_t x = at_.size() - 2 - (line.size() - static_cast<std::size_t>(s.data() + s.size() - line.data()));
    return std::binary_search(bounds_.begin(), bounds_.end(), static_cast<std::uint32_t>(x));
  }

  // The segments of a row line whose pipes are off the boundaries: each
  // cell between pipes in the next column, the rest joined to the last.
  void read_as_pipe_row(std::string_view line) {
    segments_.clear();
    const std::size_t n = columns();
    for_each_pipe_cell(line, [&](std::string_view cell) {
      if (segments_.size() < n) {
        segments_.push_back({segments_.size(), segments_.size() + 1, trim(cell), false});
      } else if (!trim(cell).empty()) {
        // Views of one line: the last segment grows to take this cell.
        Segment& last = segments_.back();
        const char* begin = last.text.empty() ? cell.data() : last.text.data();
        last.text = trim(std::string_view(begin, static_cast<std::size_t>(cell.data() + cell.size() - begin)));
      }
    });
  }

  GridTable finish() {
    GridTable table;
    std::vector<std::uint32_t> wraps;
    RowCellsBuilder cells;
    std::string raw;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      TableRow row;
      row.line = rows_[r].line;
      for (std::size_t k = 0; k < rows_[r].cells.size(); ++k) {
        std::vector<std::string_view>& cell = rows_[r].cells[k];
        // Header rows above the '=' border are one header: each column's
        // text runs on into the first row's cell.
        if (r == 0 && header_rows_ > 1) {
          for (std::size_t h = 1; h < header_rows_; ++h) {
            cell.insert(cell.end(), rows_[h].cells[k].begin(), rows_[h].cells[k].end());
          }
        }
        join_cell_lines(cell, raw);
        const std::size_t begin = cells.text().size();
        append_clean_cell(raw, cells.text(), wraps, begin);
        for (std::uint32_t at : wraps) row.wraps.push_back({static_cast<std::uint32_t>(k), at});
        wraps.clear();
        cells.end_cell();
      }
      row.cells = cells.finish();
      table.rows.push_back(std::move(row));
      if (r == 0 && header_rows_ > 1) r = header_rows_ - 1;
    }
    table.has_header_row = header_rows_ > 0;
    return table;
  }

  // The cell's lines as inline text that append_clean_cell reads the way
  // the module comment says: wrapped lines joined by a space, a blank line
  // a paragraph break, a list item a line of its own (a <br>).
  static void join_cell_lines(const std::vector<std::string_view>& lines, std::string& raw) {
    raw.clear();
    bool blank_before = false;
    for (std::string_view line : lines) {
      if (line.empty()) {
        blank_before = true;
        continue;
      }
      if (!raw.empty()) raw += blank_before ? "\n\n" : opens_list_item(line) ? "<br>" : "\n";
      raw += line;
      blank_before = false;
    }
  }

  static constexpr std::size_t kNoRow = SIZE_MAX;
  struct Segment {
    std::size_t first;  // the columns it covers, [first, last)
    std::size_t last;
    std::string_view text;
    bool rule;
  };

  const std::vector<GridLine>& lines_;
  std::vector<std::uint32_t> bounds_;  // character columns of the '+'s
  std::vector<std::size_t> target_;    // per column, the row its text goes to
  std::vector<RowLines> rows_;
  std::vector<Segment> segments_;
  std::vector<std::uint32_t> at_;
  std::size_t header_rows_ = 0;
  bool row_open_ = false;
};

}  // namespace

bool is_grid_border(std::string_view line) {
  const std::string_view s = trim(strip_indent(line));
  if (s.size() < 3 || s[0] != '+' || !is_rule_char(s[1]) || s.back() != '+') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '+' || is_rule_char(c); });
}

bool is_grid_line(std::string_view line) {
  const std::string_view s = strip_indent(line);
  return !s.empty() && (s[0] == '|' || (s[0] == '+' && s.size() >= 2 && is_rule_char(s[1])));
}

GridTable read_grid_table(const std::vector<GridLine>& lines) { return GridReader(lines).run(); }

}  // namespace docket
