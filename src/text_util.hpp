// Small string helpers shared by the stages. ASCII-only case folding is
// deliberate: every keyword docket looks for is ASCII, and folding only
// ASCII keeps UTF-8 intact and the scans allocation-free.
#ifndef DOCKET_TEXT_UTIL_HPP
#define DOCKET_TEXT_UTIL_HPP

#include <string>
#include <string_view>
#include <vector>

namespace docket {

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
// Position of `needle` in `hay` ignoring ASCII case, or npos.
std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0);
// True when `word` occurs in `s` with no letter or digit on either side.
bool contains_word(std::string_view s, std::string_view word);
// Number of whitespace-separated words.
int count_words(std::string_view s);
bool has_digit(std::string_view s);
// Lowercase ASCII letters and digits of `s`, every other run of bytes as
// one space, trimmed: "<b>No.</b>" and "no" compare equal after clean-up.
std::string fold_key(std::string_view s);
// Length of the well-formed UTF-8 sequence at s[i] (no overlongs, no
// surrogates, nothing past U+10FFFF), or 0 when there is none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);
// Joins two fragments of running text that a page or row break cut apart.
void append_joined(std::string& out, std::string_view piece);

}  // namespace docket

#endif  // DOCKET_TEXT_UTIL_HPP
