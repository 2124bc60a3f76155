// The scan of the inline cleaner's plain path, sixteen bytes at a time:
// where in a text is the next byte that cannot be copied as it stands.
// find_attention_plain() is its plain twin, a byte at a time, that
// tests/layout/inline_text_test.cpp checks it against on generated text.
#ifndef DOCKET_LAYOUT_INLINE_SCAN_HPP
#define DOCKET_LAYOUT_INLINE_SCAN_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/byte_scan.hpp"

namespace docket::inline_markup {

// Sixteen bytes at a time with the block helpers of text_util.hpp.
// A comparison of two blocks: per byte, -1 (all bits set) where it holds.
using BlockMarks = signed char __attribute__((vector_size(16)));

// `bytes` with `n` added to every lane, wrapping past 0x7F as the hardware
// does: added as signed lanes, that would be an overflow, which C++ leaves
// undefined.
[[gnu::always_inline]] inline BlockMarks add_wrapping(BlockMarks bytes, unsigned char n) {
  return std::bit_cast<BlockMarks>(static_cast<ByteBlock>(std::bit_cast<ByteBlock>(bytes) + n));
}

// Marks the bytes of p[0, 16) that cannot be copied blindly: controls
// (newline among them), DEL, every non-ASCII byte, the bytes that may start
// markup (kPlain), and a space followed by a space or newline, which starts a
// run to collapse (or by another control or a non-ASCII byte). A single
// space between two words is not marked. Reads p[16] as well, to judge a
// space in the last place.
//
// Two marks are approximate, to save comparisons: '^' is marked with its
// neighbours '[' to '_' (callers pass over a marked byte that kPlain
// holds), and '!' is not marked at all, as it starts markup only in "![",
// whose '[' is marked.
// `next` is the block one byte on from `block`. Inlined: it runs once for
// every sixteen bytes of every paragraph and cell.
[[gnu::always_inline]] inline BlockMarks marks_of(BlockMarks bytes, BlockMarks next) {
  // As signed bytes, with the fewest instructions SSE2 has: it compares
  // signed bytes in one step, unsigned ones in three.
  //
  // Adding one takes DEL to 0x80 and leaves the space at 0x21, so one
  // signed comparison finds the controls (newline among them), DEL and
  // every byte past ASCII, all of which are then below 0x21.
  BlockMarks marks = add_wrapping(bytes, 1) < 0x21;
  // [ \ ] ^ _ moved to the bottom of the signed range, where they alone are.
  marks |= add_wrapping(bytes, 0x80 - '[') < -0x80 + 5;
  marks |= (bytes == '<') | (bytes == '&') | (bytes == '*');
  // A space before a space, a newline, another control or a byte past
  // ASCII: only the first two start a run to collapse, but one comparison
  // marks them all, and the plain path copies a single space all the same.
  marks |= (bytes == ' ') & (next < 0x21);
  return marks;
}

// Lane of the first marked byte of `marks`, or kBlockSize if none is: with
// SSE2, one instruction gathers a bit from each lane.
[[gnu::always_inline]] inline std::size_t first_mark(BlockMarks marks) {
#if defined(__SSE2__)
  const auto bits = static_cast<unsigned>(_mm_movemask_epi8(std::bit_cast<__m128i>(marks)));
  return bits == 0 ? kBlockSize : static_cast<std::size_t>(std::countr_zero(bits));
#else
  return first_marked_lane(marks);
#endif
}

// The first byte of [p, end) that needs a closer look (see marks_of()), or
// end; `begin` is where the text starts, at or before p. end[-1] must not
// be a space: the scan does not look past `end` to judge it.
[[gnu::always_inline]] inline const char* find_attention(const char* begin, const char* p, const char* end) {
  while (static_cast<std::size_t>(end - p) > kBlockSize) {
    const std::size_t i = first_mark(
        marks_of(std::bit_cast<BlockMarks>(load_block(p)), std::bit_cast<BlockMarks>(load_block(p + 1))));
    if (i < kBlockSize) return p + i;
    p += kBlockSize;
  }
  // The last 16 bytes or fewer: past `end` may be nothing to read.
  if (p == end) return end;  // p may be null then, which memcpy must not see
  const auto left = static_cast<std::size_t>(end - p);
  if (std::endian::native == std::endian::little && static_cast<std::size_t>(end - begin) >= kBlockSize) {
    // The last sixteen bytes of the text, of which the lanes before p are
    // scanned already. The block one byte on is the same bytes moved down
    // a lane, with a plain byte after the last.
    const char* last = end - kBlockSize;
    std::uint64_t halves[2];
    std::memcpy(halves, last, sizeof halves);
    const std::uint64_t moved[2] = {(halves[0] >> 8) | (halves[1] << 56), (halves[1] >> 8) | (std::uint64_t{'x'} << 56)};
    const BlockMarks bytes = std::bit_cast<BlockMarks>(halves);
    const BlockMarks next = std::bit_cast<BlockMarks>(moved);
    const BlockMarks lanes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    const auto scanned = static_cast<signed char>(kBlockSize - left);
    const std::size_t i = first_mark(marks_of(bytes, next) & (lanes >= scanned));
    return i < kBlockSize ? last + i : end;
  }
  // A text shorter than a block is scanned in a copy padded with plain bytes,
  // copied in fixed-size moves rather than a call to memcpy: most table
  // cells take this path.
  char padded[kBlockSize + 1];
  std::memset(padded, 'x', sizeof padded);
  copy_short(padded, p, left);
  const std::size_t i = first_mark(
      marks_of(std::bit_cast<BlockMarks>(load_block(padded)), std::bit_cast<BlockMarks>(load_block(padded + 1))));
  return i < left ? p + i : end;
}

// find_attention(), a byte at a time: the same bytes, by the same rules.
inline const char* find_attention_plain(const char* p, const char* end) {
  for (; p != end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    const auto next = p + 1 != end ? static_cast<unsigned char>(p[1]) : static_cast<unsigned char>('x');
    const bool control_or_high = c < 0x20 || c >= 0x7F;
    const bool markup = (c >= '[' && c <= '_') || c == '<' || c == '&' || c == '*';
    const bool space_before_gap = c == ' ' && (next < 0x21 || next >= 0x80);
    if (control_or_high || markup || space_before_gap) return p;
  }
  return end;
}

}  // namespace docket::inline_markup

#endif  // DOCKET_LAYOUT_INLINE_SCAN_HPP
