#include "tables/cell_lines.hpp"

#include <cstdint>
#include <string>

#include "base/text_util.hpp"

namespace docket {

void bullet_pieces(std::string_view cell, std::vector<std::string_view>& out) {
  out.clear();
  cell = trim(cell);
  std::string_view bullet;
  for (std::string_view b : {std::string_view("- "), std::string_view("* "), std::string_view("\xE2\x80\xA2 "),
                             std::string_view("\xC2\xB7 ")}) {
    if (cell.starts_with(b)) bullet = b;
  }
  if (bullet.empty()) return;
  const std::string separator = " " + std::string(bullet);
  std::size_t start = bullet.size();
  while (true) {
    std::size_t next = cell.find(separator, start);
    // A new line may open the next bullet as well as a space.
    const std::size_t line_break = cell.find("\n" + std::string(bullet), start);
    if (line_break < next) next = line_break;
    const std::string_view piece = trim(cell.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start));
    if (!piece.empty()) out.push_back(piece);
    if (next == std::string_view::npos) break;
    start = next + separator.size();
  }
}

void cell_lines(const TableRow& row, std::size_t col, std::vector<std::string_view>& out) {
  if (col >= row.cells.size()) return;
  const std::string_view cell = row.cells[col];
  auto add = [&](std::string_view text) {
    for (std::size_t start = 0;;) {
      const std::size_t newline = text.find('\n', start);
      const std::string_view line = trim(text.substr(start, newline == std::string_view::npos ? newline : newline - start));
      if (!line.empty()) out.push_back(line);
      if (newline == std::string_view::npos) return;
      start = newline + 1;
    }
  };
  std::size_t start = 0;
  for (const CellWrap& wrap : row.wraps) {
    // Offsets out of order or past the cell (a reader that rebuilt the
    // cell) are ignored rather than trusted.
    if (wrap.cell != col || wrap.at < start || wrap.at >= cell.size()) continue;
    add(cell.substr(start, wrap.at - start));
    start = std::size_t{wrap.at} + 1;
  }
  add(cell.substr(start));
}

}  // namespace docket
