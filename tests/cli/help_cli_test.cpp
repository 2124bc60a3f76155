// The help docket prints (src/cli/help_format) and where its errors send
// the user, run as a user runs them; and the README's copy of the help,
// which must be what the binary prints.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace docket {
namespace {

const std::vector<std::string> kCommands = {"", "extract", "check", "schema"};

std::string help_of(const std::string& command) {
  return run_docket((command.empty() ? "" : command + " ") + "--help").out;
}

TEST(Help, ReadsLikeAUnixToolsHelp) {
  for (const std::string& command : kCommands) {
    const CommandResult result = run_docket((command.empty() ? "" : command + " ") + "--help");
    EXPECT_EQ(result.status, 0) << command;
    const std::string& help = result.out;
    EXPECT_TRUE(help.starts_with("Usage: docket" + (command.empty() ? "" : " " + command) + " [OPTIONS]"))
        << help;
    EXPECT_NE(help.find("\n  -h, --help "), std::string::npos) << help;
    // CLI11's internals, which mean nothing to a user.
    for (const char* internal : {"TEXT", "UINT", "INT ", "REQUIRED", "Excludes", "Needs:", " in [", "ENUM",
                                 "->", " ...", "......", "Positionals", "SUBCOMMAND"}) {
      EXPECT_EQ(help.find(internal), std::string::npos) << "'" << internal << "' in\n" << help;
    }
    std::istringstream lines(help);
    for (std::string line; std::getline(lines, line);) {
      EXPECT_LE(line.size(), 80u) << line;
      EXPECT_FALSE(line.ends_with(' ')) << "'" << line << "'";
    }
  }
}

TEST(Help, OptionsShowTheirValueAndWhatTheyCannotGoWith) {
  const std::string help = help_of("extract");
  EXPECT_NE(help.find("Usage: docket extract [OPTIONS] [PATH...]\n"), std::string::npos) << help;
  EXPECT_NE(help.find("\n  -j, --jobs N            Parse N inputs in parallel, 1 to 1024"), std::string::npos) << help;
  EXPECT_NE(help.find("\n  -f, --format json|ndjson|csv|tsv\n"), std::string::npos) << help;
  EXPECT_NE(help.find("\n      --fields NAME,...   "), std::string::npos) << help;
  EXPECT_NE(help.find("not with --output)"), std::string::npos) << help;
  EXPECT_NE(help.find("not with --output-dir)"), std::string::npos) << help;
  EXPECT_NE(help_of("check").find("Usage: docket check [OPTIONS] DECISION PLAN\n"), std::string::npos);
  EXPECT_NE(help_of("").find("\nCommands:\n  extract "), std::string::npos);
}

struct UsageError {
  std::string args;
  std::string message;  // the first line docket prints
  std::string command;  // whose --help the second line names
};

TEST(Help, ErrorsNameTheHelpOfTheCommandBeingGiven) {
  const UsageError cases[] = {
      {"extract --bogus", "docket: unknown option '--bogus'", "docket extract"},
      {"extract -j 0", "docket: --jobs: expected a number from 1 to 1024, got '0'", "docket extract"},
      {"extract -j many", "docket: --jobs: expected a number from 1 to 1024, got 'many'", "docket extract"},
      {"extract -f xml", "docket: --format: 'xml' is not one of json|ndjson|csv|tsv", "docket extract"},
      {"check a", "docket: PLAN is required", "docket check"},
      {"check a b c", "docket: unexpected argument 'c'", "docket check"},
      {"check --as-of soon a b", "docket: --as-of: expected a day as YYYY-MM-DD or today, got 'soon'",
       "docket check"},
      {"schema extra", "docket: unexpected argument 'extra'", "docket schema"},
      {"--bogus", "docket: unknown option '--bogus'", "docket"},
  };
  for (const UsageError& c : cases) {
    const CommandResult result = run_docket(c.args + " < /dev/null", Stderr::kKeep);
    EXPECT_EQ(result.status, 2) << c.args;
    EXPECT_EQ(result.out, c.message + "\nRun '" + c.command + " --help' for usage.\n") << c.args;
  }
}

// Each fenced block of the README that starts with `$ docket ... --help`
// holds what that command prints.
TEST(Help, TheReadmeShowsTheHelpThatIsPrinted) {
  std::istringstream readme(read_file(std::string(DOCKET_SOURCE_DIR) + "/README.md"));
  std::size_t blocks = 0;
  std::string line;
  while (std::getline(readme, line)) {
    if (!line.starts_with("```")) continue;
    // An opening fence: the block runs to the next fence.
    std::vector<std::string> block;
    while (std::getline(readme, line) && !line.starts_with("```")) block.push_back(line);
    if (block.empty() || !block[0].starts_with("$ docket ") || !block[0].ends_with(" --help")) continue;
    std::string shown;
    for (std::size_t i = 1; i < block.size(); ++i) shown += block[i] + "\n";
    const std::string printed = run_docket(block[0].substr(9)).out;
    EXPECT_TRUE(shown == printed) << "README's `" << block[0] << "` differs at " << first_difference(printed, shown);
    ++blocks;
  }
  EXPECT_EQ(blocks, 3u);  // docket, extract and check
}

}  // namespace
}  // namespace docket
