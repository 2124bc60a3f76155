// The streaming JSON emitter's own calls. Short plain keys and strings are
// written in one piece and everything else goes through append_escaped, so
// each case runs at every length around that cut; output collects in a
// buffer of the emitter's own, so long output runs across its refills.
#include "write/json_out.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

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
          json.key_from_text(text);
          json.string(text);
          json.key_from_text(text);
          json.begin_array();
          json.string(text);
          json.string(text);
          json.end_array();
          json.end_object();
          json.flush();
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

TEST(JsonOutBuffer, OutputLongerThanTheBufferArrivesWholeAndInOrder) {
  // Values of every length up to past the buffer's size, plain and with an
  // escape, each preceded by enough small members to refill the buffer at
  // every offset.
  for (const int indent : {-1, 2}) {
    std::string out;
    std::string expected = "[";
    {
      JsonOut json(out, indent);
      json.begin_array();
      std::size_t values = 0;
      for (std::size_t n = 0; n <= 1100; n += 7) {
        for (const bool escape : {false, true}) {
          std::string text(n, 'v');
          if (escape && n > 0) text[n / 2] = '"';
          json.string(text);
          json.integer(static_cast<std::int64_t>(n) - 500);
          json.null();
          std::string e;
          JsonOut::append_escaped(text, e);
          for (const std::string& piece : {e, std::to_string(static_cast<long>(n) - 500), std::string("null")}) {
            if (values++ > 0) expected += ",";
            if (indent >= 0) expected += "\n  ";
            expected += piece;
          }
        }
      }
      json.end_array();
      json.flush();
    }
    expected += indent >= 0 ? "\n]" : "]";
    EXPECT_EQ(out, expected) << indent;
  }
}

TEST(JsonOutBuffer, KeysAndBooleansAcrossEveryRefill) {
  // A key (with its comma, compact) and true and false copy fixed-size
  // blocks longer than what they write: each member is preceded by a string
  // whose length moves it across every offset of the buffer's end.
  for (const int indent : {-1, 2}) {
    std::string out;
    std::string expected = "{";
    {
      JsonOut json(out, indent);
      json.begin_object();
      for (std::size_t n = 0; n <= 80; ++n) {
        const std::string text(n, 's');
        json.key<"text">();
        json.string(text);
        json.key<"a_longer_key_name">();
        json.boolean(n % 2 == 0);
        json.key<"b">();
        json.boolean(n % 2 == 1);
        const std::string separator = indent >= 0 ? "\n  " : "";
        const std::string colon = indent >= 0 ? ": " : ":";
        const std::string even = n % 2 == 0 ? "true" : "false";
        const std::string odd = n % 2 == 1 ? "true" : "false";
        expected += (n > 0 ? "," : "") + separator + "\"text\"" + colon + "\"" + text + "\"," + separator +
                    "\"a_longer_key_name\"" + colon + even + "," + separator + "\"b\"" + colon + odd;
      }
      json.end_object();
      json.flush();
    }
    expected += indent >= 0 ? "\n}" : "}";
    EXPECT_EQ(out, expected) << indent;
  }
}

TEST(JsonOutInteger, EveryLengthAndSignReadsAsToString) {
  // Short non-negative integers are written digit by digit, the rest by
  // to_chars: each side of every power of ten, and the extremes.
  std::vector<std::int64_t> values = {0, std::numeric_limits<std::int64_t>::min(),
                                      std::numeric_limits<std::int64_t>::max()};
  for (std::int64_t power = 1;; power *= 10) {
    for (const std::int64_t v : {power - 1, power, power + 1}) {
      values.push_back(v);
      values.push_back(-v);
    }
    if (power > std::numeric_limits<std::int64_t>::max() / 10) break;
  }
  std::string out;
  std::string expected = "[";
  JsonOut json(out, -1);
  json.begin_array();
  for (const std::int64_t v : values) {
    json.integer(v);
    expected += (expected.size() > 1 ? "," : "") + std::to_string(v);
  }
  json.end_array();
  json.flush();
  EXPECT_EQ(out, expected + "]");
}

TEST(JsonOutBuffer, IndentWiderThanTheBufferIsWritten) {
  std::string out;
  JsonOut json(out, 2, /*level=*/600);
  json.begin_array();
  json.null();
  json.end_array();
  json.flush();
  EXPECT_EQ(out, "[\n" + std::string(1202, ' ') + "null\n" + std::string(1200, ' ') + "]");
}

TEST(JsonOutBuffer, FlushHandsOverWhatIsWrittenSoFar) {
  std::string out;
  JsonOut json(out, -1);
  json.begin_object();
  json.key<"a">();
  json.integer(1);
  EXPECT_EQ(out, "");
  json.flush();
  EXPECT_EQ(out, "{\"a\":1");
  out.clear();  // as a caller that passes the output on does
  json.key<"b">();
  json.boolean(false);
  json.end_object();
  json.flush();
  EXPECT_EQ(out, ",\"b\":false}");
}

}  // namespace
}  // namespace docket
