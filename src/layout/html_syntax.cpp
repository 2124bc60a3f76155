#include "layout/html_syntax.hpp"

#include <array>
#include <cstddef>
#include <string_view>

#include "base/text_util.hpp"
#include "base/utf8.hpp"
#include "layout/inline_chars.hpp"

namespace docket::inline_markup {

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
std::size_t struck_text_end(std::string_view raw, std::size_t pos, const TagMatch& tag) {
  if (pos + 1 >= raw.size() || raw[pos + 1] == '/') return 0;
  const std::size_t from = pos + tag.length;
  const std::string_view ahead = raw.substr(from, kMostStruckBytes);
  for (std::size_t at = ahead.find("</"); at != std::string_view::npos; at = ahead.find("</", at + 2)) {
    const TagMatch close = match_tag(raw, from + at);
    if (close.length != 0 && boundary_of(close.name) == TagBoundary::kStruck && close.name.size() == tag.name.size()) {
      return from + at + close.length;
    }
  }
  return 0;
}

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

}  // namespace docket::inline_markup
