#include "input_files.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "text_util.hpp"

namespace docket::cli {

namespace fs = std::filesystem;

namespace {

bool picked(const fs::path& p, const InputOptions& options) {
  const std::string name = p.filename().string();
  if (options.globs.empty()) {
    const std::string ext = to_lower_ascii(p.extension().string());
    return ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".htm" || ext == ".html";
  }
  return std::any_of(options.globs.begin(), options.globs.end(),
                     [&](const std::string& g) { return ::fnmatch(g.c_str(), name.c_str(), 0) == 0; });
}

void walk_directory(const fs::path& dir, const InputOptions& options, InputList& out) {
  std::vector<Input> found;
  std::error_code ec;
  // Symbolic links to directories are not followed, so a link loop cannot
  // make the walk endless; links to files are read like files.
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.errors.push_back(dir.string() + ": " + ec.message());
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      out.errors.push_back(dir.string() + ": " + ec.message());
      break;
    }
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec) || !picked(it->path(), options)) continue;
    found.push_back({it->path().string(), it->path().lexically_relative(dir).string()});
  }
  // Directory order is whatever the file system gives; sort so that the
  // same tree always gives the same output.
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  out.inputs.insert(out.inputs.end(), found.begin(), found.end());
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& arguments, const InputOptions& options) {
  InputList out;
  if (arguments.empty()) {
    out.inputs.push_back({"-", "stdin"});
    return out;
  }
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      out.inputs.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(arg + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      walk_directory(arg, options, out);
    } else {
      out.inputs.push_back({arg, fs::path(arg).filename().string()});
    }
  }
  return out;
}

std::vector<std::string> split_path_list(const std::string& text, bool nul_separated) {
  std::vector<std::string> paths;
  const char separator = nul_separated ? '\0' : '\n';
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    std::string path = text.substr(start, end - start);
    if (!nul_separated && !path.empty() && path.back() == '\r') path.pop_back();
    if (!path.empty()) paths.push_back(std::move(path));
    start = end + 1;
  }
  return paths;
}

}  // namespace docket::cli
