#include "plan_builder.hpp"

#include <algorithm>
#include <cstdint>
#include <memory_resource>
#include <optional>
#include <unordered_set>

#include "dates.hpp"
#include "money.hpp"
#include "refs.hpp"
#include "text_util.hpp"

namespace docket {

namespace {

constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F",
                                         "\xEF\x82\xB7"};

// A cell of measures holds one per paragraph or per bullet. Each measure
// is the text between two of those breaks, trimmed.
std::vector<std::string> split_measures(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    const std::string_view t = trim(cell.substr(start, end - start));
    if (!t.empty()) out.emplace_back(t);
  };
  std::size_t i = 0;
  while (i < cell.size()) {
    // Every bullet starts with one of these lead bytes, so the text up to
    // the next of them (or a newline) holds no break.
    i = find_marked(cell, i, [](auto b) { return (b == '\n') | (b == 0xE2) | (b == 0xEF); });
    if (i == cell.size()) break;
    std::size_t break_length = 0;
    if (cell[i] == '\n') {
      break_length = 1;
    } else {
      for (std::string_view b : kBullets) {
        if (cell.substr(i).starts_with(b)) {
          break_length = b.size();
          break;
        }
      }
    }
    if (break_length == 0) {
      ++i;
      continue;
    }
    flush(i);
    i += break_length;
    start = i;
  }
  flush(cell.size());
  return out;
}

// The item number a cell holds, as a view of the cell (see
// normalise_item_number); empty when it holds none. Every row is asked
// whether it starts an item, so this allocates nothing.
std::string_view item_number_in(std::string_view cell) {
  std::string_view s = trim(cell);
  while (!s.empty() && (s.front() == '(' || s.front() == '*' || s.front() == '#')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == '*' || s.back() == ':')) s.remove_suffix(1);
  s = trim(s);
  // The prefixes all start with r, i or n; most number cells start with a digit.
  const char first = s.empty() ? '\0' : ascii_lower(s.front());
  if (first == 'r' || first == 'i' || first == 'n') {
    for (std::string_view prefix : {"recommendation", "rec.", "rec", "item", "no.", "no"}) {
      if (istarts_with(s, prefix) && s.size() > prefix.size() &&
          (s[prefix.size()] == ' ' || s[prefix.size()] == '.')) {
        const std::string_view rest = trim(s.substr(prefix.size() + 1));
        if (!rest.empty() && is_ascii_digit(rest.front())) s = rest;
        break;
      }
    }
  }
  // A number cell holds a short label; anything longer is text that landed
  // in the wrong column and is not a number.
  if (s.size() > 12 || !words_at_most(s, 1)) return {};
  return s;
}

struct Columns {
  int number = -1, recommendation = -1, actions = -1, success = -1, savings = -1, lead = -1, finance = -1, due = -1,
      status = -1, priority = -1, comments = -1;
  std::vector<int> extras;
};

Columns map_columns(const LogicalTable& table) {
  Columns c;
  for (std::size_t i = 0; i < table.roles.size(); ++i) {
    const int col = static_cast<int>(i);
    switch (table.roles[i]) {
      case ColumnRole::kNumber: c.number = col; break;
      case ColumnRole::kRecommendation: c.recommendation = col; break;
      case ColumnRole::kActions: c.actions = col; break;
      case ColumnRole::kSuccessMeasures: c.success = col; break;
      case ColumnRole::kSavings: c.savings = col; break;
      case ColumnRole::kLead: c.lead = col; break;
      case ColumnRole::kFinanceManager: c.finance = col; break;
      case ColumnRole::kDue: c.due = col; break;
      case ColumnRole::kStatus: c.status = col; break;
      case ColumnRole::kPriority: c.priority = col; break;
      case ColumnRole::kComments: c.comments = col; break;
      case ColumnRole::kUnknown: c.extras.push_back(col); break;
    }
  }
  return c;
}

std::string_view cell(const TableRow& row, int col) {
  if (col < 0 || static_cast<std::size_t>(col) >= row.cells.size()) return {};
  return trim(row.cells[static_cast<std::size_t>(col)]);
}

void join_optional(std::optional<std::string>& field, std::string_view piece) {
  piece = trim(piece);
  if (piece.empty()) return;
  // The first piece is the whole field, copied at its size.
  if (!field) {
    field.emplace(piece);
    return;
  }
  append_joined(*field, piece);
}

// Joins the cut-off tail of a cell to its head. Paragraph breaks inside the
// tail survive; the cut itself is a space.
void join_text(std::string& field, std::string_view piece) { append_joined(field, piece); }

// Numbers the items of one table have used so far. Most tables number
// their rows 1, 2, 3...: such numbers, while they keep rising, go to a
// list that is sorted by construction, so a table of a million rows costs
// no hash lookup, and out of cache, per row. The rest ("3.1", "R2", a
// number out of order) are copied once into an arena and hashed.
class SeenNumbers {
 public:
  // Room for `rows` numbers at once.
  void reserve(std::size_t rows) { rising_.reserve(rows); }

