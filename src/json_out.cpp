#include "json_out.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "text_util.hpp"

namespace docket {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The bytes that cannot be copied into a JSON string as they are: a C0
// control, the quote or the backslash, which are escaped, or a byte from
// 0x80 up, which starts a UTF-8 sequence to check (or is invalid). DEL
// (0x7F) is copied, as nlohmann copies it.
constexpr auto kNeedsRewriting = [](auto b) { return (b < 0x20) | (b == '"') | (b == '\\') | (b >= 0x80); };

// Position of the first byte at or after `from` that kNeedsRewriting marks.
std::size_t next_to_escape(std::string_view s, std::size_t from) { return find_marked(s, from, kNeedsRewriting); }

// The escape of a byte below 0x80 that next_to_escape stops at.
void append_escape(unsigned char c, std::string& out) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: {
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

// `s`, whose first byte that needs more than a copy is s[first], with every
// such byte escaped, replaced or (as a valid multibyte sequence) copied. Kept
// out of line so that append_escaped, called for every key and string,
// stays small.
[[gnu::noinline]] void append_rewritten(std::string_view s, std::size_t first, std::string& out) {
  // s[copied, i) is text to copy as it is; it is appended in one piece when
  // a byte that needs rewriting (or the end) is reached. Valid multibyte
  // sequences stay inside the piece.
  std::size_t copied = 0;
  std::size_t i = first;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence_length(s, i);
      if (length != 0) {
        i = next_to_escape(s, i + length);
        continue;
      }
    }
    out.append(s.data() + copied, i - copied);
    if (c >= 0x80) {
      out += kReplacement;  // one per byte that starts no valid sequence
    } else {
      append_escape(c, out);
    }
    copied = i + 1;
    i = next_to_escape(s, copied);
  }
  out.append(s.data() + copied, s.size() - copied);
}

// Copies `n` bytes, fewer than kBlockSize, in at most three fixed-size moves
// (overlapping when `n` is not a power of two) rather than a call to memcpy.
void copy_short(char* to, const char* from, std::size_t n) {
  if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// The longest punctuation append_quoted writes after a string (": ").
constexpr std::size_t kMaxTrail = 2;

// Appends `lead` (nothing when it is 0), `s` as a JSON string, then `trail`.
// Keys and most values are short and plain: for them the whole piece is put
// together on the stack and appended once, since each append to a
// std::string costs more in bookkeeping than the few bytes it copies.
void append_quoted(std::string& out, char lead, std::string_view s, std::string_view trail) {
  const std::size_t n = s.size();
  const bool short_and_plain =
      n < kBlockSize && trail.size() <= kMaxTrail &&
      (n == 0 || first_marked_lane(kNeedsRewriting(load_short_block(s.data(), n))) == kBlockSize);
  if (!short_and_plain) {
    if (lead != 0) out.push_back(lead);
    JsonOut::append_escaped(s, out);
    out += trail;
    return;
  }
  char piece[1 + 1 + kBlockSize + 1 + kMaxTrail];
  std::size_t length = 0;
  if (lead != 0) piece[length++] = lead;
  piece[length++] = '"';
  copy_short(piece + length, s.data(), n);
  length += n;
  piece[length++] = '"';
  for (char c : trail) piece[length++] = c;
  out.append(piece, length);
}

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, int level) : out_(out), indent_(indent), level_(level) {}

void JsonOut::append_escaped(std::string_view s, std::string& out) {
  out.push_back('"');
  if (!any_marked(s, kNeedsRewriting)) {
    out += s;  // the common case: plain ASCII with nothing to escape
  } else {
    append_rewritten(s, next_to_escape(s, 0), out);
  }
  out.push_back('"');
}

void JsonOut::newline_and_indent(int level) {
  out_.push_back('\n');
  out_.append(static_cast<std::size_t>(level * indent_), ' ');
}

void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ > 0) separate();
}

// What goes before a member or element of the innermost container: a comma
// unless it is the first and, in pretty output, a new indented line.
void JsonOut::separate() {
  if (has_values_) out_.push_back(',');
  has_values_ = true;
  if (indent_ >= 0) newline_and_indent(level_ + depth_);
}

void JsonOut::key(std::string_view name) {
  if (indent_ >= 0) {
    separate();
    append_quoted(out_, 0, name, ": ");
  } else {
    // separate() in compact output, with the comma written as part of the key.
    append_quoted(out_, has_values_ ? ',' : 0, name, ":");
    has_values_ = true;
  }
  after_key_ = true;
}

void JsonOut::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  ++depth_;
  has_values_ = false;
}

void JsonOut::close(char bracket) {
  --depth_;
  // An empty container prints as {} or [] on one line.
  if (has_values_ && indent_ >= 0) newline_and_indent(level_ + depth_);
  out_.push_back(bracket);
  has_values_ = true;  // the parent holds at least the container just closed
}

void JsonOut::begin_object() { open('{'); }
void JsonOut::end_object() { close('}'); }
void JsonOut::begin_array() { open('['); }
void JsonOut::end_array() { close(']'); }

void JsonOut::string(std::string_view s) {
  before_value();
  append_quoted(out_, 0, s, {});
}

void JsonOut::null() {
  before_value();
  out_ += "null";
}

void JsonOut::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonOut::integer(std::int64_t n) {
  before_value();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
  out_.append(buffer, result.ptr);
}

void JsonOut::number(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_ += "null";
    return;
  }
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
  const std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
  out_ += text;
  if (text.find_first_of(".e") == std::string_view::npos) out_ += ".0";
}

}  // namespace docket
