#include "read/source_reader.hpp"

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>

namespace docket {
namespace {

// Binary files (images, Word's .doc, zip containers) put NULs near the start;
// looking only at a prefix keeps the common case cheap.
constexpr std::size_t kBinarySniffBytes = 8 * 1024;
// Past the prefix, a text file may still carry a few stray NULs from a bad
// conversion; more than this share of the whole file means binary.
constexpr std::size_t kMaxNulPercent = 1;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;  // bit 7 of each byte
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;

constexpr char kMessageBinary[] = "binary file (NUL bytes)";
constexpr char kMessageNotText[] = "not valid UTF-8 or Windows-1252";
constexpr char kMessageNoConverter[] =
    "cannot convert from Windows-1252: iconv has no WINDOWS-1252 converter";

// Bytes that need more than a copy on the way out: line ends other than a
// bare LF, NULs to drop and C0 controls to blank. Tab, LF and form feed pass.
constexpr std::array<bool, 256> kNeedsAttention = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['\t'] = false;
  table['\n'] = false;
  table['\f'] = false;
  return table;
}();

// Windows-1252 leaves these bytes unassigned; iconv rejects them, and text
// that contains them is neither UTF-8 nor Windows-1252.
constexpr std::array<bool, 256> kUndefinedIn1252 = [] {
  std::array<bool, 256> table{};
  table[0x81] = true;
  table[0x8D] = true;
  table[0x8F] = true;
  table[0x90] = true;
  table[0x9D] = true;
  return table;
}();

std::uint64_t load_word(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// 1-based line of the byte at `pos`, counting line ends the way the decoder
// rewrites them (CRLF is one line end, a lone CR is one). Only error paths
// call this, so a plain loop is fine.
int line_of(std::string_view bytes, std::size_t pos) {
  long long line = 1;
  for (std::size_t i = 0; i < pos && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
    } else if (bytes[i] == '\r' &&
               (i + 1 >= bytes.size() || bytes[i + 1] != '\n')) {
      ++line;
    }
  }
  return static_cast<int>(std::min<long long>(line, INT_MAX));
}

DecodeResult failure(std::string message, int line) {
  return DecodeResult{std::nullopt, DecodeError{std::move(message), line}};
}

std::optional<DecodeError> check_binary(std::string_view bytes) {
  const std::size_t first_nul = bytes.find('\0');
  if (first_nul == std::string_view::npos) return std::nullopt;
  // Binary files are dense with NULs from their first bytes on; a converted
  // paper may carry a stray one. So the share of NULs decides, in the
  // first 8 KiB and over the whole input.
  const std::size_t sniff = std::min(bytes.size(), kBinarySniffBytes);
  const auto nuls_in_sniff = static_cast<std::size_t>(
      std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(sniff), '\0'));
  bool binary = nuls_in_sniff * 100 > sniff * kMaxNulPercent;
  if (!binary) {
    const auto nuls = static_cast<std::size_t>(
        std::count(bytes.begin() + static_cast<std::ptrdiff_t>(first_nul), bytes.end(), '\0'));
    binary = nuls * 100 > bytes.size() * kMaxNulPercent;
  }
  if (!binary) return std::nullopt;
  return DecodeError{kMessageBinary, line_of(bytes, first_nul)};
}

// High bit of each byte of `word` set where that byte is zero. Exact per
// byte: the additions never carry across bytes.
std::uint64_t zero_bytes(std::uint64_t word) {
  const std::uint64_t low7 = kEveryByte * 0x7F;
  return ~(((word & low7) + low7) | word) & kHighBits;
}

// High bit set where the byte needs attention (see kNeedsAttention); the
// word must be all ASCII.
std::uint64_t needs_attention(std::uint64_t ascii_word) {
  const std::uint64_t below_space =
      ~((ascii_word & kEveryByte * 0x7F) + kEveryByte * 0x60) & kHighBits;
  const std::uint64_t allowed = zero_bytes(ascii_word ^ (kEveryByte * '\n')) |
                                zero_bytes(ascii_word ^ (kEveryByte * '\t')) |
                                zero_bytes(ascii_word ^ (kEveryByte * '\f'));
  return below_space & ~allowed;
}

// Length of the strict UTF-8 sequence at p[i] (RFC 3629 table 3-7), or 0 if
// it is invalid or truncated.
std::size_t utf8_sequence_length(const unsigned char* p, std::size_t n, std::size_t i) {
  return docket::utf8_sequence_length(std::string_view(reinterpret_cast<const char*>(p), n), i);
}

// Validates `text` as strict UTF-8 and, in the same pass, copies it with line
// ends and control characters rewritten. Returns nullopt if it is not UTF-8.
// One read and one write per byte: plain ASCII words are checked eight bytes
// at a time and copied in spans that end only where a byte needs rewriting.
std::optional<std::string> normalized_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::string out;
  out.reserve(n);
  std::size_t span_begin = 0;
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      const std::uint64_t word = load_word(p + i);
      if ((word & kHighBits) != 0 || needs_attention(word) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence_length(p, n, i);
      if (length == 0) return std::nullopt;
      i += length;
      continue;
    }
    if (!kNeedsAttention[c]) {
      ++i;
      continue;
    }
    out.append(text.data() + span_begin, i - span_begin);
    ++i;
    if (c == '\r') {
      out += '\n';
      if (i < n && p[i] == '\n') ++i;  // CRLF is one line end
    } else if (c != '\0') {
      out += ' ';
    }
    span_begin = i;
  }
  out.append(text.data() + span_begin, n - span_begin);
  return out;
}

