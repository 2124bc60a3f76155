// The shell completions and the man page name every option the command
// has, so that they do not fall behind it; bash completes -f's values.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

// The long options `docket COMMAND --help` lists.
std::set<std::string> long_options(const std::string& command) {
  const std::string help = run_docket(command + " --help").out;
  std::set<std::string> options;
  // Each "--" followed by a lowercase letter, then letters, digits and
  // dashes: the pattern --[a-z][a-z0-9-]+, read without std::regex (whose
  // GCC 12 headers warn under -Werror).
  const auto is_name_byte = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  for (std::size_t at = help.find("--"); at != std::string::npos; at = help.find("--", at + 1)) {
    const std::size_t begin = at + 2;
    if (begin >= help.size() || help[begin] < 'a' || help[begin] > 'z') continue;
    std::size_t end = begin + 1;
    while (end < help.size() && is_name_byte(help[end])) ++end;
    if (end - begin >= 2) options.insert(help.substr(at, end - at));
    at = end - 1;
  }
  return options;
}

TEST(Completion, EveryOptionIsCompletedAndInTheManPage) {
  const fs::path share = fs::path(DOCKET_SOURCE_DIR) / "share";
  const std::string man = read_file(share / "man" / "docket.1");
  for (const std::string command : {"extract", "check"}) {
    for (const std::string& option : long_options(command)) {
      if (option == "--help") continue;
      for (const char* file : {"docket.bash", "_docket", "docket.fish"}) {
        const std::string text = read_file(share / "completions" / file);
        // fish names long options without their dashes (-l output-dir).
        const std::string name = std::string(file) == "docket.fish" ? "-l " + option.substr(2) : option;
        EXPECT_NE(text.find(name), std::string::npos) << file << " lacks " << option;
      }
      std::string escaped;
      for (const char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      EXPECT_NE(man.find(escaped), std::string::npos) << "docket.1 lacks " << option;
    }
  }
}

TEST(Completion, BashCompletesFormats) {
  const std::string script = "bash -c 'source \"" + (fs::path(DOCKET_SOURCE_DIR) / "share/completions/docket.bash").string() +
                             "\"; COMP_WORDS=(docket extract -f \"\"); COMP_CWORD=3; _docket; echo \"${COMPREPLY[*]}\"'";
  FILE* pipe = ::popen(script.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[256] = {};
  const std::size_t n = std::fread(buffer, 1, sizeof buffer - 1, pipe);
  ::pclose(pipe);
  EXPECT_EQ(std::string(buffer, n), "json ndjson csv tsv\n");
}

}  // namespace
}  // namespace docket
