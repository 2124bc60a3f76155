// A streaming JSON emitter that appends straight to a string.
//
// The extract writers used to build an nlohmann tree per document and dump
// it; on an archive that cost as much as parsing. This writes the same bytes
// (nlohmann's layout: two-space indent, "key": value, [] and {} when empty,
// control characters as \u00XX, invalid UTF-8 as U+FFFD) with no tree and no
// allocation per value.
#ifndef DOCKET_JSON_OUT_HPP
#define DOCKET_JSON_OUT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace docket {

// A key spelled out in a writer's source, such as "number" or "due". Every
// item writes a few dozen of them, so each is checked when the program is
// compiled (plain printable ASCII, nothing to escape) and kept with the
// punctuation around it, ready to be copied in one piece.
class JsonKey {
 public:
  // A template argument, as j.key<"due">(): the key's bytes are then a
  // constant in the program's data. Passed by value, they were built on
  // the stack at each call and read back at once, which stalled the copy.
  template <std::size_t N>
  consteval JsonKey(const char (&name)[N]) {
    const std::string_view text(name, N - 1);
    if (text.size() + kPunctuation > kCapacity) throw "JsonKey: the key is too long";
    for (const char c : text) {
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') throw "JsonKey: the key needs escaping";
    }
    // "name": and a space: compact output leaves out the space.
    std::size_t n = 0;
    text_[n++] = '"';
    for (const char c : text) text_[n++] = c;
    text_[n++] = '"';
    text_[n++] = ':';
    text_[n++] = ' ';
    size_ = static_cast<unsigned char>(n);
  }

  // Room for the longest key the writers use, with some to spare.
  static constexpr std::size_t kCapacity = 32;

  // All kCapacity bytes: "name": and a space, then zeros. Copying the whole
  // array takes two fixed-size moves, less than a copy of just the key's
  // bytes; what follows the key is then written over the rest.
  constexpr const char* data() const { return text_; }
  // "name": and a space, for pretty output.
  constexpr std::size_t pretty_size() const { return size_; }
  // "name":, for compact output.
  constexpr std::size_t compact_size() const { return size_ - 1u; }

  // Public only because a template argument's members must be.
  char text_[kCapacity] = {};
  unsigned char size_ = 0;

 private:
  // Two quotes, the colon and the space.
  static constexpr std::size_t kPunctuation = 4;
};

class JsonOut {
 public:
  // indent < 0: compact. `level` is the nesting the first value starts at,
  // for a pretty object printed as an element of an outer array.
  JsonOut(std::string& out, int indent, int level = 0);
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  template <JsonKey kName>
  void key();
  // A key that comes from the input (an unknown column's header), escaped
  // as a string value is.
  void key_from_text(std::string_view name);

  void string(std::string_view s);
  void null();
  void boolean(bool b);
  void integer(std::int64_t n);
  // Shortest text that reads back as the same double; whole values keep a
  // ".0" as nlohmann prints them; NaN and infinities print as null.
  void number(double d);

  // Output collects in a buffer of the emitter's own and reaches `out` in
  // one append when the buffer fills and on flush(): an item is a few
  // hundred keys, brackets and short values, and one std::string append
  // each cost more in bookkeeping than the bytes they copied. Call this
  // before reading `out` or appending to it by other means, and after the
  // last value. Destruction does not flush: a writer may outlive the
  // string it wrote to.
  void flush();

  // The string `s` escaped as a JSON string, quotes included.
  static void append_escaped(std::string_view s, std::string& out);

 private:
  // Where the next `n` bytes go (n <= kBufferSize), flushing first when the
  // buffer has no room for them; the caller adds n to used_.
  char* room_for(std::size_t n);
  void put(char c);
  void put(std::string_view s);
  // string()'s text when it does not go into the buffer in one piece: text
  // to rewrite (unless `plain`) or longer than the buffer.
  [[gnu::noinline]] void put_in_pieces(std::string_view s, bool plain);
  // integer() for a value it does not write itself.
  void integer_by_to_chars(std::int64_t n);

