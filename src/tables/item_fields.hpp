// Plan items written as a numbered list rather than a table, each with
// lines under it that name what a table would put in its columns:
//
//   3. Review the tenancy agreements
//      Lead: Head of Estates
//      Timescale: March 2025
//
// A field line is a short label that names a column ("Lead officer",
// "Target date", "Status") and a colon, then the value.
#ifndef DOCKET_ITEM_FIELDS_HPP
#define DOCKET_ITEM_FIELDS_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "layout/blocks.hpp"
#include "tables/columns.hpp"

namespace docket {

struct ItemField {
  ColumnRole role;
  std::string_view value;  // trimmed; may be empty when the value wraps to the next line
};

// The field `line` holds, when it opens with a label naming a lead, due
// date, status, priority, success measure or finance manager column.
std::optional<ItemField> read_item_field(std::string_view line);

// The index of the first line of `b` from `from` to `last` that is a
// field line, or kNoFieldLine when none is.
inline constexpr std::size_t kNoFieldLine = static_cast<std::size_t>(-1);
std::size_t first_field_line(const Block& b, std::size_t from, std::size_t last);

// The fields of a list item start on one of its first lines: after its
// text, wrapped onto a line or two more.
inline constexpr std::size_t kLastFieldLineTried = 3;

// At least two numbered list items carry a lead or due-date field line
// under their first line: a work programme written as a list.
bool lists_items_with_fields(const std::vector<Block>& blocks);

}  // namespace docket

#endif  // DOCKET_ITEM_FIELDS_HPP
