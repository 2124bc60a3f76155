// Recognises what a table column holds from its header, across the names
// councils give the same thing: "Lead Officer", "Responsibility", "Owner"
// are all the lead; "Date", "Timescale", "By when" are all the due date.
#ifndef DOCKET_COLUMNS_HPP
#define DOCKET_COLUMNS_HPP

#include <string_view>
#include <vector>

#include "row_cells.hpp"

namespace docket {

enum class ColumnRole {
  kUnknown,
  kNumber,
  kRecommendation,
  kActions,
  kSuccessMeasures,
  kSavings,
  kLead,
  kFinanceManager,
  kDue,
  kStatus,
  kPriority,
  kComments,
};

// The canonical role of one header cell (plain text, any case).
ColumnRole classify_column(std::string_view header);

// Roles for a whole header row. A role claimed by an earlier column is not
// given again: the later column stays kUnknown and is kept as an extra.
std::vector<ColumnRole> classify_columns(const std::vector<std::string>& headers);

// How many cells of a row name a known column: a row of real headers names
// several, a data row almost none.
int count_known_columns(const RowCells& cells);

// A plan table lists things to do and who or when: a recommendation or
// action column with a lead, due date or success measure column.
bool is_plan_table(const std::vector<ColumnRole>& roles);

const char* to_string(ColumnRole role);

}  // namespace docket

#endif  // DOCKET_COLUMNS_HPP
