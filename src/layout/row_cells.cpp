#include "layout/row_cells.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "docket/warnings.hpp"

namespace docket {

RowCells::RowCells(std::initializer_list<std::string_view> cells) {
  RowCellsBuilder builder;
  for (std::string_view c : cells) builder.add(c);
  *this = builder.finish();
}

RowCells::RowCells(const std::vector<std::string>& cells) {
  RowCellsBuilder builder;
  for (const std::string& c : cells) builder.add(c);
  *this = builder.finish();
}

RowCells::RowCells(const RowCells& other) { *this = other; }

RowCells& RowCells::operator=(const RowCells& other) {
  if (this == &other) return *this;
  if (!other.data_) {
    data_.reset();
    return *this;
  }
  const std::size_t n = other.size();
  const std::size_t bytes = 4 * (n + 1) + other.read_u32(n);
  data_ = std::make_unique_for_overwrite<char[]>(bytes);
  std::memcpy(data_.get(), other.data_.get(), bytes);
  return *this;
}

RowCells RowCells::pack(std::string_view text, const std::uint32_t* ends, std::size_t count) {
  RowCells cells;
  if (count == 0) return cells;
  const std::size_t header = 4 * (count + 1);
  cells.data_ = std::make_unique_for_overwrite<char[]>(header + text.size());
  const auto n = static_cast<std::uint32_t>(count);
  std::memcpy(cells.data_.get(), &n, 4);
  std::memcpy(cells.data_.get() + 4, ends, 4 * count);
  if (!text.empty()) std::memcpy(cells.data_.get() + header, text.data(), text.size());
  return cells;
}

void RowCells::resize(std::size_t n) {
  const std::size_t old = size();
  if (n == old) return;
  if (n == 0) {
    data_.reset();
    return;
  }
  std::vector<std::uint32_t> ends(n);
  for (std::size_t i = 0; i < std::min(n, old); ++i) ends[i] = read_u32(i + 1);
  const std::uint32_t kept = n < old ? ends[n - 1] : (old == 0 ? 0 : read_u32(old));
  for (std::size_t i = old; i < n; ++i) ends[i] = kept;
  const std::string_view text = old == 0 ? std::string_view() : std::string_view(this->text(), kept);
  *this = pack(text, ends.data(), n);
}

std::vector<std::string> RowCells::to_strings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (std::string_view c : *this) out.emplace_back(c);
  return out;
}

RowCells RowCellsBuilder::finish() {
  RowCells cells = RowCells::pack(text_, ends_.data(), ends_.size());
  text_.clear();
  ends_.clear();
  return cells;
}

void square_table_rows(std::vector<TableRow>& rows, std::vector<Warning>& warnings) {
  std::size_t width = 0;
  for (TableRow& r : rows) {
    r.written_cells = static_cast<std::uint32_t>(std::min(r.cells.size(), kMaxTableColumns));
    if (r.cells.size() > kMaxTableColumns) {
      RowCellsBuilder joined;
      for (std::size_t k = 0; k + 1 < kMaxTableColumns; ++k) joined.add(r.cells[k]);
      joined.text() += r.cells[kMaxTableColumns - 1];
      for (std::size_t k = kMaxTableColumns; k < r.cells.size(); ++k) {
        joined.text() += " | ";
        joined.text() += r.cells[k];
      }
      joined.end_cell();
      warnings.push_back({r.line, std::string(warning::kTableTooWide),
                          "row has " + std::to_string(r.cells.size()) + " cells; cells past " +
                              std::to_string(kMaxTableColumns) + " are joined into the last column"});
      r.cells = joined.finish();
    }
    width = std::max(width, r.cells.size());
  }
  for (TableRow& r : rows) r.cells.resize(width);
}

}  // namespace docket
