// CSV and TSV output: one row per action, the item's columns repeated on each.
//
// One table below names every column and says how to fill it, so the header
// and the rows cannot drift apart. Rows are appended straight to the output
// string through one reused scratch buffer: an archive run writes millions
// of fields, and a temporary string per field would dominate the cost.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "text_util.hpp"
#include "writer_internal.hpp"

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

void append_optional(const std::optional<std::string>& value, std::string& out) {
  if (value) out += *value;
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
  out.append(buffer.data(), result.ptr);
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

using FillColumn = void (*)(const Row& row, std::string& value);

struct Column {
  std::string_view name;
  FillColumn fill;
};

// The column order is part of the output contract (docs/output.md).
constexpr std::array kColumns = {
    Column{"path", [](const Row& r, std::string& v) { v += r.doc.source.path; }},
    Column{"kind", [](const Row& r, std::string& v) { v += to_string(r.doc.kind); }},
    Column{"title", [](const Row& r, std::string& v) { append_optional(r.doc.title, v); }},
    Column{"body", [](const Row& r, std::string& v) { append_optional(r.doc.body, v); }},
    Column{"meeting",
           [](const Row& r, std::string& v) {
             if (r.doc.meeting) append_optional(r.doc.meeting->value, v);
           }},
    Column{"number", [](const Row& r, std::string& v) { v += r.item.number; }},
    Column{"parent", [](const Row& r, std::string& v) { append_optional(r.item.parent, v); }},
    Column{"type", [](const Row& r, std::string& v) { v += to_string(r.item.type); }},
    Column{"text", [](const Row& r, std::string& v) { v += r.item.text; }},
    Column{"action",
           [](const Row& r, std::string& v) {
             if (r.action != nullptr) append_number(r.action_number, v);
           }},
    Column{"action_text",
           [](const Row& r, std::string& v) {
             if (r.action != nullptr) v += r.action->text;
           }},
    Column{"success_measures", [](const Row& r, std::string& v) { append_joined(r.success_measures(), "; ", v); }},
    Column{"due", [](const Row& r, std::string& v) { append_due_values(r.due(), v); }},
    Column{"due_text", [](const Row& r, std::string& v) { append_due_texts(r.due(), v); }},
    Column{"status",
           [](const Row& r, std::string& v) {
             append_optional(r.action != nullptr && r.action->status ? r.action->status : r.item.status, v);
           }},
    Column{"priority", [](const Row& r, std::string& v) { append_optional(r.item.priority, v); }},
    Column{"lead", [](const Row& r, std::string& v) { append_optional(r.item.lead, v); }},
    Column{"finance_manager", [](const Row& r, std::string& v) { append_optional(r.item.finance_manager, v); }},
    Column{"owners", [](const Row& r, std::string& v) { append_joined(r.item.owners, "; ", v); }},
    Column{"savings_text",
           [](const Row& r, std::string& v) {
             if (r.item.savings) v += r.item.savings->text;
           }},
    Column{"savings_value",
           [](const Row& r, std::string& v) {
             if (const MoneyAmount* amount = r.first_amount()) append_money(amount->value, v);
           }},
    Column{"savings_currency",
           [](const Row& r, std::string& v) {
             if (const MoneyAmount* amount = r.first_amount()) v += amount->currency;
           }},
    Column{"savings_qualifier",
           [](const Row& r, std::string& v) {
             if (const MoneyAmount* amount = r.first_amount()) append_optional(amount->qualifier, v);
           }},
    Column{"savings_period",
           [](const Row& r, std::string& v) {
             if (const MoneyAmount* amount = r.first_amount()) append_optional(amount->period, v);
           }},
    Column{"refs", [](const Row& r, std::string& v) { append_joined(r.item.refs, "; ", v); }},
    Column{"comments", [](const Row& r, std::string& v) { append_optional(r.item.comments, v); }},
    Column{"extra",
           [](const Row& r, std::string& v) {
             if (r.item.extra.empty()) return;
             JsonOut json(v, -1);
             write_extra_json(r.item.extra, json);
             json.flush();
           }},
    Column{"first_line", [](const Row& r, std::string& v) { append_number(r.lines().first, v); }},
    Column{"last_line", [](const Row& r, std::string& v) { append_number(r.lines().last, v); }},
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Position of the first comma, quote, CR or LF at or after `from`, or size().
std::size_t next_csv_special(std::string_view value, std::size_t from) {
  return find_marked(value, from, [](auto b) { return (b == ',') | (b == '"') | (b == '\n') | (b == '\r'); });
}

// Position of the first backslash, tab, LF or CR at or after `from`, or size().
std::size_t next_tsv_special(std::string_view value, std::size_t from) {
  return find_marked(value, from,
                     [](auto b) { return (b == '\\') | (b == '\t') | (b == '\n') | (b == '\r'); });
}

// The field in quotes, with its quotes doubled; none comes before `special`,
// the first byte that called for quoting (or the end). Kept out of line so
// that append_csv_field, called for every field, stays small.
[[gnu::noinline]] void append_quoted_csv_field(std::string_view value, std::size_t special, std::string& out) {
  out += '"';
  std::size_t start = 0;
  for (std::size_t quote = value.find('"', special); quote != std::string_view::npos;
       quote = value.find('"', start)) {
    out.append(value, start, quote + 1 - start);
    out += '"';
    start = quote + 1;
  }
  out.append(value, start);
  out += '"';
}

// RFC 4180, quoting only when needed so that plain fields stay readable.
// Leading or trailing blanks are quoted too, because several readers
// (spreadsheets among them) trim unquoted ones.
void append_csv_field(std::string_view value, std::string& out) {
  const std::size_t special = next_csv_special(value, 0);
  const bool needs_quotes =
      special != value.size() || (!value.empty() && (is_blank(value.front()) || is_blank(value.back())));
  if (needs_quotes) {
    append_quoted_csv_field(value, special, out);
  } else {
    out += value;
  }
}

// The text-format convention of PostgreSQL COPY and Miller: TSV has no
// quoting, so the four characters that would break a row are escaped.
void append_tsv_field(std::string_view value, std::string& out) {
  std::size_t start = 0;
  for (std::size_t special = next_tsv_special(value, 0); special != value.size();
       special = next_tsv_special(value, start)) {
    out.append(value, start, special - start);
    out += '\\';
    switch (value[special]) {
      case '\t':
        out += 't';
        break;
      case '\n':
        out += 'n';
        break;
      case '\r':
        out += 'r';
        break;
      default:
        out += '\\';
        break;
    }
    start = special + 1;
  }
  out.append(value, start);
}

class DelimitedWriter final : public DocumentWriter {
 public:
  using AppendField = void (*)(std::string_view value, std::string& out);

  DelimitedWriter(char separator, AppendField append_field) : separator_(separator), append_field_(append_field) {}

  void begin(std::string& out) override {
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      if (i != 0) out += separator_;
      append_field_(kColumns[i].name, out);
    }
    out += '\n';
  }

  // Every row repeats the document's columns; there is no head or tail.
  void write_head(const Document& /*doc*/, std::string& /*out*/) override {}

  void write_item(const Document& doc, const Item& item, std::string& out) override {
    if (item.actions.empty()) {
      write_row(Row{doc, item, nullptr, 0}, out);
    } else {
      for (std::size_t i = 0; i < item.actions.size(); ++i) write_row(Row{doc, item, &item.actions[i], i + 1}, out);
    }
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
  void write_row(const Row& row, std::string& out) {
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      if (i != 0) out += separator_;
      scratch_.clear();
      kColumns[i].fill(row, scratch_);
      append_field_(scratch_, out);
    }
    out += '\n';
  }

  char separator_;
  AppendField append_field_;
  std::string scratch_;  // reused for every field: keeps its capacity
};

}  // namespace

std::unique_ptr<DocumentWriter> make_csv_writer() { return std::make_unique<DelimitedWriter>(',', append_csv_field); }

std::unique_ptr<DocumentWriter> make_tsv_writer() { return std::make_unique<DelimitedWriter>('\t', append_tsv_field); }

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
