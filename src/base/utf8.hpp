// UTF-8, decoded and encoded by one set of rules for every stage: strict
// RFC 3629 (no overlong forms, no surrogates, nothing past U+10FFFF). The
// reader validates papers with it, the inline cleaner decodes with it and
// the writers check what they escape with it.
#ifndef DOCKET_BASE_UTF8_HPP
#define DOCKET_BASE_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace docket {

constexpr char32_t kReplacementChar = 0xFFFD;
constexpr char32_t kMaxCodePoint = 0x10FFFF;

// Writes the UTF-8 of `cp` (at most U+10FFFF) to `buffer`; returns its length.
inline std::size_t encode_utf8(char32_t cp, char (&buffer)[4]) {
  const auto byte = [](char32_t value) { return static_cast<char>(value); };
  if (cp < 0x80) {
    buffer[0] = byte(cp);
    return 1;
  }
  if (cp < 0x800) {
    buffer[0] = byte(0xC0 | (cp >> 6));
    buffer[1] = byte(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    buffer[0] = byte(0xE0 | (cp >> 12));
    buffer[1] = byte(0x80 | ((cp >> 6) & 0x3F));
    buffer[2] = byte(0x80 | (cp & 0x3F));
    return 3;
  }
  buffer[0] = byte(0xF0 | (cp >> 18));
  buffer[1] = byte(0x80 | ((cp >> 12) & 0x3F));
  buffer[2] = byte(0x80 | ((cp >> 6) & 0x3F));
  buffer[3] = byte(0x80 | (cp & 0x3F));
  return 4;
}

struct CodePoint {
  char32_t value = kReplacementChar;
  std::size_t length = 1;
  bool valid = false;
};

inline bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Strict UTF-8 decoding of the sequence at s[i] (i < s.size()). An invalid
// sequence reads as one U+FFFD byte so that scanning resumes at the next one.
inline CodePoint decode_utf8_at(std::string_view s, std::size_t i) {
  const auto byte = [s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    if (lead == 0xE0) second_min = 0xA0;  // overlong
    if (lead == 0xED) second_max = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    if (lead == 0xF0) second_min = 0x90;  // overlong
    if (lead == 0xF4) second_max = 0x8F;  // beyond U+10FFFF
  } else {
    return {};
  }
  if (s.size() - i < length) return {};
  if (byte(i + 1) < second_min || byte(i + 1) > second_max) return {};
  for (std::size_t k = 1; k < length; ++k) {
    if (!is_continuation_byte(byte(i + k))) return {};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  return {value, length, true};
}

// The character that ends just before s[end] (end > 0).
inline CodePoint decode_utf8_before(std::string_view s, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 &&
         is_continuation_byte(static_cast<unsigned char>(s[start]))) {
    --start;
  }
  const CodePoint cp = decode_utf8_at(s, start);
  if (cp.valid && start + cp.length == end) return cp;
  return {};
}

// Length of the well-formed UTF-8 sequence at s[i] (i < s.size()), or 0
// when there is none.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const CodePoint cp = decode_utf8_at(s, i);
  return cp.valid ? cp.length : 0;
}

}  // namespace docket

#endif  // DOCKET_BASE_UTF8_HPP
