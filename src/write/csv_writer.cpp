// CSV and TSV output: one row per action, the item's columns repeated on each.
//
// One table below names every column and says how to fill it, so the header
// and the rows cannot drift apart. Rows are appended straight to the output
// string, the few fields built from parts through one reused scratch buffer:
// an archive run writes millions of fields, and a temporary string per field
// would dominate the cost.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "write/delimited_fields.hpp"
#include "write/writer_internal.hpp"

namespace docket {

namespace {

// Everything a column may look at for one output row.
struct Row {
  const Document& doc;
  const Item& item;
  const Action* action;       // null for an item with no actions
  std::size_t action_number;  // 1-based; 0 when `action` is null

  const std::vector<std::string>& success_measures() const {
    return action != nullptr ? action->success_measures : item.success_measures;
  }
  const std::vector<Date>& due() const { return action != nullptr ? action->due : item.due; }
  const LineSpan& lines() const { return action != nullptr ? action->lines : item.lines; }
  const MoneyAmount* first_amount() const {
    if (!item.savings || item.savings->amounts.empty()) return nullptr;
    return &item.savings->amounts.front();
  }
};

std::string_view view_of(const std::optional<std::string>& value) {
  return value ? std::string_view(*value) : std::string_view();
}

void append_joined(const std::vector<std::string>& parts, std::string_view separator, std::string& out) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != 0) out += separator;
    out += parts[i];
  }
}

// ISO values only: a date with no value ("Ongoing") still shows in due_text.
void append_due_values(const std::vector<Date>& dates, std::string& out) {
  bool first = true;
  for (const Date& date : dates) {
    if (!date.value) continue;
    if (!first) out += ';';
    out += *date.value;
    first = false;
  }
}

void append_due_texts(const std::vector<Date>& dates, std::string& out) {
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (i != 0) out += "; ";
    out += dates[i].text;
  }
}