  // False when `number` was seen before.
  bool insert(std::string_view number) {
    if (const std::optional<std::uint64_t> value = plain_integer(number)) {
      if (rising_.empty() || *value > rising_.back()) {
        // Larger than every plain integer seen: in neither list yet.
        rising_.push_back(*value);
        return true;
      }
      if (std::binary_search(rising_.begin(), rising_.end(), *value)) return false;
    }
    // A repeat leaves its copy unused in the arena: a few bytes for a rare
    // event, against a second lookup for every number.
    char* copy = static_cast<char*>(arena_.allocate(number.size(), 1));
    std::copy(number.begin(), number.end(), copy);
    return others_.insert(std::string_view(copy, number.size())).second;
  }

 private:
  // The value of a number written as digits alone, with no leading zero
  // (so that no two such strings share a value), if it has one.
  static std::optional<std::uint64_t> plain_integer(std::string_view s) {
    if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : s) {
      if (!is_ascii_digit(c)) return std::nullopt;
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
  }

  std::vector<std::uint64_t> rising_;
  std::pmr::monotonic_buffer_resource arena_;
  std::pmr::unordered_set<std::string_view> others_{&arena_};
};

bool is_blank(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](std::string_view c) { return trim(c).empty(); });
}

bool starts_item(const Columns& cols, const TableRow& row) {
  if (cols.number >= 0) return !item_number_in(cell(row, cols.number)).empty();
  // Without a number column, a row starts an item when it has text in
  // the column that names the item.
  const int key = cols.recommendation >= 0 ? cols.recommendation : cols.actions;
  return !cell(row, key).empty();
}

// The lead and finance manager of each item of a plan table, found as
// PlanBuilder finds the items (blank rows skipped, a row that starts an
// item or comes before the first one opening the next), reading only the
// people columns and building nothing else.
class OfficerReader {
 public:
  OfficerReader(const LogicalTable& table, const OfficersFound& found)
      : table_(table), found_(found), cols_(map_columns(table)) {}

  void run() {
    for (const TableRow& row : table_.rows) {
      if (is_blank(row)) continue;
      if (!open_ || starts_item(cols_, row)) {
        report();
        open_ = true;
      }
      join_optional(lead_, cell(row, cols_.lead));
      join_optional(finance_manager_, cell(row, cols_.finance));
    }
    report();
  }

 private:
  void report() {
    if (!open_) return;
    found_(lead_, finance_manager_);
    lead_.reset();
    finance_manager_.reset();
    open_ = false;
  }

  const LogicalTable& table_;
  const OfficersFound& found_;
  Columns cols_;
  bool open_ = false;
  std::optional<std::string> lead_, finance_manager_;
};

class PlanBuilder {
 public:
  PlanBuilder(LogicalTable& table, std::vector<Warning>& warnings, const ItemEmitter& emit)
      : table_(table), warnings_(warnings), emit_(emit), cols_(map_columns(table)) {}

  void run() {
    numbers_.reserve(table_.rows.size());
    for (TableRow& row : table_.rows) {
      read_row(row);
      // Everything the row holds has been copied into the items.
      row.cells.clear();
    }
    finish_item();
  }

 private:
  void read_row(const TableRow& row) {
    if (is_blank(row)) return;
    if (starts_item(cols_, row)) {
      start_item(row);
    } else if (!current_) {
      // Rows above the first numbered one: kept as an item of their own
      // rather than dropped.
      warn(row.line, "row-without-number", "table row has no number; kept as its own item");
      start_item(row);
    } else {
      continue_item(row);
    }
  }

  void warn(int line, const char* code, std::string message) {
    warnings_.push_back({line, code, std::move(message)});
  }

  void start_item(const TableRow& row) {
    finish_item();
    Item& item = current_.emplace();
    item.lines = {row.line, row.line};
    join_officers(row);
    item.type = cols_.recommendation >= 0 || cols_.actions < 0 ? ItemType::kRecommendation : ItemType::kAction;
    if (cols_.number >= 0) item.number = item_number_in(cell(row, cols_.number));
    if (item.number.empty()) item.number = std::to_string(++unnumbered_);
    for (int col : cols_.extras) {
      const std::string name = static_cast<std::size_t>(col) < table_.header.size() && !table_.header[col].empty()
                                   ? table_.header[static_cast<std::size_t>(col)]
                                   : "column " + std::to_string(col + 1);
      item.extra.emplace_back(name, std::string());
    }
    join_item_cells(row);
    if (item_has_step(row)) add_action(row);
    // After the row's own warnings, which read first for the same line.
    if (!numbers_.insert(item.number)) {
      warn(row.line, "duplicate-number", "item number " + item.number + " appears again");
    }
  }

  void continue_item(const TableRow& row) {
    current_->lines.last = row.line;
    join_officers(row);
    join_item_cells(row);
    const bool own_step = !cell(row, cols_.due).empty() || !cell(row, cols_.success).empty();
    if (own_step || current_->actions.empty()) {
      if (item_has_step(row)) add_action(row);
      return;
    }
    // The tail of a row cut by a page break.
    Action& action = current_->actions.back();
    join_text(action.text, cell(row, cols_.actions));
    action.lines.last = row.line;
  }

