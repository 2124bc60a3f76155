#include "check/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

#include "base/text_util.hpp"

namespace docket {

namespace {

using Json = nlohmann::json;

std::optional<std::string> optional_string(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::string string_or_empty(const Json& j, const char* key) { return optional_string(j, key).value_or(""); }

LineSpan read_lines(const Json& j) {
  const auto it = j.find("lines");
  if (it == j.end() || !it->is_array() || it->size() != 2) return {};
  return {(*it)[0].is_number_integer() ? (*it)[0].get<int>() : 0,
          (*it)[1].is_number_integer() ? (*it)[1].get<int>() : 0};
}

std::optional<Date> read_date(const Json& j) {
  if (!j.is_object()) return std::nullopt;
  Date d;
  d.text = string_or_empty(j, "text");
  d.value = optional_string(j, "value");
  return d;
}

std::vector<Date> read_dates(const Json& j, const char* key) {
  std::vector<Date> out;
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& d : *it) {
    if (auto date = read_date(d)) out.push_back(std::move(*date));
  }
  return out;
}

std::vector<std::string> read_strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& s : *it) {
    if (s.is_string()) out.push_back(s.get<std::string>());
  }
  return out;
}

std::optional<Date> optional_date(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  return read_date(*it);
}

std::optional<bool> optional_bool(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_boolean()) return std::nullopt;
  return it->get<bool>();
}

Item read_item(const Json& j) {
  Item item;
  item.number = string_or_empty(j, "number");
  item.parent = optional_string(j, "parent");
  const std::string type = string_or_empty(j, "type");
  item.type = type == "resolution" ? ItemType::kResolution
              : type == "action"   ? ItemType::kAction
                                   : ItemType::kRecommendation;
  item.text = string_or_empty(j, "text");
  item.refs = read_strings(j, "refs");
  if (const auto it = j.find("actions"); it != j.end() && it->is_array()) {
    for (const Json& a : *it) {
      if (!a.is_object()) continue;
      Action action;
      action.text = string_or_empty(a, "text");
      action.success_measures = read_strings(a, "success_measures");
      action.due = read_dates(a, "due");
      action.status = optional_string(a, "status");
      action.lines = read_lines(a);
      item.actions.push_back(std::move(action));
    }
  }
  item.success_measures = read_strings(j, "success_measures");
  item.lead = optional_string(j, "lead");
  item.finance_manager = optional_string(j, "finance_manager");
  item.owners = read_strings(j, "owners");
  item.priority = optional_string(j, "priority");
  item.status = optional_string(j, "status");
  item.procedural = optional_bool(j, "procedural").value_or(false);
  item.comments = optional_string(j, "comments");
  item.due = read_dates(j, "due");
  item.lines = read_lines(j);
  return item;
}

Document read_document(const Json& j) {
  Document doc;
  if (const auto it = j.find("source"); it != j.end() && it->is_object()) {
    doc.source.path = string_or_empty(*it, "path");
    doc.source.sha256 = string_or_empty(*it, "sha256");
    doc.source.encoding = string_or_empty(*it, "encoding");
  }
  const std::string kind = string_or_empty(j, "kind");
  doc.kind = kind == "action_plan"       ? DocumentKind::kActionPlan
             : kind == "decision_record" ? DocumentKind::kDecisionRecord
             : kind == "project_plan"    ? DocumentKind::kProjectPlan
                                         : DocumentKind::kUnknown;
  doc.title = optional_string(j, "title");
  doc.body = optional_string(j, "body");
  doc.meeting = optional_date(j, "meeting");
  if (const auto it = j.find("items"); it != j.end() && it->is_array()) {
    for (const Json& item : *it) {
      if (item.is_object()) doc.items.push_back(read_item(item));
    }
  }
  if (const auto it = j.find("decision"); it != j.end() && it->is_object()) {
    Decision d;
    d.reasons = optional_string(*it, "reasons");
    d.alternatives = optional_string(*it, "alternatives");
    d.interests = optional_string(*it, "interests");
    d.dispensations = optional_string(*it, "dispensations");
    d.call_in_deadline = optional_date(*it, "call_in_deadline");
    d.published = optional_date(*it, "published");
    d.key_decision = optional_bool(*it, "key_decision");
    d.subject_to_call_in = optional_bool(*it, "subject_to_call_in");
    d.effective_from = optional_date(*it, "effective_from");
    doc.decision = std::move(d);
  }
  return doc;
}

}  // namespace

bool looks_like_json(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::string_view t = trim(bytes);
  if (t.size() < 2 || (t.front() != '{' && t.front() != '[')) return false;
  // What may follow the opening bracket in docket's output (an object's
  // key, an array's first object, or an empty array), so that a paper
  // that opens with a markdown link or a bracketed note is still a paper.
  const std::string_view inside = trim(t.substr(1));
  if (inside.empty()) return false;
  return t.front() == '{' ? inside.front() == '"' || inside.front() == '}'
                          : inside.front() == '{' || inside.front() == ']';
}

namespace {

// NDJSON: one document on each line that is not blank.
std::vector<std::string_view> ndjson_lines(std::string_view bytes) {
  std::vector<std::string_view> lines;
  while (!bytes.empty()) {
    const std::size_t end = bytes.find('\n');
    const std::string_view line = trim(bytes.substr(0, end));
    if (!line.empty()) lines.push_back(line);
    if (end == std::string_view::npos) break;
    bytes.remove_prefix(end + 1);
  }
  return lines;
}

std::string count_of_documents(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " document" : " documents");
}

}  // namespace

JsonReadResult document_from_json(std::string_view bytes) {
  JsonReadResult result;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Several objects, one a line, are NDJSON: `docket extract -f ndjson`
    // of several papers.
    const std::vector<std::string_view> lines = ndjson_lines(bytes);
    const bool ndjson = lines.size() > 1 && std::all_of(lines.begin(), lines.end(), [](std::string_view line) {
      return !Json::parse(line.begin(), line.end(), nullptr, false).is_discarded();
    });
    result.error = ndjson ? "holds " + count_of_documents(lines.size()) +
                                " (NDJSON, one a line); check needs exactly one: extract the paper alone"
                          : "starts as JSON but is not valid JSON (cut short?)";
    return result;
  }
  const Json* object = &j;
  if (j.is_array()) {
    if (j.size() != 1) {
      result.error = "holds " + count_of_documents(j.size()) + "; check needs exactly one: extract the paper alone";
      return result;
    }
    object = &j[0];
  }
  if (object->is_object() && object->contains("resolutions") && object->contains("summary")) {
    result.error = "is a report of docket check, not a paper: give the paper or what docket extract wrote of it";
    return result;
  }
  if (!object->is_object() || !object->contains("schema_version") || !object->contains("items")) {
    result.error =
        "is JSON but not docket's (it has no \"schema_version\" and \"items\"): give the paper or what "
        "docket extract wrote of it";
    return result;
  }
  result.document = read_document(*object);
  return result;
}

}  // namespace docket
