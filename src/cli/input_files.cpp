#include "cli/input_files.hpp"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <filesystem>
#include <system_error>

#include "base/text_util.hpp"

namespace docket::cli {

namespace fs = std::filesystem;

namespace {

// What std::filesystem::path::extension() gives for a file name: from its
// last '.', unless that is its first character.
std::string_view extension_of(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

// Papers as councils publish them and as converters leave them; a
// compressed one (minutes.html.gz) when what is inside is one of these.
bool has_paper_extension(std::string_view name) {
  const std::string ext = to_lower_ascii(extension_of(name));
  if (ext == ".gz") return has_paper_extension(name.substr(0, name.size() - 3));
  return ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".htm" || ext == ".html" || ext == ".pdf" ||
         ext == ".docx";
}

bool picked(const char* name, const InputOptions& options) {
  if (options.globs.empty()) return has_paper_extension(name);
  return std::any_of(options.globs.begin(), options.globs.end(),
                     [&](const std::string& g) { return ::fnmatch(g.c_str(), name, 0) == 0; });
}

// A directory as the walk reads it, with readdir: the type each entry
// gives (a stat only where it gives none, or for a link), and paths made
// by appending names. std::filesystem parsed every path into components,
// which for an archive of small papers was most of the walk.
class DirectoryWalk {
 public:
  DirectoryWalk(const InputOptions& options, std::vector<std::string>& found) : options_(options), found_(found) {}

  // Adds the files under `dir` (ending in '/') that the options pick.
  // False, with errno set, when a directory cannot be read; one that is
  // not ours to read (EACCES) below the first is skipped, as is anything
  // that vanishes while the walk reads it.
  bool walk(std::string& dir, bool top) {
    DIR* stream = ::opendir(dir.c_str());
    if (stream == nullptr) return !top && (errno == EACCES || errno == ENOENT);
    const std::size_t size = dir.size();
    bool ok = true;
    while (ok) {
      errno = 0;
      const dirent* entry = ::readdir(stream);
      if (entry == nullptr) {
        ok = errno == 0;
        break;
      }
      const std::string_view name = entry->d_name;
      if (name == "." || name == "..") continue;
      dir.append(name);
      switch (kind_of(dir, entry->d_type)) {
        case Kind::kDirectory:
          dir.push_back('/');
          ok = walk(dir, false);
          break;
        case Kind::kFile:
          if (picked(entry->d_name, options_)) found_.push_back(dir);
          break;
        case Kind::kOther: break;
      }
      dir.resize(size);
    }
    const int saved = errno;
    ::closedir(stream);
    errno = saved;
    return ok;
  }

 private:
  enum class Kind { kDirectory, kFile, kOther };

  // Symbolic links to directories are not followed, so a link loop cannot
  // make the walk endless; links to files are read like files.
  static Kind kind_of(const std::string& path, unsigned char type) {
    struct stat st {};
    switch (type) {
      case DT_DIR: return Kind::kDirectory;
      case DT_REG: return Kind::kFile;
      case DT_LNK: return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? Kind::kFile : Kind::kOther;
      case DT_UNKNOWN:
        if (::lstat(path.c_str(), &st) != 0) return Kind::kOther;
        if (S_ISDIR(st.st_mode)) return Kind::kDirectory;
        if (S_ISLNK(st.st_mode)) return kind_of(path, DT_LNK);
        return S_ISREG(st.st_mode) ? Kind::kFile : Kind::kOther;
      default: return Kind::kOther;
    }
  }

  const InputOptions& options_;
  std::vector<std::string>& found_;
};

void walk_directory(const std::string& dir, const InputOptions& options, InputList& out) {
  std::string path = dir;
  if (!path.ends_with('/')) path.push_back('/');
  const std::size_t prefix = path.size();
  std::vector<std::string> found;
  if (!DirectoryWalk(options, found).walk(path, true)) {
    out.errors.push_back(dir + ": " + std::strerror(errno));
  }
  // Directory order is whatever the file system gives; sort so that the
  // same tree always gives the same output.
  std::sort(found.begin(), found.end());
  for (std::string& p : found) {
    std::string relative = p.substr(prefix);
    out.inputs.push_back({std::move(p), std::move(relative)});
  }
}

// Where a file named on the command line sits, for --output-dir: its path
// as given, less a root and any leading "." or ".." (`../a/x.md` gives
// `a/x.md`), so that files named from different folders stay apart.
std::string place_of(const std::string& arg) {
  fs::path kept;
  for (const fs::path& part : fs::path(arg).lexically_normal().relative_path()) {
    if (kept.empty() && (part == ".." || part == ".")) continue;
    kept /= part;
  }
  return kept.empty() ? fs::path(arg).filename().string() : kept.string();
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
      out.inputs.push_back({arg, place_of(arg)});
    }
  }
  return out;
}

std::vector<std::string> split_path_list(std::string_view text, bool nul_separated) {
  std::vector<std::string> paths;
  const char separator = nul_separated ? '\0' : '\n';
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    std::string path(text.substr(start, end - start));
    if (!nul_separated && !path.empty() && path.back() == '\r') path.pop_back();
    if (!path.empty()) paths.push_back(std::move(path));
    start = end + 1;
  }
  return paths;
}

}  // namespace docket::cli
