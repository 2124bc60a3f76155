#include "build/ragged_rows.hpp"

#include <algorithm>

#include "base/text_util.hpp"
#include "build/plan_builder.hpp"
#include "normalise/dates.hpp"

namespace docket {

namespace {

// Past this many columns a short row is padded as written: the alignment
// weighs every cell against every column.
constexpr std::size_t kMostAlignedColumns = 64;

// The words a status or RAG column holds, folded.
bool is_status_word(std::string_view cell) {
  static constexpr std::string_view kWords[] = {
      "red",         "amber",    "green",   "blue",         "r",         "a",           "g",
      "complete",    "completed", "done",   "achieved",     "closed",    "implemented", "ongoing",
      "on going",    "on track", "in progress", "not started", "delayed", "overdue",     "open",
      "at risk",     "agreed",   "accepted", "rejected",    "not agreed", "partially agreed", "partially accepted"};
  if (!words_at_most(cell, 3)) return false;
  const FoldedKey key(cell);
  return std::find(std::begin(kWords), std::end(kWords), key.view()) != std::end(kWords);
}

bool is_priority_word(std::string_view cell) {
  const FoldedKey key(cell);
  return key.view() == "high" || key.view() == "medium" || key.view() == "low";
}

// What one cell holds, read once for every column it is weighed against.
struct CellEvidence {
  bool blank = false;
  bool date = false;    // a short cell naming a date, or "Ongoing"
  bool status = false;  // a RAG or progress word
  bool priority = false;
  bool number = false;  // an item number
  bool money = false;
  int words = 0;
};

CellEvidence read_evidence(std::string_view cell) {
  CellEvidence e;
  cell = trim(cell);
  e.blank = cell.empty();
  if (e.blank) return e;
  e.words = count_words(cell);
  std::vector<Date> dates;
  find_due_dates(cell, dates);
  e.date = e.words <= 5 && (!dates.empty() || is_ongoing(cell));
  e.status = is_status_word(cell);
  e.priority = is_priority_word(cell);
  // A label of letters alone is short and marked: "a)", "b.", "c".
  const bool letter_label = cell.size() == 1 || (cell.size() <= 4 && (cell.back() == ')' || cell.back() == '.'));
  e.number = e.words <= 2 && !normalise_item_number(cell).empty() && (has_digit(cell) || letter_label);
  e.money = cell.find("\xC2\xA3") != std::string_view::npos || cell.find('$') != std::string_view::npos;
  return e;
}

// How well a cell fits a column of `role`: positive where its content is
// what the column holds, negative where it is what another column holds.
int fit(const CellEvidence& e, ColumnRole role) {
  if (e.blank) return 0;
  const bool prose = e.words > 3 && !e.date && !e.status;
  switch (role) {
    case ColumnRole::kNumber: return e.number && !e.date ? 3 : -3;
    case ColumnRole::kDue: return e.date ? 3 : e.status ? -3 : prose ? -2 : -1;
    case ColumnRole::kStatus: return e.status ? 3 : e.date ? -2 : 0;
    case ColumnRole::kPriority: return e.priority ? 3 : -1;
    case ColumnRole::kLead:
    case ColumnRole::kFinanceManager: return e.date || e.status ? -3 : e.words <= 6 && !e.number ? 1 : -1;
    case ColumnRole::kSavings: return e.money ? 2 : -1;
    case ColumnRole::kRecommendation:
    case ColumnRole::kActions:
    case ColumnRole::kSuccessMeasures:
    case ColumnRole::kComments: return prose ? 2 : e.date || e.status || e.number ? -2 : 0;
    case ColumnRole::kUnknown: return 0;
  }
  return 0;
}

}  // namespace

std::size_t named_columns(const std::vector<std::string>& header) {
  std::size_t n = header.size();
  while (n > 0 && trim(header[n - 1]).empty()) --n;
  return n;
}

TableRow align_short_row(const TableRow& row, const std::vector<ColumnRole>& roles, std::size_t named) {
  const std::size_t m = std::min(named, roles.size());
  const std::size_t n = std::min<std::size_t>({row.written_cells, row.cells.size(), m});
  // place[i]: the column cell i goes to; as written unless the alignment
  // below finds better.
  std::vector<std::size_t> place(n);
  for (std::size_t i = 0; i < n; ++i) place[i] = i;
  if (m <= kMostAlignedColumns && n < m) {
    std::vector<CellEvidence> evidence;
    for (std::size_t i = 0; i < n; ++i) evidence.push_back(read_evidence(row.cells[i]));
    // best[i][j]: the best total fit of the first i cells in the first j
    // columns, cells kept in order.
    constexpr int kNever = -1000000;
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, kNever));
    for (std::size_t j = 0; j <= m; ++j) best[0][j] = 0;
    for (std::size_t i = 1; i <= n; ++i) {
      for (std::size_t j = i; j <= m; ++j) {
        best[i][j] = std::max(best[i][j - 1], best[i - 1][j - 1] + fit(evidence[i - 1], roles[j - 1]));
      }
    }
    // Back from the end, leaving a column blank whenever that loses
    // nothing: with no evidence either way the blanks trail, as padding.
    for (std::size_t i = n, j = m; i > 0; --j) {
      if (best[i][j] == best[i][j - 1] && j > i) continue;
      place[--i] = j - 1;
    }
  }
  RowCellsBuilder cells;
  std::size_t next = 0;
  for (std::size_t col = 0; col < roles.size(); ++col) {
    if (next < n && place[next] == col) {
      cells.add(row.cells[next++]);
    } else {
      cells.add({});
    }
  }
  TableRow aligned;
  aligned.line = row.line;
  aligned.written_cells = row.written_cells;
  aligned.cells = cells.finish();
  for (const CellWrap& wrap : row.wraps) {
    if (wrap.cell < n) aligned.wraps.push_back({static_cast<std::uint32_t>(place[wrap.cell]), wrap.at});
  }
  return aligned;
}

}  // namespace docket
