// The character classes and small rules that every path of the inline
// cleaner (inline_text.hpp) shares: what is plain text, what is a space,
// which tags break a paragraph, when a run of '*' may open or close
// emphasis. Internal to layout/.
#ifndef DOCKET_LAYOUT_INLINE_CHARS_HPP
#define DOCKET_LAYOUT_INLINE_CHARS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

namespace docket::inline_markup {

// Bytes that are just text: copied in runs without a closer look.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> table{};
  for (int c = 0x21; c < 0x7F; ++c) table[c] = true;
  for (const char c : std::string_view("\\<&[]!*_")) table[static_cast<unsigned char>(c)] = false;
  return table;
}();

// Lanes of the bytes of a block that kPlain holds. Inlined: it runs twice
// for every sixteen bytes of text that the plain path passes on.
[[gnu::always_inline]] inline auto plain_lanes(ByteBlock b) {
  const auto markup = (static_cast<ByteBlock>(b - '[') <= ']' - '[') | (b == '<') | (b == '&') | (b == '!') |
                      (b == '*') | (b == '_');  // [ \ ] and the rest of kPlain's exceptions
  return (b >= 0x21) & (b <= 0x7E) & ~markup;
}

// Tags whose boundary is a paragraph boundary in the rendered page.
constexpr std::string_view kParagraphTags[] = {
    "p",  "div", "li", "ul", "ol", "tr", "table", "blockquote", "hr",
    "h1", "h2",  "h3", "h4", "h5", "h6",
};
// Table cells in a fragment sit side by side: their boundary is a space.
constexpr std::string_view kSpaceTags[] = {"td", "th"};

// The first letter and length of each tag name above (and "br"), so that
// most tags (<b>, <span>, <strong>) are passed over without comparing them
// with every name.
constexpr std::size_t kLongestBoundaryTag = 10;
constexpr auto kBoundaryTagShapes = [] {
  std::array<std::array<bool, kLongestBoundaryTag + 1>, 26> shapes{};
  const auto add = [&shapes](std::string_view name) { shapes[static_cast<std::size_t>(name[0] - 'a')][name.size()] = true; };
  add("br");
  add("s");
  add("del");
  for (const std::string_view name : kParagraphTags) add(name);
  for (const std::string_view name : kSpaceTags) add(name);
  return shapes;
}();

// False when no tag with a boundary has a name like `name`, which starts
// with an ASCII letter.
inline bool may_have_boundary(std::string_view name) {
  const auto letter = static_cast<std::size_t>((name[0] | 0x20) - 'a');
  return name.size() <= kLongestBoundaryTag && letter < 26 && kBoundaryTagShapes[letter][name.size()];
}

inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

