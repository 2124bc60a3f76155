// The cells of one table row, held end to end in a single allocation.
//
// Tables are the one part of a paper whose size has no bound: a register of
// a million short rows is a real export. Held as a std::string per cell, a
// row of four short cells took about 180 bytes for some 30 bytes of text;
// packed, it takes under 70.
#ifndef DOCKET_ROW_CELLS_HPP
#define DOCKET_ROW_CELLS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.hpp"

#include "docket/model.hpp"

namespace docket {

class RowCells {
 public:
  RowCells() = default;
  RowCells(std::initializer_list<std::string_view> cells);
  explicit RowCells(const std::vector<std::string>& cells);
  RowCells(const RowCells& other);
  RowCells& operator=(const RowCells& other);
  RowCells(RowCells&&) noexcept = default;
  RowCells& operator=(RowCells&&) noexcept = default;

  class const_iterator : public StringViewIteratorTypes {
   public:
    const_iterator() = default;
    const_iterator(const RowCells* cells, std::size_t index) : cells_(cells), index_(index) {}
    std::string_view operator*() const { return (*cells_)[index_]; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    const RowCells* cells_ = nullptr;
    std::size_t index_ = 0;
  };

  std::size_t size() const { return data_ ? read_u32(0) : 0; }
  bool empty() const { return size() == 0; }
  std::string_view operator[](std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : read_u32(i);
    return {text() + begin, read_u32(i + 1) - begin};
  }
  std::string_view front() const { return (*this)[0]; }
  std::string_view back() const { return (*this)[size() - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  // Keeps the first `n` cells, or adds empty ones up to `n`.
  void resize(std::size_t n);
  // Frees the cells.
  void clear() { data_.reset(); }
  std::vector<std::string> to_strings() const;

 private:
  friend class RowCellsBuilder;

  // data_ holds the cell count, then the end offset of each cell in the
  // text, then the text: [n][end 1]...[end n][text]. Offsets are 32-bit:
  // one row's text is bounded by its document, which parse_document
  // bounds far below 4 GiB.
  std::uint32_t read_u32(std::size_t slot) const {
    std::uint32_t value;
    std::memcpy(&value, data_.get() + 4 * slot, sizeof value);
    return value;
  }
  const char* text() const { return data_.get() + 4 * (std::size_t{read_u32(0)} + 1); }
  static RowCells pack(std::string_view text, const std::uint32_t* ends, std::size_t count);

  std::unique_ptr<char[]> data_;
};

// Collects the cells of a row, then packs them. One builder serves every
// row of a table, so its buffers are allocated once.
class RowCellsBuilder {
 public:
  // The next cell's text may be appended here before end_cell().
  std::string& text() { return text_; }
  void end_cell() { ends_.push_back(static_cast<std::uint32_t>(text_.size())); }
  void add(std::string_view cell) {
    text_ += cell;
    end_cell();
  }
  std::size_t size() const { return ends_.size(); }
  // The cells added since the last finish(), packed; the builder is then
  // empty again.
  RowCells finish();

 private:
  std::string text_;
  std::vector<std::uint32_t> ends_;
};

// Where a single <br> was written as a space in a cell: `at` bytes into
// cell `cell`. The cell reads as one line; a builder that lists one action
// per line splits it there.
struct CellWrap {
  std::uint32_t cell = 0;
  std::uint32_t at = 0;
};

// A row of a table as the layout stage reads it, with its source line.
struct TableRow {
  int line = 0;
  // How many cells the source wrote for the row, before square_table_rows
  // padded it to the widest (0 where no reader said): a row shorter than
  // its header lost a cell somewhere.
  std::uint32_t written_cells = 0;
  RowCells cells;  // plain text, paragraphs joined by '\n'
  std::vector<CellWrap> wraps;  // in cell order; empty for most rows
};

// Pads every row to the widest, noting each row's written_cells. Rows wider than kMaxTableColumns have their
// extra cells joined into the last column (and a warning): padding to the
// widest row must stay linear in the input.
inline constexpr std::size_t kMaxTableColumns = 10000;
void square_table_rows(std::vector<TableRow>& rows, std::vector<Warning>& warnings);

}  // namespace docket

#endif  // DOCKET_ROW_CELLS_HPP
