// Scanning text sixteen bytes at a time: the one place with vector code.
// The leaf loops of the stages (JSON escaping, CSV and TSV quoting, the
// clean-text check, the scanners that look for words) spend their time
// walking runs of text that need no work; one vector comparison tests a
// whole block of such a run.
//
// Every scan here has a plain twin in tests/base/byte_scan_test.cpp, a byte
// at a time, that it is checked against on generated text at every length
// and offset; a caller that does not need the speed can use the twin's rule.
#ifndef DOCKET_BASE_BYTE_SCAN_HPP
#define DOCKET_BASE_BYTE_SCAN_HPP

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/text_util.hpp"

namespace docket {

// Scanning 16 bytes at a time. The per-byte leaf loops (JSON escaping, CSV
// and TSV quoting, the clean-text check) spend their time walking runs of
// plain text that need no work; one vector comparison tests a whole block of
// such a run. The vector type is a GCC and Clang extension that compiles to
// SSE2 on x86-64, to NEON on ARM and to plain integer code elsewhere.
//
// A byte test is a captureless lambda written once for blocks and single
// bytes alike, such as `[](auto b) { return (b == ',') | (b >= 0x80); }`.
// On a ByteBlock it yields all bits set in the lanes of the bytes it marks
// and none in the others; on one byte, whether that byte is marked.
typedef unsigned char ByteBlock __attribute__((vector_size(16)));
constexpr std::size_t kBlockSize = sizeof(ByteBlock);

// A block's bytes as signed: a test of bytes from 0x80 up together with the
// controls below 0x20 is then one comparison, `< 0x20`, which SSE2 has for
// signed bytes only. On one byte, the byte as a signed char.
typedef signed char SignedByteBlock __attribute__((vector_size(16)));
inline SignedByteBlock as_signed(ByteBlock block) { return std::bit_cast<SignedByteBlock>(block); }
constexpr signed char as_signed(unsigned char byte) { return static_cast<signed char>(byte); }

// The 16 bytes at `p`, which need no particular alignment.
inline ByteBlock load_block(const char* p) {
  ByteBlock block;
  std::memcpy(&block, p, sizeof block);
  return block;
}

// The lanes a test's result marks, as the bits of a mask: bit i for lane i.
// A test marks a lane with all its bits, so the top bit of each lane tells.
template <typename Marks>
unsigned marked_lanes(const Marks& marks) {
  static_assert(sizeof marks == kBlockSize);
#if defined(__SSE2__)
  // One instruction gathers the top bits.
  __m128i lanes;
  std::memcpy(&lanes, &marks, sizeof lanes);
  return static_cast<unsigned>(_mm_movemask_epi8(lanes));
#else
  unsigned char lanes[kBlockSize];
  std::memcpy(lanes, &marks, sizeof lanes);
  unsigned mask = 0;
  for (std::size_t i = 0; i < kBlockSize; ++i) mask |= static_cast<unsigned>(lanes[i] >> 7) << i;
  return mask;
#endif
}

// Lane of the first marked byte of a test's result, or kBlockSize if none is.
template <typename Marks>
std::size_t first_marked_lane(const Marks& marks) {
  // A bit past the last lane answers kBlockSize when none is marked,
  // without a branch.
  return static_cast<std::size_t>(std::countr_zero(marked_lanes(marks) | (1u << kBlockSize)));
}

// The `n` bytes at `p`, 1 to 15 of them, spread over one block so that
// every lane holds one of them and each of them is in some lane: two
// overlapping loads cover 4 to 15 bytes, and 1 to 3 are repeated. A byte
// test marks a lane of this block exactly when it marks one of the bytes,
// so short strings are tested in one step without reading past their end.
inline ByteBlock load_short_block(const char* p, std::size_t n) {
  std::uint64_t halves[2];
  if (n >= 8) {
    std::memcpy(&halves[0], p, 8);
    std::memcpy(&halves[1], p + n - 8, 8);
  } else {
    std::uint64_t quarter;
    if (n >= 4) {
      std::uint32_t head;
      std::uint32_t tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      quarter = head | (std::uint64_t{tail} << 32);
    } else {
      const std::uint64_t first = static_cast<unsigned char>(p[0]);
      const std::uint64_t middle = static_cast<unsigned char>(p[n / 2]);
      const std::uint64_t last = static_cast<unsigned char>(p[n - 1]);
      const std::uint64_t four = first | (middle << 8) | (last << 16) | (first << 24);
      quarter = four | (four << 32);
    }
    halves[0] = quarter;
    halves[1] = quarter;
  }
  ByteBlock block;
  std::memcpy(&block, halves, sizeof block);
  return block;
}

// Copies `n` bytes, fewer than kBlockSize, in at most three fixed-size moves
// (overlapping when `n` is not a power of two) rather than a call to memcpy:
// the writers copy many short values.
inline void copy_short(char* to, const char* from, std::size_t n) {
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

// Position of the first byte of `s` at or after `from` (at most s.size())
// that `test` marks, or s.size() if there is none.
template <typename ByteTest>
std::size_t find_marked(std::string_view s, std::size_t from, ByteTest test) {
  // A string shorter than a block is looked up a byte at a time in a table
  // that the same test fills at compile time, once one test of all its
  // bytes has found one to look for: most strings written are short, and
  // most of them hold no byte that is looked for.
  static constexpr std::array<bool, 256> kMarked = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < table.size(); ++c) table[c] = ByteTest{}(static_cast<unsigned char>(c));
    return table;
  }();
  const std::size_t n = s.size();
  for (; n - from >= kBlockSize; from += kBlockSize) {
    const std::size_t lane = first_marked_lane(test(load_block(s.data() + from)));
    if (lane < kBlockSize) return from + lane;
  }
  if (from == n) return n;
  if (n >= kBlockSize) {
    // The rest is the end of the last block, whose lanes before `from`,
    // tested already, are shifted out.
    const unsigned lanes = marked_lanes(test(load_block(s.data() + n - kBlockSize))) >> (kBlockSize - (n - from));
    return lanes == 0 ? n : from + static_cast<std::size_t>(std::countr_zero(lanes));
  }
  if (first_marked_lane(test(load_short_block(s.data() + from, n - from))) == kBlockSize) return n;
  for (; from < n; ++from) {
    if (kMarked[static_cast<unsigned char>(s[from])]) return from;
  }
  return n;
}

