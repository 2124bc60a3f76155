// The syntax of a pipe table's rows: where cells part, and what a
// delimiter row (`|---|:--:|`) is. Internal to layout/.
#ifndef DOCKET_LAYOUT_PIPE_ROWS_HPP
#define DOCKET_LAYOUT_PIPE_ROWS_HPP

#include <cstddef>
#include <string_view>

#include "base/text_util.hpp"

namespace docket {

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

inline bool has_unescaped_pipe(std::string_view s) {
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

inline bool is_delimiter_row(std::string_view line) {
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

}  // namespace docket

#endif  // DOCKET_LAYOUT_PIPE_ROWS_HPP
