#include "layout/blocks.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include "layout/html_table.hpp"
#include "base/huge_pages.hpp"
#include "layout/inline_text.hpp"
#include "base/text_util.hpp"

namespace docket {

namespace {

// The lines of the text, found as the splitter reaches them. It reads one
// line past the block it is in and never goes back before that block's
// first line, so only a window of lines is held: a table of every line
// would cost eight bytes a line, more than many one-line blocks hold.
// Line i is line number i + 1. parse_document bounds a document far below
// 4 GiB, so offsets are 32-bit.
class LineWindow {
 public:
  explicit LineWindow(std::string_view text) : text_(text) {
    std::size_t lines = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t stop = end_of_line(start);
      std::size_t first = start;
      while (first < stop && is_ascii_space(text[first])) ++first;
      if (first < stop) ++filled_;
      ++lines;
      start = stop + 1;
    }
    // The most the window holds before forget_before halves it, so that
    // it never regrows.
    window_.reserve(std::min(lines, 2 * kWindowKept));
  }
  // Lines with something other than white space: at most one block each,
  // bar a form feed's page break.
  std::size_t filled() const { return filled_; }
  // Whether there is a line i; finds the lines up to it.
  bool has(std::size_t i) {
    while (first_ + window_.size() <= i) {
      if (next_ >= text_.size()) return false;
      const std::size_t stop = end_of_line(next_);
      window_.push_back({static_cast<std::uint32_t>(next_), static_cast<std::uint32_t>(stop - next_)});
      next_ = stop + 1;
    }
    return true;
  }
  // Line i, which has(i) has found and forget_before has kept.
  std::string_view operator[](std::size_t i) const {
    const Span& span = window_[i - first_];
    return text_.substr(span.begin, span.size);
  }
  static int number(std::size_t i) { return static_cast<int>(i) + 1; }
  // Narrows line i to `part`, a view of some of it.
  void narrow(std::size_t i, std::string_view part) {
    window_[i - first_] = {static_cast<std::uint32_t>(part.data() - text_.data()),
                           static_cast<std::uint32_t>(part.size())};
  }
  // No line before i will be asked for again.
  void forget_before(std::size_t i) {
    // Erasing only once half the window is behind keeps this linear.
    if (i > first_ && 2 * (i - first_) >= window_.size() && window_.size() >= kWindowKept) {
      window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(i - first_));
      first_ = i;
    }
  }

 private:
  static constexpr std::size_t kWindowKept = 64;
  struct Span {
    std::uint32_t begin;
    std::uint32_t size;
  };
  std::size_t end_of_line(std::size_t start) const {
    const void* newline = std::memchr(text_.data() + start, '\n', text_.size() - start);
    return newline == nullptr ? text_.size() : static_cast<std::size_t>(static_cast<const char*>(newline) - text_.data());
  }

  std::string_view text_;
  std::size_t filled_ = 0;
  std::size_t next_ = 0;   // where the first line not yet found starts
  std::size_t first_ = 0;  // the line window_[0] is
  std::vector<Span> window_;
};

bool is_blank(std::string_view s) { return trim(s).empty(); }

// Where a byte next occurs in the text, found once for all the lines before
// it: most lines hold no pipe, tab or form feed, and asking each line for
// each of them cost a memchr call a line and byte.
class NextOccurrence {
 public:
  NextOccurrence(std::string_view text, char byte)
      : text_(text), byte_(byte), next_(std::min(text.find(byte), text.size())) {}
  // Whether `part`, a view of the text, holds the byte.
  bool in(std::string_view part) {
    const auto from = static_cast<std::size_t>(part.data() - text_.data());
    if (from < searched_from_) {
      // Behind the search, as a line asked for again can be: asked itself.
      return part.find(byte_) != std::string_view::npos;
    }
    if (next_ < from) {
      searched_from_ = from;
      next_ = std::min(text_.find(byte_, from), text_.size());
    }
    return next_ < from + part.size();
  }

 private:
  std::string_view text_;
  char byte_;
  // The first place at or after searched_from_ that holds the byte, or the
  // text's size if none does.
  std::size_t searched_from_ = 0;
  std::size_t next_;
};

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

struct ListMarker {
  std::string_view marker;  // a view into the line
  std::size_t content = 0;  // offset of the item text in the line
  bool loose = false;
};

bool is_roman(std::string_view s) {
  static constexpr std::string_view kRomans[] = {"i",   "ii", "iii", "iv", "v",   "vi",  "vii",
                                                 "viii", "ix", "x",   "xi", "xii", "xiii"};
  return std::any_of(std::begin(kRomans), std::end(kRomans), [s](std::string_view roman) { return iequals(s, roman); });
}

