// Small string helpers shared by the stages. ASCII-only case folding is
// deliberate: every keyword docket looks for is ASCII, and folding only
// ASCII keeps UTF-8 intact and the scans allocation-free.
#ifndef DOCKET_TEXT_UTIL_HPP
#define DOCKET_TEXT_UTIL_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace docket {

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
// Number of ASCII digits in the run that starts at text[i]: 0 when text[i]
// is no digit or `i` is past the end.
inline std::size_t count_digits_at(std::string_view text, std::size_t i) {
  std::size_t n = 0;
  while (i + n < text.size() && is_ascii_digit(text[i + n])) ++n;
  return n;
}

// Inline: called on nearly every cell, line and label.
inline std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}
std::string to_lower_ascii(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool iends_with(std::string_view s, std::string_view suffix);
// Position of `needle` in `hay` ignoring ASCII case, or npos.
std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0);
// True when `word` occurs in `s` with no letter or digit on either side.
bool contains_word(std::string_view s, std::string_view word);
// Number of whitespace-separated words.
int count_words(std::string_view s);
// Whether `s` has at most `n` words: count_words(s) <= n, but stops reading
// at word n + 1, so that a long paragraph costs no more than a short one.
bool words_at_most(std::string_view s, int n);
bool has_digit(std::string_view s);
// Lowercase ASCII letters and digits of `s`, every other run of bytes as
// one space, trimmed: "<b>No.</b>" and "no" compare equal after clean-up.
std::string fold_key(std::string_view s);
// Joins two fragments of running text that a page or row break cut apart.
void append_joined(std::string& out, std::string_view piece);


// A fixed list of keywords, looked up by first letter. Scanners test every
// line or token of a paper against lists of a few dozen words, and most
// candidates share no initial with most entries: grouping the entries by
// first byte at compile time lets a lookup compare only with the few that
// share it. Entries are lowercase ASCII and not empty; lookups ignore ASCII
// case.
template <std::size_t N>
class InitialIndex {
 public:
  consteval explicit InitialIndex(const std::string_view (&words)[N]) { build(words); }
  consteval explicit InitialIndex(const std::array<std::string_view, N>& words) { build(words); }

  // Whether `word` is one of the entries.
  bool contains(std::string_view word) const {
    if (word.empty()) return false;
    const auto c = static_cast<unsigned char>(ascii_lower(word[0]));
    // Most words have no entry of their initial and length.
    if ((lengths_of_[c] & length_bit(word.size())) == 0) return false;
    for (std::size_t k = first_of_[c]; k < first_of_[c + 1]; ++k) {
      if (entries_[k].size() == word.size() && equals_lowered(word, entries_[k])) return true;
    }
    return false;
  }

  // Whether `s` starts with one of the entries.
  bool starts_any(std::string_view s) const {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(ascii_lower(s[0]));
    for (std::size_t k = first_of_[c]; k < first_of_[c + 1]; ++k) {
      if (entries_[k].size() <= s.size() && equals_lowered(s.substr(0, entries_[k].size()), entries_[k])) return true;
    }
    return false;
  }

 private:
  template <typename Words>
  consteval void build(const Words& words) {
    std::size_t next = 0;
    for (std::size_t c = 0; c < 256; ++c) {
      first_of_[c] = static_cast<std::uint16_t>(next);
      for (std::string_view w : words) {
        if (w.empty()) throw "InitialIndex: an entry is empty";
        for (char ch : w) {
          if (ch >= 'A' && ch <= 'Z') throw "InitialIndex: an entry is not lowercase";
        }
        if (static_cast<unsigned char>(w[0]) == c) {
          entries_[next++] = w;
          lengths_of_[c] |= length_bit(w.size());
        }
      }
    }
    first_of_[256] = static_cast<std::uint16_t>(next);
  }

  static bool equals_lowered(std::string_view text, std::string_view entry) {
    for (std::size_t i = 0; i < entry.size(); ++i) {
      if (ascii_lower(text[i]) != entry[i]) return false;
    }
    return true;
  }

