#include "write/json_out.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

namespace docket {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The bytes that cannot be copied into a JSON string as they are: a C0
// control, the quote or the backslash, which are escaped, or a byte from
// 0x80 up, which starts a UTF-8 sequence to check (or is invalid); as signed
// bytes, those and the controls are the ones below 0x20. DEL (0x7F) is
// copied, as nlohmann copies it.
constexpr auto kNeedsRewriting = [](auto b) { return (as_signed(b) < 0x20) | (b == '"') | (b == '\\'); };

// Position of the first byte at or after `from` that kNeedsRewriting marks.
std::size_t next_to_escape(std::string_view s, std::size_t from) { return find_marked(s, from, kNeedsRewriting); }

// The escape of a byte below 0x80 that next_to_escape stops at, written to
// `escape`, which has room for six bytes; returns its length.
std::size_t escape_of(unsigned char c, char* escape) {
  char letter = 0;
  switch (c) {
    case '"': letter = '"'; break;
    case '\\': letter = '\\'; break;
    case '\b': letter = 'b'; break;
    case '\f': letter = 'f'; break;
    case '\n': letter = 'n'; break;
    case '\r': letter = 'r'; break;
    case '\t': letter = 't'; break;
    default: {
      const char unicode[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(escape, unicode, sizeof unicode);
      return sizeof unicode;
    }
  }
  escape[0] = '\\';
  escape[1] = letter;
  return 2;
}

// `s`, whose first byte that needs more than a copy is s[first], with every
// such byte escaped, replaced or (as a valid multibyte sequence) copied,
// handed to `put` piece by piece.
template <typename Put>
void put_rewritten(std::string_view s, std::size_t first, Put put) {
  // s[copied, i) is text to copy as it is; it is put in one piece when a
  // byte that needs rewriting (or the end) is reached. Valid multibyte
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
    put(s.substr(copied, i - copied));
    if (c >= 0x80) {
      put(kReplacement);  // one per byte that starts no valid sequence
    } else {
      char escape[6];
      put(std::string_view(escape, escape_of(c, escape)));
    }
    copied = i + 1;
    i = next_to_escape(s, copied);
  }
  put(s.substr(copied));
}

// put_rewritten to a string. Kept out of line so that append_escaped,
// called for every key and string, stays small.
[[gnu::noinline]] void append_rewritten(std::string_view s, std::size_t first, std::string& out) {
  put_rewritten(s, first, [&out](std::string_view piece) { out += piece; });
}

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, int level) : out_(out), indent_(indent), level_(level) {}

void JsonOut::flush() {
  out_.append(buffer_, used_);
  used_ = 0;
}

void JsonOut::put(std::string_view s) {
  if (s.size() > kBufferSize) {
    flush();
    out_ += s;
    return;
  }
  char* p = room_for(s.size());
  if (s.size() < kBlockSize) {
    copy_short(p, s.data(), s.size());
  } else {
    std::memcpy(p, s.data(), s.size());
  }
  used_ += s.size();
}

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
  const auto spaces = static_cast<std::size_t>(level * indent_);
  if (spaces >= kBufferSize) {
    flush();
    out_.push_back('\n');
    out_.append(spaces, ' ');
    return;
  }
  char* p = room_for(1 + spaces);
  *p = '\n';
  std::memset(p + 1, ' ', spaces);
  used_ += 1 + spaces;
}

void JsonOut::key_from_text(std::string_view name) {
  // Written as a string value is; a key always has an object around it,
  // so string() puts the comma (and line break) before it.
  string(name);
  put(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
}

void JsonOut::string(std::string_view s) {
  before_value();
  const std::size_t n = s.size();
  // Short text, the most common, is checked in one block and copied in at
  // most three fixed-size moves rather than a call to memcpy.
  const bool is_short = n < kBlockSize;
  const bool plain = is_short ? n == 0 || first_marked_lane(kNeedsRewriting(load_short_block(s.data(), n))) == kBlockSize
                              : !any_marked(s, kNeedsRewriting);
  const std::size_t length = 1 + n + 1;
  if (!plain || length > kBufferSize) {
    put_in_pieces(s, plain);
    return;
  }
  char* p = room_for(length);
  *p++ = '"';
  if (is_short) {
    copy_short(p, s.data(), n);
  } else {
    std::memcpy(p, s.data(), n);
  }
  p[n] = '"';
  used_ += length;
}

void JsonOut::put_in_pieces(std::string_view s, bool plain) {
  put('"');
  if (plain) {
    put(s);
  } else {
    put_rewritten(s, next_to_escape(s, 0), [this](std::string_view piece) { put(piece); });
  }
  put('"');
}

void JsonOut::integer_by_to_chars(std::int64_t n) {
  before_value();
  // 20 characters hold every int64, sign included.
  constexpr std::size_t kMaxDigits = 20;
  char* p = room_for(kMaxDigits);
  used_ = static_cast<std::size_t>(std::to_chars(p, p + kMaxDigits, n).ptr - buffer_);
}

void JsonOut::number(double d) {
  before_value();
  if (!std::isfinite(d)) {
    put("null");
    return;
  }
  char text[32];
  const auto result = std::to_chars(text, text + sizeof text, d);
  const std::string_view digits(text, static_cast<std::size_t>(result.ptr - text));
  put(digits);
  if (digits.find_first_of(".e") == std::string_view::npos) put(".0");
}

}  // namespace docket
