// libFuzzer target: any bytes as a Word file. Seeds are best made with
// the tests' make_docx (tests/docx_support.hpp); libFuzzer then mutates the
// zip container and, through it, the XML parts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/docx_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  docket::ZipLimits limits;
  limits.most_total_bytes = 16 << 20;  // keeps each run short
  const docket::DocxResult result = docket::convert_docx(bytes, limits);
  (void)result;
  return 0;
}
