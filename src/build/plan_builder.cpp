#include "build/plan_builder.hpp"

#include <algorithm>
#include <cstdint>
#include <memory_resource>
#include <optional>
#include <unordered_set>

#include "build/item_spares.hpp"
#include "build/ragged_rows.hpp"
#include "normalise/dates.hpp"
#include "normalise/money.hpp"
#include "normalise/refs.hpp"
#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "layout/list_markers.hpp"
#include "tables/cell_lines.hpp"

namespace docket {

namespace {

// A cell of measures holds one per paragraph or per bullet. Each measure
// is the text between two of those breaks, trimmed; they are added to `out`.
void split_measures(std::string_view cell, std::vector<std::string>& out, Spares& spares) {
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    const std::string_view t = trim(cell.substr(start, end - start));
    if (!t.empty()) out.push_back(spares.string(t));
  };
  std::size_t i = 0;
  while (i < cell.size()) {
    // Every bullet (unicode_bullet_length) starts with one of these lead
    // bytes, so the text up to the next of them (or a newline) holds no
    // break.
    i = find_marked(cell, i, [](auto b) { return (b == '\n') | (b == 0xC2) | (b == 0xE2) | (b == 0xEF); });
    if (i == cell.size()) break;
    const std::size_t break_length = cell[i] == '\n' ? 1 : unicode_bullet_length(cell.substr(i));
    if (break_length == 0) {
      ++i;
      continue;
    }
    flush(i);
    i += break_length;
    start = i;
  }
  flush(cell.size());
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
  if (s.size() <= 12 && words_at_most(s, 1)) return s;
  // A reference code of a few parts, "SR (24/25) 01": figures, capitals
  // and brackets, no word of text.
  if (s.size() > 20 || words_at_most(s, 1) || !words_at_most(s, 3) || !has_digit(s)) return {};
  const bool prose = std::any_of(s.begin(), s.end(), [](char c) { return is_ascii_lower(c); });
  if (prose) return {};
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

// The cells of one row, trimmed once: a row's cells are read many times
// over (is it blank, does it start an item, has it a step, each column's
// text). Out-of-range columns read as empty. One serves every row of a
// table, so its list is allocated once.
class TrimmedRow {
 public:
  // Reads `row`; false when every cell is blank.
  bool read(const TableRow& row) {
    row_ = &row;
    cells_.clear();
    bool any_text = false;
    for (std::string_view c : row.cells) {
      const std::string_view t = trim(c);
      any_text = any_text || !t.empty();
      cells_.push_back(t);
    }
    return any_text;
  }

  std::string_view operator[](int col) const {
    if (col < 0 || static_cast<std::size_t>(col) >= cells_.size()) return {};
    return cells_[static_cast<std::size_t>(col)];
  }

  // The lines of cell `col` (see cell_lines).
  void lines(int col, std::vector<std::string_view>& out) const {
    out.clear();
    if (!(*this)[col].empty()) cell_lines(*row_, static_cast<std::size_t>(col), out);
  }

