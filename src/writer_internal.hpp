// Pieces shared by the writer files; not part of the writer interface.
#ifndef DOCKET_WRITER_INTERNAL_HPP
#define DOCKET_WRITER_INTERNAL_HPP

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "docket/model.hpp"
#include "writer.hpp"

namespace docket {

enum class JsonLayout {
  kObject,  // one pretty object per document (one input)
  kArray,   // one pretty array around all documents (several inputs)
  kLines,   // NDJSON: one compact object per line
};

std::unique_ptr<DocumentWriter> make_json_writer(JsonLayout layout);
std::unique_ptr<DocumentWriter> make_csv_writer();
std::unique_ptr<DocumentWriter> make_tsv_writer();

// The model as JSON, fields in contract order. nlohmann finds these through
// argument-dependent lookup, so they live in namespace docket; other JSON
// output (such as a check report) should reuse them rather than redefine them.
void to_json(nlohmann::ordered_json& j, const LineSpan& span);
void to_json(nlohmann::ordered_json& j, const Date& date);
void to_json(nlohmann::ordered_json& j, const MoneyAmount& amount);
void to_json(nlohmann::ordered_json& j, const Savings& savings);
void to_json(nlohmann::ordered_json& j, const Person& person);
void to_json(nlohmann::ordered_json& j, const Action& action);
void to_json(nlohmann::ordered_json& j, const Item& item);
void to_json(nlohmann::ordered_json& j, const Decision& decision);
void to_json(nlohmann::ordered_json& j, const Table& table);
void to_json(nlohmann::ordered_json& j, const Warning& warning);
void to_json(nlohmann::ordered_json& j, const Source& source);

// The whole document as JSON.
nlohmann::ordered_json document_to_json(const Document& doc);

// Item::extra as a JSON object in column order. The CSV `extra` column holds
// the same object, so both formats agree on how repeated headers are named.
nlohmann::ordered_json extra_to_json(const std::vector<std::pair<std::string, std::string>>& extra);

// True when a money value is whole and prints as an integer (250000, not
// 250000.0); both writers use it so that JSON and CSV agree.
bool prints_as_integer(double value);

// Serialises without ever throwing: text reaches the writer already
// transcoded to UTF-8, but a stray invalid byte must cost one U+FFFD, not the
// whole run. `indent` < 0 gives the compact form.
std::string dump_json(const nlohmann::ordered_json& value, int indent);

}  // namespace docket

#endif  // DOCKET_WRITER_INTERNAL_HPP
