// What `docket check` takes for DECISION and PLAN: a paper, or docket's own
// JSON or NDJSON of one, on either side and mixed; and what it says of JSON
// that is not a document of docket's.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

const std::string kDecision = "samples/001_b43527a70e90cfa2.txt";
const std::string kPlan = "samples/000_dc07fa3fb43c23f7.txt";

// One side given as the paper itself, or as docket extract wrote it.
enum class Form { kPaper, kJson, kNdjson };

std::string form_name(Form form) {
  switch (form) {
    case Form::kPaper:
      return "paper";
    case Form::kJson:
      return "json";
    case Form::kNdjson:
      return "ndjson";
  }
  return "";
}

// `paper` in `form`, extracted into `dir` when it is not the paper.
std::string given_as(Form form, const std::string& paper, const fs::path& dir, const std::string& name) {
  if (form == Form::kPaper) return paper;
  const std::string path = (dir / (name + "." + form_name(form))).string();
  // Without -f: the format comes from the extension.
  EXPECT_EQ(run_docket("extract " + paper + " -o '" + path + "'").status, 0) << path;
  return "'" + path + "'";
}

class CheckInputForms : public testing::TestWithParam<std::tuple<Form, Form>> {};

TEST_P(CheckInputForms, GiveTheReportOfThePapers) {
  const auto [decision_form, plan_form] = GetParam();
  const fs::path dir = fresh_test_dir("docket-check-forms");
  const std::string decision = given_as(decision_form, kDecision, dir, "decision");
  const std::string plan = given_as(plan_form, kPlan, dir, "plan");
  const std::string options = " -f json --as-of 2012-10-01";
  const CommandResult direct = run_docket("check " + kDecision + " " + kPlan + options);
  const CommandResult given = run_docket("check " + decision + " " + plan + options);
  EXPECT_EQ(given.status, direct.status);
  const nlohmann::json expected = nlohmann::json::parse(direct.out);
  const nlohmann::json actual = nlohmann::json::parse(given.out);
  for (const char* part : {"resolutions", "unrequested", "overdue", "summary"}) {
    EXPECT_EQ(actual[part], expected[part]) << part;
  }
  EXPECT_EQ(actual["summary"]["procedural"], 2);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(EitherSide, CheckInputForms,
                         testing::Combine(testing::Values(Form::kPaper, Form::kJson, Form::kNdjson),
                                          testing::Values(Form::kPaper, Form::kJson, Form::kNdjson)),
                         [](const testing::TestParamInfo<std::tuple<Form, Form>>& info) {
                           return form_name(std::get<0>(info.param)) + "_" + form_name(std::get<1>(info.param));
                         });

// The first line docket prints for `check DECISION PLAN` when PLAN holds
// `plan_text`, and the exit status.
CommandResult check_against(const std::string& plan_text) {
  const fs::path dir = fresh_test_dir("docket-check-json");
  std::ofstream(dir / "plan.json", std::ios::binary) << plan_text;
  CommandResult result = run_docket("check " + kDecision + " '" + (dir / "plan.json").string() + "'", Stderr::kKeep);
  const std::string prefix = "docket: " + (dir / "plan.json").string() + ": ";
  if (result.out.starts_with(prefix)) result.out = "PLAN: " + result.out.substr(prefix.size());
  fs::remove_all(dir);
  return result;
}

TEST(CheckInputs, JsonThatIsNotDocketsIsNamedSo) {
  const CommandResult other = check_against("{\"name\": \"budget\", \"rows\": []}\n");
  EXPECT_EQ(other.status, 2);
  EXPECT_EQ(other.out,
            "PLAN: is JSON but not docket's (it has no \"schema_version\" and \"items\"): give the paper or what "
            "docket extract wrote of it\n");
  const CommandResult report = check_against(run_docket("check " + kDecision + " " + kPlan + " -f json").out);
  EXPECT_EQ(report.status, 2);
  EXPECT_EQ(report.out,
            "PLAN: is a report of docket check, not a paper: give the paper or what docket extract wrote of it\n");
  const CommandResult cut = check_against("{\"schema_version\": 1, \"items\": [");
  EXPECT_EQ(cut.status, 2);
  EXPECT_EQ(cut.out, "PLAN: starts as JSON but is not valid JSON (cut short?)\n");
}

TEST(CheckInputs, SeveralDocumentsAreRefusedWithTheirCount) {
  const std::string two = run_docket("extract " + kPlan + " " + kDecision + " -f ndjson").out;
  const CommandResult ndjson = check_against(two);
  EXPECT_EQ(ndjson.status, 2);
  EXPECT_EQ(ndjson.out,
            "PLAN: holds 2 documents (NDJSON, one a line); check needs exactly one: extract the paper alone\n");
  const CommandResult array = check_against(run_docket("extract " + kPlan + " " + kDecision + " -f json").out);
  EXPECT_EQ(array.status, 2);
  EXPECT_EQ(array.out, "PLAN: holds 2 documents; check needs exactly one: extract the paper alone\n");
  // An array of one, as --array writes it, is one document.
  const CommandResult one = check_against(run_docket("extract " + kPlan + " --array").out);
  EXPECT_EQ(one.status, 1) << one.out;  // resolution 13 has no row
}

// A paper may open with a bracket: it is not taken for JSON.
TEST(CheckInputs, PaperOpeningWithALinkIsAPaper) {
  const fs::path dir = fresh_test_dir("docket-check-link");
  std::ofstream(dir / "decision.md", std::ios::binary)
      << "[Back to meetings](index.html)\n\n# Cabinet decision\n\nRESOLVED that:\n\n"
         "1. The harbour wall repairs be funded from reserves.\n"
         "2. The minutes of the last meeting be approved.\n";
  const CommandResult result =
      run_docket("check '" + (dir / "decision.md").string() + "' tests/fixtures/empty_plan.md -f json");
  EXPECT_EQ(result.status, 1) << result.out;
  const nlohmann::json report = nlohmann::json::parse(result.out);
  ASSERT_EQ(report["resolutions"].size(), 2u);
  EXPECT_EQ(report["resolutions"][0]["status"], "missing");
  EXPECT_EQ(report["resolutions"][1]["procedural"], true);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace docket
