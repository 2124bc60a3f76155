// libFuzzer target: any bytes through the whole extract pipeline and every
// writer. The parser must return (a document or an error), never crash,
// hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "docket/docket.hpp"
#include "writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  docket::ParseOptions options;
  options.path = "fuzz.md";
  const docket::ParseResult result = docket::parse_document(bytes, options);
  if (!result.ok) return 0;
  for (docket::OutputFormat format : {docket::OutputFormat::kJson, docket::OutputFormat::kNdjson,
                                      docket::OutputFormat::kCsv, docket::OutputFormat::kTsv}) {
    std::string out;
    const auto writer = docket::make_writer(format, true);
    writer->begin(out);
    writer->write(result.document, out);
    writer->end(out);
  }
  return 0;
}
