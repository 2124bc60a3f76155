#include "layout/text_table.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "base/byte_scan.hpp"

namespace docket {

namespace {

// How far a run may start from its column's start and still be under it:
// pdftotext places a column a character or three apart from page to page.
constexpr int kAlignSlack = 4;
// How far right of the table's left edge a row's first cell may start.
constexpr int kEdgeSlack = 3;
// A header names a few short columns.
constexpr std::size_t kMaxHeaderColumns = 12;
constexpr int kMaxHeaderWords = 5;
// Tables this wide have room for a lead, a date and a measure beside the
// item: capitals opening three cells of a line start a row
// (TextTableReader::opens_cells). Two-column tables of issues and answers
// are left to their sentences.
constexpr std::size_t kMinColumnsOpeningCells = 4;
// A title line over a table's header ("Priorities ~ Public Health").
constexpr std::size_t kLongestTitle = 80;

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A header line: two runs or more, each a short name.
bool may_be_header(const std::vector<TextRun>& runs) {
  if (runs.size() < 2 || runs.size() > kMaxHeaderColumns) return false;
  return std::all_of(runs.begin(), runs.end(), [](const TextRun& r) { return words_at_most(r.text, kMaxHeaderWords); });
}

// Text cut off mid-sentence: the next line of the same column goes on with
// it. A sentence's end, a figure or a code closes it.
bool is_mid_sentence(std::string_view t) {
  t = trim(t);
  if (t.empty()) return false;
  const char last = t.back();
  return is_ascii_lower(last) || last == ',' || last == ';' || last == '-' || last == '(' || last == '&' ||
         is_continuation_byte(last);  // a dash or a word ending in a letter beyond ASCII
}

// A short first cell with a figure in it: the row's number or reference
// ("1", "R2", "SR (24/25) 01"), which starts a row by itself.
bool is_row_label(std::string_view t) { return t.size() <= 14 && has_digit(t) && words_at_most(t, 3); }

// A lone page number, "Page 3", "Page 3 of 9": page furniture.
bool is_page_number(const std::vector<TextRun>& runs) {
  if (runs.size() != 1) return false;
  std::string_view t = runs.front().text;
  if (istarts_with(t, "page ")) t.remove_prefix(5);
  return !t.empty() && t.size() <= 12 &&
         std::all_of(t.begin(), t.end(), [](char c) { return is_ascii_digit(c) || c == ' ' || c == '-' || c == '/'; }) &&
         has_digit(t) && t.find(' ') == std::string_view::npos;
}

// Cheap first, as every paragraph of every paper is asked: whether the
// first line of a block (trimmed) may be a header line. A header holds a
// gap of two spaces, and the text before that gap is part of one run of
// the line, a run of at most kMaxHeaderWords words as may_be_header wants.
// So only the line's first words are read: the spaces are found sixteen
// bytes at a time, and a single space before a byte that is not
// whitespace starts one more word of that run. Once the run has more
// words than a header's, or no gap follows, the line is no header.
bool may_start_header(std::string_view first) {
  if (first.empty()) return false;
  int words = 1;
  const auto is_space = [](auto b) { return b == ' '; };
  for (std::size_t space = find_marked(first, 0, is_space); space + 1 < first.size();
       space = find_marked(first, space + 1, is_space)) {
    const char next = first[space + 1];
    if (next == ' ') return true;
    if (!is_ascii_space(next) && ++words > kMaxHeaderWords) return false;
  }
  return false;
}

class TextTableReader {
 public:
  TextTableReader(std::string_view text, std::size_t header_at, std::vector<TextRun> header)
      : text_(text), header_at_(header_at), header_(std::move(header)) {
    for (const TextRun& r : header_) starts_.push_back(r.x);
  }