// Bullets that Word and PDF converters put at the start of list items.
constexpr std::string_view kUnicodeBullets[] = {
    "\xE2\x80\xA2",  // • bullet
    "\xE2\x97\xA6",  // ◦ white bullet
    "\xE2\x96\xAA",  // ▪ small square
    "\xE2\x97\x8F",  // ● black circle
    "\xE2\x96\xA0",  // ■ black square
    "\xE2\x80\xA3",  // ‣ triangular bullet
    "\xE2\x81\x83",  // ⁃ hyphen bullet
    "\xEF\x82\xB7",  // Symbol-font bullet mapped to the private use area
    "\xC2\xB7",      // · middle dot
};

bool followed_by_space_or_end(std::string_view s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\t';
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

std::optional<ListMarker> parse_list_marker(std::string_view line, bool at_block_start) {
  const std::string_view s = strip_indent(line);
  const std::size_t offset = line.size() - s.size();
  if (s.empty()) return std::nullopt;
  auto make = [&](std::size_t marker_len, bool loose = false) {
    ListMarker m;
    m.marker = s.substr(0, marker_len);
    m.content = offset + skip_spaces(s, marker_len);
    m.loose = loose;
    return m;
  };
  // Bullets.
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s.size() >= 2 && (s[1] == ' ' || s[1] == '\t')) {
    return make(1);
  }
  // Each of them starts with a byte past ASCII: most lines start with a
  // letter or digit and need not be compared with any.
  if (static_cast<unsigned char>(s[0]) >= 0x80) {
    for (std::string_view bullet : kUnicodeBullets) {
      if (s.starts_with(bullet)) return make(bullet.size());
    }
  }
  // (1), (a), (iv)
  if (s[0] == '(') {
    const std::size_t close = s.find(')');
    if (close != std::string_view::npos && close >= 2 && close <= 6 && followed_by_space_or_end(s, close + 1)) {
      const std::string_view inner = s.substr(1, close - 1);
      const bool digits = std::all_of(inner.begin(), inner.end(), is_ascii_digit);
      const bool letter = inner.size() == 1 && is_ascii_alpha(inner[0]);
      if (digits || letter || is_roman(inner)) return make(close + 1);
    }
    return std::nullopt;
  }
  // 1. 1) 1.1 3.1.1 1.2.
  if (is_ascii_digit(s[0])) {
    std::size_t i = 0;
    int groups = 0;
    while (true) {
      const std::size_t start = i;
      while (i < s.size() && is_ascii_digit(s[i])) ++i;
      if (i == start || i - start > 3) return std::nullopt;
      ++groups;
      if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ')') && followed_by_space_or_end(s, i + 1)) {
      return make(i + 1);
    }
    if (groups > 1 && followed_by_space_or_end(s, i) && i < s.size()) return make(i);
    // "12 the recruitment ...": a list marker that lost its period. Only at
    // the start of a block: inside a paragraph a line starting "12 months"
    // is running text wrapped by the converter.
    if (groups == 1 && at_block_start && i + 1 < s.size() && s[i] == ' ' && is_ascii_lower(s[i + 1])) {
      return make(i, /*loose=*/true);
    }
    return std::nullopt;
  }
  // a. a) iv. iv)
  if (is_ascii_alpha(s[0])) {
    std::size_t i = 0;
    while (i < s.size() && is_ascii_alpha(s[i]) && i < 5) ++i;
    if (i < s.size() && (s[i] == '.' || s[i] == ')') && followed_by_space_or_end(s, i + 1) && i + 1 < s.size()) {
      const std::string_view label = s.substr(0, i);
      if (label.size() == 1 || is_roman(label)) return make(i + 1);
    }
  }
  return std::nullopt;
}

// Calls `cell` with each cell of a pipe row, in order, and returns how many
// there were; a backslash escapes a pipe. A visitor rather than a vector of
// cells: every row of every table passes through here.
template <typename OnCell>
std::size_t for_each_pipe_cell(std::string_view line, OnCell cell) {
  std::string_view s = trim(line);
  if (s.starts_with('|')) s.remove_prefix(1);
  if (s.ends_with('|') && !(s.size() >= 2 && s[s.size() - 2] == '\\')) s.remove_suffix(1);
  std::size_t start = 0;
  std::size_t count = 1;
  if (s.find('\\') == std::string_view::npos) {
    // No escapes, the usual case: every pipe separates.
    for (std::size_t pipe = s.find('|'); pipe != std::string_view::npos; pipe = s.find('|', start)) {
      cell(s.substr(start, pipe - start));
      start = pipe + 1;
      ++count;
    }
    cell(s.substr(start));
    return count;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == '|') {
      cell(s.substr(start, i - start));
      start = i + 1;
      ++count;
    }
  }
  cell(s.substr(start));
  return count;
}

