#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "layout/inline_chars.hpp"
#include "layout/inline_paths.hpp"
#include "layout/inline_scan.hpp"

// ---- the plain path -----------------------------------------------------------
//
// Most cells and lines of a paper are plain: ASCII that is not markup, and
// well-formed UTF-8 for characters that are neither spaces, controls nor
// invisible ("children’s", "£250k", "0 – 13"), with spaces and line wraps
// between the words. Their clean text is the input with every run of spaces
// and newlines made one space and the ends trimmed, so they skip the
// tokenizer. A run with two newlines holds a blank line, a paragraph break:
// such text is not plain.
//
// One pass both checks and copies. Words and the single spaces between them
// stay as written, so the scan looks for the next byte that needs a closer
// look, sixteen at a time, and appends everything before it in one piece.

namespace docket::inline_markup {

namespace {

// Length of the UTF-8 sequence at p (a byte >= 0x80) if plain text may keep
// it as written: well-formed (as decode_utf8_at() judges), and not a space,
// a control or an invisible character. 0 otherwise: the tokenizer decides.
// Checks the bytes rather than decoding them, as nearly every sequence in a
// paper is a valid quote, dash or currency sign.
std::size_t plain_sequence_length(const char* p, const char* end) {
  const auto byte = [p](std::size_t k) { return static_cast<unsigned char>(p[k]); };
  const auto left = static_cast<std::size_t>(end - p);
  const unsigned char lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF) {
    if (left < 2 || !is_continuation_byte(byte(1))) return 0;
    // C2 80..C2 9F are the C1 controls, C2 A0 is NBSP, C2 AD the soft hyphen.
    if (lead == 0xC2 && (byte(1) <= 0xA0 || byte(1) == 0xAD)) return 0;
    return 2;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !is_continuation_byte(byte(1)) || !is_continuation_byte(byte(2))) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;  // overlong
    if (lead == 0xED && byte(1) > 0x9F) return 0;  // surrogate
    const char32_t cp = static_cast<char32_t>(((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) |
                                              (byte(2) & 0x3F));
    // No three-byte code point is a control; the spaces and invisible ones
    // are all U+1680 or above.
    if (cp >= 0x1680 && (is_space(cp) || is_invisible(cp))) return 0;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !is_continuation_byte(byte(1)) || !is_continuation_byte(byte(2)) ||
        !is_continuation_byte(byte(3))) {
      return 0;
    }
    if (lead == 0xF0 && byte(1) < 0x90) return 0;  // overlong
    if (lead == 0xF4 && byte(1) > 0x8F) return 0;  // beyond U+10FFFF
    return 4;  // nothing past U+FFFF is a space, a control or invisible
  }
  return 0;  // a continuation byte out of place, C0, C1 or F5..FF
}

// Moves p past the spaces and newlines at the start of [p, end); false if
// they hold a blank line. Most texts start with a word, and table cells with
// a space or a few: one byte at a time, spaces first.
bool trim_gap_front(const char*& p, const char* end) {
  bool newline = false;
  for (; p < end; ++p) {
    if (*p == ' ') continue;
    if (*p != '\n') break;
    if (newline) return false;
    newline = true;
  }
  return true;
}

// The same at the end of [p, end), moving `end` back.
bool trim_gap_back(const char* p, const char*& end) {
  bool newline = false;
  for (; end > p; --end) {
    if (end[-1] == ' ') continue;
    if (end[-1] != '\n') break;
    if (newline) return false;
    newline = true;
  }
  return true;
}

}  // namespace

Plain clean_if_plain(std::string_view raw, std::string& out, bool append_unchanged) {
  const char* p = raw.data();
  const char* end = p + raw.size();
  // Trimming the ends first means every run of spaces and newlines left has
  // a word on both sides: it becomes one space, and a single space needs no
  // change at all.
  if (!trim_gap_front(p, end) || !trim_gap_back(p, end)) return Plain::kNo;
  bool changed = p != raw.data() || end != raw.data() + raw.size();

  const std::size_t size_before = out.size();
  // Everything before `pending` is in `out`, once anything changed;
  // [pending, p) is plain text that stays as written, appended when a run
  // of spaces to collapse interrupts it.
  const char* pending = p;
  while ((p = find_attention(raw.data(), p, end)) != end) {
    if (is_gap(*p)) {
      const char* run = p;
      // The run stops at a word before `end`, as the ends are trimmed.
      int newlines = 0;
      for (; is_gap(*p); ++p) newlines += *p == '\n' ? 1 : 0;
      if (newlines > 1) break;
      // A single space stays in the pending text as it is.
      if (p - run == 1 && *run == ' ') continue;
      changed = true;
      out.append(pending, static_cast<std::size_t>(run - pending));
      out += ' ';
      pending = p;
    } else if (kPlain[static_cast<unsigned char>(*p)]) {
      ++p;  // marked only for its neighbours
    } else if (const std::size_t length = plain_sequence_length(p, end); length > 0) {
      p += length;  // copied later with the rest of its word
    } else {
      break;  // markup, a control, or a character the tokenizer must see
    }
  }
  if (p != end) {
    out.resize(size_before);
    return Plain::kNo;
  }
  if (!changed && !append_unchanged) return Plain::kUnchanged;
  out.append(pending, static_cast<std::size_t>(end - pending));
  return changed ? Plain::kCleaned : Plain::kUnchanged;
}

}  // namespace docket::inline_markup
