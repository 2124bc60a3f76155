// Plain text from the inline markup that PDF/Word converters leave in table
// cells and paragraphs (HTML tags, Markdown emphasis, links, escapes and
// entities), for every later stage that wants words, not markup.
//
// Contract of clean_inline():
// - HTML tags (any `<name ...>` or `</name>`) are removed, link text kept.
//   One <br> is a line wrap (a space); two or more with only whitespace
//   between them are a paragraph break. <p>, <div>, <li>, <ul>, <ol>, <tr>,
//   <table>, <blockquote>, <hr> and <h1>..<h6> boundaries are paragraph
//   breaks; <td>/<th> boundaries are spaces. HTML comments are removed.
//   A '<' that starts no tag ("a < b", "<5") is text.
// - Markdown: emphasis delimiters (`*`, `**`, `_`, `__`) are removed by the
//   CommonMark rules, except that a `*` between two digits ("2*3") is never
//   a delimiter. An unmatched `**` or `***` alone at the start or end of the
//   fragment or of one of its lines (bold split across lines or cells) is
//   removed too. `[text](url)` and `![alt](src)` give their text,
//   `<scheme:...>` and `<user@host>` autolinks give the address, backslash
//   escapes of ASCII punctuation give the character.
// - A single '\n' (with or without a hard-break marker) is a line wrap; a
//   blank line is a paragraph break.
// - Entities are decoded (see decode_entity()).
// - Whitespace (ASCII, NBSP, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
//   U+205F, U+3000) collapses to one space; control characters count as
//   whitespace, NUL is dropped. U+00AD, U+200B, U+2060 and U+FEFF are
//   removed. Bytes that are not UTF-8 become U+FFFD, so the result is
//   always valid UTF-8.
// - The result has no leading or trailing space, no space next to a '\n',
//   and paragraphs are separated by exactly one '\n'.
// Runs in time linear in the input, whatever the bytes.
#ifndef DOCKET_INLINE_TEXT_HPP
#define DOCKET_INLINE_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace docket {

// Plain text of an inline fragment: markup stripped, entities decoded,
// whitespace collapsed to single spaces and trimmed; a paragraph break
// becomes a single '\n' (no spaces around it).
std::string clean_inline(std::string_view raw);

// The same, appending to `out` (for callers that reuse buffers). Exactly what
// clean_inline() would return is appended; no separator is added.
void append_clean_inline(std::string_view raw, std::string& out);

// The same for a table cell, also appending to `wraps` the offset in `out`
// (from `base`) of each space that stands for a single <br>: the cell's
// text is unchanged, and a reader of the table can still split its lines.
void append_clean_cell(std::string_view raw, std::string& out, std::vector<std::uint32_t>& wraps,
                       std::size_t base);

// The same, as a view: `raw` itself when cleaning would change nothing
// (found without copying it), else the clean text written over `buffer`.
std::string_view clean_inline_view(std::string_view raw, std::string& buffer);

// The same, always through the tokenizer, without the shortcuts for text
// with little or no markup: what the shortcuts are tested against.
std::string clean_inline_by_tokens(std::string_view raw);

// Decodes one HTML entity at the start of `s` ("&amp;", "&#163;", "&#xA3;",
// "&pound;"...): returns the bytes consumed (0 if `s` does not start with a
// known entity, out untouched) and appends the UTF-8 to `out`. Named
// entities need their ';'. Numeric references to 0, surrogates or beyond
// U+10FFFF give U+FFFD; references to 0x80..0x9F give the Windows-1252
// character, as browsers do ("&#146;" is a right quote).
std::size_t decode_entity(std::string_view s, std::string& out);

}  // namespace docket

#endif  // DOCKET_INLINE_TEXT_HPP
