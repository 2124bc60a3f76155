#include "layout/inline_text.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

// How it works: a tokenizer turns the fragment into text, whitespace, break
// and delimiter-run tokens, dropping tags and link targets as it goes. The
// CommonMark "process emphasis" pass then decides which '*' and '_' runs are
// emphasis, and a renderer prints what is left with whitespace collapsed.
//
// Linear time: every scan that looks ahead (tags, autolinks, link targets,
// comments, blank lines) either consumes what it scanned or stops at the next
// character that would start a scan of its own kind ('<' or '>' for tags and
// autolinks, ']' for link targets), so no byte is looked at more than a
// constant number of times.

namespace docket {
namespace {

// Longer than any name in kNamedEntities; stops "&aaaa...;" being scanned
// to its end just to be rejected.
constexpr std::size_t kMaxEntityNameLength = 16;

// CommonMark limits a URI scheme to 32 characters; "<b>" and "<br>" are not
// schemes because a scheme needs at least two characters and a ':'.
constexpr std::size_t kMinSchemeLength = 2;
constexpr std::size_t kMaxSchemeLength = 32;

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

constexpr NamedEntity kNamedEntities[] = {
    {"amp", U'&'},       {"lt", U'<'},        {"gt", U'>'},
    {"quot", U'"'},      {"apos", U'\''},     {"nbsp", 0x00A0},
    {"pound", 0x00A3},   {"euro", 0x20AC},    {"ndash", 0x2013},
    {"mdash", 0x2014},   {"lsquo", 0x2018},   {"rsquo", 0x2019},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"hellip", 0x2026},
    {"bull", 0x2022},    {"copy", 0x00A9},    {"deg", 0x00B0},
    {"frac12", 0x00BD},  {"times", 0x00D7},   {"frac14", 0x00BC},
    {"frac34", 0x00BE},  {"reg", 0x00AE},     {"trade", 0x2122},
    {"shy", 0x00AD},     {"middot", 0x00B7},  {"laquo", 0x00AB},
    {"raquo", 0x00BB},   {"sect", 0x00A7},    {"plusmn", 0x00B1},
    {"cent", 0x00A2},    {"divide", 0x00F7},  {"minus", 0x2212},
    {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},
};

// HTML5 reads numeric references to 0x80..0x9F as Windows-1252, because
// that is what Word's HTML meant by "&#146;". Unassigned bytes map to
// themselves.
constexpr char32_t kWindows1252C1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

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
  for (const std::string_view name : kParagraphTags) add(name);
  for (const std::string_view name : kSpaceTags) add(name);
  return shapes;
}();

// False when no tag with a boundary has a name like `name`, which starts
// with an ASCII letter.
bool may_have_boundary(std::string_view name) {
  const auto letter = static_cast<std::size_t>((name[0] | 0x20) - 'a');
  return name.size() <= kLongestBoundaryTag && letter < 26 && kBoundaryTagShapes[letter][name.size()];
}

bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

