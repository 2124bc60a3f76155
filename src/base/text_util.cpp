#include "base/text_util.hpp"

#include <array>
#include <cstring>
#include <limits>

#include "base/byte_scan.hpp"

namespace docket {

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (needle.size() > hay.size()) return std::string_view::npos;
  // A byte folds to a lowercase letter exactly when, with bit 0x20 set, it
  // equals that letter; other bytes fold to themselves. So one comparison
  // of a block finds where the needle's first byte is, sixteen places at a
  // time, in the long paragraphs some labels are looked for in.
  const char first = ascii_lower(needle[0]);
  const unsigned char case_bit = is_ascii_lower(first) ? 0x20 : 0;
  const std::size_t last_start = hay.size() - needle.size();
  std::size_t i = from;
  while (i <= last_start) {
    if (last_start - i >= kBlockSize) {
      const ByteBlock folded = load_block(hay.data() + i) | case_bit;
      const std::size_t lane = first_marked_lane(folded == static_cast<unsigned char>(first));
      i += lane;
      if (lane == kBlockSize) continue;
    } else if (ascii_lower(hay[i]) != first) {
      ++i;
      continue;
    }
    if (iequals(hay.substr(i, needle.size()), needle)) return i;
    ++i;
  }
  return std::string_view::npos;
}

namespace {
bool is_word_byte(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}
}  // namespace

bool contains_word(std::string_view s, std::string_view word) {
  std::size_t pos = 0;
  while ((pos = ifind(s, word, pos)) != std::string_view::npos) {
    const bool left_ok = pos == 0 || !is_word_byte(s[pos - 1]);
    const std::size_t end = pos + word.size();
    const bool right_ok = end == s.size() || !is_word_byte(s[end]);
    if (left_ok && right_ok) return true;
    ++pos;
  }
  return false;
}

namespace {
// Lanes of the bytes is_ascii_space() accepts: the space, and tab to
// carriage return, which are 9 to 13.
auto ascii_space_lanes(ByteBlock b) { return (b == ' ') | (static_cast<ByteBlock>(b - '\t') <= '\r' - '\t'); }

// Number of marked lanes in a test's result.
template <typename Marks>
int count_marked_lanes(const Marks& marks) {
  static_assert(sizeof marks == kBlockSize);
  std::uint64_t halves[2];
  std::memcpy(halves, &marks, sizeof halves);
  // One bit per marked lane, one lane per byte; the multiplication adds
  // the eight bytes of each half into its top byte.
  constexpr std::uint64_t kLowBits = 0x0101010101010101;
  constexpr std::uint64_t kAddBytes = 0x0101010101010101;
  return static_cast<int>((((halves[0] & kLowBits) * kAddBytes) >> 56) + (((halves[1] & kLowBits) * kAddBytes) >> 56));
}

// Word starts in the block at p[0, 16): bytes that are not spaces and
// follow one. Reads p[-1].
auto word_start_lanes(const char* p) { return ~ascii_space_lanes(load_block(p)) & ascii_space_lanes(load_block(p - 1)); }

// Words of `s`, whitespace-separated; counting stops once past `limit`.
// A word starts at each byte that is not a space and is first or follows a
// space, so a block of sixteen is counted at once: long paragraphs are
// asked whether they are short.
int count_words_until(std::string_view s, int limit) {
  const std::size_t n = s.size();
  if (n == 0) return 0;
  int count = is_ascii_space(s[0]) ? 0 : 1;
  if (n <= kBlockSize) {
    for (std::size_t i = 1; i < n && count <= limit; ++i) {
      if (!is_ascii_space(s[i]) && is_ascii_space(s[i - 1])) ++count;
    }
    return count;
  }
  std::size_t i = 1;
  for (; n - i >= kBlockSize && count <= limit; i += kBlockSize) count += count_marked_lanes(word_start_lanes(s.data() + i));
  if (i < n && count <= limit) {
    // The last block ends at the end of `s` and overlaps the blocks already
    // counted; its lanes before i are left out.
    const std::size_t last = n - kBlockSize;
    constexpr ByteBlock kLane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    const auto not_counted = kLane >= static_cast<unsigned char>(i - last);
    count += count_marked_lanes(word_start_lanes(s.data() + last) & not_counted);
  }
  return count;
}
}  // namespace