template <typename Number>
void append_number(Number value, std::string& out) {
  std::array<char, 32> buffer;
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  // By length: an append of an iterator range builds a temporary string.
  out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

// Same digits as the JSON writer. A value that is not finite prints empty, as
// JSON prints it null.
void append_money(double value, std::string& out) {
  if (!std::isfinite(value)) return;
  if (prints_as_integer(value)) {
    append_number(static_cast<std::int64_t>(value), out);
  } else {
    append_number(value, out);
  }
}

// What a column's value depends on. Every row of a document repeats its
// document's columns, and every row of an item (one per action) its item's:
// those are written once and their bytes copied to the rows after.
enum class Scope : std::uint8_t { kDocument, kItem, kRow };

// A value held whole in the document, as most are: it is written straight
// from where it is.
using ColumnText = std::string_view (*)(const Row& row);
// A value put together from parts, in a buffer.
using FillColumn = void (*)(const Row& row, std::string& value);

struct Column {
  // constexpr, not consteval: clang 14 built the table of consteval-made
  // columns with a wrong row for some of its functions (found by fuzz_extract;
  // tests/fuzz/regressions/).
  constexpr Column(std::string_view name, Scope scope, ColumnText text)
      : name(name), scope(scope), text(text), fill(nullptr) {}
  constexpr Column(std::string_view name, Scope scope, FillColumn fill)
      : name(name), scope(scope), text(nullptr), fill(fill) {}

  std::string_view name;
  Scope scope;
  ColumnText text;
  FillColumn fill;
};

// The column order is part of the output contract (docs/output.md).
constexpr std::array kColumns = {
    Column{"path", Scope::kDocument, [](const Row& r) -> std::string_view { return r.doc.source.path; }},
    Column{"kind", Scope::kDocument, [](const Row& r) -> std::string_view { return to_string(r.doc.kind); }},
    Column{"title", Scope::kDocument, [](const Row& r) { return view_of(r.doc.title); }},
    Column{"body", Scope::kDocument, [](const Row& r) { return view_of(r.doc.body); }},
    Column{"meeting", Scope::kDocument,
           [](const Row& r) { return r.doc.meeting ? view_of(r.doc.meeting->value) : std::string_view(); }},
    Column{"number", Scope::kItem, [](const Row& r) -> std::string_view { return r.item.number; }},
    Column{"parent", Scope::kItem, [](const Row& r) { return view_of(r.item.parent); }},
    Column{"type", Scope::kItem, [](const Row& r) -> std::string_view { return to_string(r.item.type); }},
    Column{"text", Scope::kItem, [](const Row& r) -> std::string_view { return r.item.text; }},
    Column{"action", Scope::kRow,
           [](const Row& r, std::string& v) {
             if (r.action != nullptr) append_number(r.action_number, v);
           }},
    Column{"action_text", Scope::kRow,
           [](const Row& r) { return r.action != nullptr ? std::string_view(r.action->text) : std::string_view(); }},
    Column{"success_measures", Scope::kRow,
           [](const Row& r, std::string& v) { append_joined(r.success_measures(), "; ", v); }},
    Column{"due", Scope::kRow, [](const Row& r, std::string& v) { append_due_values(r.due(), v); }},
    Column{"due_text", Scope::kRow, [](const Row& r, std::string& v) { append_due_texts(r.due(), v); }},
    Column{"status", Scope::kRow,
           [](const Row& r) {
             return view_of(r.action != nullptr && r.action->status ? r.action->status : r.item.status);
           }},
    Column{"procedural", Scope::kItem,
           [](const Row& r) -> std::string_view { return r.item.procedural ? "true" : "false"; }},
    Column{"priority", Scope::kItem, [](const Row& r) { return view_of(r.item.priority); }},
    Column{"lead", Scope::kItem, [](const Row& r) { return view_of(r.item.lead); }},
    Column{"finance_manager", Scope::kItem, [](const Row& r) { return view_of(r.item.finance_manager); }},
    Column{"owners", Scope::kItem, [](const Row& r, std::string& v) { append_joined(r.item.owners, "; ", v); }},
    Column{"savings_text", Scope::kItem,
           [](const Row& r) { return r.item.savings ? std::string_view(r.item.savings->text) : std::string_view(); }},
    Column{"savings_value", Scope::kItem,
           [](const Row& r, std::string& v) {
             if (const MoneyAmount* amount = r.first_amount()) append_money(amount->value, v);
           }},
    Column{"savings_currency", Scope::kItem,
           [](const Row& r) {
             const MoneyAmount* amount = r.first_amount();
             return amount != nullptr ? std::string_view(amount->currency) : std::string_view();
           }},
    Column{"savings_qualifier", Scope::kItem,
           [](const Row& r) {
             const MoneyAmount* amount = r.first_amount();
             return amount != nullptr ? view_of(amount->qualifier) : std::string_view();
           }},
    Column{"savings_period", Scope::kItem,
           [](const Row& r) {
             const MoneyAmount* amount = r.first_amount();
             return amount != nullptr ? view_of(amount->period) : std::string_view();
           }},
    Column{"savings_same_as", Scope::kItem,
           [](const Row& r) { return r.item.savings ? view_of(r.item.savings->same_as) : std::string_view(); }},
    Column{"refs", Scope::kItem, [](const Row& r, std::string& v) { append_joined(r.item.refs, "; ", v); }},
    Column{"comments", Scope::kItem, [](const Row& r) { return view_of(r.item.comments); }},
    Column{"extra", Scope::kItem,
           [](const Row& r, std::string& v) {
             if (r.item.extra.empty()) return;
             JsonOut json(v, -1);
             write_extra_json(r.item.extra, json);
             json.flush();
           }},
    Column{"first_line", Scope::kRow, [](const Row& r, std::string& v) { append_number(r.lines().first, v); }},
    Column{"last_line", Scope::kRow, [](const Row& r, std::string& v) { append_number(r.lines().last, v); }},
};

// A run of neighbouring columns of one scope: the unit that is written once
// and copied, separators inside it included.
struct ColumnRun {
  std::size_t begin = 0;
  std::size_t end = 0;
  Scope scope = Scope::kRow;
};

constexpr std::size_t count_runs() {
  std::size_t runs = 0;
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (i == 0 || kColumns[i].scope != kColumns[i - 1].scope) ++runs;
  }
  return runs;
}

