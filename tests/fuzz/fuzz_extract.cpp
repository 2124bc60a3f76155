// libFuzzer target: any bytes through the whole extract pipeline and every
// writer. The parser must return (a document or an error), never crash,
// hang or read out of bounds; and a document handed on in pieces must
// write the same bytes as the whole one.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "docket/docket.hpp"
#include "write/writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  docket::ParseOptions options;
  options.path = "fuzz.md";
  const docket::ParseResult result = docket::parse_document(bytes, options);
  if (!result.ok) return 0;
  std::string whole_ndjson;
  for (docket::OutputFormat format : {docket::OutputFormat::kJson, docket::OutputFormat::kNdjson,
                                      docket::OutputFormat::kCsv, docket::OutputFormat::kTsv}) {
    std::string out;
    const auto writer = docket::make_writer(format, true);
    writer->begin(out);
    writer->write(result.document, out);
    writer->end(out);
    if (format == docket::OutputFormat::kNdjson) whole_ndjson = std::move(out);
  }
  // The CLI writes each paper as the parser hands it on: the bytes must be
  // those of the whole document.
  const auto writer = docket::make_writer(docket::OutputFormat::kNdjson, true);
  std::string streamed;
  const std::function<void()> no_drain;
  docket::WriterSink sink(*writer, /*separate=*/true, streamed, no_drain);
  writer->begin(streamed);
  const docket::ParseResult pieces = docket::parse_document(bytes, options, sink);
  if (!pieces.ok) __builtin_trap();
  writer->write_tail(pieces.document, streamed);
  writer->end(streamed);
  if (streamed != whole_ndjson) __builtin_trap();
  return 0;
}
