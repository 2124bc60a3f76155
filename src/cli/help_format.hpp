// Help laid out as Unix tools lay it out (GNU coreutils, git, ripgrep):
//
//   Usage: docket extract [OPTIONS] [PATH...]
//   Extract the plan of each paper as JSON, NDJSON, CSV or TSV.
//
//   Options:
//     -f, --format json|ndjson|csv|tsv
//                             Output format (default: ...)
//         --output-dir DIR    Write one output per input under DIR ...
//
// CLI11's own formatter writes its internals into the left column (`TEXT`,
// `UINT in [1 - 1024]`, `REQUIRED`, `Excludes: --output`, `...` after a
// repeatable option) and never wraps a description. This one shows an
// option's value by its type name alone, says in words what an option
// cannot be used with, and wraps descriptions to 80 columns. Validators
// that take part in help must therefore have an empty description: the
// values they accept belong in the option's description.
#ifndef DOCKET_CLI_HELP_FORMAT_HPP
#define DOCKET_CLI_HELP_FORMAT_HPP

#include <CLI/CLI.hpp>

#include <string>

namespace docket::cli {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
  std::string make_usage(const CLI::App* app, std::string name) const override;
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_option_desc(const CLI::Option* option) const override;
  std::string make_option_usage(const CLI::Option* option) const override;
};

// `text` broken into lines of at most `width` bytes at spaces (a longer
// word stands alone), each line after the first indented by `indent`
// spaces; no newline after the last.
std::string wrap_words(const std::string& text, std::size_t indent, std::size_t width);

}  // namespace docket::cli

#endif  // DOCKET_CLI_HELP_FORMAT_HPP