 private:
  const TableRow* row_ = nullptr;
  std::vector<std::string_view> cells_;
};

std::string_view cell(const TrimmedRow& row, int col) { return row[col]; }

void join_optional(std::optional<std::string>& field, std::string_view piece, Spares& spares) {
  piece = trim(piece);
  if (piece.empty()) return;
  // The first piece is the whole field, copied at its size.
  if (!field) {
    field.emplace(spares.string(piece));
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

// The due dates of a deadline cell. A cell that lists its dates under
// bullets ("- March 2025 - May 2025") gives each bullet's dates, so that
// two listed dates never read as one range.
void find_listed_due_dates(std::string_view text, std::vector<Date>& dates) {
  std::vector<std::string_view> pieces;
  bullet_pieces(text, pieces);
  if (pieces.size() < 2) {
    find_due_dates(text, dates);
    return;
  }
  for (std::string_view piece : pieces) find_due_dates(piece, dates);
}

// `Row` is a TableRow or a TrimmedRow.
template <typename Row>
bool starts_item(const Columns& cols, const Row& row) {
  if (cols.number >= 0) return !item_number_in(cell(row, cols.number)).empty();
  // Without a number column, a row starts an item when it has text in
  // the column that names the item.
  const int key = cols.recommendation >= 0 ? cols.recommendation : cols.actions;
  return !cell(row, key).empty();
}

// What a reading of a cell's text found, kept for the text read last:
// plans repeat a cell down their rows (one savings figure merged across
// every item, one deadline for many actions), and reading the same text
// again would find the same.
template <typename Found>
class LastReading {
 public:
  // What read(text, out) appends to an empty `out`; read is pure, and an
  // empty text holds nothing, which is where the kept reading starts.
  template <typename Read>
  const std::vector<Found>& of(std::string_view text, Read read) {
    if (text != text_) {
      text_.assign(text);
      found_.clear();
      read(text_, found_);
    }
    return found_;
  }

 private:
  std::string text_;
  std::vector<Found> found_;
};

class PlanBuilder {
 public:
  PlanBuilder(LogicalTable& table, std::vector<Warning>& warnings, const ItemEmitter& emit, Spares& spares)
      : table_(table), warnings_(warnings), emit_(emit), spares_(spares), cols_(map_columns(table)) {
    for (int col : cols_.extras) {
      extra_names_.push_back(static_cast<std::size_t>(col) < table_.header.size() && !table_.header[col].empty()
                                 ? table_.header[static_cast<std::size_t>(col)]
                                 : "column " + std::to_string(col + 1));
    }
  }

  void run() {
    numbers_.reserve(table_.rows.size());
    const std::size_t named = named_columns(table_.header);
    for (TableRow& row : table_.rows) {
      // A row of one cell is a heading or a note across the table.
      if (row.written_cells > 1 && named > 0 && row.written_cells != named) {
        read_ragged_row(row, named);
      } else {
        read_row(row);
      }
      // Everything the row holds has been copied into the items.
      row.cells.clear();
    }
    finish_item();
  }

 private:
  void read_row(const TableRow& row) {
    if (!cells_.read(row)) return;
    // Once the text cells carry the labels, a row without one goes on with
    // the item above.
    const bool unlabelled = labelled_ && !leading_number(cells_[cols_.recommendation]);
    if (starts_item(cols_, cells_) && !unlabelled) {
      start_item(row.line);
    } else if (!open_) {
      // Rows above the first numbered one: kept as an item of their own
      // rather than dropped.
      warn(row.line, "row-without-number", "table row has no number; kept as its own item");
      start_item(row.line);
    } else {
      continue_item(row.line);
    }
  }

  // A row with more or fewer cells than the header names: a short one is
  // read with its cells under the columns they fit; a long one keeps the
  // cells past the header as unnamed columns.
  void read_ragged_row(const TableRow& row, std::size_t named) {
    const std::string counts = "row has " + std::to_string(row.written_cells) + " cells where the header names " +
                               std::to_string(named);
    if (row.written_cells < named) {
      warn(row.line, "ragged-row", counts + "; they are read under the columns they fit");
      read_row(align_short_row(row, table_.roles, named));
      return;
    }
    bool past_header = false;
    for (std::size_t c = named; c < row.cells.size(); ++c) past_header = past_header || !trim(row.cells[c]).empty();
    if (past_header) warn(row.line, "ragged-row", counts + "; the cells past them are kept as unnamed columns");
    read_row(row);
  }

  void warn(int line, const char* code, std::string message) {
    warnings_.push_back({line, code, std::move(message)});
  }

  void start_item(int line) {
    finish_item();
    open_ = true;
    Item& item = current_;
    item.lines = {line, line};
    join_officers();
    item.type = cols_.recommendation >= 0 || cols_.actions < 0 ? ItemType::kRecommendation : ItemType::kAction;
    if (cols_.number >= 0) item.number.assign(item_number_in(cells_[cols_.number]));
    // Without a number column, the label at the start of the text cell
    // ("a) Review the fees", "2. Publish") numbers the item.
    std::size_t label_length = 0;
    if (cols_.number < 0 && cols_.recommendation >= 0) {
      if (const auto lead = leading_number(cells_[cols_.recommendation]); lead && !lead->first.label.empty()) {
        item.number = lead->first.label;
        label_length = lead->second;
        labelled_ = true;
      }
    }
    if (item.number.empty()) item.number = std::to_string(++unnumbered_);
    for (const std::string& name : extra_names_) item.extra.emplace_back(name, std::string());
    join_item_cells();
    if (label_length > 0 && item.text.starts_with(cells_[cols_.recommendation].substr(0, label_length))) {
      item.text.erase(0, label_length);
    }
    if (item_has_step()) add_action(line);
    // After the row's own warnings, which read first for the same line.
    if (!numbers_.insert(item.number)) {
      warn(line, "duplicate-number", "item number " + item.number + " appears again");
    }
  }

  void continue_item(int line) {
    current_.lines.last = line;
    join_officers();
    join_item_cells();
    const bool own_step = !cells_[cols_.due].empty() || !cells_[cols_.success].empty();
    if (own_step || current_.actions.empty()) {
      if (item_has_step()) add_action(line);
      return;
    }
    // The tail of a row cut by a page break.
    Action& action = current_.actions.back();
    join_text(action.text, cells_[cols_.actions]);
    action.lines.last = line;
  }

  bool item_has_step() const {
    const std::string_view action = cells_[cols_.actions];
    return (!action.empty() && !is_bare_rejection(action)) || !cells_[cols_.success].empty() ||
           !cells_[cols_.due].empty();
  }

  // A response cell that only turns the recommendation down ("Rejected",
  // "Not agreed") names no action.
  static bool is_bare_rejection(std::string_view cell) {
    if (!words_at_most(cell, 3)) return false;
    const FoldedKey key(cell);
    return key.view() == "rejected" || key.view() == "not agreed" || key.view() == "not accepted" ||
           key.view() == "declined" || key.view() == "not supported";
  }

  void add_action(int line) {
    Action& action = current_.actions.emplace_back(spares_.action());
    action.text.assign(cells_[cols_.actions]);
    split_measures(cells_[cols_.success], action.success_measures, spares_);
    const std::string_view due = cells_[cols_.due];
    if (!due.empty()) {
      if (is_ongoing(due)) {
        action.status = "ongoing";
      } else {
        action.due = due_dates_.of(due, find_listed_due_dates);
        if (action.due.empty()) {
          // "TBC", "Q1": kept as written, with no calendar value.
          action.due.push_back(Date{std::string(due), std::nullopt});
          warn(line, "date-unrecognised", "no date recognised in \"" + std::string(due) + "\"");
        }
      }
    }
    action.lines = {line, line};
    split_listed_actions(line);
  }

  // A cell that lists its actions ("- Draft the policy - Consult on it",
  // "• one • two") holds one action per bullet; when the deadline cell
  // lists as many dates, each action takes its own. A cell of several
  // lines (<br>, paragraphs) holds one action per line when its deadline
  // cell lists a date for each.
  void split_listed_actions(int line) {
    Action& whole = current_.actions.back();
    bullet_pieces(whole.text, pieces_);
    if (pieces_.size() < 2) {
      // Only a cell of several lines and several dates is split by line:
      // most action cells hold one of each.
      if (whole.due.size() < 2) return;
      cells_.lines(cols_.actions, pieces_);
      if (pieces_.size() != whole.due.size()) return;
    }
    std::vector<Date> dates = std::move(whole.due);
    const bool paired = dates.size() == pieces_.size();
    const std::vector<std::string> texts(pieces_.begin(), pieces_.end());
    whole.text = texts.front();
    whole.due.clear();
    for (std::size_t k = 1; k < texts.size(); ++k) {
      Action& next = current_.actions.emplace_back(spares_.action());
      next.text = texts[k];
      next.lines = {line, line};
    }
    Action* first = &current_.actions[current_.actions.size() - texts.size()];
    if (paired) {
      for (std::size_t k = 0; k < texts.size(); ++k) first[k].due.push_back(std::move(dates[k]));
    } else {
      first->due = std::move(dates);
    }
  }

  // The people columns. A name repeated down an item's rows (an action
  // row each, or a merged cell split by a converter) is one name.
  void join_officers() {
    join_person(current_.lead, cells_[cols_.lead]);
    join_person(current_.finance_manager, cells_[cols_.finance]);
  }

  void join_person(std::optional<std::string>& field, std::string_view piece) {
    if (field && !piece.empty() && *field == piece) return;
    join_optional(field, piece, spares_);
  }

  // Columns that describe the item as a whole: their text wraps across the
  // rows of the item, so every row's cell is joined on.
  void join_item_cells() {
    if (cols_.recommendation >= 0) {
      join_text(current_.text, cells_[cols_.recommendation]);
    }
    if (cols_.savings >= 0) {
      const std::string_view s = cells_[cols_.savings];
      if (!s.empty()) {
        if (!current_.savings) current_.savings.emplace(spares_.savings());
        join_text(current_.savings->text, s);
      }
    }
    join_optional(current_.priority, cells_[cols_.priority], spares_);
    join_optional(current_.comments, cells_[cols_.comments], spares_);
    join_optional(raw_status_, cells_[cols_.status], spares_);
    for (std::size_t k = 0; k < cols_.extras.size(); ++k) {
      join_text(current_.extra[k].second, cells_[cols_.extras[k]]);
    }
  }

  void finish_item() {
    if (!open_) return;
    complete(current_);
    emit_(std::move(current_));
    // A receiver that only read the item leaves its room to the next one.
    spares_.empty(current_);
    open_ = false;
  }

  // What an item gathers from its rows once they are all read.
  void complete(Item& item) {
    if (item.type == ItemType::kAction && !item.actions.empty()) item.text = item.actions.front().text;
    if (item.savings) {
      item.savings->amounts = savings_amounts_.of(
          item.savings->text, [](std::string_view text, std::vector<MoneyAmount>& amounts) { find_amounts(text, amounts); });
      mark_repeated_savings(item);
    }
    for (const Action& a : item.actions) {
      for (const std::string& measure : a.success_measures) item.success_measures.push_back(spares_.string(measure));
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
    spares_.keep(raw_status_);
  }

  // Savings with sums in the words of the last item that had savings with
  // sums are that statement repeated (a merged or repeated cell), not a
  // second saving; a text without sums ("None") is no statement to count.
  void mark_repeated_savings(Item& item) {
    if (item.savings->amounts.empty()) return;
    if (item.savings->text == stated_savings_) {
      item.savings->same_as = stated_by_;
      return;
    }
    stated_savings_ = item.savings->text;
    stated_by_ = item.number;
  }

  LogicalTable& table_;
  std::vector<Warning>& warnings_;
  const ItemEmitter& emit_;
  Spares& spares_;
  Columns cols_;
  std::vector<std::string> extra_names_;
  TrimmedRow cells_;
  // The item being read, when open_; emptied and reused for the next.
  Item current_;
  bool open_ = false;
  std::optional<std::string> raw_status_;
  int unnumbered_ = 0;
  bool labelled_ = false;  // the text cells carry the item labels (no number column)
  SeenNumbers numbers_;
  LastReading<Date> due_dates_;
  std::vector<std::string_view> pieces_;
  LastReading<MoneyAmount> savings_amounts_;
  // The last savings with sums that an item of this table stated, and
  // that item's number (see Savings::same_as).
  std::string stated_savings_;
  std::string stated_by_;
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
  Spares spares;
  for (LogicalTable& t : tables) {
    if (t.is_plan) PlanBuilder(t, warnings, emit, spares).run();
  }
}

}  // namespace docket
