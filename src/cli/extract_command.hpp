// `docket extract`: papers in, plans out.
#ifndef DOCKET_CLI_EXTRACT_COMMAND_HPP
#define DOCKET_CLI_EXTRACT_COMMAND_HPP

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "write/writer.hpp"

namespace docket::cli {

struct ExtractOptions {
  std::vector<std::string> paths;
  // -f; when not given, from the extension of -o FILE, else JSON.
  std::optional<OutputFormat> format;
  std::string output;
  unsigned jobs = 0;  // 0: one per core
  KindHint kind = KindHint::kAuto;
  std::vector<std::string> globs;  // --glob: file-name patterns for directory walks
  std::string files_from;          // --files-from FILE ("-": standard input)
  bool nul_separated = false;      // -0: --files-from paths end in NUL
  bool fail_fast = false;
  std::string output_dir;          // --output-dir: one output per input
  bool quiet = false;
  bool array = false;               // --array: JSON is an array even for one input
  std::vector<std::string> fields;  // --fields: the CSV/TSV columns to write
  bool stats = false;               // --stats: totals and speed to stderr at the end
};

void setup_extract(CLI::App& app, ExtractOptions& options);
// Returns the process exit status.
int run_extract(const ExtractOptions& options);

}  // namespace docket::cli

#endif  // DOCKET_CLI_EXTRACT_COMMAND_HPP
