// Where outputs go: the format a file name's extension names, and the
// output --output-dir gives each input.
#ifndef DOCKET_CLI_OUTPUT_NAMES_HPP
#define DOCKET_CLI_OUTPUT_NAMES_HPP

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/input_files.hpp"
#include "write/writer.hpp"

namespace docket::cli {

// The format -o FILE's extension names (.json, .ndjson or .jsonl, .csv,
// .tsv or .tab), if any.
std::optional<OutputFormat> format_of_extension(const std::string& path);

// Where --output-dir writes the output of each input: the input's place
// under `dir` with its whole name kept and the format's extension added
// (`a/x.md` gives `DIR/a/x.md.csv`), so that `x.md` and `x.txt` do not meet.
std::vector<std::filesystem::path> output_dir_targets(const std::string& dir, const std::vector<Input>& inputs,
                                                      OutputFormat format);

// "docket: …" lines for every output two inputs would share; empty when
// none. Checked before anything is written: one output silently replacing
// another is a lost paper.
std::string output_collisions(const std::vector<Input>& inputs, const std::vector<std::filesystem::path>& targets);

}  // namespace docket::cli

#endif  // DOCKET_CLI_OUTPUT_NAMES_HPP