  // Reads lines from the header on, up to line `limit` of the table
  // (0 = the header) when given; returns how many lines the table holds.
  int read(std::optional<int> limit) {
    rows_.clear();
    open_ = false;
    previous_.assign(starts_.size(), std::string_view());
    std::size_t at = text_.find('\n', header_at_);
    int index = 1;
    int last_table_line = 0;
    while (at != std::string_view::npos && (!limit || index < *limit)) {
      const std::size_t begin = at + 1;
      at = text_.find('\n', begin);
      std::string_view line = text_.substr(begin, at == std::string_view::npos ? std::string_view::npos : at - begin);
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (!read_line(line, index)) break;
      if (!trim(line).empty()) last_table_line = index;
      ++index;
    }
    return last_table_line + 1;
  }

  std::vector<std::vector<std::string>>& rows() { return rows_; }
  std::vector<int>& row_lines() { return row_lines_; }

 private:
  int column_of(int x) const {
    int col = 0;
    for (std::size_t c = 0; c < starts_.size(); ++c) {
      if (starts_[c] <= x + kAlignSlack) col = static_cast<int>(c);
    }
    return col;
  }

  bool aligned(int x) const {
    return std::any_of(starts_.begin(), starts_.end(), [&](int s) { return std::abs(s - x) <= kAlignSlack; });
  }

  bool repeats_header(const std::vector<TextRun>& runs) const {
    if (runs.size() != header_.size()) return false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      if (runs[i].text != header_[i].text) return false;
    }
    return true;
  }

  // A wide table whose cells end without a stop ("Lead for Family Hubs",
  // "Mar 2026"): a row starts where the first column and two others or more
  // start a capitalised text on one line, as wrapped text goes on in lower
  // case.
  bool opens_cells(std::string_view first, const std::vector<std::string_view>& here) const {
    if (starts_.size() < kMinColumnsOpeningCells || first.empty() || !is_ascii_upper(first.front())) return false;
    int opened = 0;
    for (std::size_t c = 1; c < here.size(); ++c) {
      if (!here[c].empty() && (is_ascii_upper(here[c].front()) || is_ascii_digit(here[c].front()))) ++opened;
    }
    return opened >= 2;
  }

  // Two runs or more, one of them a name of this table's columns past the
  // first, written alone.
  bool names_a_column(const std::vector<TextRun>& runs) const {
    if (runs.size() < 2) return false;
    for (const TextRun& r : runs) {
      for (std::size_t c = 1; c < header_.size(); ++c) {
        if (r.text == header_[c].text) return true;
      }
    }
    return false;
  }

  // The column that holds most of the open row's text.
  std::size_t widest_column() const {
    const std::vector<std::string>& row = rows_.back();
    std::size_t best = row.size() - 1;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (row[c].size() > row[best].size()) best = c;
    }
    return best;
  }

