// Every code that docket puts in Document::warnings, with what it means:
// the one catalogue of them. docs/output.md lists the same codes (a test
// checks both ways), and every paper of the test suite is parsed to check
// that no code outside this list is ever written.
//
// A code is stable once published: filter on it (`jq '.warnings[] |
// select(.code == "date-unrecognised")'`). The message beside it is for
// people and may change.
#ifndef DOCKET_WARNINGS_HPP
#define DOCKET_WARNINGS_HPP

#include <string_view>

namespace docket {

namespace warning {
// Reading the input.
inline constexpr std::string_view kNulRemoved = "nul-removed";
inline constexpr std::string_view kHtmlEmpty = "html-empty";
inline constexpr std::string_view kHtmlUnreadable = "html-unreadable";
inline constexpr std::string_view kHtmlTooDeep = "html-too-deep";
// Blocks and tables.
inline constexpr std::string_view kTooManyBlocks = "too-many-blocks";
inline constexpr std::string_view kUnterminatedTable = "unterminated-table";
inline constexpr std::string_view kTableTooWide = "table-too-wide";
inline constexpr std::string_view kHtmlTableUnreadable = "html-table-unreadable";
inline constexpr std::string_view kSpanTooLarge = "span-too-large";
// Items.
inline constexpr std::string_view kDuplicateNumber = "duplicate-number";
inline constexpr std::string_view kRowWithoutNumber = "row-without-number";
inline constexpr std::string_view kRaggedRow = "ragged-row";
inline constexpr std::string_view kDateUnrecognised = "date-unrecognised";
inline constexpr std::string_view kNotDecided = "not-decided";
}  // namespace warning

struct WarningCode {
  std::string_view code;
  std::string_view meaning;
};

inline constexpr WarningCode kWarningCodes[] = {
    {warning::kNulRemoved, "NUL bytes were removed from the text"},
    {warning::kHtmlEmpty, "a web page holds no HTML elements"},
    {warning::kHtmlUnreadable, "the HTML parser could not read the page"},
    {warning::kHtmlTooDeep, "HTML nested past the depth docket follows; the deeper part is read as plain text"},
    {warning::kTooManyBlocks, "more blocks than the text's size allows; the rest is kept as one paragraph"},
    {warning::kUnterminatedTable, "a <table> is never closed; it is read to the end of the file"},
    {warning::kTableTooWide, "a row has more cells than docket keeps; the extra cells join the last"},
    {warning::kHtmlTableUnreadable, "an HTML table could not be read whole; what could be read is kept"},
    {warning::kSpanTooLarge, "a colspan or rowspan past its limit is read as the limit"},
    {warning::kDuplicateNumber, "an item number appears again; both items are kept"},
    {warning::kRowWithoutNumber, "a plan table row has no number; it is kept as an item of its own"},
    {warning::kRaggedRow, "a plan table row has more or fewer cells than its header; they are read under the columns they fit"},
    {warning::kDateUnrecognised, "a due-date cell names no date docket recognises; its text is kept"},
    {warning::kNotDecided, "an agenda item was referred, continued, filed or passed to a later reading; it is not a resolution"},
};

// Whether `code` is in kWarningCodes.
constexpr bool is_warning_code(std::string_view code) {
  for (const WarningCode& known : kWarningCodes) {
    if (known.code == code) return true;
  }
  return false;
}

}  // namespace docket

#endif  // DOCKET_WARNINGS_HPP