// Position of the first byte of `s` at or after `from` (at most s.size())
// that `test` marks, where `test(before, b, after)` sees each byte with its
// neighbours (zero past either end of `s`) and must not mark a zero byte.
// Sixteen bytes are tested at a time; near the ends of `s` they are copied
// into a window padded with zeros, so that nothing is read outside `s`.
// Scanners use it to stop only where a word that may match begins.
template <typename ContextTest>
std::size_t find_marked_in_context(std::string_view s, std::size_t from, ContextTest test) {
  const char* p = s.data();
  const std::size_t n = s.size();
  while (from < n) {
    std::size_t lane = kBlockSize;
    if (from > 0 && n - from > kBlockSize) {
      lane = first_marked_lane(test(load_block(p + from - 1), load_block(p + from), load_block(p + from + 1)));
    } else {
      char window[kBlockSize + 2] = {};
      if (from > 0) window[0] = p[from - 1];
      std::memcpy(window + 1, p + from, std::min(n - from, kBlockSize + 1));
      lane = first_marked_lane(test(load_block(window), load_block(window + 1), load_block(window + 2)));
    }
    if (lane < kBlockSize) return from + lane;
    from += kBlockSize;
  }
  return n;
}

// Whether the context test `test(before, b, after)` marks the byte `c`,
// followed by `next`, exactly when `starts` says a listed word may begin
// there, after a space; and never after a letter or a digit, inside a word.
template <typename ContextTest>
constexpr bool marks_only_word_starts(ContextTest test, int c, int next, bool starts) {
  const auto byte = [](int v) { return static_cast<unsigned char>(v); };
  return static_cast<bool>(test(byte(' '), byte(c), byte(next))) == starts && !test(byte('a'), byte(c), byte(next)) &&
         !test(byte('7'), byte(c), byte(next));
}

