#include "build/project_builder.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <memory_resource>
#include <set>

#include "normalise/dates.hpp"
#include "layout/inline_text.hpp"
#include "layout/list_markers.hpp"
#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "tables/item_fields.hpp"
#include "tables/step_rows.hpp"

namespace docket {

namespace {

// A step of a plan is a line or two; longer text is a description.
constexpr int kMostWordsOfAStep = 40;

class ProjectPlanBuilder {
 public:
  ProjectPlanBuilder(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                     std::vector<Warning>& warnings, const ItemEmitter& emit)
      : blocks_(blocks), tables_(tables), warnings_(warnings), emit_(emit) {}

  void run() {
    std::size_t next_table = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      while (next_table < tables_.size() && tables_[next_table].first_block < i) ++next_table;
      if (next_table < tables_.size() && tables_[next_table].first_block == i) {
        table_block_ = i;
        rows_are_items_ = lists_unnumbered_work(tables_[next_table]) && !under_named_item(blocks_, i);
        if (is_step_table(tables_[next_table], blocks_)) read_step_rows(tables_[next_table], [&](const StepRow& row) { read_step(row); });
        continue;
      }
      if (b.debris) continue;
      if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem && b.kind != BlockKind::kHeading) continue;
      read_block(b, introduces_table(i));
    }
    finish();
  }

 private:
  // A paragraph that leads into a data table ("The key tables are shown
  // below:-", "Table 3") describes the table, not the work.
  bool introduces_table(std::size_t i) const {
    if (blocks_[i].kind != BlockKind::kParagraph) return false;
    const std::string_view t = trim(blocks_[i].text);
    const bool lead_in = t.ends_with(':') || t.ends_with(":-");
    if (!lead_in && !words_at_most(t, 12)) return false;
    for (std::size_t k = i + 1; k < blocks_.size(); ++k) {
      const Block& n = blocks_[k];
      if (n.debris || n.kind == BlockKind::kPageBreak) continue;
      return is_table(n.kind) || (lead_in && n.kind == BlockKind::kParagraph && istarts_with(n.text, "table"));
    }
    return false;
  }

  void read_block(const Block& b, bool introduces_table) {
    // Lines naming a lead or a deadline ("Lead: …", "Timescale: …") under
    // an item's first line, or a paragraph of them under the item.
    // Cheap tests first, as every block is asked: a paragraph's fields
    // open it; a list item's follow its first line.
    std::size_t fields_at = kNoFieldLine;
    if (b.kind == BlockKind::kParagraph) {
      fields_at = first_field_line(b, 0, 0);
    } else if (b.kind == BlockKind::kListItem && !b.raw_lines.single()) {
      fields_at = first_field_line(b, 1, kLastFieldLineTried);
    }
    if (fields_at != kNoFieldLine) {
      read_block_with_fields(b, fields_at);
      return;
    }
    // The first line carries the item; further lines are its text wrapped,
    // unless the first line closes itself off (a bold heading, a colon),
    // in which case they are an action of their own.
    const std::string_view first_raw = b.raw_lines.empty() ? std::string_view() : trim(b.raw_lines.front());
    const bool closed = first_raw.ends_with("**") || first_raw.ends_with(':') || first_raw.ends_with(":-");
    const bool split = closed && b.raw_lines.size() > 1;
    // Wrapped lines join into the block's text, which is cleaned already;
    // the text is read as a view and copied once, into the item or action
    // that keeps it.
    std::string cleaned_first;
    std::string_view text = b.text;
    std::string rest;
    if (split) {
      cleaned_first = clean_inline(first_raw);
      text = cleaned_first;
      for (auto it = std::next(b.raw_lines.begin()); it != b.raw_lines.end(); ++it) {
        if (!rest.empty()) rest.push_back('\n');
        rest.append(*it);
      }
    }
    const int first_line = b.lines.first;
    const int last_line = split ? first_line : b.lines.last;

    std::optional<MarkerInfo> number = item_number(b, text);
    if (number) {
      start_item(*number, text, {first_line, last_line});
    } else if (b.kind == BlockKind::kHeading) {
      // A heading without a number ("Footnotes", "Appendix") ends the
      // items above: what follows it is not their work.
      pass_on_open_items();
      return;
    } else if (b.kind == BlockKind::kParagraph) {
      add_prose(b, text, rest, introduces_table);
      return;
    } else if (!introduces_table) {
      add_line(text, {first_line, last_line});
    }
    if (!rest.empty()) add_line(clean_inline(rest), {first_line + 1, b.lines.last});
  }

