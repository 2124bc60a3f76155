// docket's command line: each subcommand is an options struct with a
// setup_ and a run_ function; main only wires them together.
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <algorithm>
#include <csignal>
#include <exception>
#include <memory>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "docket/docket.hpp"
#include "cli/check_command.hpp"
#include "cli/extract_command.hpp"
#include "cli/help_format.hpp"
#include "cli/interrupt.hpp"
#include "write/schema_text.hpp"

namespace {

constexpr int kUsageError = 2;

// Edits (insertions, deletions, substitutions) between two words.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The subcommand `word` was probably meant to be, when it is close to one.
std::optional<std::string> nearest_subcommand(const CLI::App& app, std::string_view word) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& name = sub->get_name();
    const std::size_t d = name.starts_with(word) ? 0 : edit_distance(word, name);
    if (d < best_distance) {
      best_distance = d;
      best = name;
    }
  }
  return best;
}

// The subcommand the command line got to: the help that error points to.
const CLI::App* deepest_command(const CLI::App* root) {
  const CLI::App* command = root;
  while (!command->get_subcommands().empty()) command = command->get_subcommands().back();
  return command;
}

// What went wrong, in the words of a Unix tool. An argument no command took
// is named: an unknown option is the cause of whatever else failed after it
// (`docket --frmat csv` lacks a command only because --frmat is unknown).
std::string error_text(const CLI::App* root, const CLI::Error& e) {
  const std::vector<std::string> left_over = root->remaining(true);
  for (const std::string& argument : left_over) {
    if (argument.size() > 1 && argument.starts_with('-')) return "unknown option '" + argument + "'";
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr && !left_over.empty()) {
    return "unexpected argument '" + left_over.front() + "'";
  }
  return e.what();
}

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
  CLI::App app{"Turn council committee papers and cabinet decision records into structured plans.", "docket"};
  // Subcommands take the formatter and the help flag from the app as they
  // are added: these come first.
  app.formatter(std::make_shared<docket::cli::HelpFormatter>());
  app.set_help_flag("-h,--help", "Print this help and exit");
  app.set_version_flag("-V,--version", "docket " + std::string(docket::version()), "Print the version and exit");
  app.require_subcommand(1);
  // Every message starts with the program's name, as Unix tools' do, and
  // says where to find the usage of the command that was being given.
  app.failure_message([](const CLI::App* root, const CLI::Error& e) {
    const CLI::App* command = deepest_command(root);
    std::string name = command->get_name();
    for (const CLI::App* parent = command->get_parent(); parent != nullptr; parent = parent->get_parent()) {
      name = parent->get_name() + " " + name;
    }
    return "docket: " + error_text(root, e) + "\nRun '" + name + " --help' for usage.\n";
  });

  docket::cli::ExtractOptions extract;
  docket::cli::setup_extract(app, extract);
  docket::cli::CheckCommandOptions check;
  CLI::App* check_command = docket::cli::setup_check(app, check);
  CLI::App* schema = app.add_subcommand("schema", "Print the JSON Schema of the extract output");
  // After the subcommands, which would copy it.
  app.footer("Run 'docket COMMAND --help' for the options of a command.");

  if (argc < 2) {
    // Run bare, docket teaches instead of complaining.
    std::cout << app.help();
    return kUsageError;
  }
  if (const std::string_view first = argv[1]; !first.starts_with('-') &&
      app.get_subcommands([&](const CLI::App* sub) { return sub->check_name(std::string(first)); }).empty()) {
    std::cerr << "docket: '" << first << "' is not a docket command";
    if (const std::optional<std::string> near = nearest_subcommand(app, first)) {
      std::cerr << "; did you mean '" << *near << "'?";
    }
    std::cerr << "\nThe commands are extract, check and schema; run 'docket --help' for usage.\n";
    return kUsageError;
  }

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