  // False when the line ends the table.
  bool read_line(std::string_view line, int index) {
    while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
    const std::vector<TextRun> runs = split_text_runs(line);
    if (runs.empty()) {
      // A blank line: a paragraph break in every cell that has text.
      if (open_) std::fill(breaks_.begin(), breaks_.end(), true);
      previous_.assign(starts_.size(), std::string_view());
      return true;
    }
    if (is_page_number(runs) || repeats_header(runs)) {
      previous_.assign(starts_.size(), std::string_view());
      return true;
    }
    // The header of another table, naming some of this one's columns
    // ("Indicator   Timescale   Progress" after "Action   Timescale   Lead"):
    // this one has ended.
    if (open_ && names_a_column(runs)) return false;
    // Which runs stand under which column on this line.
    std::vector<std::string_view> here(starts_.size());
    std::vector<std::size_t> placed(runs.size());
    const int edge = starts_.front();
    const bool at_edge = runs.front().x <= edge + kEdgeSlack;
    bool other_column = false;
    bool misaligned = false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      const auto col = static_cast<std::size_t>(column_of(runs[i].x));
      placed[i] = col;
      if (col > 0) {
        // Only the first run past the first column must align: later ones
        // may be words set apart inside a cell ("1.      Item").
        if (!other_column && !aligned(runs[i].x)) misaligned = true;
        other_column = true;
      }
      if (here[col].empty()) here[col] = runs[i].text;
    }
    // Text at the left edge beside text under no column: the paper goes on
    // in another layout.
    if (at_edge && misaligned && open_) return false;
    const std::string_view first = at_edge ? here[0] : std::string_view();
    const bool starts_row =
        (!first.empty() && !is_mid_sentence(previous_[0]) &&
        (is_row_label(first) ||
         (other_column && std::all_of(here.begin() + 1, here.end(), [&, c = std::size_t{1}](std::string_view t) mutable {
            const bool fresh = t.empty() || !is_mid_sentence(previous_[c]);
            ++c;
            return fresh;
          })))) ||
        opens_cells(first, here);
    if (starts_row || !open_) {
      rows_.emplace_back(starts_.size());
      row_lines_.push_back(index);
      breaks_.assign(starts_.size(), false);
      open_ = true;
    }
    std::vector<std::string_view> now(starts_.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
      std::size_t col = placed[i];
      // A run running on past the next column's start is not under its
      // column: the margin moved; it joins the row's main text.
      // So does text in the first column set in from its edge: the first
      // column's cells start at the edge, other text is a figure or a
      // table inside the main cell.
      const bool spans = col + 1 < starts_.size() && runs[i].end > starts_[col + 1] + kAlignSlack;
      const bool set_in = col == 0 && runs[i].x > edge + kEdgeSlack;
      // And a lone line at the edge after the first cell's text closed:
      // the main cell went on at the page's margin.
      const std::string& head = rows_.back()[0];
      const bool after_close = col == 0 && !other_column && previous_[0].empty() && !head.empty() &&
                               !is_mid_sentence(head) && !starts_row;
      if (spans || set_in || after_close) col = widest_column();
      append(col, runs[i].text);
      if (now[col].empty()) now[col] = runs[i].text;
    }
    previous_ = std::move(now);
    return true;
  }

  void append(std::size_t col, std::string_view piece) {
    std::string& cell = rows_.back()[col];
    if (!cell.empty()) cell.push_back(breaks_[col] ? '\n' : ' ');
    breaks_[col] = false;
    cell.append(piece);
  }

  std::string_view text_;
  std::size_t header_at_;
  std::vector<TextRun> header_;
  std::vector<int> starts_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<int> row_lines_;
  std::vector<bool> breaks_;
  std::vector<std::string_view> previous_;  // each column's text on the line above
  bool open_ = false;
};

// The line of `text` that `p` points into.
std::optional<std::size_t> line_start(std::string_view text, const char* p) {
  if (p == nullptr || p < text.data() || p > text.data() + text.size()) return std::nullopt;
  const auto at = static_cast<std::size_t>(p - text.data());
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::string_view line_at(std::string_view text, std::size_t start) {
  const std::size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (line.ends_with('\r')) line.remove_suffix(1);
  while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
  return line;
}

Block table_block(TextTableReader& reader, const std::vector<TextRun>& header, LineSpan lines) {
  std::vector<TableRow> rows;
  RowCellsBuilder builder;
  for (const TextRun& r : header) builder.add(r.text);
  rows.push_back(TableRow{lines.first, 0, builder.finish(), {}});
  for (std::size_t i = 0; i < reader.rows().size(); ++i) {
    for (const std::string& cell : reader.rows()[i]) builder.add(trim(cell));
    rows.push_back(TableRow{lines.first + reader.row_lines()[i], 0, builder.finish(), {}});
  }
  Block b;
  b.kind = BlockKind::kTextTable;
  b.has_header_row = true;
  b.lines = lines;
  b.rows = BlockRows(std::move(rows));
  return b;
}

}  // namespace