struct IconvHandle {
  iconv_t handle;
  ~IconvHandle() { iconv_close(handle); }
};

struct Transcoded {
  std::optional<std::string> text;
  std::optional<DecodeError> error;
};

Transcoded windows_1252_to_utf8(std::string_view body,
                                std::string_view whole_file,
                                std::size_t body_offset) {
  const iconv_t handle = iconv_open("UTF-8", "WINDOWS-1252");
  if (handle == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1))) {
    return {std::nullopt, DecodeError{kMessageNoConverter, 0}};
  }
  const IconvHandle closer{handle};

  // Windows-1252 never needs more than three UTF-8 bytes per input byte
  // (the euro sign and the curly quotes); start smaller and grow on demand.
  std::string out(body.size() + body.size() / 2 + 16, '\0');
  // iconv's interface is not const-correct; it never writes to the input.
  char* in_ptr = const_cast<char*>(body.data());
  std::size_t in_left = body.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(handle, &in_ptr, &in_left, &out_ptr, &out_left) !=
        static_cast<std::size_t>(-1)) {
      break;
    }
    if (errno == E2BIG) {
      const auto used = static_cast<std::size_t>(out_ptr - out.data());
      out.resize(out.size() * 2);
      out_ptr = out.data() + used;
      out_left = out.size() - used;
      continue;
    }
    const auto bad = body_offset + static_cast<std::size_t>(in_ptr - body.data());
    return {std::nullopt, DecodeError{kMessageNotText, line_of(whole_file, bad)}};
  }
  out.resize(static_cast<std::size_t>(out_ptr - out.data()));
  return {std::move(out), std::nullopt};
}

}  // namespace

DecodeResult decode_text(std::string_view bytes) {
  if (auto error = check_binary(bytes)) return DecodeResult{std::nullopt, std::move(*error)};

  std::string_view body = bytes;
  std::string encoding = "utf-8";
  if (body.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    body.remove_prefix(kUtf8Bom.size());
    encoding = "utf-8-bom";
  }
  const std::size_t body_offset = bytes.size() - body.size();

  if (std::optional<std::string> text = normalized_utf8(body)) {
    return DecodeResult{DecodedText{std::move(*text), std::move(encoding)}, std::nullopt};
  }

  // A BOM followed by invalid UTF-8 is a file someone re-saved in a legacy
  // editor; the BOM stays dropped and the rest is read as Windows-1252.
  const auto* p = reinterpret_cast<const unsigned char*>(body.data());
  const auto* undefined = std::find_if(p, p + body.size(),
                                       [](unsigned char c) { return kUndefinedIn1252[c]; });
  if (undefined != p + body.size()) {
    return failure(kMessageNotText,
                   line_of(bytes, body_offset + static_cast<std::size_t>(undefined - p)));
  }
  Transcoded transcoded = windows_1252_to_utf8(body, bytes, body_offset);
  if (!transcoded.text) return DecodeResult{std::nullopt, std::move(transcoded.error)};
  // iconv's output is UTF-8, so this only rewrites line ends and controls.
  std::optional<std::string> text = normalized_utf8(*transcoded.text);
  if (!text) return failure(kMessageNotText, 0);
  return DecodeResult{DecodedText{std::move(*text), "windows-1252"}, std::nullopt};
}

namespace {

// Signed lanes: one signed comparison marks both the C0 controls and every
// byte from 0x80 up, which read as negative.
typedef signed char SignedBlock __attribute__((vector_size(16)));

// The lanes of the 16 bytes at `p` that may need a closer look: every byte
// next_to_check's test marks, and also tab and form feed, which are rare
// enough in papers that leaving them to the exact test costs less than
// two more comparisons on every block.
SignedBlock may_need_a_closer_look(const char* p) {
  const auto b = reinterpret_cast<SignedBlock>(load_block(p));
  return (b < 0x20) & (b != '\n');
}

// Position of the next byte at or after `from` that needs a closer look,
// or bytes.size(). Papers run for hundreds of bytes of plain ASCII between
// two such bytes, so four blocks are tested before a single branch; the
// exact test then finds the byte, a block at a time.
std::size_t next_to_check(std::string_view bytes, std::size_t from) {
  constexpr std::size_t kRun = 4 * kBlockSize;
  while (bytes.size() - from >= kRun) {
    const char* p = bytes.data() + from;
    const SignedBlock marks = may_need_a_closer_look(p) | may_need_a_closer_look(p + kBlockSize) |
                              may_need_a_closer_look(p + 2 * kBlockSize) |
                              may_need_a_closer_look(p + 3 * kBlockSize);
    std::uint64_t halves[2];
    std::memcpy(halves, &marks, sizeof halves);
    if ((halves[0] | halves[1]) != 0) break;
    from += kRun;
  }
  // The bytes that need a closer look: C0 controls other than tab, LF and
  // form feed, and bytes from 0x80 up. DEL passes, as decode_text keeps it.
  return find_marked(bytes, from, [](auto b) {
    return ((b < 0x20) & (b != '\t') & (b != '\n') & (b != '\f')) | (b >= 0x80);
  });
}

}  // namespace

bool is_clean_text(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) return false;
  std::size_t i = next_to_check(bytes, 0);
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) return false;  // a control character
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) return false;
    i = next_to_check(bytes, i + length);
  }
  return true;
}

}  // namespace docket
