#include "layout/inline_text.hpp"

#include <string>
#include <string_view>

#include "base/utf8.hpp"
#include "layout/html_syntax.hpp"
#include "layout/inline_paths.hpp"

// Three paths give the same clean text (inline_paths.hpp): plain text is
// copied with its spaces collapsed, text with a little markup is rendered
// straight from its bytes, and everything else goes through the tokenizer.

namespace docket {

using inline_markup::append_marked_up;
using inline_markup::append_tokenized;
using inline_markup::clean_if_plain;
using inline_markup::EntityMatch;
using inline_markup::match_entity;
using inline_markup::Plain;

std::size_t decode_entity(std::string_view s, std::string& out) {
  const EntityMatch entity = match_entity(s);
  if (entity.length > 0) {
    char encoded[4];
    out.append(encoded, encode_utf8(entity.code_point, encoded));
  }
  return entity.length;
}

void append_clean_inline(std::string_view raw, std::string& out) {
  if (clean_if_plain(raw, out, /*append_unchanged=*/true) == Plain::kNo) append_marked_up(raw, out);
}

void append_clean_cell(std::string_view raw, std::string& out, std::vector<std::uint32_t>& wraps,
                       std::size_t base) {
  // A <br> is markup, so plain text has no wraps to note.
  if (clean_if_plain(raw, out, /*append_unchanged=*/true) == Plain::kNo) append_marked_up(raw, out, &wraps, base);
}

std::string_view clean_inline_view(std::string_view raw, std::string& buffer) {
  buffer.clear();
  switch (clean_if_plain(raw, buffer, /*append_unchanged=*/false)) {
    case Plain::kUnchanged: return raw;
    case Plain::kCleaned: return buffer;
    case Plain::kNo: break;
  }
  append_marked_up(raw, buffer);
  return buffer;
}

std::string clean_inline_by_tokens(std::string_view raw) {
  std::string out;
  append_tokenized(raw, out);
  return out;
}

std::string clean_inline(std::string_view raw) {
  std::string out;
  append_clean_inline(raw, out);
  return out;
}

}  // namespace docket
