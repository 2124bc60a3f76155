// Golden tests: run the real binary over every paper in samples/ and compare
// the whole output with the hand-checked files in tests/golden/.
//
// To change a golden file on purpose, run the test binary with
// DOCKET_UPDATE_GOLDEN=1, then read every line of `git diff tests/golden`
// against the source paper before committing it.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"
#include "schema_validation.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string sample;  // file name in samples/
  std::string format;  // json or csv
};

// Keeps test names and failure messages readable.
void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.sample << " -f " << c.format; }

std::string case_name(const testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.sample.substr(0, 3) + "_" + info.param.format;
  return name;
}

// Every sample with a hand-checked golden output, in both formats.
std::vector<GoldenCase> all_cases() {
  static constexpr const char* kSamples[] = {
      "000_dc07fa3fb43c23f7.txt", "001_b43527a70e90cfa2.txt", "002_9a9d7c1efdf06267.txt",
      "003_0f4cc045f2bc76c1.txt", "004_e4fc5fb4266e3ff1.txt",
  };
  std::vector<GoldenCase> cases;
  for (const char* s : kSamples) {
    cases.push_back({s, "json"});
    cases.push_back({s, "csv"});
  }
  return cases;
}

// Splits RFC 4180 CSV the way a spreadsheet reads it: quoted fields may hold
// commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field.push_back(c);
    }
  }
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

class GoldenTest : public testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesHandCheckedOutput) {
  const GoldenCase& c = GetParam();
  const CommandResult result = run_docket("extract samples/" + c.sample + " -f " + c.format);
  ASSERT_EQ(result.status, 0);
  const fs::path stem = fs::path(c.sample).stem();
  const fs::path golden = fs::path(DOCKET_SOURCE_DIR) / "tests" / "golden" / (stem.string() + "." + c.format);
  if (std::getenv("DOCKET_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << result.out;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing";
  const std::string expected = read_file(golden);
  EXPECT_TRUE(expected == result.out) << golden << " differs at " << first_difference(expected, result.out);
  if (c.format == "csv") {
    // One header and one row per action (or per item without actions),
    // every row as wide as the header.
    const auto rows = read_csv(result.out);
    ASSERT_FALSE(rows.empty());
    const nlohmann::json doc = nlohmann::json::parse(run_docket("extract samples/" + c.sample + " -f json").out);
    std::size_t expected_rows = 0;
    for (const auto& item : doc["items"]) expected_rows += std::max<std::size_t>(1, item["actions"].size());
    EXPECT_EQ(rows.size(), expected_rows + 1);
    for (const auto& row : rows) EXPECT_EQ(row.size(), rows.front().size());
  }
  if (c.format == "json") {
    const nlohmann::json doc = nlohmann::json::parse(result.out);
    const std::vector<std::string> errors = schema_errors(doc);
    EXPECT_TRUE(errors.empty()) << "schema: " << (errors.empty() ? "" : errors.front());
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenTest, testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace docket