constexpr auto kRuns = [] {
  std::array<ColumnRun, count_runs()> runs{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (i == 0 || kColumns[i].scope != kColumns[i - 1].scope) runs[n++] = {i, i, kColumns[i].scope};
    runs[n - 1].end = i + 1;
  }
  return runs;
}();

// The output of the rows, gathered in a buffer of its own and appended to
// the string a few kilobytes at a time: a row is a few dozen short fields
// and separators, and a std::string append each cost more in bookkeeping
// than the bytes they copied.
class RowOut {
 public:
  explicit RowOut(std::string& out) : out_(out) {}
  RowOut(const RowOut&) = delete;
  RowOut& operator=(const RowOut&) = delete;

  void put(char c) {
    if (used_ == kBufferSize) flush();
    buffer_[used_++] = c;
  }

  void put(std::string_view s) {
    // Most fields are short or empty, and copied in place here.
    if (s.size() < kBlockSize && kBufferSize - used_ >= kBlockSize) {
      copy_short(buffer_ + used_, s.data(), s.size());
      used_ += s.size();
      return;
    }
    put_long(s);
  }

  // Call after the last byte: destruction does not flush.
  void flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }

 private:
  [[gnu::noinline]] void put_long(std::string_view s) {
    // An empty view may have no data at all, which memcpy must not be given.
    if (s.empty()) return;
    if (kBufferSize - used_ < s.size()) {
      flush();
      if (s.size() > kBufferSize) {
        out_ += s;
        return;
      }
    }
    std::memcpy(buffer_ + used_, s.data(), s.size());
    used_ += s.size();
  }

  static constexpr std::size_t kBufferSize = 4096;
  std::string& out_;
  std::size_t used_ = 0;
  char buffer_[kBufferSize];
};

// The one rule for each field syntax (write/delimited_fields.hpp), into the
// row's buffer.
void append_csv_field(std::string_view value, RowOut& out) { append_csv_field_to(value, out); }
void append_tsv_field(std::string_view value, RowOut& out) { append_tsv_field_to(value, out); }

using AppendField = void (*)(std::string_view value, RowOut& out);

template <AppendField kAppendField>
class DelimitedWriter final : public DocumentWriter {
 public:
  // `selected`: the indexes into kColumns to write, in order; empty for all.
  DelimitedWriter(char separator, std::vector<std::size_t> selected)
      : separator_(separator), selected_(std::move(selected)) {}

