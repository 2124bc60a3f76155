// `docket check DECISION PLAN`: which resolutions have no action row.
#ifndef DOCKET_CLI_CHECK_COMMAND_HPP
#define DOCKET_CLI_CHECK_COMMAND_HPP

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace docket::cli {

enum class CheckFormat { kText, kJson, kCsv, kHtml };

struct CheckCommandOptions {
  std::string decision;
  std::string plan;
  // -f; when not given, from the extension of -o FILE, else text.
  std::optional<CheckFormat> format;
  std::string output;  // -o FILE; empty: standard output
  std::string as_of;   // YYYY-MM-DD or "today"; empty: no overdue list
};

// Returns the subcommand so that main can tell whether it ran.
CLI::App* setup_check(CLI::App& app, CheckCommandOptions& options);
// Exit status: 0 every non-procedural resolution covered, 1 some missing
// or mismatched, 2 an input could not be read.
int run_check(const CheckCommandOptions& options);

}  // namespace docket::cli

#endif  // DOCKET_CLI_CHECK_COMMAND_HPP
