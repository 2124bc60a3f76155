// Minutes laid out as a table.
//
// Parish and town clerks often write minutes in a word processor's table:
// a narrow column of minute numbers ("14/06/5", "31/23", "7."), a wide one
// with the business of each minute, and at times a column of decisions
// ("Resolution", "Decision", "Agreed"). The decisions then stand in cells:
// labelled lines inside the business cell ("Resolved 14/06/5.01" and the
// text on the line below), or the whole of a decision cell. Which layout a
// table has is read from evidence taken together: what its header says,
// what its first column holds row after row, and whether labelled
// decisions stand in its cells.
#ifndef DOCKET_MINUTE_TABLE_HPP
#define DOCKET_MINUTE_TABLE_HPP

#include <cstddef>
#include <optional>
#include <vector>

#include "base/text_arena.hpp"
#include "recognise/sections.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// The columns of a minutes table.
struct MinuteTableColumns {
  std::size_t number = 0;                 // the minute numbers
  std::size_t business = 0;               // the widest text: what was discussed
  std::optional<std::size_t> decision;    // a column of decisions, if there is one
};

// The columns when `table` holds minutes that record decisions, else nullopt.
std::optional<MinuteTableColumns> minute_table_columns(const LogicalTable& table);

// Each segment that stands for a minutes table (a segment a fragment of
// it) replaced by the table's minutes: per row, the minute's number and
// title as a heading, the business cell's lines as paragraphs and labels,
// and the decision cell as a "RESOLVED" label. Texts are kept in `arena`.
void unfold_minute_tables(std::vector<Segment>& segments, const std::vector<LogicalTable>& tables, TextArena& arena);

}  // namespace docket

#endif  // DOCKET_MINUTE_TABLE_HPP
