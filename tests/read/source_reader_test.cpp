#include "read/source_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace docket {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

// The decoded text, failing the test if decoding failed.
DecodedText decoded(std::string_view bytes) {
  DecodeResult result = decode_text(bytes);
  EXPECT_FALSE(result.error.has_value()) << result.error->message;
  EXPECT_TRUE(result.text.has_value());
  return result.text.value_or(DecodedText{});
}

// The error, failing the test if decoding succeeded.
DecodeError failed(std::string_view bytes) {
  DecodeResult result = decode_text(bytes);
  EXPECT_FALSE(result.text.has_value());
  EXPECT_TRUE(result.error.has_value());
  return result.error.value_or(DecodeError{});
}

std::size_t count_newlines(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// ---- UTF-8 -------------------------------------------------------------

TEST(SourceReaderTest, EmptyInputIsEmptyUtf8Text) {
  const DecodedText text = decoded("");
  EXPECT_EQ(text.text, "");
  EXPECT_EQ(text.encoding, "utf-8");
}

TEST(SourceReaderTest, AsciiPassesThrough) {
  const DecodedText text = decoded("| No. | Recommendation |\n| 1 | That... |\n");
  EXPECT_EQ(text.text, "| No. | Recommendation |\n| 1 | That... |\n");
  EXPECT_EQ(text.encoding, "utf-8");
}

TEST(SourceReaderTest, Utf8MultibyteCharactersPassThrough) {
  const std::string input = "c\u00A3250k \u2013 children\u2019s \U0001F600 \u20AC5";
  const DecodedText text = decoded(input);
  EXPECT_EQ(text.text, input);
  EXPECT_EQ(text.encoding, "utf-8");
}

TEST(SourceReaderTest, BomIsRemovedAndReported) {
  const DecodedText text = decoded("\xEF\xBB\xBFTitle\n");
  EXPECT_EQ(text.text, "Title\n");
  EXPECT_EQ(text.encoding, "utf-8-bom");
}

TEST(SourceReaderTest, BomAloneIsEmptyText) {
  const DecodedText text = decoded("\xEF\xBB\xBF");
  EXPECT_EQ(text.text, "");
  EXPECT_EQ(text.encoding, "utf-8-bom");
}

TEST(SourceReaderTest, BomLaterInTheTextIsKept) {
  // Only a leading BOM is an encoding mark; inline_text drops the others.
  EXPECT_EQ(decoded("a\xEF\xBB\xBF" "b").text, "a\xEF\xBB\xBF" "b");
}

TEST(SourceReaderTest, LargestCodePointIsValid) {
  const DecodedText text = decoded("\xF4\x8F\xBF\xBF");
  EXPECT_EQ(text.encoding, "utf-8");
  EXPECT_EQ(text.text, "\xF4\x8F\xBF\xBF");
}

// ---- line ends -----------------------------------------------------------

TEST(SourceReaderTest, CrlfBecomesLf) {
  EXPECT_EQ(decoded("one\r\ntwo\r\n").text, "one\ntwo\n");
}

TEST(SourceReaderTest, LoneCrBecomesLf) {
  EXPECT_EQ(decoded("one\rtwo\r").text, "one\ntwo\n");
}

TEST(SourceReaderTest, MixedLineEnds) {
  EXPECT_EQ(decoded("a\r\nb\rc\nd").text, "a\nb\nc\nd");
}

TEST(SourceReaderTest, CrBeforeCrlfIsTwoLineEnds) {
  EXPECT_EQ(decoded("a\r\r\nb").text, "a\n\nb");
}

TEST(SourceReaderTest, LfCrIsTwoLineEnds) {
  EXPECT_EQ(decoded("a\n\rb").text, "a\n\nb");
}

TEST(SourceReaderTest, BlankCrlfLinesAreKept) {
  EXPECT_EQ(decoded("\r\n\r\n\r\nx").text, "\n\n\nx");
}

TEST(SourceReaderTest, LineCountIsPreserved) {
  const std::string input = "1\r\n2\r3\n4\r\n\r\n6\r\r8\n\n10";
  const DecodedText text = decoded(input);
  EXPECT_EQ(count_newlines(text.text), 9u);
  EXPECT_EQ(text.text, "1\n2\n3\n4\n\n6\n\n8\n\n10");
}

TEST(SourceReaderTest, LineEndsAtEveryOffsetOfTheWordScan) {
  // The scanner looks at eight bytes at a time; a CR in any lane and a CRLF
  // split across two words must both be found.
  for (std::size_t offset = 0; offset < 24; ++offset) {
    std::string input(32, 'x');
    input.replace(offset, 2, "\r\n");
    std::string expected(32, 'x');
    expected.replace(offset, 2, "\n");
    EXPECT_EQ(decoded(input).text, expected) << "offset " << offset;
  }
}

// ---- control characters ---------------------------------------------------

TEST(SourceReaderTest, TabAndFormFeedAreKept) {
  EXPECT_EQ(decoded("a\tb\fc").text, "a\tb\fc");
}

TEST(SourceReaderTest, OtherControlCharactersBecomeSpaces) {
  EXPECT_EQ(decoded("a\x01" "b\x1B" "c\x0B" "d\x1F" "e").text, "a b c d e");
}

TEST(SourceReaderTest, DeleteIsNotAC0Control) {
  EXPECT_EQ(decoded("a\x7F" "b").text, "a\x7F" "b");
}

TEST(SourceReaderTest, ControlCharactersAtEveryOffsetOfTheWordScan) {
  for (std::size_t offset = 0; offset < 20; ++offset) {
    std::string input(20, 'x');
    input[offset] = '\x02';
    std::string expected(20, 'x');
    expected[offset] = ' ';
    EXPECT_EQ(decoded(input).text, expected) << "offset " << offset;
  }
}

// ---- NUL bytes ------------------------------------------------------------

TEST(SourceReaderTest, NulInFirst8KiBIsBinary) {
  const DecodeError error = failed("text\0more"s);
  EXPECT_EQ(error.message, "binary file (NUL bytes)");
  EXPECT_EQ(error.line, 1);
}

TEST(SourceReaderTest, BinaryErrorGivesLineOfFirstNul) {
  const DecodeError error = failed("a\r\nb\nc\rd\0"s);
  EXPECT_EQ(error.message, "binary file (NUL bytes)");
  EXPECT_EQ(error.line, 4);
}

TEST(SourceReaderTest, OneStrayNulInTheFirst8KiBIsRemoved) {
  // A converter's stray NUL does not make a paper binary: the share of NULs
  // decides, not their place.
  std::string input(8 * 1024, 'a');
  input.back() = '\0';
  input += std::string(100000, 'b');
  EXPECT_EQ(decoded(input).text.size(), input.size() - 1);
}

TEST(SourceReaderTest, DenseNulsInTheFirst8KiBAreBinary) {
  std::string input(8 * 1024, 'a');
  for (std::size_t i = 0; i < input.size(); i += 50) input[i] = '\0';
  input += std::string(1000000, 'b');  // the whole file is well under 1% NUL
  EXPECT_EQ(failed(input).message, "binary file (NUL bytes)");
}

TEST(SourceReaderTest, Utf16IsBinary) {
  // Word's "Unicode text" is UTF-16: half its bytes are NUL.
  EXPECT_EQ(failed("\xFF\xFEh\0i\0"s).message, "binary file (NUL bytes)");
}

TEST(SourceReaderTest, StrayNulsAfter8KiBAreRemoved) {
  std::string input(9000, 'a');
  input += "\nx\0y\0z"s;
  const DecodedText text = decoded(input);
  EXPECT_EQ(text.text, std::string(9000, 'a') + "\nxyz");
}

TEST(SourceReaderTest, ExactlyOnePercentNulsIsStillText) {
  std::string input(10000, 'a');
  for (std::size_t i = 9000; i < 9100; ++i) input[i] = '\0';
  EXPECT_EQ(decoded(input).text, std::string(9900, 'a'));
}

TEST(SourceReaderTest, MoreThanOnePercentNulsIsBinary) {
  std::string input(10000, 'a');
  input[8500] = '\n';
  for (std::size_t i = 9000; i < 9101; ++i) input[i] = '\0';
  const DecodeError error = failed(input);
  EXPECT_EQ(error.message, "binary file (NUL bytes)");
  EXPECT_EQ(error.line, 2);
}

// ---- Windows-1252 -----------------------------------------------------------

TEST(SourceReaderTest, Windows1252PoundQuoteAndDash) {
  const DecodedText text = decoded("c\xA3" "250k \x96 children\x92s");
  EXPECT_EQ(text.text, "c\u00A3250k \u2013 children\u2019s");
  EXPECT_EQ(text.encoding, "windows-1252");
}

TEST(SourceReaderTest, Windows1252EuroAndCurlyQuotes) {
  EXPECT_EQ(decoded("\x80" "5 \x93quoted\x94").text, "\u20AC5 \u201Cquoted\u201D");
}

TEST(SourceReaderTest, Windows1252LineEndsAndControlsAreNormalized) {
  const DecodedText text = decoded("\xA3" "1\r\n\xA3" "2\r\x01\xA3" "3");
  EXPECT_EQ(text.text, "\u00A3" "1\n\u00A3" "2\n \u00A3" "3");
  EXPECT_EQ(text.encoding, "windows-1252");
}

TEST(SourceReaderTest, Windows1252StrayNulsAreRemoved) {
  std::string input(9000, 'a');
  input += "\xA3\0" "5"s;
  EXPECT_EQ(decoded(input).text, std::string(9000, 'a') + "\u00A3" "5");
}

TEST(SourceReaderTest, Windows1252NonBreakingSpace) {
  EXPECT_EQ(decoded("a\xA0" "b").text, "a\u00A0b");
}

TEST(SourceReaderTest, OverlongEncodingIsNotUtf8) {
  const DecodedText text = decoded("\xC0\xAF");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.text, "\u00C0\u00AF");
}

