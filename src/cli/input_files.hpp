// Turns the PATH arguments of `docket extract` into the list of inputs.
#ifndef DOCKET_CLI_INPUT_FILES_HPP
#define DOCKET_CLI_INPUT_FILES_HPP

#include <string>
#include <vector>

namespace docket::cli {

struct InputList {
  std::vector<std::string> paths;   // "-" is standard input
  std::vector<std::string> errors;  // "PATH: reason", one per argument that is not usable
};

// Files are taken as given; directories are walked recursively, in sorted
// order, for .md, .markdown, .txt, .htm and .html files. No argument means
// standard input.
InputList collect_inputs(const std::vector<std::string>& arguments);

}  // namespace docket::cli

#endif  // DOCKET_CLI_INPUT_FILES_HPP
