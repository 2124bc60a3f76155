// Reading words and phrases at a position in running text, for the
// normalisers (dates, money) that look for a value and the words around
// it. Byte by byte and ASCII-folded: every word they look for is ASCII, and
// text converted from PDF and Word counts its no-break spaces as spaces.
#ifndef DOCKET_NORMALISE_PHRASE_SCAN_HPP
#define DOCKET_NORMALISE_PHRASE_SCAN_HPP

#include <cstddef>
#include <string_view>

#include "base/text_util.hpp"

namespace docket::phrase_scan {

inline constexpr std::size_t kNpos = std::string_view::npos;

inline constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
inline constexpr std::string_view kEnDash = "\xE2\x80\x93";
inline constexpr std::string_view kEmDash = "\xE2\x80\x94";

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// s[i], or NUL past the end: a probe may look one byte beyond a match.
inline char at(std::string_view s, std::size_t i) { return i < s.size() ? s[i] : '\0'; }

// Whether `bytes` occur at `i`. Written out because the calls are many and
// the needles tiny, where a library memcmp costs more than the comparison.
inline bool has_bytes(std::string_view s, std::size_t i, std::string_view bytes) {
  if (i > s.size() || s.size() - i < bytes.size()) return false;
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    if (s[i + k] != bytes[k]) return false;
  }
  return true;
}

// Whether `bytes` end exactly at `end`.
inline bool has_bytes_before(std::string_view s, std::size_t end, std::string_view bytes) {
  return end >= bytes.size() && has_bytes(s, end - bytes.size(), bytes);
}

// Length of the space at `i` (ASCII whitespace or U+00A0), or 0.
inline std::size_t space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (is_ascii_space(s[i])) return 1;
  return has_bytes(s, i, kNoBreakSpace) ? kNoBreakSpace.size() : 0;
}

inline std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = space_length(s, i)) i += n;
  return i;
}

// Where the run of spaces that ends at `end` begins.
inline std::size_t skip_spaces_back(std::string_view s, std::size_t end) {
  while (end > 0) {
    if (is_ascii_space(s[end - 1])) {
      --end;
    } else if (has_bytes_before(s, end, kNoBreakSpace)) {
      end -= kNoBreakSpace.size();
    } else {
      break;
    }
  }
  return end;
}

// Matches `phrase` (lowercase) at `i` ignoring ASCII case, where a space in
// the phrase stands for any run of spaces. Returns the end of the match or
// kNpos.
inline std::size_t match_phrase(std::string_view s, std::size_t i, std::string_view phrase) {
  for (const char p : phrase) {
    if (p == ' ') {
      const std::size_t next = skip_spaces(s, i);
      if (next == i) return kNpos;
      i = next;
    } else {
      if (i >= s.size() || lower(s[i]) != p) return kNpos;
      ++i;
    }
  }
  return i;
}

// Matches `phrase` as a whole word ending exactly at `end`: returns where
// it begins, or kNpos.
inline std::size_t match_phrase_before(std::string_view s, std::size_t end, std::string_view phrase) {
  for (std::size_t k = phrase.size(); k > 0; --k) {
    const char p = phrase[k - 1];
    if (p == ' ') {
      const std::size_t prev = skip_spaces_back(s, end);
      if (prev == end) return kNpos;
      end = prev;
    } else {
      if (end == 0 || lower(s[end - 1]) != p) return kNpos;
      --end;
    }
  }
  if (end > 0 && is_alnum(s[end - 1])) return kNpos;
  return end;
}

}  // namespace docket::phrase_scan

#endif  // DOCKET_NORMALISE_PHRASE_SCAN_HPP
