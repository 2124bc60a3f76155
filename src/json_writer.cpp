// JSON and NDJSON output. The conversions from the model live here, not in
// the model, so that nothing upstream of the writers knows JSON exists.
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

#include "writer_internal.hpp"

namespace docket {

using nlohmann::ordered_json;

namespace {

constexpr int kPrettyIndent = 2;

template <typename T>
ordered_json nullable(const std::optional<T>& value) {
  if (!value) return nullptr;
  return ordered_json(*value);
}

ordered_json money_value(double value) {
  if (prints_as_integer(value)) return static_cast<std::int64_t>(value);
  return value;  // nlohmann prints a non-finite value as null
}

}  // namespace

void to_json(ordered_json& j, const LineSpan& span) { j = ordered_json::array({span.first, span.last}); }

void to_json(ordered_json& j, const Date& date) {
  j = ordered_json::object();
  j["text"] = date.text;
  j["value"] = nullable(date.value);
}

void to_json(ordered_json& j, const MoneyAmount& amount) {
  j = ordered_json::object();
  j["value"] = money_value(amount.value);
  j["currency"] = amount.currency;
  if (amount.qualifier) j["qualifier"] = *amount.qualifier;
  if (amount.period) j["period"] = *amount.period;
}

void to_json(ordered_json& j, const Savings& savings) {
  j = ordered_json::object();
  j["text"] = savings.text;
  j["amounts"] = savings.amounts;
}

void to_json(ordered_json& j, const Person& person) {
  j = ordered_json::object();
  j["name"] = person.name;
  j["role"] = nullable(person.role);
  if (person.phone) j["phone"] = *person.phone;
  if (person.email) j["email"] = *person.email;
}

void to_json(ordered_json& j, const Action& action) {
  j = ordered_json::object();
  j["text"] = action.text;
  j["success_measures"] = action.success_measures;
  j["due"] = action.due;
  j["status"] = nullable(action.status);
  j["lines"] = action.lines;
}

void to_json(ordered_json& j, const Item& item) {
  j = ordered_json::object();
  j["number"] = item.number;
  j["parent"] = nullable(item.parent);
  j["type"] = to_string(item.type);
  j["text"] = item.text;
  j["refs"] = item.refs;
  j["actions"] = item.actions;
  j["success_measures"] = item.success_measures;
  j["savings"] = nullable(item.savings);
  j["lead"] = nullable(item.lead);
  j["finance_manager"] = nullable(item.finance_manager);
  j["owners"] = item.owners;
  j["priority"] = nullable(item.priority);
  j["status"] = nullable(item.status);
  j["comments"] = nullable(item.comments);
  j["due"] = item.due;
  j["extra"] = extra_to_json(item.extra);
  j["lines"] = item.lines;
}

void to_json(ordered_json& j, const Decision& decision) {
  j = ordered_json::object();
  j["reasons"] = nullable(decision.reasons);
  j["alternatives"] = nullable(decision.alternatives);
  j["interests"] = nullable(decision.interests);
  j["dispensations"] = nullable(decision.dispensations);
  j["call_in_deadline"] = nullable(decision.call_in_deadline);
  j["published"] = nullable(decision.published);
  j["key_decision"] = nullable(decision.key_decision);
  j["subject_to_call_in"] = nullable(decision.subject_to_call_in);
  j["effective_from"] = nullable(decision.effective_from);
}

void to_json(ordered_json& j, const Table& table) {
  j = ordered_json::object();
  j["caption"] = nullable(table.caption);
  j["columns"] = table.columns;
  j["rows"] = table.rows;
  j["lines"] = table.lines;
}

void to_json(ordered_json& j, const Warning& warning) {
  j = ordered_json::object();
  j["line"] = warning.line;
  j["code"] = warning.code;
  j["message"] = warning.message;
}

void to_json(ordered_json& j, const Source& source) {
  j = ordered_json::object();
  j["path"] = source.path;
  j["bytes"] = source.bytes;
  j["sha256"] = source.sha256;
  j["encoding"] = source.encoding;
}

ordered_json document_to_json(const Document& doc) {
  ordered_json j = ordered_json::object();
  j["schema_version"] = doc.schema_version;
  j["source"] = doc.source;
  j["kind"] = to_string(doc.kind);
  j["title"] = nullable(doc.title);
  j["body"] = nullable(doc.body);
  j["meeting"] = nullable(doc.meeting);
  j["people"] = doc.people;
  j["items"] = doc.items;
  j["decision"] = nullable(doc.decision);
  j["tables"] = doc.tables;
  j["warnings"] = doc.warnings;
  return j;
}

// Money written "£250k" is read back as 250000 by every consumer; 250000.0
// would look like a measurement and break equality tests in jq and SQL.
bool prints_as_integer(double value) {
  // 2^53: above it a double no longer holds every integer, so printing one as
  // an integer would claim digits the value does not have.
  constexpr double kMaxExactInteger = 9007199254740992.0;
  return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= kMaxExactInteger;
}

ordered_json extra_to_json(const std::vector<std::pair<std::string, std::string>>& extra) {
  ordered_json j = ordered_json::object();
  for (const auto& [header, text] : extra) {
    // A table may print the same unknown header twice; a JSON object cannot
    // hold a key twice, and dropping a column would lose data, so later
    // copies are numbered: "Notes (2)".
    std::string key = header;
    for (int n = 2; j.contains(key); ++n) key = header + " (" + std::to_string(n) + ")";
    j[key] = text;
  }
  return j;
}

std::string dump_json(const ordered_json& value, int indent) {
  return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

namespace {

// Appends `text` with every line indented by one more level, which is how a
// pretty object looks as an element of a pretty array. A newline can only be
// structural here: inside strings the serialiser has already escaped it.
void append_indented(std::string_view text, std::string& out) {
  constexpr std::string_view kIndent = "  ";
  out += kIndent;
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', start)) {
    out.append(text, start, nl + 1 - start);
    out += kIndent;
    start = nl + 1;
  }
  out.append(text, start);
}

class JsonWriter final : public DocumentWriter {
 public:
  explicit JsonWriter(JsonLayout layout) : layout_(layout) {}

  void begin(std::string& out) override {
    if (layout_ == JsonLayout::kArray) out += '[';
  }

  void write(const Document& doc, std::string& out) override {
    const ordered_json j = document_to_json(doc);
    switch (layout_) {
      case JsonLayout::kObject:
        // A second document here would be a caller bug; writing it as a
        // concatenated stream (which jq reads) loses nothing.
        out += dump_json(j, kPrettyIndent);
        out += '\n';
        break;
      case JsonLayout::kArray:
        out += written_ == 0 ? "\n" : ",\n";
        append_indented(dump_json(j, kPrettyIndent), out);
        break;
      case JsonLayout::kLines:
        out += dump_json(j, -1);
        out += '\n';
        break;
    }
    ++written_;
  }

  void end(std::string& out) override {
    // Same text as dumping the whole array at once: "[]" when empty.
    if (layout_ == JsonLayout::kArray) out += written_ == 0 ? "]\n" : "\n]\n";
  }

 private:
  JsonLayout layout_;
  std::size_t written_ = 0;
};

}  // namespace

std::unique_ptr<DocumentWriter> make_json_writer(JsonLayout layout) {
  return std::make_unique<JsonWriter>(layout);
}

}  // namespace docket
