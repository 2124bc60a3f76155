#include "cli/output_names.hpp"

#include <map>

#include "base/text_util.hpp"

namespace docket::cli {

namespace fs = std::filesystem;

namespace {

const char* extension_for(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return ".json";
    case OutputFormat::kNdjson: return ".ndjson";
    case OutputFormat::kCsv: return ".csv";
    case OutputFormat::kTsv: return ".tsv";
  }
  return ".json";
}

}  // namespace

std::optional<OutputFormat> format_of_extension(const std::string& path) {
  const std::string ext = to_lower_ascii(fs::path(path).extension().string());
  if (ext == ".json") return OutputFormat::kJson;
  if (ext == ".ndjson" || ext == ".jsonl") return OutputFormat::kNdjson;
  if (ext == ".csv") return OutputFormat::kCsv;
  if (ext == ".tsv" || ext == ".tab") return OutputFormat::kTsv;
  return std::nullopt;
}

std::vector<fs::path> output_dir_targets(const std::string& dir, const std::vector<Input>& inputs,
                                         OutputFormat format) {
  std::vector<fs::path> targets;
  targets.reserve(inputs.size());
  for (const Input& input : inputs) {
    targets.push_back((fs::path(dir) / (input.relative + extension_for(format))).lexically_normal());
  }
  return targets;
}

std::string output_collisions(const std::vector<Input>& inputs, const std::vector<fs::path>& targets) {
  std::map<std::string, std::size_t> first_input;
  std::string message;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto [it, added] = first_input.emplace(targets[i].string(), i);
    if (added) continue;
    message += "docket: --output-dir: " + inputs[it->second].path + " and " + inputs[i].path +
               " would both be written to " + targets[i].string() + "\n";
  }
  if (!message.empty()) {
    message += "docket: nothing written; name the inputs by directories that keep them apart, "
               "or extract them in separate runs\n";
  }
  return message;
}

}  // namespace docket::cli
