// Stage 2: split decoded text into blocks.
//
// A block is a heading, a paragraph, a list item, a table (pipe, HTML or
// tab-separated) or a page break, with the 1-based source lines it covers.
// Table cells come out as plain text (markup stripped by clean_inline) with
// the line of their row. Nothing here knows about plans: the later stages
// decide what a block means.
#ifndef DOCKET_BLOCKS_HPP
#define DOCKET_BLOCKS_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "row_cells.hpp"
#include "text_arena.hpp"
#include "text_util.hpp"

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
    const_iterator(const RawLines* lines, std::size_t index) : lines_(lines), index_(index) {}
    std::string_view operator*() const {
      if (index_ == 0) return lines_->span_.substr(0, lines_->first_size_);
      const std::size_t end = lines_->span_.find('\n', start_);
      return trim(lines_->span_.substr(start_, end == std::string_view::npos ? std::string_view::npos : end - start_));
    }
    const_iterator& operator++() {
      const std::size_t from = index_ == 0 ? lines_->first_size_ : start_;
      const std::size_t newline = lines_->span_.find('\n', from);
      start_ = newline == std::string_view::npos ? lines_->span_.size() : newline + 1;
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    const RawLines* lines_ = nullptr;
    std::size_t index_ = 0;
    std::size_t start_ = 0;  // where line index_ (past the first) starts in the span
  };

  // Adds a line: the first, or the next one of the same text, trimmed.
  void push_back(std::string_view line) {
    if (count_ == 0) {
      span_ = line;
      first_size_ = static_cast<std::uint32_t>(line.size());
    } else {
      span_ = std::string_view(span_.data(), static_cast<std::size_t>(line.data() + line.size() - span_.data()));
    }
    ++count_;
  }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view front() const { return span_.substr(0, first_size_); }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, count_}; }

 private:
  // From the start of the first line to the end of the last. Sizes are
  // 32-bit: parse_document bounds a document far below 4 GiB.
  std::string_view span_;
  std::uint32_t first_size_ = 0;
  std::uint32_t count_ = 0;
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

// The blocks' texts that are not views of `text` are kept in `arena`.
std::vector<Block> split_blocks(std::string_view text, TextArena& arena, std::vector<Warning>& warnings);

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
