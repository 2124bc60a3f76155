// The HTML syntax that converters leave inside markdown text and table
// cells: character references and tags, recognised where they start. The
// inline cleaner drops tags and decodes references with these.
//
// Every scan stops at the next '<' or '>' (tags, autolinks), or at the end
// of the name (references), so no byte is looked at more than a constant
// number of times however the text is built.
#ifndef DOCKET_LAYOUT_HTML_SYNTAX_HPP
#define DOCKET_LAYOUT_HTML_SYNTAX_HPP

#include <cstddef>
#include <string_view>

namespace docket::inline_markup {

struct EntityMatch {
  char32_t code_point = 0;
  std::size_t length = 0;  // 0: no entity
};

// The character reference at the start of `s` ("&amp;", "&#163;",
// "&#xA3;", "&pound;"): named ones need their ';'; numeric references to
// 0, surrogates or beyond U+10FFFF give U+FFFD, and to 0x80..0x9F the
// Windows-1252 character, as browsers read them.
EntityMatch match_entity(std::string_view s);

struct TagMatch {
  std::size_t length = 0;  // 0: no tag
  std::string_view name;
};

// An HTML open or close tag starting at raw[pos] == '<'. A quoted attribute
// value may not hold '<' or '>' (converters escape them).
TagMatch match_tag(std::string_view raw, std::size_t pos);

// Struck-through text (<s>, <del>) is what the author replaced, as a
// superseded date ("<s>June 30</s> <b>July 31</b>"): for the tag `tag` at
// raw[pos], which boundary_of read as kStruck, the position just past its
// close tag, or 0 when it is a close tag or is not closed within
// kMostStruckBytes (a bound, so that many unclosed tags cost no more than
// a scan each of that length).
inline constexpr std::size_t kMostStruckBytes = 256;
std::size_t struck_text_end(std::string_view raw, std::size_t pos, const TagMatch& tag);

// Length of an autolink ("<https://...>" or "<name@host>") at raw[pos] ==
// '<', or 0.
std::size_t match_autolink(std::string_view raw, std::size_t pos);

}  // namespace docket::inline_markup

#endif  // DOCKET_LAYOUT_HTML_SYNTAX_HPP
