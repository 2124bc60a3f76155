// Parses a small decision record from a string and prints what it found,
// one fact a line, for tests/install_test.sh to compare.
#include <cstdio>
#include <string_view>

#include "docket/docket.hpp"
#include "docket/model.hpp"

int main() {
  constexpr std::string_view kPaper =
      "# Record of decision\n"
      "\n"
      "Decision taken on 3 March 2025.\n"
      "\n"
      "RESOLVED that the Cabinet:\n"
      "\n"
      "(1) approve the new opening hours of the depot; and\n"
      "(2) ask the Head of Waste to report back by June 2025.\n";
  docket::ParseOptions options;
  options.path = "record.md";
  const docket::ParseResult result = docket::parse_document(kPaper, options);
  if (!result.ok) {
    std::fprintf(stderr, "parse failed: %s\n", result.error.c_str());
    return 1;
  }
  std::printf("version %s\n", std::string(docket::version()).c_str());
  std::printf("kind %s\n", docket::to_string(result.document.kind));
  std::printf("items %zu\n", result.document.items.size());
  for (const docket::Item& item : result.document.items) {
    std::printf("item %s\n", item.number.c_str());
  }
  return 0;
}