  void begin(std::string& out) override {
    RowOut row_out(out);
    if (selected_.empty()) {
      for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (i != 0) row_out.put(separator_);
        kAppendField(kColumns[i].name, row_out);
      }
    } else {
      for (std::size_t i = 0; i < selected_.size(); ++i) {
        if (i != 0) row_out.put(separator_);
        kAppendField(kColumns[selected_[i]].name, row_out);
      }
    }
    row_out.put('\n');
    row_out.flush();
  }

  // Every row repeats the document's columns; there is no head or tail.
  // They are written with the document's first row.
  void write_head(const Document& /*doc*/, std::string& /*out*/) override { document_written_ = false; }

  void write_item(const Document& doc, const Item& item, std::string& out) override {
    RowOut row_out(out);
    if (item.actions.empty()) {
      write_row(Row{doc, item, nullptr, 0}, kWriteItem, row_out);
    } else {
      // The item's columns are kept for its later rows only when it has some.
      const ItemColumns first = item.actions.size() == 1 ? kWriteItem : kKeepItem;
      for (std::size_t i = 0; i < item.actions.size(); ++i) {
        write_row(Row{doc, item, &item.actions[i], i + 1}, i == 0 ? first : kCopyItem, row_out);
      }
    }
    row_out.flush();
  }

  // Data tables are not plan rows: CSV and TSV leave them out.
  void write_items_end(const Document& /*doc*/, std::string& /*out*/) override {}
  void write_table_begin(const Document& /*doc*/, const Table& /*table*/, std::string& /*out*/) override {}
  void write_table_row(const Document& /*doc*/, const std::vector<std::string>& /*row*/,
                       std::string& /*out*/) override {}
  void write_table_end(const Document& /*doc*/, const Table& /*table*/, std::string& /*out*/) override {}
  void write_tail(const Document& /*doc*/, std::string& /*out*/) override {}

  void end(std::string& /*out*/) override {}

 private:
  // How a row gets its item's columns.
  enum ItemColumns { kWriteItem, kKeepItem, kCopyItem };

  void write_row(const Row& row, ItemColumns item_columns, RowOut& out) {
    if (!selected_.empty()) {
      // A chosen few columns (--fields): each is written as it comes, with
      // nothing kept from row to row.
      for (std::size_t i = 0; i < selected_.size(); ++i) {
        if (i != 0) out.put(separator_);
        write_column(row, kColumns[selected_[i]], out);
      }
      out.put('\n');
      return;
    }
    for (std::size_t k = 0; k < kRuns.size(); ++k) {
      const ColumnRun& run = kRuns[k];
      if (k != 0) out.put(separator_);
      switch (run.scope) {
        case Scope::kDocument:
          // Written once: copying the bytes is cheaper than checking each
          // field for quoting again on every row.
          if (!document_written_) keep_columns(row, run, kept_[k]);
          out.put(kept_[k]);
          break;
        case Scope::kItem:
          if (item_columns == kWriteItem) {
            write_columns(row, run, out);
          } else {
            if (item_columns == kKeepItem) keep_columns(row, run, kept_[k]);
            out.put(kept_[k]);
          }
          break;
        case Scope::kRow:
          write_columns(row, run, out);
          break;
      }
    }
    document_written_ = true;
    out.put('\n');
  }

  void keep_columns(const Row& row, const ColumnRun& run, std::string& kept) {
    kept.clear();
    RowOut kept_out(kept);
    write_columns(row, run, kept_out);
    kept_out.flush();
  }

  void write_columns(const Row& row, const ColumnRun& run, RowOut& out) {
    for (std::size_t i = run.begin; i < run.end; ++i) {
      if (i != run.begin) out.put(separator_);
      write_column(row, kColumns[i], out);
    }
  }

  void write_column(const Row& row, const Column& column, RowOut& out) {
    if (column.text != nullptr) {
      kAppendField(column.text(row), out);
    } else {
      scratch_.clear();
      column.fill(row, scratch_);
      kAppendField(scratch_, out);
    }
  }

  char separator_;
  std::vector<std::size_t> selected_;
  std::string scratch_;  // reused for every built field: keeps its capacity
  bool document_written_ = false;
  // The written bytes of the document's runs, and of the item's runs while
  // an item with several actions is written.
  std::array<std::string, kRuns.size()> kept_;
};

std::size_t column_index(std::string_view name) {
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (kColumns[i].name == name) return i;
  }
  return kColumns.size();
}

// The columns named in `fields`, in their order; unknown names are left out
// (callers check them first with unknown_fields).
std::vector<std::size_t> column_indexes(const std::vector<std::string>& fields) {
  std::vector<std::size_t> indexes;
  for (const std::string& field : fields) {
    if (const std::size_t i = column_index(field); i != kColumns.size()) indexes.push_back(i);
  }
  return indexes;
}

}  // namespace

std::unique_ptr<DocumentWriter> make_csv_writer(const std::vector<std::string>& fields) {
  return std::make_unique<DelimitedWriter<append_csv_field>>(',', column_indexes(fields));
}

std::unique_ptr<DocumentWriter> make_tsv_writer(const std::vector<std::string>& fields) {
  return std::make_unique<DelimitedWriter<append_tsv_field>>('\t', column_indexes(fields));
}

std::vector<std::string> unknown_fields(const std::vector<std::string>& fields) {
  std::vector<std::string> unknown;
  for (const std::string& field : fields) {
    if (column_index(field) == kColumns.size()) unknown.push_back(field);
  }
  return unknown;
}

const std::vector<std::string_view>& csv_columns() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    names.reserve(kColumns.size());
    for (const Column& column : kColumns) names.push_back(column.name);
    return names;
  }();
  return kNames;
}

}  // namespace docket
