// docs/schema.json against what the writers really print: a rich document
// must validate, every field the writer prints must be described, and
// documents that break the contract must be rejected. Also home of
// schema_errors() (see schema_validation.hpp for why it lives here).

// valijson comes first, before anything else can include <regex>: the
// pragmas below only reach the code of headers first included inside them.
//
// Without VALIJSON_USE_EXCEPTIONS valijson calls abort() on a schema it
// cannot parse, which would take the whole test binary down.
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
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <gtest/gtest.h>

#include <exception>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "docket/model.hpp"
#include "schema_validation.hpp"
#include "write/writer.hpp"

namespace docket {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The schema as JSON; discarded when the file is missing or is not JSON.
nlohmann::json load_schema_json() { return nlohmann::json::parse(read_file(schema_path()), nullptr, false); }

struct LoadedSchema {
  valijson::Schema schema;
  std::string error;  // why the schema could not be loaded; empty when it was
};

// Parsed once per test binary: the golden tests validate many documents.
const LoadedSchema& loaded_schema() {
  static const std::unique_ptr<const LoadedSchema> kLoaded = [] {
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

}  // namespace

std::string schema_path() { return std::string(DOCKET_SOURCE_DIR) + "/docs/schema.json"; }

std::vector<std::string> schema_errors(const nlohmann::json& instance) {
  const LoadedSchema& loaded = loaded_schema();
  if (!loaded.error.empty()) return {loaded.error};

  // Strong types: "1" is not an integer and 1 is not a string, as in JSON.
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  const valijson::adapters::NlohmannJsonAdapter adapter(instance);
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

namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& errors) {
  std::string text;
  for (const std::string& error : errors) text += error + "\n";
  return text;
}

std::string render(OutputFormat format, bool several_inputs, const std::vector<Document>& docs) {
  const std::unique_ptr<DocumentWriter> writer = make_writer(format, several_inputs);
  std::string out;
  writer->begin(out);
  for (const Document& doc : docs) writer->write(doc, out);
  writer->end(out);
  return out;
}

// Every part of the model filled in, including each optional field.
Document rich_document() {
  Document doc;
  doc.source = Source{"samples/002.txt.gz", 18234, std::string(64, 'a'), "windows-1252", "html", "gzip"};
  doc.kind = DocumentKind::kDecisionRecord;
  doc.title = "Record of decision";
  doc.body = "Cabinet";
  doc.meeting = Date{"3 September 2012", "2012-09-03"};
  doc.people = {Person{"Jo Bloggs", "Democratic Services Officer", "020 7946 0000", "jo(at)example.org"},
                Person{"Sam Lee", std::nullopt, std::nullopt, std::nullopt}};

  Item item;
  item.number = "3.1.1";
  item.parent = "3.1";
  item.type = ItemType::kResolution;
  item.text = "That the plan be agreed.\nSecond paragraph.";
  item.refs = {"6.1.1", "appendix 3"};
  item.actions = {Action{"Recruit", {"posts filled"}, {Date{"Sept 2010", "2010-09"}}, "complete", {10, 11}},
                  Action{"Review", {}, {Date{"Ongoing", std::nullopt}}, std::nullopt, {12, 12}}};
  item.success_measures = {"fewer referrals"};
  item.savings = Savings{"c\xC2\xA3" "250k, \xC2\xA3" "12.4m",
                         {MoneyAmount{250000, "GBP", "approx", "year"}, MoneyAmount{12.5, "GBP", {}, {}}}, {}};
  item.lead = "Director";
  item.finance_manager = "J Smith";
  item.owners = {"AB"};
  item.priority = "High";
  item.status = "Green";
  item.comments = "On track";
  Date span{"2024/25", "2025-03"};
  span.start = "2024-04";
  span.end = "2025-03";
  item.due = {Date{"Sept 2010", "2010-09"}, Date{"2015", "2015"}, span};
  item.extra = {{"Notes", "x"}, {"Notes", "y"}};
  item.lines = {10, 12};
  doc.items = {item};

  Decision decision;
  decision.reasons = "Because";
  decision.alternatives = "None";
  decision.interests = "None declared";
  decision.dispensations = "None";
  decision.call_in_deadline = Date{"10/09/12", "2012-09-10"};
  decision.published = Date{"4/9/12", "2012-09-04"};
  decision.key_decision = true;
  decision.subject_to_call_in = false;
  decision.effective_from = Date{"11/09/12", "2012-09-11"};
  doc.decision = decision;

  doc.tables = {Table{"Budget", {"Year", "Cost"}, {{"2010", "5"}}, {30, 32}}};
  doc.warnings = {Warning{40, "ragged-row", "row has 3 cells, header has 4"}};
  return doc;
}

Document minimal_document() {
  Document doc;
  doc.source = Source{"-", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "utf-8"};
  return doc;
}

json rich_json() { return json::parse(render(OutputFormat::kJson, false, {rich_document()})); }

TEST(SchemaTest, SchemaFileIsDraft07AndSafeToEmbed) {
  const json schema = load_schema_json();
  ASSERT_FALSE(schema.is_discarded()) << schema_path();
  EXPECT_EQ(schema["$schema"], "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(schema["properties"]["schema_version"]["const"], kSchemaVersion);

  // The file is compiled in through CMake's configure_file(@ONLY) and a raw
  // string literal: either of these would corrupt the embedded copy.
  const std::string text = read_file(schema_path());
  EXPECT_EQ(text.find('@'), std::string::npos);
  EXPECT_EQ(text.find(")docket_schema\""), std::string::npos);
}

TEST(SchemaTest, RichDocumentIsValid) {
  const json doc = rich_json();
  EXPECT_EQ(schema_errors(doc), std::vector<std::string>{}) << joined(schema_errors(doc));
}

TEST(SchemaTest, MinimalDocumentIsValid) {
  const json doc = json::parse(render(OutputFormat::kJson, false, {minimal_document()}));
  EXPECT_EQ(schema_errors(doc), std::vector<std::string>{}) << joined(schema_errors(doc));
}

TEST(SchemaTest, EveryArrayElementAndNdjsonLineIsValid) {
  const std::vector<Document> docs = {rich_document(), minimal_document()};
  const json array = json::parse(render(OutputFormat::kJson, true, docs));
  ASSERT_EQ(array.size(), 2u);
  for (const json& doc : array) EXPECT_EQ(schema_errors(doc), std::vector<std::string>{});

  std::istringstream lines(render(OutputFormat::kNdjson, true, docs));
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    EXPECT_EQ(schema_errors(json::parse(line)), std::vector<std::string>{}) << line;
  }
  EXPECT_EQ(count, 2);
}

// additionalProperties is open so that fields can be added later; this keeps
// the writer from printing a field the schema does not describe.
TEST(SchemaTest, EveryPrintedFieldIsDescribed) {
  const json schema = load_schema_json();
  const json doc = rich_json();
  const auto keys_of = [](const json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items()) keys.insert(key);
    return keys;
  };
  const auto described = [&](const char* definition) {
    return keys_of(schema["definitions"][definition]["properties"]);
  };
  EXPECT_EQ(keys_of(doc), keys_of(schema["properties"]));
  EXPECT_EQ(keys_of(doc["source"]), described("source"));
  // A single date has text and value; only a span has start and end too.
  EXPECT_EQ(keys_of(doc["meeting"]), (std::set<std::string>{"text", "value"}));
  EXPECT_EQ(keys_of(doc["items"][0]["due"][2]), described("date"));
  EXPECT_EQ(keys_of(doc["people"][0]), described("person"));
  EXPECT_EQ(keys_of(doc["items"][0]), described("item"));
  EXPECT_EQ(keys_of(doc["items"][0]["actions"][0]), described("action"));
  EXPECT_EQ(keys_of(doc["items"][0]["savings"]), described("savings"));
  EXPECT_EQ(keys_of(doc["items"][0]["savings"]["amounts"][0]), described("money_amount"));
  EXPECT_EQ(keys_of(doc["decision"]), described("decision"));
  EXPECT_EQ(keys_of(doc["tables"][0]), described("table"));
  EXPECT_EQ(keys_of(doc["warnings"][0]), described("warning"));
}

// Each case breaks the contract in one place and must be rejected.
struct Breakage {
  const char* name;
  void (*apply)(json& doc);
};

class SchemaRejectsTest : public ::testing::TestWithParam<Breakage> {};

TEST_P(SchemaRejectsTest, BrokenDocument) {
  json doc = rich_json();
  ASSERT_EQ(schema_errors(doc), std::vector<std::string>{});
  GetParam().apply(doc);
  EXPECT_NE(schema_errors(doc), std::vector<std::string>{}) << doc.dump(2);
}

const Breakage kBreakages[] = {
    {"UnknownKind", [](json& d) { d["kind"] = "minutes"; }},
    {"MissingItems", [](json& d) { d.erase("items"); }},
    {"MissingDecisionField", [](json& d) { d["decision"].erase("published"); }},
    {"MissingItemField", [](json& d) { d["items"][0].erase("lines"); }},
    {"MissingActionStatus", [](json& d) { d["items"][0]["actions"][0].erase("status"); }},
    {"DateValueNotIso", [](json& d) { d["meeting"]["value"] = "03/09/2012"; }},
    {"DateValueUnpadded", [](json& d) { d["items"][0]["due"][0]["value"] = "2010-9"; }},
    {"DateStartWithoutEnd", [](json& d) { d["items"][0]["due"][2].erase("end"); }},
    {"DateWithoutText", [](json& d) { d["meeting"].erase("text"); }},
    {"UnknownItemType", [](json& d) { d["items"][0]["type"] = "motion"; }},
    {"LinesOfThree", [](json& d) { d["items"][0]["lines"] = json::array({1, 2, 3}); }},
    {"LinesOfOne", [](json& d) { d["items"][0]["actions"][0]["lines"] = json::array({1}); }},
    {"NegativeLine", [](json& d) { d["tables"][0]["lines"] = json::array({-1, 2}); }},
    {"LinesAsStrings", [](json& d) { d["items"][0]["lines"] = json::array({"1", "2"}); }},
    {"UppercaseSha", [](json& d) { d["source"]["sha256"] = std::string(64, 'A'); }},
    {"ShortSha", [](json& d) { d["source"]["sha256"] = "abc"; }},
    {"WrongSchemaVersion", [](json& d) { d["schema_version"] = 2; }},
    {"MoneyAsString", [](json& d) { d["items"][0]["savings"]["amounts"][0]["value"] = "250000"; }},
    {"LowercaseCurrency", [](json& d) { d["items"][0]["savings"]["amounts"][0]["currency"] = "gbp"; }},
    {"NullPhone", [](json& d) { d["people"][1]["phone"] = nullptr; }},
    {"ExtraNotString", [](json& d) { d["items"][0]["extra"]["Notes"] = 3; }},
    {"KeyDecisionAsString", [](json& d) { d["decision"]["key_decision"] = "yes"; }},
    {"TitleNumber", [](json& d) { d["title"] = 5; }},
    {"WarningCodeNotKebab", [](json& d) { d["warnings"][0]["code"] = "Ragged Row"; }},
    {"RowNotStrings", [](json& d) { d["tables"][0]["rows"][0][0] = 2010; }},
};

INSTANTIATE_TEST_SUITE_P(Contract, SchemaRejectsTest, ::testing::ValuesIn(kBreakages),
                         [](const ::testing::TestParamInfo<Breakage>& info) { return std::string(info.param.name); });

TEST(SchemaTest, NewFieldsAreAllowed) {
  json doc = rich_json();
  doc["language"] = "en";
  doc["items"][0]["confidence"] = 0.9;
  doc["items"][0]["actions"][0]["owner"] = "AB";
  EXPECT_EQ(schema_errors(doc), std::vector<std::string>{}) << joined(schema_errors(doc));
}

}  // namespace
}  // namespace docket