bool is_ascii_punctuation(char32_t c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
         (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

// Whitespace that collapses to a single space.
bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' ||
         c == U'\v' || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters with no width that converters leave inside words.
bool is_invisible(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Punctuation for the emphasis flanking rules: all ASCII punctuation, and
// outside ASCII the punctuation blocks (quotes, dashes, bullets, ellipsis,
// guillemets) but not symbols. CommonMark 0.31 counts symbols too, but then
// "c**£250k**" is not bold; converters write exactly that, so a currency
// sign is treated like a letter, as CommonMark 0.30 did.
bool is_punctuation(char32_t c) {
  if (c < 0x80) return is_ascii_punctuation(c);
  return c == 0x00A1 || c == 0x00A7 || c == 0x00AB || c == 0x00B6 || c == 0x00B7 ||
         c == 0x00BB || c == 0x00BF || (c >= 0x2010 && c <= 0x2027) ||
         (c >= 0x2030 && c <= 0x205E) || (c >= 0x2E00 && c <= 0x2E7F) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0x3014 && c <= 0x301F) || (c >= 0xFF01 && c <= 0xFF0F);
}

bool is_tag_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_line_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// What a code point outside plain ASCII text becomes in clean text: nothing
// (NUL, zero-width and soft-hyphen characters), a space (Unicode spaces and
// controls), or itself.
enum class CodePointRole { kDropped, kSpace, kText };
CodePointRole role_of(char32_t cp) {
  if (cp == 0 || is_invisible(cp)) return CodePointRole::kDropped;
  if (is_space(cp) || is_control(cp)) return CodePointRole::kSpace;
  return CodePointRole::kText;
}

// The newline at `pos` is a paragraph break when only blanks stand between
// it and the next newline: the position past the whole run of blank lines,
// or 0 when it is a plain wrap.
std::size_t end_of_paragraph_break(std::string_view raw, std::size_t pos) {
  const std::size_t n = raw.size();
  std::size_t i = pos + 1;
  while (i < n && is_line_blank(raw[i])) ++i;
  if (i == n || raw[i] != '\n') return 0;
  while (i < n && (raw[i] == '\n' || is_line_blank(raw[i]))) ++i;
  return i;
}

bool equals_ignoring_case(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

struct EntityMatch {
  char32_t code_point = 0;
  std::size_t length = 0;  // 0: no entity
};

int digit_value(char c, bool hex) {
  if (is_ascii_digit(c)) return c - '0';
  if (!hex) return -1;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

EntityMatch match_numeric_entity(std::string_view s) {
  std::size_t i = 2;  // past "&#"
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const std::size_t digits_begin = i;
  std::uint32_t value = 0;
  bool too_big = false;
  for (; i < s.size(); ++i) {
    const int digit = digit_value(s[i], hex);
    if (digit < 0) break;
    // Stop accumulating once out of range so any number of digits is safe.
    if (!too_big) {
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      too_big = value > kMaxCodePoint;
    }
  }
  if (i == digits_begin || i >= s.size() || s[i] != ';') return {};
  char32_t cp = value;
  if (too_big || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = kReplacementChar;
  } else if (cp >= 0x80 && cp <= 0x9F) {
    cp = kWindows1252C1[cp - 0x80];
  }
  return {cp, i + 1};
}

EntityMatch match_entity(std::string_view s) {
  if (s.size() < 3 || s[0] != '&') return {};
  if (s[1] == '#') return match_numeric_entity(s);
  std::size_t i = 1;
  while (i < s.size() && i <= kMaxEntityNameLength && is_ascii_alnum(s[i])) ++i;
  if (i >= s.size() || s[i] != ';') return {};
  const std::string_view name = s.substr(1, i - 1);
  for (const NamedEntity& entity : kNamedEntities) {
    if (entity.name == name) return {entity.code_point, i + 1};
  }
  return {};
}

struct TagMatch {
  std::size_t length = 0;  // 0: no tag
  std::string_view name;
};

bool is_attribute_name_start(char c) { return is_ascii_alpha(c) || c == '_' || c == ':'; }
bool is_attribute_name_char(char c) {
  return is_ascii_alnum(c) || c == '_' || c == '.' || c == ':' || c == '-';
}
bool is_unquoted_value_char(char c) {
  return !is_tag_space(c) && c != '"' && c != '\'' && c != '=' && c != '<' &&
         c != '>' && c != '`';
}

// An HTML open or close tag starting at raw[pos] == '<'. A quoted attribute
// value may not hold '<' or '>' (converters escape them); that way no scan
// passes the next '<' or '>'.
TagMatch match_tag(std::string_view raw, std::size_t pos) {
  const std::size_t n = raw.size();
  std::size_t i = pos + 1;
  const bool closing = i < n && raw[i] == '/';
  if (closing) ++i;
  if (i >= n || !is_ascii_alpha(raw[i])) return {};
  const std::size_t name_begin = i;
  while (i < n && (is_ascii_alnum(raw[i]) || raw[i] == '-')) ++i;
  const std::string_view name = raw.substr(name_begin, i - name_begin);
  if (closing) {
    while (i < n && is_tag_space(raw[i])) ++i;
    if (i < n && raw[i] == '>') return {i + 1 - pos, name};
    return {};
  }
  while (true) {
    const std::size_t space_begin = i;
    while (i < n && is_tag_space(raw[i])) ++i;
    if (i >= n) return {};
    if (raw[i] == '>') return {i + 1 - pos, name};
    if (raw[i] == '/') {
      if (i + 1 < n && raw[i + 1] == '>') return {i + 2 - pos, name};
      return {};
    }
    // Attributes are separated from the name and from each other by space.
    if (i == space_begin || !is_attribute_name_start(raw[i])) return {};
    ++i;
    while (i < n && is_attribute_name_char(raw[i])) ++i;
    const std::size_t attribute_end = i;
    while (i < n && is_tag_space(raw[i])) ++i;
    if (i >= n || raw[i] != '=') {
      i = attribute_end;  // a bare attribute; the space belongs to the next
      continue;
    }
    ++i;
    while (i < n && is_tag_space(raw[i])) ++i;
    if (i >= n) return {};
    if (raw[i] == '"' || raw[i] == '\'') {
      const char quote = raw[i++];
      while (i < n && raw[i] != quote && raw[i] != '<' && raw[i] != '>') ++i;
      if (i >= n || raw[i] != quote) return {};
      ++i;
    } else {
      const std::size_t value_begin = i;
      while (i < n && is_unquoted_value_char(raw[i])) ++i;
      if (i == value_begin) return {};
    }
  }
}

// Looked up rather than searched for: every '<' of a fragment is tried as
// an e-mail autolink, through the tag name that it usually starts.
constexpr std::array<bool, 256> kEmailLocal = [] {
  std::array<bool, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = table[c - 'a' + 'A'] = true;
  for (const char c : std::string_view(".!#$%&'*+/=?^_`{|}~-")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

bool is_email_local_char(char c) { return kEmailLocal[static_cast<unsigned char>(c)]; }

// Length of an autolink ("<https://...>" or "<name@host>") at raw[pos] ==
// '<', or 0. Like tags, the scan never passes a '<' or '>'.
std::size_t match_autolink(std::string_view raw, std::size_t pos) {
  const std::size_t n = raw.size();
  const std::size_t begin = pos + 1;
  if (begin < n && is_ascii_alpha(raw[begin])) {
    std::size_t i = begin + 1;
    while (i < n && (is_ascii_alnum(raw[i]) || raw[i] == '+' || raw[i] == '.' || raw[i] == '-')) ++i;
    const std::size_t scheme_length = i - begin;
    if (scheme_length >= kMinSchemeLength && scheme_length <= kMaxSchemeLength && i < n &&
        raw[i] == ':') {
      ++i;
      while (i < n) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c <= 0x20 || c == 0x7F || c == '<' || c == '>') break;
        if (c < 0x80) {
          ++i;
          continue;
        }
        const CodePoint cp = decode_utf8_at(raw, i);
        if (!cp.valid || is_space(cp.value) || is_control(cp.value)) break;
        i += cp.length;
      }
      if (i < n && raw[i] == '>') return i + 1 - pos;
    }
  }
  std::size_t i = begin;
  while (i < n && is_email_local_char(raw[i])) ++i;
  if (i == begin || i >= n || raw[i] != '@') return 0;
  const std::size_t domain_begin = ++i;
  while (i < n && (is_ascii_alnum(raw[i]) || raw[i] == '-' || raw[i] == '.')) ++i;
  if (i == domain_begin || i >= n || raw[i] != '>') return 0;
  if (!is_ascii_alnum(raw[domain_begin]) || !is_ascii_alnum(raw[i - 1])) return 0;
  return i + 1 - pos;
}

// Length of "(destination "title")" starting at raw[i], right after a
// link's ']', or 0. No part may hold an unescaped ']' (URLs percent-encode
// it), so the scan stops at the next ']' the tokenizer will look at anyway.
std::size_t match_link_tail(std::string_view raw, std::size_t i) {
  const std::size_t n = raw.size();
  if (i >= n || raw[i] != '(') return 0;
  std::size_t j = i + 1;
  const auto skip_spaces = [&] {
    while (j < n && is_tag_space(raw[j])) ++j;
  };
  const auto step = [&] { j += (raw[j] == '\\' && j + 1 < n) ? 2 : 1; };

  skip_spaces();
  if (j < n && raw[j] == '<') {
    ++j;
    while (j < n && raw[j] != '>' && raw[j] != '<' && raw[j] != '\n' && raw[j] != ']') step();
    if (j >= n || raw[j] != '>') return 0;
    ++j;
  } else {
    std::size_t depth = 0;
    while (j < n) {
      const auto c = static_cast<unsigned char>(raw[j]);
      if (c <= 0x20 || c == 0x7F || c == ']') break;
      if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (depth == 0) break;
        --depth;
      }
      step();
    }
  }
  const std::size_t destination_end = j;
  skip_spaces();
  if (j > destination_end && j < n && (raw[j] == '"' || raw[j] == '\'' || raw[j] == '(')) {
    const char close = raw[j] == '(' ? ')' : raw[j];
    ++j;
    while (j < n && raw[j] != close && raw[j] != ']') step();
    if (j >= n || raw[j] != close) return 0;
    ++j;
    skip_spaces();
  }
  if (j < n && raw[j] == ')') return j + 1 - i;
  return 0;
}

bool is_plain_at(std::string_view raw, std::size_t i) {
  return i < raw.size() && kPlain[static_cast<unsigned char>(raw[i])];
}

// Where the run of plain text of `raw` that reaches `from` ends: at the
// first byte that is neither plain nor a single space before a plain byte.
// Runs are most of the text, so they are walked sixteen bytes at a time
// while the byte after a block can be read as well.
std::size_t plain_run_end(std::string_view raw, std::size_t from) {
  const std::size_t n = raw.size();
  for (; n - from > kBlockSize; from += kBlockSize) {
    const ByteBlock bytes = load_block(raw.data() + from);
    const auto continues = plain_lanes(bytes) | ((bytes == ' ') & plain_lanes(load_block(raw.data() + from + 1)));
    const std::size_t lane = first_marked_lane(~continues);
    if (lane < kBlockSize) return from + lane;
  }
  while (from < n) {
    if (is_plain_at(raw, from)) {
      ++from;
    } else if (raw[from] == ' ' && is_plain_at(raw, from + 1)) {
      from += 2;
    } else {
      break;
    }
  }
  return from;
}

enum class TokenKind : unsigned char {
  kText,       // pool[begin, end)
  kBracket,    // "[" or "![" that a link may still swallow: pool[begin, end)
  kSpace,      // collapsible whitespace
  kWrap,       // line break inside a paragraph: prints as a space
  kBreak,      // <br>: one is a wrap, two in a row a paragraph break
  kParagraph,  // paragraph break
  kDelimiter,  // run of '*' or '_'; begin indexes Inline::delimiters
};

struct Token {
  TokenKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

constexpr std::ptrdiff_t kNone = -1;

struct Delimiter {
  char marker = '*';
  std::size_t length = 0;     // as written; the "rule of three" needs it
  std::size_t remaining = 0;  // not used up as emphasis; printed as written
  bool can_open = false;
  bool can_close = false;
  std::ptrdiff_t prev = kNone;  // the CommonMark delimiter stack, as a list
  std::ptrdiff_t next = kNone;
};

// Its storage comes from the arena append_clean_inline() gives it.
struct Inline {
  explicit Inline(std::pmr::memory_resource* arena) : pool(arena), tokens(arena), delimiters(arena) {}
  std::pmr::string pool;
  std::pmr::vector<Token> tokens;
  std::pmr::vector<Delimiter> delimiters;
};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  for (const std::string_view candidate : names) {
    if (equals_ignoring_case(name, candidate)) return true;
  }
  return false;
}

// What a tag's boundary does to the text around it.
enum class TagBoundary : std::uint8_t { kNone, kBreak, kParagraph, kSpace };

TagBoundary boundary_of(std::string_view name) {
  if (!may_have_boundary(name)) return TagBoundary::kNone;
  if (equals_ignoring_case(name, "br")) return TagBoundary::kBreak;
  if (is_one_of(name, kParagraphTags)) return TagBoundary::kParagraph;
  if (is_one_of(name, kSpaceTags)) return TagBoundary::kSpace;
  return TagBoundary::kNone;
}

struct RunFlanks {
  bool can_open = false;
  bool can_close = false;
};

// Whether the run of '*' or '_' at raw[begin, end) may open or close
// emphasis, by CommonMark's flanking rules, using the characters around it
// as written.
RunFlanks flanks_of(std::string_view raw, std::size_t begin, std::size_t end) {
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

class Tokenizer {
 public:
  Tokenizer(std::string_view raw, Inline& result) : raw_(raw), result_(result) {}

  void run() {
    const std::size_t n = raw_.size();
    while (pos_ < n) {
      const auto c = static_cast<unsigned char>(raw_[pos_]);
      if (kPlain[c]) {
        // A single space between plain bytes is already collapsed: keeping
        // it inside the run saves two tokens per word of prose.
        const std::size_t end = plain_run_end(raw_, pos_ + 1);
        add_text(raw_.substr(pos_, end - pos_));
        pos_ = end;
        continue;
      }
      switch (c) {
        case '\n': on_newline(); break;
        case '\\': on_backslash(); break;
        case '<': on_angle(); break;
        case '&': on_ampersand(); break;
        case '[': on_open_bracket(1); break;
        case ']': on_close_bracket(); break;
        case '!':
          if (pos_ + 1 < n && raw_[pos_ + 1] == '[') {
            on_open_bracket(2);
          } else {
            add_text("!");
            ++pos_;
          }
          break;
        case '*':
        case '_': on_delimiter_run(); break;
        default:
          if (c >= 0x80) {
            const CodePoint cp = decode_utf8_at(raw_, pos_);
            add_code_point(cp.value);
            pos_ += cp.length;
          } else {
            add_code_point(c);
            ++pos_;
          }
      }
    }
  }

 private:
  void add_token(TokenKind kind, std::size_t begin = 0, std::size_t end = 0) {
    result_.tokens.push_back(Token{kind, begin, end});
  }

  void add_text(std::string_view text) {
    std::pmr::string& pool = result_.pool;
    auto& tokens = result_.tokens;
    if (!tokens.empty() && tokens.back().kind == TokenKind::kText &&
        tokens.back().end == pool.size()) {
      pool += text;
      tokens.back().end = pool.size();
      return;
    }
    const std::size_t begin = pool.size();
    pool += text;
    add_token(TokenKind::kText, begin, pool.size());
  }

  void add_space() {
    if (result_.tokens.empty() || result_.tokens.back().kind != TokenKind::kSpace) {
      add_token(TokenKind::kSpace);
    }
  }

  void add_code_point(char32_t cp) {
    switch (role_of(cp)) {
      case CodePointRole::kDropped: return;
      case CodePointRole::kSpace: add_space(); return;
      case CodePointRole::kText: break;
    }
    char encoded[4];
    add_text(std::string_view(encoded, encode_utf8(cp, encoded)));
  }

  void on_newline() {
    if (const std::size_t end = end_of_paragraph_break(raw_, pos_); end != 0) {
      add_token(TokenKind::kParagraph);
      pos_ = end;
      return;
    }
    add_token(TokenKind::kWrap);
    ++pos_;
  }

  void on_backslash() {
    const std::size_t next = pos_ + 1;
    if (next < raw_.size() && (raw_[next] == '\n' || raw_[next] == '\r')) {
      ++pos_;  // a hard line break: the newline that follows is the break
      return;
    }
    if (next < raw_.size() && is_ascii_punctuation(static_cast<unsigned char>(raw_[next]))) {
      add_text(raw_.substr(next, 1));
      pos_ += 2;
      return;
    }
    add_text("\\");
    ++pos_;
  }

  void on_angle() {
    if (const std::size_t length = match_autolink(raw_, pos_)) {
      // The address is text as written, but invisible characters still go.
      const std::size_t end = pos_ + length - 1;
      for (std::size_t i = pos_ + 1; i < end;) {
        const CodePoint cp = decode_utf8_at(raw_, i);
        add_code_point(cp.value);
        i += cp.length;
      }
      pos_ += length;
      return;
    }
    if (raw_.substr(pos_, 4) == "<!--" && !comment_end_missing_) {
      const std::size_t end = raw_.find("-->", pos_ + 4);
      if (end != std::string_view::npos) {
        pos_ = end + 3;
        return;
      }
      // No "-->" anywhere after here, so later "<!--" need not look again.
      comment_end_missing_ = true;
    }
    const TagMatch tag = match_tag(raw_, pos_);
    if (tag.length == 0) {
      add_text("<");
      ++pos_;
      return;
    }
    switch (boundary_of(tag.name)) {
      case TagBoundary::kNone: break;
      case TagBoundary::kBreak: add_token(TokenKind::kBreak); break;
      case TagBoundary::kParagraph: add_token(TokenKind::kParagraph); break;
      case TagBoundary::kSpace: add_space(); break;
    }
    pos_ += tag.length;
  }

  void on_ampersand() {
    const EntityMatch entity = match_entity(raw_.substr(pos_));
    if (entity.length == 0) {
      add_text("&");
      ++pos_;
      return;
    }
    add_code_point(entity.code_point);
    pos_ += entity.length;
  }

  void on_open_bracket(std::size_t marker_length) {
    std::pmr::string& pool = result_.pool;
    const std::size_t begin = pool.size();
    pool += raw_.substr(pos_, marker_length);
    add_token(TokenKind::kBracket, begin, pool.size());
    open_brackets_.push_back(result_.tokens.size() - 1);
    pos_ += marker_length;
  }

  void on_close_bracket() {
    if (!open_brackets_.empty()) {
      const std::size_t opener = open_brackets_.back();
      open_brackets_.pop_back();
      if (const std::size_t tail = match_link_tail(raw_, pos_ + 1)) {
        Token& bracket = result_.tokens[opener];
        bracket.end = bracket.begin;  // the link text stays, its markup goes
        pos_ += 1 + tail;
        return;
      }
    }
    add_text("]");
    ++pos_;
  }

  // Classifies a run of '*' or '_' by CommonMark's flanking rules, using the
  // characters around it as written.
  void on_delimiter_run() {
    const std::size_t n = raw_.size();
    const char marker = raw_[pos_];
    const std::size_t begin = pos_;
    while (pos_ < n && raw_[pos_] == marker) ++pos_;

    const RunFlanks flanks = flanks_of(raw_, begin, pos_);
    Delimiter delimiter;
    delimiter.marker = marker;
    delimiter.length = pos_ - begin;
    delimiter.remaining = delimiter.length;
    delimiter.can_open = flanks.can_open;
    delimiter.can_close = flanks.can_close;
    result_.delimiters.push_back(delimiter);
    add_token(TokenKind::kDelimiter, result_.delimiters.size() - 1);
  }

  std::string_view raw_;
  Inline& result_;
  std::size_t pos_ = 0;
  std::vector<std::size_t> open_brackets_;  // kBracket tokens not yet closed
  bool comment_end_missing_ = false;
};

// CommonMark's "process emphasis" over all delimiter runs: pairs closers with
// the nearest matching opener, using up one or two characters from each per
// match. The openers_bottom bounds make it linear.
void match_emphasis(std::pmr::vector<Delimiter>& delimiters) {
  const auto count = static_cast<std::ptrdiff_t>(delimiters.size());
  for (std::ptrdiff_t i = 0; i < count; ++i) {
    delimiters[static_cast<std::size_t>(i)].prev = i - 1;
    delimiters[static_cast<std::size_t>(i)].next = i + 1 < count ? i + 1 : kNone;
  }
  const auto at = [&](std::ptrdiff_t i) -> Delimiter& {
    return delimiters[static_cast<std::size_t>(i)];
  };
  const auto unlink = [&](std::ptrdiff_t i) {
    Delimiter& d = at(i);
    if (d.prev != kNone) at(d.prev).next = d.next;
    if (d.next != kNone) at(d.next).prev = d.prev;
  };

  // Per marker, closer-can-open and closer length mod 3: no opener for such
  // a closer exists at or below this index.
  std::ptrdiff_t openers_bottom[2][2][3];
  for (auto& by_marker : openers_bottom) {
    for (auto& by_open : by_marker) {
      for (std::ptrdiff_t& bottom : by_open) bottom = kNone;
    }
  }

  std::ptrdiff_t current = count > 0 ? 0 : kNone;
  while (current != kNone) {
    Delimiter& closer = at(current);
    if (!closer.can_close) {
      current = closer.next;
      continue;
    }
    std::ptrdiff_t& bottom =
        openers_bottom[closer.marker == '*' ? 0 : 1][closer.can_open ? 1 : 0][closer.length % 3];
    std::ptrdiff_t opener = closer.prev;
    for (; opener != kNone && opener > bottom; opener = at(opener).prev) {
      const Delimiter& candidate = at(opener);
      if (candidate.marker != closer.marker || !candidate.can_open) continue;
      // The "rule of three" keeps "*foo**bar*" from pairing the wrong runs.
      const bool both_ways = candidate.can_close || closer.can_open;
      const bool multiple_of_three = (candidate.length + closer.length) % 3 == 0 &&
                                     !(candidate.length % 3 == 0 && closer.length % 3 == 0);
      if (!(both_ways && multiple_of_three)) break;
    }
    if (opener == kNone || opener <= bottom) {
      bottom = closer.prev;
      const std::ptrdiff_t next = closer.next;
      if (!closer.can_open) unlink(current);
      current = next;
      continue;
    }
    Delimiter& open = at(opener);
    const std::size_t used = open.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
    open.remaining -= used;
    closer.remaining -= used;
    // Runs between the pair can no longer match: they stay as written.
    open.next = current;
    closer.prev = opener;
    if (open.remaining == 0) unlink(opener);
    if (closer.remaining == 0) {
      const std::ptrdiff_t next = closer.next;
      unlink(current);
      current = next;
    }
  }
}

// Bold split across lines or cells leaves a lone "**" at one end of a line
// ("By end October 2015 LF**"); it is markup, not text, so it goes.
void drop_split_bold(Inline& parsed) {
  const auto is_boundary = [](const Token& t) {
    return t.kind == TokenKind::kWrap || t.kind == TokenKind::kBreak ||
           t.kind == TokenKind::kParagraph;
  };
  const auto split_bold = [&](const Token& t) -> Delimiter* {
    if (t.kind != TokenKind::kDelimiter) return nullptr;
    Delimiter& d = parsed.delimiters[t.begin];
    return d.marker == '*' && d.remaining >= 2 && d.remaining <= 3 ? &d : nullptr;
  };
  const auto visible = [&](const Token& t) {
    switch (t.kind) {
      case TokenKind::kText:
      case TokenKind::kBracket: return t.end > t.begin;
      case TokenKind::kDelimiter: return parsed.delimiters[t.begin].remaining > 0;
      default: return false;
    }
  };
  const auto sweep = [&](auto first, auto last) {
    bool seen_text = false;
    for (auto it = first; it != last; ++it) {
      if (is_boundary(*it)) {
        seen_text = false;
      } else if (Delimiter* d = split_bold(*it); d != nullptr && !seen_text) {
        d->remaining = 0;
      } else if (visible(*it)) {
        seen_text = true;
      }
    }
  };
  sweep(parsed.tokens.begin(), parsed.tokens.end());
  sweep(parsed.tokens.rbegin(), parsed.tokens.rend());
}

void render(const Inline& parsed, std::string& out) {
  enum class Gap { kNone, kSpace, kParagraph };
  Gap gap = Gap::kNone;
  int breaks = 0;
  bool started = false;
  const auto widen = [&gap](Gap to) {
    if (to > gap) gap = to;
  };
  const auto emit = [&](std::string_view piece, std::size_t repeat) {
    if (started && gap != Gap::kNone) out += gap == Gap::kParagraph ? '\n' : ' ';
    for (std::size_t i = 0; i < repeat; ++i) out += piece;
    started = true;
    gap = Gap::kNone;
    breaks = 0;
  };
  for (const Token& token : parsed.tokens) {
    switch (token.kind) {
      case TokenKind::kText:
      case TokenKind::kBracket:
        if (token.end > token.begin) {
          emit(std::string_view(parsed.pool).substr(token.begin, token.end - token.begin), 1);
        }
        break;
      case TokenKind::kDelimiter: {
        const Delimiter& d = parsed.delimiters[token.begin];
        if (d.remaining > 0) emit(std::string_view(&d.marker, 1), d.remaining);
        break;
      }
      case TokenKind::kSpace:
      case TokenKind::kWrap: widen(Gap::kSpace); break;
      case TokenKind::kBreak:
        ++breaks;
        widen(breaks >= 2 ? Gap::kParagraph : Gap::kSpace);
        break;
      case TokenKind::kParagraph: widen(Gap::kParagraph); break;
    }
  }
}

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

bool is_gap(char c) { return c == ' ' || c == '\n'; }

// Sixteen bytes at a time with the block helpers of text_util.hpp.
// A comparison of two blocks: per byte, -1 (all bits set) where it holds.
using BlockMarks = signed char __attribute__((vector_size(16)));

// `bytes` with `n` added to every lane, wrapping past 0x7F as the hardware
// does: added as signed lanes, that would be an overflow, which C++ leaves
// undefined.
[[gnu::always_inline]] inline BlockMarks add_wrapping(BlockMarks bytes, unsigned char n) {
  return std::bit_cast<BlockMarks>(static_cast<ByteBlock>(std::bit_cast<ByteBlock>(bytes) + n));
}

// Marks the bytes of p[0, 16) that cannot be copied blindly: controls
// (newline among them), DEL, every non-ASCII byte, the bytes that may start
// markup (kPlain), and a space followed by a space or newline, which starts a
// run to collapse (or by another control or a non-ASCII byte). A single
// space between two words is not marked. Reads p[16] as well, to judge a
// space in the last place.
//
// Two marks are approximate, to save comparisons: '^' is marked with its
// neighbours '[' to '_' (callers pass over a marked byte that kPlain
// holds), and '!' is not marked at all, as it starts markup only in "![",
// whose '[' is marked.
// `next` is the block one byte on from `block`. Inlined: it runs once for
// every sixteen bytes of every paragraph and cell.
[[gnu::always_inline]] inline BlockMarks marks_of(BlockMarks bytes, BlockMarks next) {
  // As signed bytes, with the fewest instructions SSE2 has: it compares
  // signed bytes in one step, unsigned ones in three.
  //
  // Adding one takes DEL to 0x80 and leaves the space at 0x21, so one
  // signed comparison finds the controls (newline among them), DEL and
  // every byte past ASCII, all of which are then below 0x21.
  BlockMarks marks = add_wrapping(bytes, 1) < 0x21;
  // [ \ ] ^ _ moved to the bottom of the signed range, where they alone are.
  marks |= add_wrapping(bytes, 0x80 - '[') < -0x80 + 5;
  marks |= (bytes == '<') | (bytes == '&') | (bytes == '*');
  // A space before a space, a newline, another control or a byte past
  // ASCII: only the first two start a run to collapse, but one comparison
  // marks them all, and the plain path copies a single space all the same.
  marks |= (bytes == ' ') & (next < 0x21);
  return marks;
}

// Lane of the first marked byte of `marks`, or kBlockSize if none is: with
// SSE2, one instruction gathers a bit from each lane.
[[gnu::always_inline]] inline std::size_t first_mark(BlockMarks marks) {
#if defined(__SSE2__)
  const auto bits = static_cast<unsigned>(_mm_movemask_epi8(std::bit_cast<__m128i>(marks)));
  return bits == 0 ? kBlockSize : static_cast<std::size_t>(std::countr_zero(bits));
#else
  return first_marked_lane(marks);
#endif
}

// The first byte of [p, end) that needs a closer look (see marks_of()), or
// end; `begin` is where the text starts, at or before p. end[-1] must not
// be a space: the scan does not look past `end` to judge it.
[[gnu::always_inline]] inline const char* find_attention(const char* begin, const char* p, const char* end) {
  while (static_cast<std::size_t>(end - p) > kBlockSize) {
    const std::size_t i = first_mark(
        marks_of(std::bit_cast<BlockMarks>(load_block(p)), std::bit_cast<BlockMarks>(load_block(p + 1))));
    if (i < kBlockSize) return p + i;
    p += kBlockSize;
  }
  // The last 16 bytes or fewer: past `end` may be nothing to read.
  if (p == end) return end;  // p may be null then, which memcpy must not see
  const auto left = static_cast<std::size_t>(end - p);
  if (std::endian::native == std::endian::little && static_cast<std::size_t>(end - begin) >= kBlockSize) {
    // The last sixteen bytes of the text, of which the lanes before p are
    // scanned already. The block one byte on is the same bytes moved down
    // a lane, with a plain byte after the last.
    const char* last = end - kBlockSize;
    std::uint64_t halves[2];
    std::memcpy(halves, last, sizeof halves);
    const std::uint64_t moved[2] = {(halves[0] >> 8) | (halves[1] << 56), (halves[1] >> 8) | (std::uint64_t{'x'} << 56)};
    const BlockMarks bytes = std::bit_cast<BlockMarks>(halves);
    const BlockMarks next = std::bit_cast<BlockMarks>(moved);
    const BlockMarks lanes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    const auto scanned = static_cast<signed char>(kBlockSize - left);
    const std::size_t i = first_mark(marks_of(bytes, next) & (lanes >= scanned));
    return i < kBlockSize ? last + i : end;
  }
  // A text shorter than a block is scanned in a copy padded with plain bytes,
  // copied in fixed-size moves rather than a call to memcpy: most table
  // cells take this path.
  char padded[kBlockSize + 1];
  std::memset(padded, 'x', sizeof padded);
  copy_short(padded, p, left);
  const std::size_t i = first_mark(
      marks_of(std::bit_cast<BlockMarks>(load_block(padded)), std::bit_cast<BlockMarks>(load_block(padded + 1))));
  return i < left ? p + i : end;
}

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

enum class Plain : std::uint8_t {
  kNo,         // the tokenizer must clean it
  kCleaned,    // plain, and its clean text was appended
  kUnchanged,  // plain, and its clean text is itself
};

// Cleans `raw` if it is plain: appends its clean text and returns kCleaned,
// or returns kUnchanged when that text is `raw` as written, appending it
// only if `append_unchanged` is set. Returns kNo with `out` as it was when
// `raw` is not plain.
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

// ---- the light markup path ----------------------------------------------------
//
// Most fragments that are not plain hold a little markup of a few kinds: tags
// ("<b>No.</b>", "<br>"), a bold label ("**Name:** Owen Davies"), an entity.
// Their clean text is rendered here straight from the bytes, as the
// tokenizer and render() would render it, without building tokens. Each step
// below does what the tokenizer step of the same name does, with its tokens
// rendered at once. Whatever else a fragment holds (links, escapes, '_',
// autolinks, comments, emphasis other than matched pairs of "**") is left to
// the tokenizer.
class LightMarkup {
 public:
  LightMarkup(std::string_view raw, std::string& out) : raw_(raw), out_(out) {
    // Spaces and newlines at the end only widen a gap that nothing follows.
    while (end_ > 0 && is_gap(raw_[end_ - 1])) --end_;
  }

  // Appends the clean text of the fragment and returns true, or returns
  // false, with part of it appended, when the fragment needs the tokenizer.
  bool run() {
    const std::size_t n = raw_.size();
    while (pos_ < end_) {
      const auto c = static_cast<unsigned char>(raw_[pos_]);
      if (kPlain[c]) {
        // Plain bytes and single spaces, up to the next byte the plain path
        // would look at closer, bar a space before it, which is a gap.
        const char* begin = raw_.data() + pos_;
        const char* stop = find_attention(raw_.data(), begin + 1, raw_.data() + end_);
        if (stop[-1] == ' ') --stop;
        emit({begin, static_cast<std::size_t>(stop - begin)});
        pos_ = static_cast<std::size_t>(stop - raw_.data());
        continue;
      }
      switch (c) {
        case ' ': widen(Gap::kSpace); ++pos_; break;
        case '\n': on_newline(); break;
        case '<':
          if (!on_angle()) return false;
          break;
        case '&': on_ampersand(); break;
        case '!':
          if (pos_ + 1 < n && raw_[pos_ + 1] == '[') return false;
          emit("!");
          ++pos_;
          break;
        case '*':
          if (!on_bold_run()) return false;
          break;
        case '\\':
        case '[':
        case ']':
        case '_': return false;
        default:
          if (c >= 0x80) {
            const CodePoint cp = decode_utf8_at(raw_, pos_);
            add_code_point(cp.value);
            pos_ += cp.length;
          } else {
            add_code_point(c);
            ++pos_;
          }
      }
    }
    return open_bold_runs_ == 0;
  }

 private:
  enum class Gap : std::uint8_t { kNone, kSpace, kParagraph };

  void widen(Gap to) {
    if (to > gap_) gap_ = to;
  }

  void emit(std::string_view piece) {
    if (started_ && gap_ != Gap::kNone) out_ += gap_ == Gap::kParagraph ? '\n' : ' ';
    out_ += piece;
    started_ = true;
    gap_ = Gap::kNone;
    breaks_ = 0;
  }

  void add_code_point(char32_t cp) {
    switch (role_of(cp)) {
      case CodePointRole::kDropped: return;
      case CodePointRole::kSpace: widen(Gap::kSpace); return;
      case CodePointRole::kText: break;
    }
    char encoded[4];
    emit(std::string_view(encoded, encode_utf8(cp, encoded)));
  }

  void on_newline() {
    if (const std::size_t end = end_of_paragraph_break(raw_, pos_); end != 0) {
      widen(Gap::kParagraph);
      pos_ = end;
      return;
    }
    widen(Gap::kSpace);
    ++pos_;
  }

  // The tag is matched first, though the tokenizer tries an autolink and a
  // comment before it: a tag's name ends at a space, '>' or "/>", where an
  // autolink would need a ':' or '@', and a comment starts "<!", which no tag
  // does; so where a tag matches, neither of them does.
  bool on_angle() {
    const TagMatch tag = match_tag(raw_, pos_);
    if (tag.length == 0) {
      if (match_autolink(raw_, pos_) != 0 || raw_.substr(pos_, 4) == "<!--") return false;
      emit("<");
      ++pos_;
      return true;
    }
    switch (boundary_of(tag.name)) {
      case TagBoundary::kNone: break;
      case TagBoundary::kBreak:
        ++breaks_;
        widen(breaks_ >= 2 ? Gap::kParagraph : Gap::kSpace);
        break;
      case TagBoundary::kParagraph: widen(Gap::kParagraph); break;
      case TagBoundary::kSpace: widen(Gap::kSpace); break;
    }
    pos_ += tag.length;
    return true;
  }

  void on_ampersand() {
    const EntityMatch entity = match_entity(raw_.substr(pos_));
    if (entity.length == 0) {
      emit("&");
      ++pos_;
      return;
    }
    add_code_point(entity.code_point);
    pos_ += entity.length;
  }

  // A run of exactly two '*': with no other delimiter runs in the fragment,
  // match_emphasis pairs each closer with the nearest opener left, so the
  // open runs are a stack, and a matched pair prints nothing. A run that
  // neither closes nor opens, or an opener left over, would be printed or
  // judged by drop_split_bold: the tokenizer's work.
  bool on_bold_run() {
    const std::size_t begin = pos_;
    while (pos_ < raw_.size() && raw_[pos_] == '*') ++pos_;
    if (pos_ - begin != 2) return false;
    const RunFlanks flanks = flanks_of(raw_, begin, pos_);
    if (flanks.can_close && open_bold_runs_ > 0) {
      --open_bold_runs_;
      return true;
    }
    if (!flanks.can_open) return false;
    ++open_bold_runs_;
    return true;
  }

  std::string_view raw_;
  std::string& out_;
  std::size_t pos_ = 0;
  std::size_t end_ = raw_.size();  // past the last byte that is not a gap
  Gap gap_ = Gap::kNone;
  int breaks_ = 0;
  bool started_ = false;
  std::size_t open_bold_runs_ = 0;
};

// The tokenizer's clean text of `raw`, appended to `out`.
void append_tokenized(std::string_view raw, std::string& out) {
  // The fragments that need the tokenizer are mostly short cells: their
  // text and tokens fit in a buffer on the stack, where a malloc and a
  // free each would cost more than tokenizing them. Longer ones spill to
  // the heap.
  std::array<std::byte, 4096> stack_buffer;
  std::pmr::monotonic_buffer_resource arena(stack_buffer.data(), stack_buffer.size());
  Inline parsed(&arena);
  // One allocation each up front instead of a series of regrowths: most
  // fragments are short cells, and most of their bytes end up in the pool.
  parsed.pool.reserve(raw.size());
  parsed.tokens.reserve(raw.size() / 8 + 8);
  Tokenizer(raw, parsed).run();
  // Without a run of '*' or '_' there is no emphasis and no split bold:
  // most fragments here hold HTML, not Markdown.
  if (!parsed.delimiters.empty()) {
    match_emphasis(parsed.delimiters);
    drop_split_bold(parsed);
  }
  // Cleaning seldom lengthens text: room for all of it once, rather than
  // regrowing as each piece is rendered.
  out.reserve(out.size() + raw.size());
  render(parsed, out);
}

// The clean text of `raw`, which is not plain, appended to `out`.
void append_marked_up(std::string_view raw, std::string& out) {
  const std::size_t size_before = out.size();
  if (LightMarkup(raw, out).run()) return;
  out.resize(size_before);
  append_tokenized(raw, out);
}

}  // namespace

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
