// Recognises what a table column holds from its header, across the names
// councils give the same thing: "Lead Officer", "Responsibility", "Owner"
// are all the lead; "Date", "Timescale", "By when" are all the due date.
#ifndef DOCKET_COLUMNS_HPP
#define DOCKET_COLUMNS_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "layout/row_cells.hpp"

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

// The first row of a table, read once as a possible header: how many
// columns it names decides whether it is the header, and then the same
// reading gives the columns their roles. The row must outlive this.
class HeaderCandidate {
 public:
  explicit HeaderCandidate(const RowCells& cells);

  // count_known_columns(cells).
  int known_columns() const { return known_; }

  // classify_columns of the cells, without classifying again the cells
  // already read.
  std::vector<ColumnRole> roles() const;

 private:
  const RowCells& cells_;
  std::vector<std::optional<ColumnRole>> short_cell_roles_;  // nullopt: too long to be a name, not read yet
  int known_ = 0;
};

// A plan table lists things to do and who or when: a recommendation or
// action column with a lead, due date or success measure column.
bool is_plan_table(const std::vector<ColumnRole>& roles);

const char* to_string(ColumnRole role);

}  // namespace docket

#endif  // DOCKET_COLUMNS_HPP
