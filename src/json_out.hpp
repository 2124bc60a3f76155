// A streaming JSON emitter that appends straight to a string.
//
// The extract writers used to build an nlohmann tree per document and dump
// it; on an archive that cost as much as parsing. This writes the same bytes
// (nlohmann's layout: two-space indent, "key": value, [] and {} when empty,
// control characters as \u00XX, invalid UTF-8 as U+FFFD) with no tree and no
// allocation per value.
#ifndef DOCKET_JSON_OUT_HPP
#define DOCKET_JSON_OUT_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace docket {

class JsonOut {
 public:
  // indent < 0: compact. `level` is the nesting the first value starts at,
  // for a pretty object printed as an element of an outer array.
  JsonOut(std::string& out, int indent, int level = 0);

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);

  void string(std::string_view s);
  void null();
  void boolean(bool b);
  void integer(std::int64_t n);
  // Shortest text that reads back as the same double; whole values keep a
  // ".0" as nlohmann prints them; NaN and infinities print as null.
  void number(double d);

  // The string `s` escaped as a JSON string, quotes included.
  static void append_escaped(std::string_view s, std::string& out);

 private:
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
};

}  // namespace docket

#endif  // DOCKET_JSON_OUT_HPP