  // A paragraph under an item is one of its steps, unless the item lists
  // its steps in a table: then the paragraphs around the table describe the
  // item, and what they say is neither a step nor a deadline.
  void add_prose(const Block& b, std::string_view text, const std::string& rest, bool introduces_table) {
    if (steps_from_table_) {
      if (!open_.empty()) open_.front().lines.last = std::max(open_.front().lines.last, b.lines.last);
      return;
    }
    const int first_line = b.lines.first;
    if (!introduces_table) add_line(text, {first_line, rest.empty() ? b.lines.last : first_line});
    if (!rest.empty()) add_line(clean_inline(rest), {first_line + 1, b.lines.last});
  }

  // The first table row of the open item's steps: the paragraphs read as
  // its steps so far, those of the blocks between the item and the table
  // at block `table_block`, were its description, and their dates no
  // deadlines of it. Asked once per item, of items with such a table only.
  [[gnu::noinline]] void take_steps_from_table(std::size_t table_block) {
    if (steps_from_table_) return;
    steps_from_table_ = true;
    Item& item = open_.front();
    std::vector<LineSpan> prose;
    for (std::size_t k = table_block; k-- > 0 && blocks_[k].lines.first >= item.lines.first;) {
      if (blocks_[k].kind == BlockKind::kParagraph) prose.push_back(blocks_[k].lines);
    }
    if (prose.empty()) return;
    const auto in_prose = [&](const Action& a) {
      return std::any_of(prose.begin(), prose.end(),
                         [&](LineSpan p) { return a.lines.first >= p.first && a.lines.first <= p.last; });
    };
    const auto described = std::remove_if(item.actions.begin(), item.actions.end(), in_prose);
    if (described == item.actions.end()) return;
    item.actions.erase(described, item.actions.end());
    // The item's own deadlines are those its text names.
    read_schedule(item.text, schedule_, scratch_);
    item.due = schedule_.due;
  }

  // The number of the item `b` starts, from its list marker or the start
  // of `text`, which then loses it.
  // Inlined: every block of a plan asks.
  [[gnu::always_inline]] std::optional<MarkerInfo> item_number(const Block& b, std::string_view& text) {
    std::optional<MarkerInfo> number;
    if (b.kind == BlockKind::kListItem) {
      MarkerInfo m = classify_marker(b.marker());
      if (m.cls == MarkerClass::kNumber || m.cls == MarkerClass::kDotted || m.cls == MarkerClass::kLetter) {
        number = std::move(m);
      }
    }
    if (!number) {
      if (auto lead = named_leading_number(text)) {
        number = std::move(lead->first);
        text = trim(text.substr(lead->second));
      } else if (auto lead = leading_number(text)) {
        number = std::move(lead->first);
        text = trim(text.substr(lead->second));
      }
    }
    if (number && number->cls == MarkerClass::kLetter && open_.empty()) number.reset();
    if (number && b.kind == BlockKind::kListItem && restarts_numbering(*number)) number.reset();
    return number;
  }

  // A block whose lines from `fields_at` on are field lines, each value
  // going on over the lines after it up to the next field line.
  // Out of line: read_block, which every block goes through, stays small.
  [[gnu::noinline]] void read_block_with_fields(const Block& b, std::size_t fields_at) {
    std::string head;
    std::size_t k = 0;
    for (std::string_view line : b.raw_lines) {
      if (k++ == fields_at) break;
      if (!head.empty()) head.push_back('\n');
      head.append(line);
    }
    const int fields_line = b.lines.first + static_cast<int>(fields_at);
    Item* item = nullptr;
    if (!head.empty()) {
      const std::string cleaned = clean_inline(head);
      std::string_view text = cleaned;
      if (std::optional<MarkerInfo> number = item_number(b, text)) {
        start_item(*number, text, {b.lines.first, fields_line - 1});
        item = &open_.back();
      } else {
        add_line(text, {b.lines.first, fields_line - 1});
      }
    }
    if (item == nullptr) {
      if (open_.empty()) return;
      item = &open_.front();
    }
    item->lines.last = std::max(item->lines.last, b.lines.last);
    std::optional<ColumnRole> role;
    std::string value;
    k = 0;
    for (std::string_view line : b.raw_lines) {
      if (k++ < fields_at) continue;
      if (const std::optional<ItemField> field = read_item_field(line)) {
        if (role) apply_field(*item, *role, value);
        role = field->role;
        value.assign(field->value);
      } else {
        if (!value.empty()) value.push_back(' ');
        value.append(trim(line));
      }
    }
    if (role) apply_field(*item, *role, value);
  }