// Compile-time check that a context test written for blocks of bytes
// agrees with the word list it stands for, as
// `static_assert(kMatchesEveryPair<matches>)`: `matches(c, next)` must hold
// for every byte c followed by every ASCII byte, and beside every byte from
// 0xC1 to 0xFA, which differ from the letters' codes only in their top bit.
// All 65,536 pairs are more than a compiler's evaluation budget, so the
// pairs are cut into ranges of first bytes, each a constant of its own and
// so evaluated on a budget of its own (clang's is smaller than g++'s).
template <typename PairTest>
constexpr bool matches_every_ascii_pair(PairTest matches, int first_from, int first_to) {
  for (int c = first_from; c < first_to; ++c) {
    for (int next = 0; next < 128; ++next) {
      if (!matches(c, next)) return false;
    }
  }
  return true;
}
template <typename PairTest>
constexpr bool matches_every_pair_beside_high_bytes(PairTest matches, int first_from, int first_to) {
  for (int c = first_from; c < first_to; ++c) {
    for (int high = 0xC1; high <= 0xFA; ++high) {
      if (!matches(c, high) || !matches(high, c)) return false;
    }
  }
  return true;
}
template <auto matches>
struct EveryPairCheck {
  static constexpr bool kAsciiBelow64 = matches_every_ascii_pair(matches, 0, 64);
  static constexpr bool kAsciiFrom64 = matches_every_ascii_pair(matches, 64, 128);
  static constexpr bool kHighBelow64 = matches_every_pair_beside_high_bytes(matches, 0, 64);
  static constexpr bool kHighFrom64 = matches_every_pair_beside_high_bytes(matches, 64, 128);
  static constexpr bool kHighFrom128 = matches_every_pair_beside_high_bytes(matches, 128, 192);
  static constexpr bool kHighFrom192 = matches_every_pair_beside_high_bytes(matches, 192, 256);
};
template <auto matches>
inline constexpr bool kMatchesEveryPair =
    EveryPairCheck<matches>::kAsciiBelow64 && EveryPairCheck<matches>::kAsciiFrom64 &&
    EveryPairCheck<matches>::kHighBelow64 && EveryPairCheck<matches>::kHighFrom64 &&
    EveryPairCheck<matches>::kHighFrom128 && EveryPairCheck<matches>::kHighFrom192;

// Whether `test` marks any byte of `s`: find_marked(s, 0, test) < s.size(),
// for callers that only need the answer. Short strings (most JSON keys and
// cell values) take one block load instead of a loop over their bytes, and
// the tail of a long one is the overlapping last block.
template <typename ByteTest>
bool any_marked(std::string_view s, ByteTest test) {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < kBlockSize) return n != 0 && marked_lanes(test(load_short_block(p, n))) != 0;
  std::size_t from = 0;
  // Long strings four blocks a step, their marks joined: one look at the
  // mask for every 64 bytes.
  for (; n - from >= 4 * kBlockSize; from += 4 * kBlockSize) {
    const auto marks = test(load_block(p + from)) | test(load_block(p + from + kBlockSize)) |
                       test(load_block(p + from + 2 * kBlockSize)) | test(load_block(p + from + 3 * kBlockSize));
    if (marked_lanes(marks) != 0) return true;
  }
  for (; n - from >= kBlockSize; from += kBlockSize) {
    if (marked_lanes(test(load_block(p + from))) != 0) return true;
  }
  return from != n && marked_lanes(test(load_block(p + n - kBlockSize))) != 0;
}

// Lanes of the ASCII letters and digits of a block. `b | 0x20` is a
// lowercase letter exactly when `b` is a letter in either case.
inline auto ascii_alnum_lanes(ByteBlock b) {
  const ByteBlock folded = b | 0x20;
  return ((b >= '0') & (b <= '9')) | ((folded >= 'a') & (folded <= 'z'));
}

// Position of the first byte of `s` at or after `from` (at most s.size())
// that `test` marks and that starts a word: it is the first byte or follows
// a byte that is not an ASCII letter or digit. s.size() if there is none.
// Scanners that only look at words starting with certain letters or digits
// pass over the rest of the text, and the inside of words, a block at a time.
template <typename ByteTest>
std::size_t find_marked_word_start(std::string_view s, std::size_t from, ByteTest test) {
  const std::size_t n = s.size();
  if (from == 0) {
    if (n == 0 || test(static_cast<unsigned char>(s[0]))) return 0;
    from = 1;
  }
  for (; n - from >= kBlockSize; from += kBlockSize) {
    const ByteBlock block = load_block(s.data() + from);
    const ByteBlock before = load_block(s.data() + from - 1);
    const std::size_t lane = first_marked_lane(test(block) & ~ascii_alnum_lanes(before));
    if (lane < kBlockSize) return from + lane;
  }
  for (; from < n; ++from) {
    const char before = s[from - 1];
    if (test(static_cast<unsigned char>(s[from])) && !is_ascii_digit(before) && !is_ascii_alpha(before)) return from;
  }
  return n;
}

}  // namespace docket

#endif  // DOCKET_BASE_BYTE_SCAN_HPP
