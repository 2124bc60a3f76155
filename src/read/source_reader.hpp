// First stage: the raw bytes of a paper in, clean UTF-8 text out.
//
// Contract of decode_text():
// - UTF-8 input (validated strictly: no overlongs, surrogates, code points
//   above U+10FFFF or truncated sequences) is kept as is; a leading BOM is
//   removed and reported as "utf-8-bom".
// - Anything else is read as Windows-1252 (the old papers: 0xA3 is a pound
//   sign, 0x92 a right quote) and transcoded. Bytes that Windows-1252 leaves
//   undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) make the input unreadable.
// - NULs in more than 1% of the first 8 KiB, or of all bytes, mean the
//   input is binary and unreadable. A few stray NULs are removed.
// - LF, CRLF and lone CR all become '\n'. Line count is preserved exactly, so
//   later stages can report 1-based line numbers of the original file.
// - Other C0 control characters become a space, except '\t' and '\f'; a form
//   feed is kept because it marks a page break for a later stage.
// - Empty input is valid: empty text, "utf-8".
// Exactly one of DecodeResult::text and DecodeResult::error is set. Error
// lines are 1-based lines of the original bytes.
#ifndef DOCKET_SOURCE_READER_HPP
#define DOCKET_SOURCE_READER_HPP

#include <optional>
#include <string>
#include <string_view>

namespace docket {

struct DecodedText {
  std::string text;      // clean UTF-8, every line ending is a single '\n'
  std::string encoding;  // "utf-8", "utf-8-bom", "windows-1252"
};

struct DecodeError {
  std::string message;
  int line = 0;  // 1-based, 0 if no line applies
};

// Either a DecodedText or a DecodeError.
struct DecodeResult {
  std::optional<DecodedText> text;
  std::optional<DecodeError> error;
};

DecodeResult decode_text(std::string_view bytes);

// True when `bytes` are already what decode_text would return: valid UTF-8
// with no BOM, no CR, no NUL and no control characters but tab, newline and
// form feed. The parser then reads them in place instead of copying them.
bool is_clean_text(std::string_view bytes);

}  // namespace docket

#endif  // DOCKET_SOURCE_READER_HPP