bool has_unescaped_pipe(std::string_view s) {
  std::size_t pos = s.find('|');
  while (pos != std::string_view::npos) {
    // A pipe is escaped by an odd number of backslashes before it.
    std::size_t slashes = 0;
    while (slashes < pos && s[pos - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return true;
    pos = s.find('|', pos + 1);
  }
  return false;
}

bool is_delimiter_row(std::string_view line) {
  // Only '|', ':', '-' and spaces: checked before any splitting, since
  // nearly every line asked is prose.
  bool dash = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  if (!dash) return false;
  bool every_cell_a_rule = true;
  const std::size_t cells = for_each_pipe_cell(line, [&](std::string_view cell) {
    cell = trim(cell);
    std::size_t i = 0;
    if (i < cell.size() && cell[i] == ':') ++i;
    const std::size_t dashes = i;
    while (i < cell.size() && cell[i] == '-') ++i;
    if (i < cell.size() && cell[i] == ':') ++i;
    if (cell.empty() || i == dashes || i != cell.size()) every_cell_a_rule = false;
  });
  return every_cell_a_rule && (has_unescaped_pipe(line) || cells == 1);
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

bool starts_html_table(std::string_view line) {
  const std::string_view s = strip_indent(line);
  return s.starts_with('<') && istarts_with(s, "<table");
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
    enum class Kind : std::uint8_t { kHtmlTable, kPipeTable, kHeading, kThematicBreak, kListItem, kTabTable, kParagraph };
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
    warnings_.push_back({lines_.number(i), "too-many-blocks",
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
        for_each_pipe_cell(lines_[j], [&](std::string_view cell) {
          append_clean_inline(cell, cells_.text());
          cells_.end_cell();
        });
        row.cells = cells_.finish();
        b.rows.list().push_back(std::move(row));
      }
      ++j;
    }
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
    b.lines.last = lines_.number(j - 1);
    square_table_rows(b.rows.list(), warnings_);
    blocks_.push_back(std::move(b));
    return j;
  }

  std::size_t read_html_table_block(std::size_t i) {
    // The block runs to the </table> that closes the first <table>.
    int depth = 0;
    std::size_t j = i;
    bool closed = false;
    std::size_t end_offset = 0;
    // The lines are contiguous in the decoded text, so one view covers them.
    const char* begin = lines_[i].data();
    for (; lines_.has(j); ++j) {
      lines_.forget_before(j);
      const std::string_view line = lines_[j];
      std::size_t pos = 0;
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
      warnings_.push_back({lines_.number(i), "unterminated-table", "<table> is never closed; read to the end of the file"});
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
  std::string joined_;     // reused by every block of several lines
  std::string cleaned_;    // and for its cleaned text
  // The last line interrupts() classified, which start_block reads next
  // when it did interrupt.
  std::size_t interrupting_line_ = SIZE_MAX;
  LineStart interrupting_start_;
};

bool is_page_number(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 24) return false;
  // "- 3 -", "– 3 –"
  auto strip_dashes = [](std::string_view t) {
    while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  };
  s = strip_dashes(s);
  // A digit or "page" or "p." comes first: most short paragraphs are words.
  if (s.empty() || !(is_ascii_digit(s[0]) || s[0] == 'p' || s[0] == 'P')) return false;
  if (istarts_with(s, "page")) s = trim(s.substr(4));
  else if (istarts_with(s, "p.")) s = trim(s.substr(2));
  std::size_t i = 0;
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i == 0 || i > 4) return false;
  std::string_view rest = trim(s.substr(i));
  if (rest.empty()) return true;
  if (istarts_with(rest, "of")) rest = trim(rest.substr(2));
  else if (rest.starts_with('/')) rest = trim(rest.substr(1));
  else return false;
  std::size_t k = 0;
  while (k < rest.size() && is_ascii_digit(rest[k])) ++k;
  return k > 0 && k <= 4 && k == rest.size();
}

// A running header or footer with the page number taken off, so that every
// page's copy gives the same key once lowercased: "Draft 5 19.04.10 2" →
// "Draft 5 19.04.10".
std::string_view footer_key(std::string_view s) {
  s = trim(s);
  auto is_number_token = [](std::string_view t) {
    return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), is_ascii_digit);
  };
  const std::size_t last_space = s.find_last_of(' ');
  if (last_space != std::string_view::npos && is_number_token(s.substr(last_space + 1))) {
    s = trim(s.substr(0, last_space));
  }
  const std::size_t first_space = s.find(' ');
  if (first_space != std::string_view::npos && is_number_token(s.substr(0, first_space))) {
    s = trim(s.substr(first_space + 1));
  }
  return s;
}

