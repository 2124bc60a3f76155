// Validates JSON against docs/schema.json, for any test that checks docket's
// output: the writer tests here and the golden tests over samples/.
#ifndef DOCKET_TESTS_SCHEMA_VALIDATION_HPP
#define DOCKET_TESTS_SCHEMA_VALIDATION_HPP

#include <exception>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

// Without this valijson calls abort() on a schema it cannot parse, which
// would take the whole test binary down instead of failing one test.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif
// Inlined into valijson, libstdc++ 12 trips two known GCC 12 false positives
// at -O3 and under the sanitizers: -Wmaybe-uninitialized in std::regex (GCC
// bug 105562) and -Wrestrict in std::string::replace (GCC bug 105329).
// Silenced for these headers only, so -Werror builds keep every warning in
// docket's own code.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <regex>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/utils/nlohmann_json_utils.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace docket {

// Not named `testing`: inside namespace docket that would hide GoogleTest's.
namespace schema_detail {

inline std::string schema_path() { return std::string(DOCKET_SOURCE_DIR) + "/docs/schema.json"; }

// The schema as JSON, or a discarded value when the file is missing or is not
// JSON (a test can check `is_discarded()`).
inline nlohmann::json load_schema_json() {
  std::ifstream in(schema_path(), std::ios::binary);
  if (!in) return nlohmann::json(nlohmann::json::value_t::discarded);
  std::ostringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

struct LoadedSchema {
  valijson::Schema schema;
  std::string error;  // why the schema could not be loaded; empty when it was
};

// Parsed once per test binary: the golden tests validate many documents.
inline const LoadedSchema& loaded_schema() {
  static const std::unique_ptr<LoadedSchema> kLoaded = [] {
    auto loaded = std::make_unique<LoadedSchema>();
    const nlohmann::json schema_json = load_schema_json();
    if (schema_json.is_discarded()) {
      loaded->error = "cannot read " + schema_path() + " as JSON";
      return loaded;
    }
    try {
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      valijson::adapters::NlohmannJsonAdapter adapter(schema_json);
      parser.populateSchema(adapter, loaded->schema);
    } catch (const std::exception& e) {
      loaded->error = "cannot parse " + schema_path() + " as a schema: " + e.what();
    }
    return loaded;
  }();
  return *kLoaded;
}

}  // namespace schema_detail

// Every way `instance` breaks the schema, as "<path>: <description>" lines;
// empty when it is valid.
inline std::vector<std::string> schema_errors(const nlohmann::json& instance) {
  const schema_detail::LoadedSchema& loaded = schema_detail::loaded_schema();
  if (!loaded.error.empty()) return {loaded.error};

  // Strong types: "1" is not an integer and 1 is not a string, as in JSON.
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(instance);
  std::vector<std::string> errors;
  if (validator.validate(loaded.schema, adapter, &results)) return errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string line;
    for (const std::string& part : error.context) line += part;
    line += ": ";
    line += error.description;
    errors.push_back(std::move(line));
  }
  if (errors.empty()) errors.push_back("invalid, with no description from the validator");
  return errors;
}

}  // namespace docket

#endif  // DOCKET_TESTS_SCHEMA_VALIDATION_HPP