  bool item_has_step(const TableRow& row) const {
    return !cell(row, cols_.actions).empty() || !cell(row, cols_.success).empty() || !cell(row, cols_.due).empty();
  }

  void add_action(const TableRow& row) {
    Action action;
    action.text = std::string(cell(row, cols_.actions));
    action.success_measures = split_measures(cell(row, cols_.success));
    const std::string_view due = cell(row, cols_.due);
    if (!due.empty()) {
      if (is_ongoing(due)) {
        action.status = "ongoing";
      } else {
        action.due = find_dates(due);
        if (action.due.empty()) {
          // "TBC", "Q1": kept as written, with no calendar value.
          action.due.push_back(Date{std::string(due), std::nullopt});
          warn(row.line, "date-unrecognised", "no date recognised in \"" + std::string(due) + "\"");
        }
      }
    }
    action.lines = {row.line, row.line};
    current_->actions.push_back(std::move(action));
  }

  // The people columns, which OfficerReader reads the same way.
  void join_officers(const TableRow& row) {
    join_optional(current_->lead, cell(row, cols_.lead));
    join_optional(current_->finance_manager, cell(row, cols_.finance));
  }

  // Columns that describe the item as a whole: their text wraps across the
  // rows of the item, so every row's cell is joined on.
  void join_item_cells(const TableRow& row) {
    if (cols_.recommendation >= 0) {
      join_text(current_->text, cell(row, cols_.recommendation));
    }
    if (cols_.savings >= 0) {
      const std::string_view s = cell(row, cols_.savings);
      if (!s.empty()) {
        if (!current_->savings) current_->savings.emplace();
        join_text(current_->savings->text, s);
      }
    }
    join_optional(current_->priority, cell(row, cols_.priority));
    join_optional(current_->comments, cell(row, cols_.comments));
    join_optional(raw_status_, cell(row, cols_.status));
    for (std::size_t k = 0; k < cols_.extras.size(); ++k) {
      join_text(current_->extra[k].second, cell(row, cols_.extras[k]));
    }
  }

  void finish_item() {
    if (!current_) return;
    Item& item = *current_;
    complete(item);
    emit_(std::move(item));
    current_.reset();
  }

  // What an item gathers from its rows once they are all read.
  void complete(Item& item) {
    if (item.type == ItemType::kAction && !item.actions.empty()) item.text = item.actions.front().text;
    if (item.savings) item.savings->amounts = find_amounts(item.savings->text);
    for (const Action& a : item.actions) {
      item.success_measures.insert(item.success_measures.end(), a.success_measures.begin(), a.success_measures.end());
      item.due.insert(item.due.end(), a.due.begin(), a.due.end());
    }
    if (raw_status_) {
      item.status = normalise_status(*raw_status_);
    } else if (!item.actions.empty() &&
               std::all_of(item.actions.begin(), item.actions.end(), [](const Action& a) { return a.status.has_value(); })) {
      item.status = item.actions.front().status;
    }
    if (item.status && item.status->empty()) item.status.reset();
    if (item.priority) item.priority = normalise_status(*item.priority);
    item.refs = find_refs(item.text);
    raw_status_.reset();
  }

  LogicalTable& table_;
  std::vector<Warning>& warnings_;
  const ItemEmitter& emit_;
  Columns cols_;
  std::optional<Item> current_;
  std::optional<std::string> raw_status_;
  int unnumbered_ = 0;
  SeenNumbers numbers_;
};

}  // namespace

std::string normalise_item_number(std::string_view cell) { return std::string(item_number_in(cell)); }

std::string normalise_status(std::string_view text) {
  const FoldedKey folded(text);
  const std::string_view key = folded.view();
  if (key == "complete" || key == "completed" || key == "done" || key == "achieved" || key == "closed" ||
      key == "implemented") {
    return "complete";
  }
  if (key == "g") return "green";
  if (key == "a") return "amber";
  if (key == "r") return "red";
  if (key == "ongoing" || key == "on going") return "ongoing";
  if (key.empty()) return {};
  return to_lower_ascii(trim(text));
}

void build_plan_items(std::vector<LogicalTable>& tables, std::vector<Warning>& warnings, const ItemEmitter& emit) {
  for (LogicalTable& t : tables) {
    if (t.is_plan) PlanBuilder(t, warnings, emit).run();
  }
}

void build_plan_items(std::vector<LogicalTable>& tables, Document& doc) {
  build_plan_items(tables, doc.warnings, [&](Item&& item) { doc.items.push_back(std::move(item)); });
}

void find_plan_officers(std::vector<LogicalTable>& tables, const OfficersFound& found) {
  for (const LogicalTable& t : tables) {
    if (t.is_plan) OfficerReader(t, found).run();
  }
}

}  // namespace docket
