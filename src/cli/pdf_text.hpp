// PDFs are read through poppler's `pdftotext -layout`, run as a child
// process: a crash or a hang in a hostile PDF then takes down only the
// child, which is killed when it runs past its time limit. Its output keeps
// the page's columns (the fixed-width text the table stages read) and ends
// each page with a form feed, which the layout stage takes as a page break.
#ifndef DOCKET_CLI_PDF_TEXT_HPP
#define DOCKET_CLI_PDF_TEXT_HPP

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace docket::cli {

// True when `bytes` is a PDF: "%PDF-" within its first kilobyte, where
// readers look for it.
bool looks_like_pdf(std::string_view bytes);

struct PdfLimits {
  // The program run; DOCKET_PDFTOTEXT in the environment names another.
  std::string program = "pdftotext";
  // A PDF that takes longer is given up: a page of text takes pdftotext
  // milliseconds, so a minute is a hang, not a long paper.
  std::chrono::milliseconds time_limit{60'000};
  // pdftotext's output is refused past this size (the parser's own limit
  // is 1 GiB); a PDF that inflates to more is hostile.
  std::size_t most_text_bytes = std::size_t{512} << 20;
};

// The limits, with DOCKET_PDFTOTEXT and DOCKET_PDF_TIMEOUT_MS (milliseconds)
// from the environment when set.
PdfLimits pdf_limits_from_environment();

struct PdfText {
  bool ok = false;
  std::string text;   // pdftotext's output, UTF-8
  std::string error;  // when not ok: why, for "PATH: error"
};

// Runs pdftotext on `pdf` (handed to it on standard input).
PdfText pdf_to_text(std::string_view pdf, const PdfLimits& limits);

}  // namespace docket::cli

#endif  // DOCKET_CLI_PDF_TEXT_HPP
