// Word files (.docx): the body of word/document.xml turned into the text
// the layout stage reads, as a web page is (converted_text.hpp).
//
// Paragraphs are separated by blank lines; heading styles become '#'
// headings; Word's automatic numbering (numbering.xml: formats, level
// texts such as "%1.%2", start values and restarts) is written as the
// labels Word prints; tables become <table> blocks with gridSpan as
// colspan and vMerge as rowspan; tracked insertions are kept and tracked
// deletions dropped; headers, footers, footnotes and comments, which live
// in other parts, are not read. A .docx has no lines: each line of the
// converted text reports the position of its paragraph in the body (the
// first paragraph is 1), and that is what `lines` holds.
#ifndef DOCKET_DOCX_DOCUMENT_HPP
#define DOCKET_DOCX_DOCUMENT_HPP

#include <optional>
#include <string>
#include <string_view>

#include "read/converted_text.hpp"
#include "read/zip_archive.hpp"

namespace docket {

struct DocxResult {
  std::optional<ConvertedText> converted;
  std::string error;  // when not converted: why
};

// `bytes` are a zip archive (looks_like_zip).
DocxResult convert_docx(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace docket

#endif  // DOCKET_DOCX_DOCUMENT_HPP