bool is_caption_word(std::string_view key) {
  static constexpr std::string_view kWords[] = {"table", "figure", "chart", "appendix", "annex", "schedule",
                                                "section", "part", "item", "step", "phase", "stage", "year"};
  for (std::string_view w : kWords) {
    if (istarts_with(key, w)) return true;
  }
  return false;
}

// Footers are short: a few words with a number or a date in them.
bool looks_like_footer(std::string_view text) {
  // The cheapest tests first: counting words costs the most.
  return text.size() <= 80 && !text.ends_with('.') && !text.ends_with(':') && has_digit(text) &&
         text.find('\n') == std::string_view::npos && words_at_most(text, 10);
}

}  // namespace

void square_table_rows(std::vector<TableRow>& rows, std::vector<Warning>& warnings) {
  std::size_t width = 0;
  for (TableRow& r : rows) {
    if (r.cells.size() > kMaxTableColumns) {
      RowCellsBuilder joined;
      for (std::size_t k = 0; k + 1 < kMaxTableColumns; ++k) joined.add(r.cells[k]);
      joined.text() += r.cells[kMaxTableColumns - 1];
      for (std::size_t k = kMaxTableColumns; k < r.cells.size(); ++k) {
        joined.text() += " | ";
        joined.text() += r.cells[k];
      }
      joined.end_cell();
      warnings.push_back({r.line, "table-too-wide",
                          "row has " + std::to_string(r.cells.size()) + " cells; cells past " +
                              std::to_string(kMaxTableColumns) + " are joined into the last column"});
      r.cells = joined.finish();
    }
    width = std::max(width, r.cells.size());
  }
  for (TableRow& r : rows) r.cells.resize(width);
}

std::vector<Block> split_blocks(std::string_view text, TextArena& arena, std::vector<Warning>& warnings) {
  return BlockSplitter(text, arena, warnings).run();
}

void mark_page_debris(std::vector<Block>& blocks) {
  // Each footer-like paragraph's key, as where it sits in the paragraph's
  // text (80 bytes at most): eight bytes, where a paper may hold a million
  // such paragraphs.
  struct Keyed {
    std::uint32_t block;
    std::uint8_t begin;
    std::uint8_t size;
  };
  std::vector<Keyed> keyed;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind == BlockKind::kParagraph && looks_like_footer(b.text)) {
      const std::string_view key = footer_key(b.text);
      keyed.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(key.data() - b.text.data()),
                       static_cast<std::uint8_t>(key.size())});
    }
  }
  for (Block& b : blocks) {
    // "- 4 -" reads as a bullet item to the splitter.
    if (b.kind == BlockKind::kListItem && b.marker() == "-" && is_page_number(b.text)) b.debris = true;
    if (b.kind == BlockKind::kParagraph && is_page_number(b.text)) b.debris = true;
  }
  // Equal keys sorted next to each other, where a run's length is how often
  // its key recurs: a few keys a paper, never worth a hash table, and still
  // n log n where a paper repeats a footer on every page.
  const auto key_of = [&blocks](const Keyed& k) { return blocks[k.block].text.substr(k.begin, k.size); };
  // Keys are equal whatever their case.
  const auto folded_less = [](std::string_view x, std::string_view y) {
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(),
                                        [](char a, char b) { return ascii_lower(a) < ascii_lower(b); });
  };
  std::sort(keyed.begin(), keyed.end(), [&](const Keyed& x, const Keyed& y) { return folded_less(key_of(x), key_of(y)); });
  for (std::size_t run = 0; run < keyed.size();) {
    const std::string_view key = key_of(keyed[run]);
    std::size_t end = run + 1;
    while (end < keyed.size() && iequals(key_of(keyed[end]), key)) ++end;
    // A key that lost its only number to the page-number strip ("Table
    // 3" → "table") is a caption series, unless it recurs on many pages.
    const std::size_t needed = has_digit(key) ? 2 : 3;
    if (end - run >= needed && !is_caption_word(key)) {
      for (std::size_t k = run; k < end; ++k) blocks[keyed[k].block].debris = true;
    }
    run = end;
  }
}

}  // namespace docket
