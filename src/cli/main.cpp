// docket's command line: each subcommand is an options struct with a
// setup_ and a run_ function; main only wires them together.
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <csignal>
#include <exception>
#include <iostream>

#include "docket/docket.hpp"
#include "cli/check_command.hpp"
#include "cli/extract_command.hpp"
#include "cli/interrupt.hpp"
#include "write/schema_text.hpp"

namespace {

constexpr int kUsageError = 2;

}  // namespace

int main(int argc, char** argv) {
  // glibc keeps small freed blocks in "fast bins" and merges them all
  // whenever a large block is requested. A paper's model is hundreds of
  // thousands of small strings freed between large table and output
  // buffers, so that merging took a quarter of the time on a 50 MB paper
  // (docs/performance.md); without fast bins, blocks merge as they are freed.
  // This matters where the C library's allocator serves the program: builds
  // without mimalloc (-DDOCKET_MIMALLOC=OFF, the sanitizers).
  mallopt(M_MXFAST, 0);
  // A reader that goes away (`docket extract … | head -1`) is not an error:
  // writes then fail with EPIPE, which the commands handle, instead of the
  // process dying of SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  // Likewise a file-size limit (`ulimit -f`): the write fails with EFBIG and
  // is reported like a full disk, and the temporary output is removed,
  // instead of the process dying of SIGXFSZ and leaving it behind.
  std::signal(SIGXFSZ, SIG_IGN);
  docket::cli::catch_interrupts();
  CLI::App app{"docket: committee papers and cabinet decision records to structured plans"};
  app.set_version_flag("--version", "docket " + std::string(docket::version()));
  app.require_subcommand(1);
  app.footer("Run 'docket SUBCOMMAND --help' for the options of a subcommand.");

  docket::cli::ExtractOptions extract;
  docket::cli::setup_extract(app, extract);
  docket::cli::CheckCommandOptions check;
  CLI::App* check_command = docket::cli::setup_check(app, check);
  CLI::App* schema = app.add_subcommand("schema", "Print the JSON Schema of the extract output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }

  try {
    if (schema->parsed()) {
      std::cout << docket::schema_text();
      if (!docket::schema_text().ends_with('\n')) std::cout << '\n';
      return std::cout.flush() ? 0 : 1;
    }
    if (check_command->parsed()) return docket::cli::run_check(check);
    return docket::cli::run_extract(extract);
  } catch (const std::exception& e) {
    std::cerr << "docket: " << e.what() << '\n';
    return 1;
  }
}