inline bool is_ascii_punctuation(char32_t c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
         (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

// Whitespace that collapses to a single space.
inline bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' ||
         c == U'\v' || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters with no width that converters leave inside words.
inline bool is_invisible(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Punctuation for the emphasis flanking rules: all ASCII punctuation, and
// outside ASCII the punctuation blocks (quotes, dashes, bullets, ellipsis,
// guillemets) but not symbols. CommonMark 0.31 counts symbols too, but then
// "c**£250k**" is not bold; converters write exactly that, so a currency
// sign is treated like a letter, as CommonMark 0.30 did.
inline bool is_punctuation(char32_t c) {
  if (c < 0x80) return is_ascii_punctuation(c);
  return c == 0x00A1 || c == 0x00A7 || c == 0x00AB || c == 0x00B6 || c == 0x00B7 ||
         c == 0x00BB || c == 0x00BF || (c >= 0x2010 && c <= 0x2027) ||
         (c >= 0x2030 && c <= 0x205E) || (c >= 0x2E00 && c <= 0x2E7F) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0x3014 && c <= 0x301F) || (c >= 0xFF01 && c <= 0xFF0F);
}

inline bool is_tag_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline bool is_line_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// What a code point outside plain ASCII text becomes in clean text: nothing
// (NUL, zero-width and soft-hyphen characters), a space (Unicode spaces and
// controls), or itself.
enum class CodePointRole { kDropped, kSpace, kText };
inline CodePointRole role_of(char32_t cp) {
  if (cp == 0 || is_invisible(cp)) return CodePointRole::kDropped;
  if (is_space(cp) || is_control(cp)) return CodePointRole::kSpace;
  return CodePointRole::kText;
}

// The newline at `pos` is a paragraph break when only blanks stand between
// it and the next newline: the position past the whole run of blank lines,
// or 0 when it is a plain wrap.
inline std::size_t end_of_paragraph_break(std::string_view raw, std::size_t pos) {
  const std::size_t n = raw.size();
  std::size_t i = pos + 1;
  while (i < n && is_line_blank(raw[i])) ++i;
  if (i == n || raw[i] != '\n') return 0;
  while (i < n && (raw[i] == '\n' || is_line_blank(raw[i]))) ++i;
  return i;
}

inline bool equals_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

inline bool is_gap(char c) { return c == ' ' || c == '\n'; }

template <std::size_t N>
inline bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  for (const std::string_view candidate : names) {
    if (equals_ignoring_case(name, candidate)) return true;
  }
  return false;
}

// What a tag's boundary does to the text around it.
// kStruck: <s> or <del>, whose text, up to its close, was struck through
// (html_syntax.hpp, struck_text_end).
enum class TagBoundary : std::uint8_t { kNone, kBreak, kParagraph, kSpace, kStruck };

inline TagBoundary boundary_of(std::string_view name) {
  if (!may_have_boundary(name)) return TagBoundary::kNone;
  if (equals_ignoring_case(name, "br")) return TagBoundary::kBreak;
  if (is_one_of(name, kParagraphTags)) return TagBoundary::kParagraph;
  if (is_one_of(name, kSpaceTags)) return TagBoundary::kSpace;
  if (equals_ignoring_case(name, "s") || equals_ignoring_case(name, "del")) return TagBoundary::kStruck;
  return TagBoundary::kNone;
}

struct RunFlanks {
  bool can_open = false;
  bool can_close = false;
};

// Whether the run of '*' or '_' at raw[begin, end) may open or close
// emphasis, by CommonMark's flanking rules, using the characters around it
// as written.
inline RunFlanks flanks_of(std::string_view raw, std::size_t begin, std::size_t end) {
  const char marker = raw[begin];
  // Mostly ASCII, which needs no decoding.
  const auto byte = [raw](std::size_t i) { return static_cast<unsigned char>(raw[i]); };
  char32_t before = U' ';
  if (begin > 0) before = byte(begin - 1) < 0x80 ? byte(begin - 1) : decode_utf8_before(raw, begin).value;
  char32_t after = U' ';
  if (end < raw.size()) after = byte(end) < 0x80 ? byte(end) : decode_utf8_at(raw, end).value;
  const bool space_before = is_space(before);
  const bool space_after = is_space(after);
  const bool punct_before = is_punctuation(before);
  const bool punct_after = is_punctuation(after);
  const bool left_flanking = !space_after && (!punct_after || space_before || punct_before);
  const bool right_flanking = !space_before && (!punct_before || space_after || punct_after);
  if (marker == '*') {
    // "2*3" is arithmetic, not emphasis.
    const bool between_digits = before < 0x80 && after < 0x80 && is_ascii_digit(static_cast<char>(before)) &&
                                is_ascii_digit(static_cast<char>(after));
    return {left_flanking && !between_digits, right_flanking && !between_digits};
  }
  return {left_flanking && (!right_flanking || punct_before), right_flanking && (!left_flanking || punct_after)};
}

// The character at raw[pos] (U+FFFD for a byte that starts no valid UTF-8
// sequence), moving `pos` past it.
inline char32_t take_code_point(std::string_view raw, std::size_t& pos) {
  const CodePoint cp = decode_utf8_at(raw, pos);
  pos += cp.length;
  return cp.value;
}

// Writes the pieces of clean text with the gaps between them: a space, or
// a paragraph break (one '\n'). The widest gap asked for since the last
// piece is the one written, and none before the first piece or after the
// last, so the text has no space at either end and none beside a '\n'.
class GapWriter {
 public:
  // `wraps`, when given, gets the offset in `out` (from `base`) of each
  // space written for a single <br>, so that a table cell's lines can be
  // told apart without changing its text.
  explicit GapWriter(std::string& out, std::vector<std::uint32_t>* wraps = nullptr, std::size_t base = 0)
      : out_(out), wraps_(wraps), base_(base) {}

  void space() { widen(Gap::kSpace); }
  void paragraph() { widen(Gap::kParagraph); }
  // A <br>: one is a line wrap, two with nothing between a paragraph break.
  void line_break() {
    ++breaks_;
    widen(breaks_ >= 2 ? Gap::kParagraph : Gap::kSpace);
  }

  void emit(std::string_view piece, std::size_t repeat = 1) {
    if (started_ && gap_ != Gap::kNone) {
      if (wraps_ != nullptr && gap_ == Gap::kSpace && breaks_ == 1) {
        wraps_->push_back(static_cast<std::uint32_t>(out_.size() - base_));
      }
      out_ += gap_ == Gap::kParagraph ? '\n' : ' ';
    }
    for (std::size_t i = 0; i < repeat; ++i) out_ += piece;
    started_ = true;
    gap_ = Gap::kNone;
    breaks_ = 0;
  }

 private:
  enum class Gap : std::uint8_t { kNone, kSpace, kParagraph };

  void widen(Gap to) {
    if (to > gap_) gap_ = to;
  }

  std::string& out_;
  std::vector<std::uint32_t>* wraps_;
  std::size_t base_;
  Gap gap_ = Gap::kNone;
  int breaks_ = 0;
  bool started_ = false;
};

}  // namespace docket::inline_markup

#endif  // DOCKET_LAYOUT_INLINE_CHARS_HPP