TEST(SourceReaderTest, OverlongThreeByteIsNotUtf8) {
  EXPECT_EQ(decoded("\xE0\x80\xAF").encoding, "windows-1252");
}

TEST(SourceReaderTest, OverlongFourByteIsNotUtf8) {
  EXPECT_EQ(decoded("\xF0\x80\x80\xAF").encoding, "windows-1252");
}

TEST(SourceReaderTest, SurrogateIsNotUtf8) {
  const DecodedText text = decoded("\xED\xA0\x80");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.text, "\u00ED\u00A0\u20AC");
}

TEST(SourceReaderTest, BeyondU10FFFFIsNeitherEncoding) {
  // F4 90 is past U+10FFFF, and 0x90 is undefined in Windows-1252.
  const DecodeError error = failed("ok\n\xF4\x90\x80\x80");
  EXPECT_EQ(error.message, "not valid UTF-8 or Windows-1252");
  EXPECT_EQ(error.line, 2);
}

TEST(SourceReaderTest, InvalidLeadByteIsNotUtf8) {
  EXPECT_EQ(decoded("\xF5\xA3").text, "\u00F5\u00A3");
  EXPECT_EQ(decoded("\xFF").text, "\u00FF");
}

TEST(SourceReaderTest, TruncatedSequenceAtEndIsNotUtf8) {
  const DecodedText text = decoded("abc\xE2\x82");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.text, "abc\u00E2\u201A");
}