  static void apply_field(Item& item, ColumnRole role, std::string_view raw_value) {
    const std::string cleaned = clean_inline(raw_value);
    const std::string_view value = trim(cleaned);
    if (value.empty()) return;
    switch (role) {
      case ColumnRole::kLead:
        if (!item.lead && !is_no_lead(value)) item.lead = std::string(value);
        break;
      case ColumnRole::kDue:
        if (is_ongoing(value)) {
          if (!item.status) item.status = "ongoing";
        } else {
          find_due_dates(value, item.due);
        }
        break;
      case ColumnRole::kStatus: item.status = std::string(value); break;
      case ColumnRole::kPriority: item.priority = std::string(value); break;
      case ColumnRole::kSuccessMeasures: item.success_measures.emplace_back(value); break;
      case ColumnRole::kFinanceManager: item.finance_manager = std::string(value); break;
      default: break;
    }
  }

  // A list numbered 1, 2, 3 afresh inside an item ("Action 4: … 1. First
  // step", numbers already taken) lists that item's steps, not new items.
  bool restarts_numbering(const MarkerInfo& m) {
    const bool restart = m.cls == MarkerClass::kNumber && !open_.empty() && numbers_.contains(m.label) &&
                         (m.value == 1 || (steps_listed_ > 0 && m.value == steps_listed_ + 1));
    steps_listed_ = restart ? m.value : 0;
    return restart;
  }

  // A row of a step table: a numbered step is an item, its deadline and
  // lead from their own cells; a row without a number is a further action
  // of the item above.
  void read_step(const StepRow& row) {
    const LineSpan lines{row.line, row.line};
    std::vector<Date> due;
    if (!row.due.empty() && !is_ongoing(row.due)) find_due_dates(row.due, due);
    if (!row.number && rows_are_items_) {
      if (!row.text.empty()) start_row_item(row, lines, std::move(due));
      return;
    }
    if (!row.number) {
      if (open_.empty() || row.text.empty()) return;
      take_steps_from_table(table_block_);
      Item& item = open_.front();
      Action& action = item.actions.emplace_back();
      action.text = std::string(row.text);
      action.due = std::move(due);
      action.lines = lines;
      item.lines.last = std::max(item.lines.last, lines.last);
      std::string_view lead = row.lead;
      // "OMB*": a footnote's mark is no part of the name.
      while (!lead.empty() && lead.back() == '*') lead.remove_suffix(1);
      if (!lead.empty() && !is_no_lead(lead)) add_owner(step_leads_, trim(lead));
      return;
    }
    start_item(*row.number, row.text, lines, false);
    Item& item = open_.back();
    item.due = std::move(due);
    if (!row.lead.empty() && !is_no_lead(row.lead)) item.lead = std::string(row.lead);
  }

  // A row of unnumbered work is an item of its own.
  void start_row_item(const StepRow& row, LineSpan lines, std::vector<Date>&& due) {
    pass_on_open_items();
    open_.push_back(row_item(row, lines, std::move(due)));
    if (is_ongoing(row.due)) open_.back().status = "ongoing";
    // Paragraphs after the table are no steps of its last row.
    steps_from_table_ = true;
  }

  void start_item(const MarkerInfo& m, std::string_view text, LineSpan lines, bool read_text_schedule = true) {
    // A numbered item closes the one before it and that one's lettered
    // sub-items: no later line can reach them.
    if (m.cls != MarkerClass::kLetter) {
      pass_on_open_items();
      steps_from_table_ = false;
    }
    // Built in place: an Item is large, and moving it in costs a copy of
    // every field.
    Item& item = open_.emplace_back();
    item.type = ItemType::kAction;
    item.number = m.label;
    item.text = std::string(text);
    item.lines = lines;
    if (m.cls == MarkerClass::kLetter) {
      item.parent = open_.front().number;
    } else {
      // The nearest item above whose number is a prefix of this one: 3.2.1
      // hangs under 3 when there is no 3.2.
      std::string_view prefix = m.label;
      while (true) {
        const std::size_t dot = prefix.rfind('.');
        if (dot == std::string_view::npos) break;
        prefix = prefix.substr(0, dot);
        if (numbers_.contains(prefix)) {
          item.parent = std::string(prefix);
          break;
        }
      }
    }
    if (read_text_schedule) {
      read_schedule(item.text, schedule_, scratch_);
      apply_schedule(item, schedule_);
    }
    if (!item.parent && numbers_.contains(item.number)) {
      warnings_.push_back({lines.first, "duplicate-number", "item number " + item.number + " appears again"});
    }
    if (m.cls != MarkerClass::kLetter) numbers_.insert(item.number);
  }

