// Runs the docket binary in tests, from the source root so that the paths
// it reports are the same on every machine.
#ifndef DOCKET_TESTS_CLI_SUPPORT_HPP
#define DOCKET_TESTS_CLI_SUPPORT_HPP

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace docket {

struct CommandResult {
  std::string out;
  int status = -1;
};

enum class Stderr { kDiscard, kKeep };

// `args` is passed to the shell, run in `dir`; stderr is discarded, or kept
// after stdout's bytes (2>&1) for tests of what docket says.
inline CommandResult run_docket(const std::string& args, Stderr err = Stderr::kDiscard,
                                const std::filesystem::path& dir = DOCKET_SOURCE_DIR) {
  const std::string command = "cd '" + dir.string() + "' && '" + std::string(DOCKET_BINARY) + "' " +
                              args + (err == Stderr::kKeep ? " 2>&1" : " 2>/dev/null");
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 65536> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// An empty directory of the current test's own, under the system's
// temporary directory: "PREFIX-PID-TESTNAME", so that parallel ctest runs
// never share one. A parameterised test's name holds a '/'
// ("Name/paper_json"), written as '_' so that the directory is one level
// and removing it leaves nothing behind.
inline std::filesystem::path fresh_test_dir(const std::string& prefix) {
  std::string test = testing::UnitTest::GetInstance()->current_test_info()->name();
  std::replace(test.begin(), test.end(), '/', '_');
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(::getpid()) + "-" + test);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The first line where two texts differ, for a readable failure.
inline std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected);
  std::istringstream a(actual);
  std::string le;
  std::string la;
  for (int line = 1;; ++line) {
    const bool has_e = static_cast<bool>(std::getline(e, le));
    const bool has_a = static_cast<bool>(std::getline(a, la));
    if (!has_e && !has_a) return "outputs differ only in line endings";
    if (has_e != has_a || le != la) {
      return "line " + std::to_string(line) + ":\n  expected: " + (has_e ? le : "<end>") +
             "\n  actual:   " + (has_a ? la : "<end>");
    }
  }
}

}  // namespace docket

#endif  // DOCKET_TESTS_CLI_SUPPORT_HPP