std::vector<TextRun> split_text_runs(std::string_view line) {
  std::vector<TextRun> runs;
  int x = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      ++i;
      ++x;
      continue;
    }
    TextRun run;
    run.x = x;
    const std::size_t begin = i;
    std::size_t end = i;
    // A run goes on over single spaces; two end it.
    while (i < line.size()) {
      if (line[i] == ' ') {
        if (i + 1 < line.size() && line[i + 1] != ' ') {
          ++i;
          ++x;
          continue;
        }
        break;
      }
      if (!is_continuation_byte(line[i])) ++x;
      ++i;
      end = i;
    }
    run.end = x;
    run.text = line.substr(begin, end - begin);
    runs.push_back(run);
  }
  return runs;
}

// The second line of a block, where a table's header may stand under a
// title line with no blank line between (pdftotext does not part them).
// Empty when it does not open with a capital, as a header does: most
// second lines of a paragraph go on with its sentence, and are not read on.
std::string_view second_line(const Block& block) {
  const std::string_view span = block.raw_lines.span();
  const std::size_t newline = span.find('\n', block.raw_lines.front().size());
  if (newline == std::string_view::npos) return {};
  std::size_t first = newline + 1;
  while (first < span.size() && (span[first] == ' ' || span[first] == '\f')) ++first;
  if (first >= span.size() || !is_ascii_upper(span[first])) return {};
  const std::size_t end = span.find('\n', newline + 1);
  return span.substr(newline + 1, end == std::string_view::npos ? std::string_view::npos : end - newline - 1);
}

// Block `b` keeps its first line only, the title over a table: false when
// its text does not open with that line as written.
bool keep_title_line(Block& b) {
  const std::string_view title = trim(b.raw_lines.front());
  if (!b.text.starts_with(title)) return false;
  RawLines lines;
  lines.push_back(b.raw_lines.front());
  b.raw_lines = lines;
  b.text = b.text.substr(0, title.size());
  b.lines.last = b.lines.first;
  return true;
}

void read_text_tables(std::string_view text, std::vector<Block>& blocks, const TextTableHeaderTest& is_header) {
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.debris || block.raw_lines.empty()) continue;
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kHeading) continue;
    std::string_view header_text = block.raw_lines.front();
    int header_index = 0;  // the header's line within the block
    if (!may_start_header(trim(header_text))) {
      // A title over a header is a short line: a paragraph's first line
      // is most often longer, and its second line is then not read.
      if (block.raw_lines.single() || header_text.size() > kLongestTitle) continue;
      header_text = second_line(block);
      if (header_text.empty() || !may_start_header(trim(header_text))) continue;
      header_index = 1;
    }
    const std::optional<std::size_t> start = line_start(text, header_text.data());
    if (!start) continue;
    std::vector<TextRun> header = split_text_runs(line_at(text, *start));
    if (!may_be_header(header)) continue;
    std::vector<std::string> names;
    for (const TextRun& r : header) names.emplace_back(r.text);
    if (!is_header(names)) continue;

    TextTableReader reader(text, *start, header);
    const int first_line = block.lines.first + header_index;
    int end_line = first_line + reader.read(std::nullopt) - 1;
    // The table takes whole blocks: one that runs on past the table's
    // last line is left to be text.
    std::size_t last = b;
    while (last + 1 < blocks.size() && blocks[last + 1].lines.first <= end_line) ++last;
    if (blocks[last].lines.last > end_line && last > b) {
      end_line = blocks[last].lines.first - 1;
      --last;
    }
    if (blocks[last].lines.last > end_line) end_line = blocks[last].lines.last;
    reader.read(end_line - first_line + 1);
    if (reader.rows().empty()) continue;
    Block table = table_block(reader, header, {first_line, end_line});
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b) + 1,
                 blocks.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    if (header_index == 0) {
      blocks[b] = std::move(table);
    } else if (keep_title_line(blocks[b])) {
      blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(b) + 1, std::move(table));
      ++b;
    } else {
      blocks[b] = std::move(table);
    }
  }
}

}  // namespace docket