  // Bit `size` of a mask of lengths; every size from 63 up shares bit 63.
  static constexpr std::uint64_t length_bit(std::size_t size) { return std::uint64_t{1} << (size < 63 ? size : 63); }

  std::array<std::string_view, N> entries_{};
  std::array<std::uint16_t, 257> first_of_{};  // entries_ with first byte c: [first_of_[c], first_of_[c + 1])
  std::array<std::uint64_t, 256> lengths_of_{};  // the lengths of the entries with first byte c, as length_bit()s
};

// The first words of a table of phrases (lowercase words, single spaces),
// each once, for a cheap first test of a line before the phrases are tried:
// built from the table itself, so that a phrase added to the table is
// found without a second list to keep in step. `phrase_of` reads an entry's
// phrase. Capacity bounds the distinct words; the result's size says how
// many there are.
template <std::size_t Capacity>
struct FirstWords {
  std::array<std::string_view, Capacity> words{};
  std::size_t size = 0;

  consteval void add_first_word_of(std::string_view phrase) {
    const std::string_view word = phrase.substr(0, phrase.find(' '));
    for (std::size_t k = 0; k < size; ++k) {
      if (words[k] == word) return;
    }
    if (size == Capacity) throw "FirstWords: more distinct words than its capacity";
    words[size++] = word;
  }

  // The longest word, for a scan that reads no further than that.
  consteval std::size_t longest() const {
    std::size_t longest = 0;
    for (std::size_t k = 0; k < size; ++k) longest = words[k].size() > longest ? words[k].size() : longest;
    return longest;
  }

  // The words as an array of exactly N entries (N == size).
  template <std::size_t N>
  consteval std::array<std::string_view, N> exactly() const {
    if (N != size) throw "FirstWords: the size asked for is not the number of words";
    std::array<std::string_view, N> out{};
    for (std::size_t k = 0; k < N; ++k) out[k] = words[k];
    return out;
  }
};


// The member types of a forward iterator that yields string views, for the
// packed containers of text (table cells, a block's lines) that hand out
// views rather than hold them.
struct StringViewIteratorTypes {
  using iterator_category = std::forward_iterator_tag;
  using value_type = std::string_view;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = std::string_view;
};

// fold_key(s) written to `out`, which must hold s.size() bytes: a folded
// key is never longer than its text. Returns the key's length.
std::size_t fold_key_to(std::string_view s, char* out);
// The first max_length bytes of fold_key(s) (all of it if shorter) written
// to `out`, which must hold max_length bytes, for a caller that compares
// only the start of a key: a long text is folded no further than that.
// Returns the length written.
std::size_t fold_key_prefix_to(std::string_view s, char* out, std::size_t max_length);

// The words of fold_key(s) one at a time, without writing the folded text
// out: a scan that only looks at words (the procedural test reads every
// resolution) folds each into a small buffer and moves on.
class FoldedWords {
 public:
  explicit FoldedWords(std::string_view s) : text_(s) {}
  FoldedWords(const FoldedWords&) = delete;
  FoldedWords& operator=(const FoldedWords&) = delete;

  // The next word, valid until the next call; false at the end.
  bool next(std::string_view& word);

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  std::array<char, 32> in_place_{};
  std::string spilled_;  // a word longer than in_place_
};

// fold_key(s) for a scan that folds many short cells and keeps none: up to
// kInPlace bytes of text are folded on the stack, with no allocation.
class FoldedKey {
 public:
  explicit FoldedKey(std::string_view s) {
    char* out = in_place_.data();
    if (s.size() > in_place_.size()) {
      spilled_.resize(s.size());
      out = spilled_.data();
    }
    key_ = std::string_view(out, fold_key_to(s, out));
  }
  // key_ points into this object.
  FoldedKey(const FoldedKey&) = delete;
  FoldedKey& operator=(const FoldedKey&) = delete;

  std::string_view view() const { return key_; }

 private:
  static constexpr std::size_t kInPlace = 128;  // longer than nearly every header cell
  std::array<char, kInPlace> in_place_;
  std::string spilled_;
  std::string_view key_;
};

}  // namespace docket

#endif  // DOCKET_TEXT_UTIL_HPP
