// libFuzzer target: any bytes handed to pdftotext as a PDF (with a short
// time limit), and whatever text comes back parsed as the CLI parses it.
// Slow, as each input runs a process: it tests the pipe handling and the
// path from pdftotext's output to a document, not poppler.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/pdf_text.hpp"
#include "docket/docket.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view pdf(reinterpret_cast<const char*>(data), size);
  docket::cli::PdfLimits limits;
  limits.time_limit = std::chrono::milliseconds(2000);
  const docket::cli::PdfText text = docket::cli::pdf_to_text(pdf, limits);
  if (!text.ok) return 0;
  docket::ParseOptions options;
  options.path = "fuzz.pdf";
  options.format = "pdf";
  options.original = pdf;
  const docket::ParseResult result = docket::parse_document(text.text, options);
  (void)result;
  return 0;
}
