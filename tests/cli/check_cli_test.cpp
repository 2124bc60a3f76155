// `docket check` run as a user runs it: the seed decision against the seed
// plan (golden files in three formats), a shuffled and renumbered plan, an
// empty plan, --as-of, JSON input and exit statuses.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

const std::string kDecision = "samples/001_b43527a70e90cfa2.txt";
const std::string kPlan = "samples/000_dc07fa3fb43c23f7.txt";

class CheckGolden : public testing::TestWithParam<std::string> {};

TEST_P(CheckGolden, SeedPairMatchesHandCheckedReport) {
  const std::string format = GetParam();
  const CommandResult result = run_docket("check " + kDecision + " " + kPlan + " -f " + format);
  EXPECT_EQ(result.status, 1);  // resolution 13 has no action row
  const fs::path golden = fs::path(DOCKET_SOURCE_DIR) / "tests" / "golden" / ("check_001_000." + format);
  if (std::getenv("DOCKET_UPDATE_GOLDEN") != nullptr) std::ofstream(golden, std::ios::binary) << result.out;
  const std::string expected = read_file(golden);
  EXPECT_TRUE(expected == result.out) << golden << " differs at " << first_difference(expected, result.out);
}

INSTANTIATE_TEST_SUITE_P(Formats, CheckGolden, testing::Values("text", "json", "csv"));

nlohmann::json check_json(const std::string& args) {
  const CommandResult result = run_docket("check " + args + " -f json");
  return nlohmann::json::parse(result.out);
}

TEST(CheckCli, SeedPairFacts) {
  const nlohmann::json report = check_json(kDecision + " " + kPlan);
  ASSERT_EQ(report["resolutions"].size(), 15u);
  for (int n = 1; n <= 15; ++n) {
    const auto& r = report["resolutions"][static_cast<std::size_t>(n - 1)];
    EXPECT_EQ(r["number"], std::to_string(n));
    if (n <= 12) {
      EXPECT_EQ(r["status"], "covered") << n;
      ASSERT_EQ(r["matches"].size(), 1u) << n;
      EXPECT_EQ(r["matches"][0]["number"], std::to_string(n));
    } else {
      EXPECT_EQ(r["status"], "missing") << n;
    }
    EXPECT_EQ(r["procedural"], n == 14 || n == 15) << n;
  }
  EXPECT_TRUE(report["unrequested"].empty());
  EXPECT_EQ(report["summary"]["covered"], 12);
  EXPECT_EQ(report["summary"]["resolutions"], 15);
  EXPECT_EQ(report["summary"]["missing"], 1);  // the two procedural ones are counted apart
  EXPECT_EQ(report["summary"]["procedural"], 2);
}

TEST(CheckCli, ShuffledAndRenumberedPlanStillFindsEachRow) {
  // tests/fixtures/plan_000_shuffled.md holds seed 000's rows in another
  // order under new numbers: recommendation k of the seed is row kRow[k-1].
  const int kRow[] = {4, 7, 2, 9, 6, 11, 12, 1, 10, 5, 8, 3};
  const CommandResult result = run_docket("check " + kDecision + " tests/fixtures/plan_000_shuffled.md -f json");
  EXPECT_EQ(result.status, 1);
  const nlohmann::json report = nlohmann::json::parse(result.out);
  ASSERT_EQ(report["resolutions"].size(), 15u);
  for (int n = 1; n <= 12; ++n) {
    const auto& r = report["resolutions"][static_cast<std::size_t>(n - 1)];
    EXPECT_EQ(r["status"], "covered") << n;
    ASSERT_FALSE(r["matches"].empty()) << n;
    EXPECT_EQ(r["matches"][0]["number"], std::to_string(kRow[n - 1])) << n;
  }
  for (int n = 13; n <= 15; ++n) EXPECT_EQ(report["resolutions"][static_cast<std::size_t>(n - 1)]["status"], "missing");
}

TEST(CheckCli, DecisionAgainstAnEmptyPlan) {
  const CommandResult result =
      run_docket("check samples/003_0f4cc045f2bc76c1.txt tests/fixtures/empty_plan.md -f json");
  EXPECT_EQ(result.status, 1);
  const nlohmann::json report = nlohmann::json::parse(result.out);
  ASSERT_EQ(report["resolutions"].size(), 2u);
  EXPECT_EQ(report["resolutions"][0]["procedural"], true);
  EXPECT_EQ(report["resolutions"][1]["procedural"], false);
  EXPECT_EQ(report["resolutions"][1]["status"], "missing");
}

TEST(CheckCli, OverdueAsOf) {
  const nlohmann::json late = check_json(kDecision + " " + kPlan + " --as-of 2012-10-01");
  EXPECT_EQ(late["as_of"], "2012-10-01");
  ASSERT_EQ(late["overdue"].size(), 12u);
  EXPECT_EQ(late["overdue"][0]["due"]["value"], "2012-09-03");
  EXPECT_EQ(late["overdue"][0]["lead"], "Head of Children and Young People's Operational Services");
  EXPECT_TRUE(check_json(kDecision + " " + kPlan + " --as-of 2012-08-01")["overdue"].empty());
}