bool words_at_most(std::string_view s, int n) {
  // n + 1 words take at least 2n + 1 bytes (a byte each and a space between
  // them): shorter text (a cell, a short line) holds at most n, uncounted.
  if (n >= 0 && s.size() <= 2 * static_cast<std::size_t>(n)) return true;
  return count_words_until(s, n) <= n;
}

int count_words(std::string_view s) { return count_words_until(s, std::numeric_limits<int>::max()); }

bool has_digit(std::string_view s) {
  // A block at a time: lines of prose are asked this before any date is
  // looked for in them, and most have no digit.
  // The digits as one unsigned comparison: a byte below '0' wraps past them.
  return any_marked(s, [](auto b) { return ((b - '0') & 0xFF) < 10; });
}

std::string fold_key(std::string_view s) {
  // A folded key is never longer than its text.
  std::string out(s.size(), '\0');
  out.resize(fold_key_to(s, out.data()));
  return out;
}

void append_joined(std::string& out, std::string_view piece) {
  piece = trim(piece);
  if (piece.empty()) return;
  if (!out.empty() && out.back() != '\n') out.push_back(' ');
  out.append(piece);
}

namespace {

// What each byte folds to in a key: letters lowercased, digits and bytes
// from 0x80 up as they are, and 0 for the bytes a key keeps none of. One
// lookup per byte instead of a chain of range tests: every header cell,
// label and heading is folded.
constexpr std::array<char, 256> kFolded = [] {
  std::array<char, 256> table{};
  for (std::size_t b = '0'; b <= '9'; ++b) table[b] = static_cast<char>(b);
  for (std::size_t b = 'a'; b <= 'z'; ++b) table[b] = static_cast<char>(b);
  for (std::size_t b = 'A'; b <= 'Z'; ++b) table[b] = static_cast<char>(b - 'A' + 'a');
  for (std::size_t b = 0x80; b < table.size(); ++b) table[b] = static_cast<char>(b);
  return table;
}();

char folded(char c) { return kFolded[static_cast<unsigned char>(c)]; }

// The length of the markup tag at s[i] ('<' and a letter or '/'), or 0: a
// key skips a tag only when its '>' is under 32 bytes on, so only those
// bytes are searched.
std::size_t tag_length_at(std::string_view s, std::size_t i) {
  if (s[i] != '<' || i + 1 >= s.size() || !(is_ascii_alpha(s[i + 1]) || s[i + 1] == '/')) return 0;
  const std::size_t close = s.substr(i, 32).find('>');
  return close == std::string_view::npos ? 0 : close + 1;
}

// fold_key_to(), and with kBounded fold_key_prefix_to(), which stops
// writing at max_length bytes.
template <bool kBounded>
std::size_t fold_into(std::string_view s, char* out, std::size_t max_length) {
  std::size_t length = 0;
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    if (folded(s[i]) != 0) {
      if (pending_space && length != 0) {
        if (kBounded && length == max_length) return length;
        out[length++] = ' ';
      }
      pending_space = false;
      // The whole word.
      char f = 0;
      for (; i < s.size() && (f = folded(s[i])) != 0; ++i) {
        if (kBounded && length == max_length) return length;
        out[length++] = f;
      }
      continue;
    }
    const std::size_t tag = tag_length_at(s, i);
    i += tag == 0 ? 1 : tag;
    pending_space = true;
  }
  return length;
}

}  // namespace

std::size_t fold_key_to(std::string_view s, char* out) { return fold_into<false>(s, out, 0); }

std::size_t fold_key_prefix_to(std::string_view s, char* out, std::size_t max_length) {
  return fold_into<true>(s, out, max_length);
}

bool FoldedWords::next(std::string_view& word) {
  const std::string_view s = text_;
  std::size_t i = at_;
  while (i < s.size() && folded(s[i]) == 0) {
    const std::size_t tag = tag_length_at(s, i);
    i += tag == 0 ? 1 : tag;
  }
  if (i == s.size()) {
    at_ = i;
    return false;
  }
  const std::size_t start = i;
  std::size_t length = 0;
  for (; i < s.size() && folded(s[i]) != 0; ++i, ++length) {
    if (length < in_place_.size()) in_place_[length] = folded(s[i]);
  }
  at_ = i;
  if (length <= in_place_.size()) {
    word = std::string_view(in_place_.data(), length);
    return true;
  }
  // A word longer than the buffer, folded again whole.
  spilled_.resize(length);
  for (std::size_t k = 0; k < length; ++k) spilled_[k] = folded(s[start + k]);
  word = spilled_;
  return true;
}

}  // namespace docket