  void before_value();
  void separate();
  void open(char bracket);
  void close(char bracket);
  void newline_and_indent(int level);

  std::string& out_;
  int indent_;
  int level_;
  // Containers open, and whether the innermost one holds a value yet. That
  // is all the nesting state there is: a closed container leaves its parent
  // holding at least one value, so no stack of counts is needed.
  int depth_ = 0;
  bool has_values_ = false;
  bool after_key_ = false;

  // Large enough for a few dozen members between flushes; longer strings
  // than fit go straight to `out`.
  static constexpr std::size_t kBufferSize = 1024;
  std::size_t used_ = 0;
  char buffer_[kBufferSize];
};

// The calls below are inline: an item makes a few hundred of them, and
// most do less work than a call costs.

inline char* JsonOut::room_for(std::size_t n) {
  if (kBufferSize - used_ < n) flush();
  return buffer_ + used_;
}

inline void JsonOut::put(char c) {
  *room_for(1) = c;
  ++used_;
}

// What goes before a member or element of the innermost container: a comma
// unless it is the first and, in pretty output, a new indented line.
inline void JsonOut::separate() {
  if (has_values_) put(',');
  has_values_ = true;
  if (indent_ >= 0) newline_and_indent(level_ + depth_);
}

inline void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ > 0) separate();
}

template <JsonKey kName>
inline void JsonOut::key() {
  if (indent_ >= 0) {
    separate();
    std::memcpy(room_for(JsonKey::kCapacity), kName.data(), JsonKey::kCapacity);
    used_ += kName.pretty_size();
  } else {
    // Compact output: the comma, when one is due, and the key in one place
    // found once. The key is copied over the comma when none is due.
    char* p = room_for(1 + JsonKey::kCapacity);
    *p = ',';
    std::memcpy(p + (has_values_ ? 1 : 0), kName.data(), JsonKey::kCapacity);
    used_ += (has_values_ ? 1 : 0) + kName.compact_size();
    has_values_ = true;
  }
  after_key_ = true;
}

inline void JsonOut::open(char bracket) {
  before_value();
  put(bracket);
  ++depth_;
  has_values_ = false;
}

inline void JsonOut::close(char bracket) {
  --depth_;
  // An empty container prints as {} or [] on one line.
  if (has_values_ && indent_ >= 0) newline_and_indent(level_ + depth_);
  put(bracket);
  has_values_ = true;  // the parent holds at least the container just closed
}

inline void JsonOut::begin_object() { open('{'); }
inline void JsonOut::end_object() { close('}'); }
inline void JsonOut::begin_array() { open('['); }
inline void JsonOut::end_array() { close(']'); }

inline void JsonOut::boolean(bool b) {
  before_value();
  // Five bytes either way: "true" is followed by its terminating zero,
  // which the next value writes over.
  std::memcpy(room_for(5), b ? "true" : "false", 5);
  used_ += b ? 4 : 5;
}

// Most integers written are line numbers: up to four digits are written
// here, in line, and anything else (longer, or negative) by to_chars.
inline void JsonOut::integer(std::int64_t n) {
  constexpr std::uint64_t kInlineLimit = 10000;
  if (static_cast<std::uint64_t>(n) >= kInlineLimit) {
    integer_by_to_chars(n);
    return;
  }
  before_value();
  auto rest = static_cast<unsigned>(n);
  const std::size_t digits = rest < 10 ? 1 : rest < 100 ? 2 : rest < 1000 ? 3 : 4;
  char* p = room_for(digits);
  for (std::size_t i = digits; i > 0; --i, rest /= 10) p[i - 1] = static_cast<char>('0' + rest % 10);
  used_ += digits;
}

inline void JsonOut::null() {
  before_value();
  std::memcpy(room_for(4), "null", 4);
  used_ += 4;
}

}  // namespace docket

#endif  // DOCKET_JSON_OUT_HPP
