// libFuzzer target: the HTML table reader on any bytes, as if a <table>
// block of a paper.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/html_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  std::vector<docket::Warning> warnings;
  const docket::HtmlTable table = docket::read_html_table(html, 1, warnings);
  (void)table;
  return 0;
}
