// The streaming JSON emitter's own calls. Short plain keys and strings are
// written in one piece and everything else goes through append_escaped, so
// each case runs at every length around that cut.
#include "json_out.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace docket {
namespace {

std::string escaped(std::string_view s) {
  std::string out;
  JsonOut::append_escaped(s, out);
  return out;
}

TEST(JsonOutKeyAndString, MatchAppendEscapedAtEveryLengthAndPosition) {
  for (std::size_t n = 0; n <= 40; ++n) {
    for (std::size_t at = 0; at <= n; ++at) {
      // at == n: the text has nothing to escape.
      for (const std::string_view special : {"\"", "\\", "\n", "\x01", "\xC2\xA3", "\xFF", "\x7F"}) {
        std::string text(n, 'k');
        if (at < n) text.replace(at, 1, special);
        for (const int indent : {-1, 2}) {
          std::string out;
          JsonOut json(out, indent);
          json.begin_object();
          json.key(text);
          json.string(text);
          json.key(text);
          json.begin_array();
          json.string(text);
          json.string(text);
          json.end_array();
          json.end_object();
          const std::string e = escaped(text);
          const std::string expected =
              indent < 0 ? "{" + e + ":" + e + "," + e + ":[" + e + "," + e + "]}"
                         : "{\n  " + e + ": " + e + ",\n  " + e + ": [\n    " + e + ",\n    " + e + "\n  ]\n}";
          EXPECT_EQ(out, expected) << n << " " << at << " " << indent;
        }
      }
    }
  }
}

}  // namespace
}  // namespace docket
