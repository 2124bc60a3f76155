// `docket extract`: papers in, plans out.
#ifndef DOCKET_CLI_EXTRACT_COMMAND_HPP
#define DOCKET_CLI_EXTRACT_COMMAND_HPP

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "writer.hpp"

namespace docket::cli {

struct ExtractOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::kJson;
  std::string output;
  unsigned jobs = 0;  // 0: one per core
  KindHint kind = KindHint::kAuto;
  bool quiet = false;
};

void setup_extract(CLI::App& app, ExtractOptions& options);
// Returns the process exit status.
int run_extract(const ExtractOptions& options);

}  // namespace docket::cli

#endif  // DOCKET_CLI_EXTRACT_COMMAND_HPP
