#include "input_files.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "text_util.hpp"

namespace docket::cli {

namespace fs = std::filesystem;

namespace {

bool has_paper_extension(const fs::path& p) {
  const std::string ext = to_lower_ascii(p.extension().string());
  return ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".htm" || ext == ".html";
}

void walk_directory(const fs::path& dir, InputList& out) {
  std::vector<std::string> found;
  std::error_code ec;
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
    if (it->is_regular_file(type_ec) && has_paper_extension(it->path())) found.push_back(it->path().string());
  }
  // Directory order is whatever the file system gives; sort so that the
  // same tree always gives the same output.
  std::sort(found.begin(), found.end());
  out.paths.insert(out.paths.end(), found.begin(), found.end());
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& arguments) {
  InputList out;
  if (arguments.empty()) {
    out.paths.emplace_back("-");
    return out;
  }
  for (const std::string& arg : arguments) {
    if (arg == "-") {
      out.paths.push_back(arg);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(arg + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      walk_directory(arg, out);
    } else {
      out.paths.push_back(arg);
    }
  }
  return out;
}

}  // namespace docket::cli
