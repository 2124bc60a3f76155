// Stage 3: join the fragments of one logical table that page breaks cut
// apart.
//
// A PDF converter emits one table per page. The next fragment continues the
// table when only page furniture stands between them (footers, page
// numbers, page breaks) and either its header repeats the previous one
// (ignoring markup, spacing and case) or it has no header of its own and
// the same number of columns. The footers found between fragments are
// marked as debris so that no later stage reads them as text.
#ifndef DOCKET_TABLE_ASSEMBLER_HPP
#define DOCKET_TABLE_ASSEMBLER_HPP

#include <optional>
#include <string>
#include <vector>

#include "layout/blocks.hpp"
#include "tables/columns.hpp"
#include "docket/model.hpp"

namespace docket {

struct LogicalTable {
  std::vector<std::string> header;  // empty when no fragment had a header row
  std::vector<ColumnRole> roles;    // one per column, from the header
  std::vector<TableRow> rows;       // data rows of every fragment, in order
  std::optional<std::string> caption;
  LineSpan lines;
  int fragments = 1;
  std::size_t first_block = 0;  // indices into the block list
  std::size_t last_block = 0;
  bool is_plan = false;
};

std::vector<LogicalTable> assemble_tables(std::vector<Block>& blocks);

}  // namespace docket

#endif  // DOCKET_TABLE_ASSEMBLER_HPP