TEST(SourceReaderTest, TruncatedSequenceBeforeAsciiIsNotUtf8) {
  EXPECT_EQ(decoded("\xE2\x82" "abc").encoding, "windows-1252");
}

TEST(SourceReaderTest, LoneContinuationByteIsNotUtf8) {
  EXPECT_EQ(decoded("a\xA3" "b").encoding, "windows-1252");
}

TEST(SourceReaderTest, OneBadByteAfterLongAsciiRunFallsBack) {
  std::string input(1000, 'a');
  input += '\x92';
  input += std::string(1000, 'b');
  const DecodedText text = decoded(input);
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.text, std::string(1000, 'a') + "\u2019" + std::string(1000, 'b'));
}

TEST(SourceReaderTest, MostlyNonAsciiWindows1252Grows) {
  // Every byte becomes three UTF-8 bytes: more than the first buffer holds.
  const std::string input(5000, '\x80');
  std::string expected;
  for (int i = 0; i < 5000; ++i) expected += "\u20AC";
  EXPECT_EQ(decoded(input).text, expected);
}

TEST(SourceReaderTest, BomFollowedByInvalidUtf8IsWindows1252WithoutBom) {
  const DecodedText text = decoded("\xEF\xBB\xBF\xA3" "5");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.text, "\u00A3" "5");
}

TEST(SourceReaderTest, UndefinedWindows1252BytesAreErrors) {
  for (const char byte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
    const DecodeError error = failed(std::string("a\xA3\r\nb\rc") + byte);
    EXPECT_EQ(error.message, "not valid UTF-8 or Windows-1252");
    EXPECT_EQ(error.line, 3) << static_cast<int>(static_cast<unsigned char>(byte));
  }
}

TEST(SourceReaderTest, UndefinedByteLineCountsFromTheStartOfTheFile) {
  const DecodeError error = failed("\xEF\xBB\xBF" "a\nb\nc\n\xA3\x81");
  EXPECT_EQ(error.line, 4);
}

TEST(SourceReaderTest, BinaryWinsOverEncoding) {
  const DecodeError error = failed("\x81\0"s);
  EXPECT_EQ(error.message, "binary file (NUL bytes)");
}

// ---- clean text -------------------------------------------------------------
// is_clean_text skips plain ASCII 64 bytes at a time, then finds the byte
// that stopped it 16 bytes at a time, so each case puts the byte or
// sequence of interest at every offset up to past the first 64-byte run.

