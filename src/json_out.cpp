#include "json_out.hpp"

#include <charconv>
#include <cmath>

#include "text_util.hpp"

namespace docket {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, int level) : out_(out), indent_(indent), level_(level) {}

void JsonOut::append_escaped(std::string_view s, std::string& out) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // Runs that need no escaping are copied whole.
    std::size_t run = i;
    while (run < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t len = utf8_sequence_length(s, i);
      if (len == 0) {
        out += kReplacement;
        ++i;
      } else {
        out.append(s.data() + i, len);
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
    ++i;
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
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_.push_back(',');
  if (indent_ >= 0) newline_and_indent(level_ + static_cast<int>(counts_.size()));
}

void JsonOut::key(std::string_view name) {
  if (counts_.back()++ > 0) out_.push_back(',');
  if (indent_ >= 0) newline_and_indent(level_ + static_cast<int>(counts_.size()));
  append_escaped(name, out_);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonOut::begin_object() {
  before_value();
  out_.push_back('{');
  counts_.push_back(0);
}

void JsonOut::end_object() {
  const int count = counts_.back();
  counts_.pop_back();
  if (count > 0 && indent_ >= 0) newline_and_indent(level_ + static_cast<int>(counts_.size()));
  out_.push_back('}');
}

void JsonOut::begin_array() {
  before_value();
  out_.push_back('[');
  counts_.push_back(0);
}

void JsonOut::end_array() {
  const int count = counts_.back();
  counts_.pop_back();
  if (count > 0 && indent_ >= 0) newline_and_indent(level_ + static_cast<int>(counts_.size()));
  out_.push_back(']');
}

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
