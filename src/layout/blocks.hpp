// Stage 2: split decoded text into blocks.
//
// A block is a heading, a paragraph, a list item, a table (pipe, grid, HTML,
// tab-separated or aligned by spaces) or a page break, with the 1-based source lines it covers.
// Table cells come out as plain text (markup stripped by clean_inline) with
// the line of their row. Nothing here knows about plans: the later stages
// decide what a block means.
#ifndef DOCKET_BLOCKS_HPP
#define DOCKET_BLOCKS_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docket/model.hpp"
#include "layout/row_cells.hpp"
#include "base/text_arena.hpp"
#include "base/text_util.hpp"

namespace docket {

enum class BlockKind : std::uint8_t {
  kHeading,
  kParagraph,
  kListItem,
  kPipeTable,
  kHtmlTable,
  kTabTable,
  kTextTable,  // columns aligned by spaces (layout/text_table.hpp)
  kGridTable,  // pandoc grid table, +---+ borders (layout/grid_table.hpp)
  kPageBreak,  // a form feed or a thematic break (---, ***)
};

// Whether blocks of this kind hold table rows.
constexpr bool is_table(BlockKind kind) {
  return kind == BlockKind::kPipeTable || kind == BlockKind::kHtmlTable || kind == BlockKind::kTabTable ||
         kind == BlockKind::kTextTable || kind == BlockKind::kGridTable;
}

// The source lines of a block as the blocks stage read them: the first
// exactly as given (its list marker or heading marks removed), each further
// one trimmed. They are read on demand from the one span of text they
// cover: a list of views cost a heap allocation per block, and a paper of
// many short paragraphs is mostly blocks.
class RawLines {
 public:
  class const_iterator : public StringViewIteratorTypes {
   public:
    const_iterator() = default;
    const_iterator(const RawLines* lines, std::uint32_t start) : lines_(lines), start_(start) {}
    std::string_view operator*() const {
      const std::string_view span = lines_->span();
      if (start_ == 0) return span.substr(0, lines_->first_size_);
      const std::size_t end = span.find('\n', start_);
      return trim(span.substr(start_, end == std::string_view::npos ? std::string_view::npos : end - start_));
    }
    const_iterator& operator++() {
      const std::size_t newline = lines_->span().find('\n', start_ == 0 ? lines_->first_size_ : start_);
      start_ = newline == std::string_view::npos ? kEnd : static_cast<std::uint32_t>(newline + 1);
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& other) const { return start_ == other.start_; }

   private:
    friend class RawLines;
    static constexpr std::uint32_t kEnd = UINT32_MAX;
    const RawLines* lines_ = nullptr;
    // Where the line starts in the span; 0 is the first line, which no
    // later one can start at since each follows a newline.
    std::uint32_t start_ = kEnd;
  };

  // Adds a line: the first, or the next one of the same text, trimmed.
  void push_back(std::string_view line) {
    if (data_ == nullptr) {
      static constexpr char kNoText[] = "";
      data_ = line.data() != nullptr ? line.data() : kNoText;
      size_ = static_cast<std::uint32_t>(line.size());
      first_size_ = size_;
    } else {
      size_ = static_cast<std::uint32_t>(line.data() + line.size() - data_);
    }
  }
  // Each line after the first follows a newline of the span.
  std::size_t size() const {
    if (data_ == nullptr) return 0;
    std::size_t lines = 1;
    for (std::size_t at = span().find('\n', first_size_); at != std::string_view::npos; at = span().find('\n', at + 1)) {
      ++lines;
    }
    return lines;
  }
  bool empty() const { return data_ == nullptr; }
  // Whether there is one line, without counting them: a further line adds
  // at least its newline to the span.
  bool single() const { return size_ == first_size_; }
  std::string_view front() const { return {data_, first_size_}; }
  const_iterator begin() const { return data_ == nullptr ? end() : const_iterator(this, 0); }
  const_iterator end() const { return {this, const_iterator::kEnd}; }
  // The text from the start of the first line to the end of the last, as
  // written: the white space trimmed off the lines after the first, and
  // any after the first line, is still in it.
  std::string_view span() const { return {data_, size_}; }

 private:

  // From the start of the first line to the end of the last, as a pointer
  // and 32-bit sizes: parse_document bounds a document far below 4 GiB,
  // and every block holds one of these.
  const char* data_ = nullptr;
  std::uint32_t size_ = 0;
  std::uint32_t first_size_ = 0;
};

// Reads a block's raw lines in order, as iterating RawLines gives them, but
// looks for each line's newline once: the iterator looks for it to read the
// line and again to step past it, and the stages that read every line of a
// paper (labels, contacts) would pay for each twice. A copy remembers where
// it is, to read the same lines again.
class RawLineReader {
 public:
  explicit RawLineReader(const RawLines& lines)
      : span_(lines.span()), first_size_(lines.front().size()), next_(lines.empty() ? kDone : 0) {}

  // The next line into `line`; false after the last.
  bool next(std::string_view& line) {
    if (next_ == kDone) return false;
    if (next_ == 0) {
      // The first line as given; what follows it up to its newline is not
      // part of it.
      line = span_.substr(0, first_size_);
      const std::size_t newline = span_.find('\n', first_size_);
      next_ = newline == std::string_view::npos ? kDone : newline + 1;
      return true;
    }
    const std::size_t newline = span_.find('\n', next_);
    const std::size_t end = newline == std::string_view::npos ? span_.size() : newline;
    line = trim(span_.substr(next_, end - next_));
    next_ = newline == std::string_view::npos ? kDone : newline + 1;
    return true;
  }