TEST(CheckCli, CsvHasOneRowPerResolution) {
  const CommandResult result = run_docket("check " + kDecision + " " + kPlan + " -f csv");
  std::size_t lines = 0;
  for (char c : result.out) lines += c == '\n';
  EXPECT_EQ(lines, 16u);
}

TEST(CheckCli, ExtractedJsonCanBeCheckedLater) {
  const fs::path dir = fs::temp_directory_path() / ("docket-check-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string plan_json = (dir / "plan.json").string();
  const std::string decision_json = (dir / "decision.json").string();
  ASSERT_EQ(run_docket("extract " + kPlan + " -o '" + plan_json + "'").status, 0);
  ASSERT_EQ(run_docket("extract " + kDecision + " -f ndjson -o '" + decision_json + "'").status, 0);
  const nlohmann::json direct = check_json(kDecision + " " + kPlan);
  const nlohmann::json from_json = check_json("'" + decision_json + "' '" + plan_json + "'");
  EXPECT_EQ(from_json["resolutions"], direct["resolutions"]);
  EXPECT_EQ(from_json["summary"], direct["summary"]);
  // The plan can come on standard input as well.
  const nlohmann::json piped = check_json(kDecision + " - < '" + plan_json + "'");
  EXPECT_EQ(piped["summary"], direct["summary"]);
  fs::remove_all(dir);
}

TEST(CheckCli, ExitStatuses) {
  EXPECT_EQ(run_docket("check " + kDecision + " no-such-plan.md").status, 2);
  EXPECT_EQ(run_docket("check " + kDecision + " " + kPlan + " --as-of 2012-13-01").status, 2);
  EXPECT_EQ(run_docket("check " + kDecision).status, 2);
  EXPECT_EQ(run_docket("check - - < " + kPlan).status, 2);
  // A decision whose every resolution has a row: exit 0.
  EXPECT_EQ(run_docket("check tests/fixtures/decision_roman_subparts.md tests/fixtures/plan_climate.md").status, 0);
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(CheckCliOptions, OutputFormatFromTheExtensionAndNamesOnly) {
  const fs::path dir = fresh_test_dir("docket-check-o");
  const CommandResult csv = run_docket("check " + kDecision + " " + kPlan + " -o '" + (dir / "report.csv").string() + "'");
  EXPECT_EQ(csv.status, 1);
  EXPECT_TRUE(csv.out.empty());
  EXPECT_EQ(read_file(dir / "report.csv"), run_docket("check " + kDecision + " " + kPlan + " -f csv").out);
  ASSERT_EQ(run_docket("check " + kDecision + " " + kPlan + " -o '" + (dir / "report.json").string() + "'").status, 1);
  EXPECT_TRUE(nlohmann::json::parse(read_file(dir / "report.json")).is_object());
  // A number is not a format.
  EXPECT_EQ(run_docket("check " + kDecision + " " + kPlan + " -f 1").status, 2);
  fs::remove_all(dir);
}

TEST(CheckCliOptions, AsOfToday) {
  const CommandResult result = run_docket("check " + kDecision + " " + kPlan + " -f json --as-of today");
  EXPECT_EQ(result.status, 1);
  // Every action of the seed plan was due years ago.
  EXPECT_FALSE(nlohmann::json::parse(result.out)["overdue"].empty()) << result.out;
}

TEST(CheckCliOptions, SwappedPapersGetAHint) {
  const CommandResult result = run_docket("check " + kPlan + " " + kDecision, Stderr::kKeep);
  EXPECT_NE(result.out.find("docket: hint: " + kDecision + " reads as a decision record"), std::string::npos)
      << result.out;
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

TEST(CheckCli, CsvCarriesOverdueAndUnrequestedRows) {
  const CommandResult result =
      run_docket("check samples/001_b43527a70e90cfa2.txt samples/000_dc07fa3fb43c23f7.txt -f csv --as-of 2012-10-01");
  std::size_t overdue = 0;
  std::size_t resolutions = 0;
  std::size_t start = 0;
  while (start < result.out.size()) {
    const std::size_t end = result.out.find('\n', start);
    const std::string line = result.out.substr(start, end - start);
    if (line.starts_with("overdue,")) ++overdue;
    if (line.starts_with("resolution,")) ++resolutions;
    start = end == std::string::npos ? result.out.size() : end + 1;
  }
  EXPECT_EQ(resolutions, 15u);
  EXPECT_EQ(overdue, 12u);
  EXPECT_NE(result.out.find(",2012-09-03,28\n"), std::string::npos);  // due, days late
}

TEST(CheckCli, TextGroupsOverdueByLeadWithDaysLate) {
  const CommandResult result =
      run_docket("check samples/001_b43527a70e90cfa2.txt samples/000_dc07fa3fb43c23f7.txt --as-of 2012-10-01");
  EXPECT_NE(result.out.find("28 days late"), std::string::npos);
  EXPECT_NE(result.out.find("ROWS (LINES)"), std::string::npos);
  EXPECT_NE(result.out.find("1 missing"), std::string::npos);
}

}  // namespace
}  // namespace docket
