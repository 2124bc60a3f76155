#include "tables/step_rows.hpp"

#include <algorithm>

namespace docket {

namespace {

struct StepColumns {
  int number = -1, text = -1, due = -1, lead = -1;
};

StepColumns step_columns(const LogicalTable& table) {
  StepColumns c;
  int recommendation = -1;
  for (std::size_t i = 0; i < table.roles.size(); ++i) {
    const int col = static_cast<int>(i);
    switch (table.roles[i]) {
      case ColumnRole::kNumber: c.number = col; break;
      case ColumnRole::kActions: c.text = col; break;
      case ColumnRole::kRecommendation: recommendation = col; break;
      case ColumnRole::kDue: c.due = col; break;
      case ColumnRole::kLead: c.lead = col; break;
      default: break;
    }
  }
  if (c.text < 0) c.text = recommendation;
  return c;
}

std::string_view cell(const TableRow& row, int col) {
  if (col < 0 || static_cast<std::size_t>(col) >= row.cells.size()) return {};
  return trim(row.cells[static_cast<std::size_t>(col)]);
}

StepRow read_row(const StepColumns& cols, const TableRow& row) {
  StepRow step;
  step.line = row.line;
  step.text = cell(row, cols.text);
  step.due = cell(row, cols.due);
  step.lead = cell(row, cols.lead);
  if (cols.number >= 0) {
    std::string_view n = cell(row, cols.number);
    if (!n.empty()) {
      std::string label(n);
      if (label.back() != '.') label.push_back('.');
      MarkerInfo m = classify_marker(label);
      if (!m.label.empty()) step.number = std::move(m);
    }
  } else if (auto lead = leading_number(step.text)) {
    step.number = std::move(lead->first);
    step.text = trim(step.text.substr(lead->second));
  }
  return step;
}

bool is_blank(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](std::string_view c) { return trim(c).empty(); });
}

}  // namespace

bool under_named_item(const std::vector<Block>& blocks, std::size_t index) {
  for (std::size_t k = std::min(index, blocks.size()); k-- > 0;) {
    if (blocks[k].kind == BlockKind::kHeading) return named_leading_number(blocks[k].text).has_value();
  }
  return false;
}

bool lists_unnumbered_work(const LogicalTable& table) {
  if (!table.is_plan) return false;
  const auto has = [&](ColumnRole r) { return std::find(table.roles.begin(), table.roles.end(), r) != table.roles.end(); };
  if (has(ColumnRole::kRecommendation) || has(ColumnRole::kNumber) || !has(ColumnRole::kActions)) return false;
  if (!has(ColumnRole::kLead) && !has(ColumnRole::kDue)) return false;
  const StepColumns cols = step_columns(table);
  return std::none_of(table.rows.begin(), table.rows.end(),
                      [&](const TableRow& row) { return !is_blank(row) && read_row(cols, row).number.has_value(); });
}

bool is_step_table(const LogicalTable& table, const std::vector<Block>& blocks) {
  if (!table.is_plan || table.rows.empty()) return false;
  if (std::find(table.roles.begin(), table.roles.end(), ColumnRole::kRecommendation) != table.roles.end()) return false;
  const StepColumns cols = step_columns(table);
  if (cols.text < 0) return false;
  if (lists_unnumbered_work(table) || under_named_item(blocks, table.first_block)) return true;
  std::size_t rows = 0;
  std::size_t dotted = 0;
  for (const TableRow& row : table.rows) {
    if (is_blank(row)) continue;
    ++rows;
    const StepRow step = read_row(cols, row);
    if (step.number && step.number->cls == MarkerClass::kDotted) ++dotted;
  }
  return rows > 0 && dotted * 3 >= rows * 2;
}

Item row_item(const StepRow& row, LineSpan lines, std::vector<Date>&& due) {
  Item item;
  item.type = ItemType::kAction;
  item.text = std::string(row.text);
  item.lines = lines;
  item.due = std::move(due);
  if (!row.lead.empty() && !is_no_lead(row.lead)) item.lead = std::string(row.lead);
  return item;
}

bool is_no_lead(std::string_view cell) {
  return iequals(cell, "n/a") || iequals(cell, "na") || cell == "-" || cell == "\xE2\x80\x93" || iequals(cell, "none");
}

void read_step_rows(const LogicalTable& table, const std::function<void(const StepRow&)>& visit) {
  const StepColumns cols = step_columns(table);
  for (const TableRow& row : table.rows) {
    if (!is_blank(row)) visit(read_row(cols, row));
  }
}

}  // namespace docket
