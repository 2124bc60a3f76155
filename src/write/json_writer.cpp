// JSON and NDJSON output. The conversions from the model live here, not in
// the model, so that nothing upstream of the writers knows JSON exists.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

#include "write/writer_internal.hpp"

namespace docket {

namespace {

constexpr int kPrettyIndent = 2;

void optional_string(JsonOut& j, const std::optional<std::string>& s) {
  if (s) {
    j.string(*s);
  } else {
    j.null();
  }
}

void strings(JsonOut& j, const std::vector<std::string>& list) {
  j.begin_array();
  for (const std::string& s : list) j.string(s);
  j.end_array();
}

void lines(JsonOut& j, const LineSpan& span) {
  j.begin_array();
  j.integer(span.first);
  j.integer(span.last);
  j.end_array();
}

void date(JsonOut& j, const Date& d) {
  j.begin_object();
  j.key<"text">();
  j.string(d.text);
  j.key<"value">();
  optional_string(j, d.value);
  // Written only for a span, so that single dates keep their two keys.
  if (d.start && d.end) {
    j.key<"start">();
    j.string(*d.start);
    j.key<"end">();
    j.string(*d.end);
  }
  j.end_object();
}

void optional_date(JsonOut& j, const std::optional<Date>& d) {
  if (d) {
    date(j, *d);
  } else {
    j.null();
  }
}

void dates(JsonOut& j, const std::vector<Date>& list) {
  j.begin_array();
  for (const Date& d : list) date(j, d);
  j.end_array();
}

void optional_bool(JsonOut& j, const std::optional<bool>& b) {
  if (b) {
    j.boolean(*b);
  } else {
    j.null();
  }
}

void money(JsonOut& j, const MoneyAmount& amount) {
  j.begin_object();
  j.key<"value">();
  if (prints_as_integer(amount.value)) {
    j.integer(static_cast<std::int64_t>(amount.value));
  } else {
    j.number(amount.value);  // a non-finite value prints as null
  }
  j.key<"currency">();
  j.string(amount.currency);
  if (amount.qualifier) {
    j.key<"qualifier">();
    j.string(*amount.qualifier);
  }
  if (amount.period) {
    j.key<"period">();
    j.string(*amount.period);
  }
  j.end_object();
}

void person(JsonOut& j, const Person& p) {
  j.begin_object();
  j.key<"name">();
  j.string(p.name);
  j.key<"role">();
  optional_string(j, p.role);
  if (p.phone) {
    j.key<"phone">();
    j.string(*p.phone);
  }
  if (p.email) {
    j.key<"email">();
    j.string(*p.email);
  }
  j.end_object();
}

void action(JsonOut& j, const Action& a) {
  j.begin_object();
  j.key<"text">();
  j.string(a.text);
  j.key<"success_measures">();
  strings(j, a.success_measures);
  j.key<"due">();
  dates(j, a.due);
  j.key<"status">();
  optional_string(j, a.status);
  j.key<"lines">();
  lines(j, a.lines);
  j.end_object();
}

void item(JsonOut& j, const Item& it) {
  j.begin_object();
  j.key<"number">();
  j.string(it.number);
  j.key<"parent">();
  optional_string(j, it.parent);
  j.key<"type">();
  j.string(to_string(it.type));
  j.key<"text">();
  j.string(it.text);
  j.key<"refs">();
  strings(j, it.refs);
  j.key<"actions">();
  j.begin_array();
  for (const Action& a : it.actions) action(j, a);
  j.end_array();
  j.key<"success_measures">();
  strings(j, it.success_measures);
  j.key<"savings">();
  if (it.savings) {
    j.begin_object();
    j.key<"text">();
    j.string(it.savings->text);
    j.key<"amounts">();
    j.begin_array();
    for (const MoneyAmount& m : it.savings->amounts) money(j, m);
    j.end_array();
    j.key<"same_as">();
    optional_string(j, it.savings->same_as);
    j.end_object();
  } else {
    j.null();
  }
  j.key<"lead">();
  optional_string(j, it.lead);
  j.key<"finance_manager">();
  optional_string(j, it.finance_manager);
  j.key<"owners">();
  strings(j, it.owners);
  j.key<"priority">();
  optional_string(j, it.priority);
  j.key<"status">();
  optional_string(j, it.status);
  j.key<"procedural">();
  j.boolean(it.procedural);
  j.key<"comments">();
  optional_string(j, it.comments);
  j.key<"due">();
  dates(j, it.due);
  j.key<"extra">();
  write_extra_json(it.extra, j);
  j.key<"lines">();
  lines(j, it.lines);
  j.end_object();
}

void decision(JsonOut& j, const Decision& d) {
  j.begin_object();
  j.key<"reasons">();
  optional_string(j, d.reasons);
  j.key<"alternatives">();
  optional_string(j, d.alternatives);
  j.key<"interests">();
  optional_string(j, d.interests);
  j.key<"dispensations">();
  optional_string(j, d.dispensations);
  j.key<"call_in_deadline">();
  optional_date(j, d.call_in_deadline);
  j.key<"published">();
  optional_date(j, d.published);
  j.key<"key_decision">();
  optional_bool(j, d.key_decision);
  j.key<"subject_to_call_in">();
  optional_bool(j, d.subject_to_call_in);
  j.key<"effective_from">();
  optional_date(j, d.effective_from);
  j.end_object();
}

// A table in three parts, so that its rows can be written as they arrive.
void table_begin(JsonOut& j, const Table& t) {
  j.begin_object();
  j.key<"caption">();
  optional_string(j, t.caption);
  j.key<"columns">();
  strings(j, t.columns);
  j.key<"rows">();
  j.begin_array();
}

void table_end(JsonOut& j, const Table& t) {
  j.end_array();
  j.key<"lines">();
  lines(j, t.lines);
  j.end_object();
}

// The document as JSON in contract order, in parts so that its items and
// the rows of its tables can be written as they arrive.
void write_document_head_json(const Document& doc, JsonOut& j) {
  j.begin_object();
  j.key<"schema_version">();
  j.integer(doc.schema_version);
  j.key<"source">();
  j.begin_object();
  j.key<"path">();
  j.string(doc.source.path);
  j.key<"bytes">();
  j.integer(static_cast<std::int64_t>(doc.source.bytes));
  j.key<"sha256">();
  j.string(doc.source.sha256);
  j.key<"encoding">();
  j.string(doc.source.encoding);
  j.key<"format">();
  j.string(doc.source.format);
  if (doc.source.compression) {
    j.key<"compression">();
    j.string(*doc.source.compression);
  }
  j.end_object();
  j.key<"kind">();
  j.string(to_string(doc.kind));
  j.key<"title">();
  optional_string(j, doc.title);
  j.key<"body">();
  optional_string(j, doc.body);
  j.key<"meeting">();
  optional_date(j, doc.meeting);
  j.key<"items">();
  j.begin_array();
}

void write_item_json(const Item& it, JsonOut& j) { item(j, it); }

// After the last item: the people (leads and finance managers come from
// the items, so the list is complete only now), the decision, and the
// opening of the tables.
void write_items_end_json(const Document& doc, JsonOut& j) {
  j.end_array();
  j.key<"people">();
  j.begin_array();
  for (const Person& p : doc.people) person(j, p);
  j.end_array();
  j.key<"decision">();
  if (doc.decision) {
    decision(j, *doc.decision);
  } else {
    j.null();
  }
  j.key<"tables">();
  j.begin_array();
}

// After the last table.
void write_document_tail_json(const Document& doc, JsonOut& j) {
  j.end_array();
  j.key<"warnings">();
  j.begin_array();
  for (const Warning& w : doc.warnings) {
    j.begin_object();
    j.key<"line">();
    j.integer(w.line);
    j.key<"code">();
    j.string(w.code);
    j.key<"message">();
    j.string(w.message);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

}  // namespace

// Money written "£250k" is read back as 250000 by every consumer; 250000.0
// would look like a measurement and break equality tests in jq and SQL.
bool prints_as_integer(double value) {
  // 2^53: above it a double no longer holds every integer, so printing one as
  // an integer would claim digits the value does not have.
  constexpr double kMaxExactInteger = 9007199254740992.0;
  return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= kMaxExactInteger;
}

void write_extra_json(const std::vector<std::pair<std::string, std::string>>& extra, JsonOut& j) {
  j.begin_object();
  std::vector<std::string> keys;
  keys.reserve(extra.size());
  for (const auto& [header, text] : extra) {
    // A table may print the same unknown header twice; a JSON object cannot
    // hold a key twice, and dropping a column would lose data, so later
    // copies are numbered: "Notes (2)".
    std::string key = header;
    for (int n = 2; std::find(keys.begin(), keys.end(), key) != keys.end(); ++n) {
      key = header + " (" + std::to_string(n) + ")";
    }
    j.key_from_text(key);
    j.string(text);
    keys.push_back(std::move(key));
  }
  j.end_object();
}

namespace {

class JsonWriter final : public DocumentWriter {
 public:
  explicit JsonWriter(JsonLayout layout) : layout_(layout) {}

  void begin(std::string& out) override {
    if (layout_ == JsonLayout::kArray) out += '[';
  }

  void separate(std::string& out) override {
    if (layout_ == JsonLayout::kArray) out += written_ == 0 ? "\n  " : ",\n  ";
    ++written_;
  }

  void write_head(const Document& doc, std::string& out) override {
    switch (layout_) {
      case JsonLayout::kObject: json_.emplace(out, kPrettyIndent); break;
      case JsonLayout::kArray: json_.emplace(out, kPrettyIndent, /*level=*/1); break;
      case JsonLayout::kLines: json_.emplace(out, -1); break;
    }
    write_document_head_json(doc, *json_);
    json_->flush();
  }

  void write_item(const Document& /*doc*/, const Item& item, std::string& /*out*/) override {
    write_item_json(item, *json_);
    json_->flush();
  }

  void write_items_end(const Document& doc, std::string& /*out*/) override {
    write_items_end_json(doc, *json_);
    json_->flush();
  }

  void write_table_begin(const Document& /*doc*/, const Table& table, std::string& /*out*/) override {
    table_begin(*json_, table);
    json_->flush();
  }

  void write_table_row(const Document& /*doc*/, const std::vector<std::string>& row, std::string& /*out*/) override {
    strings(*json_, row);
    json_->flush();
  }

  void write_table_end(const Document& /*doc*/, const Table& table, std::string& /*out*/) override {
    table_end(*json_, table);
    json_->flush();
  }

  void write_tail(const Document& doc, std::string& out) override {
    write_document_tail_json(doc, *json_);
    json_->flush();
    json_.reset();
    // A second document in kObject would be a caller bug; writing it as a
    // concatenated stream (which jq reads) loses nothing.
    if (layout_ != JsonLayout::kArray) out += '\n';
  }

  void end(std::string& out) override {
    // Same text as dumping the whole array at once: "[]" when empty.
    if (layout_ == JsonLayout::kArray) out += written_ == 0 ? "]\n" : "\n]\n";
  }

 private:
  JsonLayout layout_;
  std::size_t written_ = 0;
  // The emitter of the document being written, from its head to its tail:
  // it knows how deep the items array sits and whether an item precedes.
  // Each piece is flushed to `out` before it returns, as the caller may
  // pass `out` on between pieces.
  std::optional<JsonOut> json_;
};

}  // namespace

std::unique_ptr<DocumentWriter> make_json_writer(JsonLayout layout) {
  return std::make_unique<JsonWriter>(layout);
}

}  // namespace docket