 private:
  static constexpr std::size_t kDone = std::string_view::npos;
  std::string_view span_;
  std::size_t first_size_;
  // Where the next line starts in the span, 0 for the first (no later line
  // starts there, as each follows a newline), or kDone.
  std::size_t next_;
};

// A table block's rows, held on the heap: most blocks are text, and an
// empty vector in each would cost 24 bytes where this costs 8.
class BlockRows {
 public:
  BlockRows() = default;
  explicit BlockRows(std::vector<TableRow> rows) : rows_(std::make_unique<std::vector<TableRow>>(std::move(rows))) {}
  BlockRows(const BlockRows& other) : rows_(other.rows_ ? std::make_unique<std::vector<TableRow>>(*other.rows_) : nullptr) {}
  BlockRows& operator=(const BlockRows& other) {
    if (this != &other) *this = BlockRows(other);
    return *this;
  }
  BlockRows(BlockRows&&) noexcept = default;
  BlockRows& operator=(BlockRows&&) noexcept = default;

  bool empty() const { return !rows_ || rows_->empty(); }
  std::size_t size() const { return rows_ ? rows_->size() : 0; }
  const TableRow& front() const { return rows_->front(); }
  TableRow& operator[](std::size_t i) { return (*rows_)[i]; }
  const TableRow& operator[](std::size_t i) const { return (*rows_)[i]; }
  // The rows, for filling or taking; made empty on first use.
  std::vector<TableRow>& list() {
    if (!rows_) rows_ = std::make_unique<std::vector<TableRow>>();
    return *rows_;
  }
  // Lets go of the rows once a later stage has taken them.
  void clear() { rows_.reset(); }

 private:
  std::unique_ptr<std::vector<TableRow>> rows_;
};

// Members run from the largest to the smallest so that a paper of many
// short paragraphs, a block each, is not mostly padding.
struct Block {
  // Headings, paragraphs and list items: the source lines, markers removed,
  // markup kept, one entry per physical line.
  RawLines raw_lines;
  // Plain text of raw_lines: markup stripped, lines joined by spaces,
  // blank-line paragraph breaks (inside list items) as '\n'. A view of the
  // source where cleaning changed nothing, else of the TextArena given to
  // split_blocks.
  std::string_view text;
  // List items: the marker as printed ("1.", "(a)", "-", "12"), a view of
  // the text being parsed. `indent` is the column it starts at.
  // `loose_marker` is set for a bare number followed by a lowercase word
  // ("12 the scheme ceases"), a marker with its period lost in conversion
  // that only some documents use as a list.
  std::string_view marker() const {
    if (marker_size_ == 0) return {};
    return {raw_lines.front().data() - marker_back_, marker_size_};
  }
  // `marker` is on the line of raw_lines.front(), before it.
  void set_marker(std::string_view marker) {
    marker_back_ = static_cast<std::uint32_t>(raw_lines.front().data() - marker.data());
    marker_size_ = static_cast<std::uint32_t>(marker.size());
  }
  // Tables: rows in order. `has_header_row` is true when the source marks
  // the first row as a header (a pipe table's delimiter row, <th> cells).
  BlockRows rows;
  LineSpan lines;
  std::int16_t indent = 0;  // columns; indent_of stops counting at the most this holds
  BlockKind kind = BlockKind::kParagraph;
  std::int8_t heading_level = 0;
  bool loose_marker = false;
  bool has_header_row = false;
  // Set by mark_page_debris: page furniture that must never reach any text.
  bool debris = false;

 private:
  // The marker as its distance back from the first raw line: half the
  // size of a view, in every block.
  std::uint32_t marker_back_ = 0;
  std::uint32_t marker_size_ = 0;
};
// A paper of one-line items is mostly blocks: its memory is about 64 bytes
// a block (docs/robustness.md). A member that breaks this should live
// outside the block, as table rows do.
static_assert(sizeof(Block) <= 64);

// A block is 64 bytes, and a decision record adds a segment of about as
// much for each: a paper of one-character paragraphs ("x", a blank line,
// "x", ...) held some forty times its size. Papers run to a hundred bytes
// a block and more (the samples 110 to 620), so a paper may have
// kBlocksAlwaysAllowed blocks and one more for every kMinBytesPerBlock
// bytes of its text. Past that the rest of the text is kept as one
// paragraph, with a warning: its structure is lost, none of its text.
inline constexpr std::size_t kMinBytesPerBlock = 16;
inline constexpr std::size_t kBlocksAlwaysAllowed = 16384;
constexpr std::size_t most_blocks_for(std::size_t text_bytes) {
  return kBlocksAlwaysAllowed + text_bytes / kMinBytesPerBlock;
}

// The blocks' texts that are not views of `text` are kept in `arena`.
std::vector<Block> split_blocks(std::string_view text, TextArena& arena, std::vector<Warning>& warnings);

}  // namespace docket

#endif  // DOCKET_BLOCKS_HPP