  // A line that is not an item: the deadline and owners of the item above,
  // or one of its actions.
  void add_line(std::string_view text, LineSpan lines) {
    if (open_.empty() || trim(text).empty()) return;
    Item& item = open_.front();
    item.lines.last = std::max(item.lines.last, lines.last);
    if (!words_at_most(text, kMostWordsOfAStep)) {
      // A paragraph of prose describes the item; the dates it mentions
      // are not its deadlines.
      Action& action = item.actions.emplace_back();
      action.text = std::string(text);
      action.lines = lines;
      return;
    }
    read_schedule(text, schedule_, scratch_);
    if (schedule_.meta_only) {
      apply_schedule(item, schedule_);
      return;
    }
    Action& action = item.actions.emplace_back();
    action.text = std::string(text);
    action.due = schedule_.due;
    if (schedule_.ongoing) action.status = "ongoing";
    action.lines = lines;
  }

  static void apply_schedule(Item& item, const Schedule& s) {
    item.due.insert(item.due.end(), s.due.begin(), s.due.end());
    for (const std::string& o : s.owners) add_owner(item.owners, o);
    if (s.priority && !item.priority) item.priority = s.priority;
    if (s.ongoing && !item.status) item.status = "ongoing";
  }

  void finish() { pass_on_open_items(); }

  // An item's deadlines include its actions'; then it goes.
  void pass_on_open_items() {
    // The lead column of the item's step rows: one party leads it; several
    // share it, each an owner.
    if (!open_.empty() && !step_leads_.empty()) {
      Item& item = open_.front();
      if (step_leads_.size() == 1 && !item.lead) {
        item.lead = std::move(step_leads_.front());
      } else {
        for (const std::string& lead : step_leads_) add_owner(item.owners, lead);
      }
      step_leads_.clear();
    }
    for (Item& item : open_) {
      for (const Action& a : item.actions) item.due.insert(item.due.end(), a.due.begin(), a.due.end());
      emit_(std::move(item));
    }
    open_.clear();
  }

  const std::vector<Block>& blocks_;
  const std::vector<LogicalTable>& tables_;
  std::vector<Warning>& warnings_;
  // Whether a table lists the open numbered item's steps.
  bool steps_from_table_ = false;
  // The block of the step table being read, and whether its rows are
  // items rather than the steps of the item above.
  std::size_t table_block_ = 0;
  bool rows_are_items_ = false;
  // The leads named by the open item's unnumbered step rows, in order.
  std::vector<std::string> step_leads_;
  // The last number of a list of steps inside the open item; 0 when none.
  int steps_listed_ = 0;
  const ItemEmitter& emit_;
  // The items later lines can still reach: the last numbered item, then
  // its lettered sub-items. Each is passed on once a numbered item follows
  // it, so a plan of a million items is never held whole.
  std::vector<Item> open_;
  // The numbers of the numbered items so far, for parents and duplicates.
  // The set's nodes, one per item and never freed before the set, come
  // from an arena rather than one by one.
  std::pmr::monotonic_buffer_resource numbers_arena_;
  std::pmr::set<std::string, std::less<>> numbers_{&numbers_arena_};
  // The schedule of the item or line being read, and read_schedule's
  // working lists, whose room serves every item and line.
  Schedule schedule_;
  ScheduleScratch scratch_;
};

}  // namespace

void build_project_plan(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                        std::vector<Warning>& warnings, const ItemEmitter& emit) {
  ProjectPlanBuilder(blocks, tables, warnings, emit).run();
}

void build_project_plan(const std::vector<Block>& blocks, std::vector<Warning>& warnings, const ItemEmitter& emit) {
  build_project_plan(blocks, {}, warnings, emit);
}

}  // namespace docket
