#include "docket/warnings.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "docket/docket.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(WarningCodesTest, CodesAreDistinctKebabCase) {
  std::set<std::string_view> seen;
  for (const WarningCode& known : kWarningCodes) {
    EXPECT_TRUE(seen.insert(known.code).second) << known.code;
    EXPECT_FALSE(known.meaning.empty()) << known.code;
    for (const char c : known.code) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << known.code;
  }
}

// docs/output.md lists every code of the catalogue, and no other, in its
// table of warning codes.
TEST(WarningCodesTest, DocsListEveryCodeAndNoOther) {
  const std::string doc = read_file(fs::path(DOCKET_SOURCE_DIR) / "docs" / "output.md");
  const std::size_t section = doc.find("### Warning codes");
  ASSERT_NE(section, std::string::npos);
  const std::size_t end = doc.find("\n## ", section);
  std::istringstream lines(doc.substr(section, end - section));
  std::set<std::string> documented;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("| `")) documented.insert(line.substr(3, line.find('`', 3) - 3));
  }
  std::set<std::string> catalogued;
  for (const WarningCode& known : kWarningCodes) catalogued.insert(std::string(known.code));
  EXPECT_EQ(documented, catalogued);
}

// Every warning that any paper of the suite raises has a catalogued code.
TEST(WarningCodesTest, EveryWarningRaisedIsCatalogued) {
  int warnings = 0;
  for (const char* folder : {"samples", "tests/fixtures", "tests/fuzz/regressions/extract"}) {
    const fs::path dir = fs::path(DOCKET_SOURCE_DIR) / folder;
    if (!fs::exists(dir)) continue;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      ParseOptions options;
      options.path = entry.path().filename().string();
      const ParseResult result = parse_document(read_file(entry.path()), options);
      if (!result.ok) continue;
      for (const Warning& w : result.document.warnings) {
        EXPECT_TRUE(is_warning_code(w.code)) << entry.path() << ": " << w.code;
        ++warnings;
      }
    }
  }
  EXPECT_GT(warnings, 0);
}

}  // namespace
}  // namespace docket
