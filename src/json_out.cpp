#include "json_out.hpp"

#include <charconv>
#include <cmath>

#include "text_util.hpp"

namespace docket {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Position of the first byte at or after `from` that cannot be copied into a
// JSON string as it is: a C0 control, the quote or the backslash, which are
// escaped, or a byte from 0x80 up, which starts a UTF-8 sequence to check
// (or is invalid). DEL (0x7F) is copied, as nlohmann copies it.
std::size_t next_to_escape(std::string_view s, std::size_t from) {
  return find_marked(s, from, [](auto b) { return (b < 0x20) | (b == '"') | (b == '\\') | (b >= 0x80); });
}

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

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, int level) : out_(out), indent_(indent), level_(level) {}

void JsonOut::append_escaped(std::string_view s, std::string& out) {
  out.push_back('"');
  const std::size_t first = next_to_escape(s, 0);
  if (first == s.size()) {
    out += s;  // the common case: plain ASCII with nothing to escape
  } else {
    append_rewritten(s, first, out);
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
  separate();
  append_escaped(name, out_);
  out_.push_back(':');
  if (indent_ >= 0) out_.push_back(' ');
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
  append_escaped(s, out_);
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
