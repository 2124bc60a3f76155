// Turns the PATH arguments of `docket extract` (and --files-from) into the
// list of inputs, in a stable order.
#ifndef DOCKET_CLI_INPUT_FILES_HPP
#define DOCKET_CLI_INPUT_FILES_HPP

#include <string>
#include <string_view>
#include <vector>

namespace docket::cli {

struct Input {
  std::string path;      // as opened; "-" is standard input
  // Where it sits, for --output-dir: under the directory that was walked,
  // or the path a file was named by (less a root and leading ".."s).
  std::string relative;
};

struct InputList {
  std::vector<Input> inputs;
  std::vector<std::string> errors;  // "PATH: reason", one per argument that is not usable
};

struct InputOptions {
  // File-name patterns (fnmatch) that directory walks pick up; empty means
  // *.md, *.markdown, *.txt, *.htm, *.html, *.pdf, *.docx, and any of
  // these with .gz after it.
  std::vector<std::string> globs;
};

// Files are taken as given; directories are walked recursively, in sorted
// order, for the files `options` picks. No argument means standard input.
InputList collect_inputs(const std::vector<std::string>& arguments, const InputOptions& options);

// Paths listed one per line (or NUL-separated when `nul_separated`) in
// `text`, as read from --files-from; empty entries are skipped.
std::vector<std::string> split_path_list(std::string_view text, bool nul_separated);

}  // namespace docket::cli

#endif  // DOCKET_CLI_INPUT_FILES_HPP
