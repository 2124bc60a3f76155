// Helpers shared by the tests that run the whole parser on a string.
#ifndef DOCKET_TESTS_TEST_SUPPORT_HPP
#define DOCKET_TESTS_TEST_SUPPORT_HPP

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/page_debris.hpp"
#include "docket/docket.hpp"

namespace docket {

// The text of tests/fixtures/NAME.
inline std::string read_fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(DOCKET_SOURCE_DIR) / "tests/fixtures" / name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Document parse_text(const std::string& text, const std::string& path = "test.md") {
  ParseOptions options;
  options.path = path;
  ParseResult result = parse_document(text, options);
  EXPECT_TRUE(result.ok) << result.error;
  return result.document;
}

// The blocks of a text, page debris marked, with the arena their cleaned
// texts live in. The text must outlive them: blocks view it.
class SplitBlocks : public std::vector<Block> {
 public:
  explicit SplitBlocks(std::string_view text) {
    std::vector<Block>::operator=(split_blocks(text, arena_, warnings));
    mark_page_debris(*this);
  }
  std::vector<Warning> warnings;

 private:
  TextArena arena_;
};

// ISO values of dates, "null" for a date with none.
inline std::vector<std::string> date_values(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  for (const Date& d : dates) out.push_back(d.value.value_or("null"));
  return out;
}

// The texts of an item's actions, in order.
inline std::vector<std::string> action_texts(const Item& item) {
  std::vector<std::string> out;
  for (const Action& a : item.actions) out.push_back(a.text);
  return out;
}

}  // namespace docket

#endif  // DOCKET_TESTS_TEST_SUPPORT_HPP