// `piece` after `offset` plain bytes and before a few more.
std::string at_offset(std::size_t offset, std::string_view piece) {
  return std::string(offset, 'a') + std::string(piece) + "bcd";
}

TEST(CleanTextTest, PlainAsciiOfEveryLengthIsClean) {
  for (std::size_t n = 0; n <= 140; ++n) EXPECT_TRUE(is_clean_text(std::string(n, 'x'))) << n;
}

TEST(CleanTextTest, TabNewlineFormFeedAndDeleteAreClean) {
  for (std::size_t offset = 0; offset <= 140; ++offset) {
    for (std::string_view piece : {"\t", "\n", "\f", "\x7F"}) {
      EXPECT_TRUE(is_clean_text(at_offset(offset, piece))) << offset << " " << int(piece[0]);
    }
  }
}

TEST(CleanTextTest, OtherControlCharactersAtEveryOffsetAreNotClean) {
  for (std::size_t offset = 0; offset <= 140; ++offset) {
    for (std::string_view piece : {"\r"sv, "\0"sv, "\x01"sv, "\v"sv, "\x1F"sv}) {
      EXPECT_FALSE(is_clean_text(at_offset(offset, piece))) << offset << " " << int(piece[0]);
      EXPECT_FALSE(is_clean_text(std::string(offset, 'a') + std::string(piece))) << offset << " at the end";
    }
  }
}

TEST(CleanTextTest, MultibyteSequenceAcrossABlockBoundaryIsClean) {
  for (std::size_t offset = 10; offset <= 140; ++offset) {
    for (std::string_view piece : {"\u00A3", "\u2028", "\uFEFF", "\U0001F600", "\U0010FFFF"}) {
      EXPECT_TRUE(is_clean_text(at_offset(offset, piece))) << offset;
      EXPECT_TRUE(is_clean_text(std::string(offset, 'a') + std::string(piece))) << offset << " at the end";
    }
  }
}

TEST(CleanTextTest, InvalidUtf8AcrossABlockBoundaryIsNotClean) {
  const std::string_view invalid[] = {
      "\xC0\x80",          // overlong
      "\xE0\x80\x80",      // overlong
      "\xF0\x80\x80\x80",  // overlong
      "\xED\xA0\x80",      // surrogate
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "\xF5\x80\x80\x80",  // no such lead byte
      "\x80",              // lone continuation byte
      "\xE2\x82",          // truncated
      "\xC2\x41",          // lead byte before ASCII
  };
  for (std::size_t offset = 10; offset <= 140; ++offset) {
    for (std::string_view piece : invalid) {
      EXPECT_FALSE(is_clean_text(at_offset(offset, piece))) << offset;
      EXPECT_FALSE(is_clean_text(std::string(offset, 'a') + std::string(piece))) << offset << " at the end";
    }
  }
}

TEST(CleanTextTest, ATabOrFormFeedDoesNotHideWhatFollowsIt) {
  for (std::size_t gap = 0; gap <= 140; ++gap) {
    for (std::string_view allowed : {"\t", "\f"}) {
      const std::string before = std::string(allowed) + std::string(gap, 'a');
      EXPECT_FALSE(is_clean_text(at_offset(0, before + "\r"))) << gap;
      EXPECT_FALSE(is_clean_text(at_offset(0, before + "\x80"))) << gap;
      EXPECT_TRUE(is_clean_text(at_offset(0, before + "\u00A3"))) << gap;
    }
  }
}

TEST(CleanTextTest, BomOnlyAtTheStartIsNotClean) {
  EXPECT_FALSE(is_clean_text("\xEF\xBB\xBFtext"));
  EXPECT_TRUE(is_clean_text("text \xEF\xBB\xBF"));
}

TEST(CleanTextTest, CleanTextIsWhatDecodingReturns) {
  for (const std::string& input : {at_offset(15, "\t\u00A3\f"), at_offset(16, "\x7F\n"), at_offset(17, "\u2028")}) {
    ASSERT_TRUE(is_clean_text(input));
    EXPECT_EQ(decoded(input).text, input);
  }
}

// ---- size -------------------------------------------------------------------

TEST(SourceReaderTest, LargeCrlfInputKeepsEveryLine) {
  std::string input;
  std::string expected;
  for (int i = 0; i < 100000; ++i) {
    input += "| 1 | That the existing separation \u2013 \u00A3250k |\r\n";
    expected += "| 1 | That the existing separation \u2013 \u00A3250k |\n";
  }
  const DecodedText text = decoded(input);
  EXPECT_EQ(text.encoding, "utf-8");
  EXPECT_EQ(text.text, expected);
}

}  // namespace
}  // namespace docket
