// libFuzzer target: a whole web page on any bytes, converted and then
// parsed, with the converted text's lines checked against the page's.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "docket/docket.hpp"
#include "read/html_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  const docket::ConvertedText converted = docket::convert_html_document(page);
  std::size_t lines = 0;
  for (const char c : converted.text) lines += c == '\n' ? 1 : 0;
  // Every line of the converted text reports the page line it came from.
  if (lines != converted.source_lines.size()) std::abort();
  docket::ParseOptions options;
  options.path = "fuzz.html";
  const docket::ParseResult result = docket::parse_document(page, options);
  (void)result;
  return 0;
}
