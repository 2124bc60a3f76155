#include "normalise/refs.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"

namespace docket {

namespace {

// A dotted section number at s[pos]: "6", "6.1", "6.1.16" (a trailing
// sentence period is not part of it). Returns its length, 0 if none.
std::size_t section_number_at(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  std::size_t end = pos;
  while (i < s.size() && is_ascii_digit(s[i])) {
    std::size_t start = i;
    while (i < s.size() && is_ascii_digit(s[i])) ++i;
    if (i - start > 3) return 0;
    end = i;
    if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return end - pos;
}

// An appendix label: "3", "A", "B2", "iv".
std::size_t appendix_label_at(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && (is_ascii_digit(s[i]) || is_ascii_alpha(s[i])) && i - pos < 4) ++i;
  if (i == pos) return 0;
  if (i < s.size() && is_ascii_alpha(s[i])) return 0;  // a word, not a label
  const std::string_view label = s.substr(pos, i - pos);
  // Single letters or numbers (with an optional letter); not words like "to".
  const bool numeric = is_ascii_digit(label[0]);
  if (!numeric && label.size() > 1) {
    const std::string lower = to_lower_ascii(label);
    static constexpr std::string_view kRomans[] = {"ii", "iii", "iv", "vi", "vii", "viii", "ix"};
    if (std::find(std::begin(kRomans), std::end(kRomans), lower) == std::end(kRomans)) return 0;
  }
  if (!numeric && label.size() == 1 && is_ascii_lower(label[0]) && label != "a" && label != "b" && label != "c") {
    return 0;
  }
  if (label == "a" && i < s.size() && s[i] == ' ') return 0;  // "appendix a report"? too ambiguous
  return i - pos;
}

// The words that introduce references: "section 6.1", "appendix 3".
constexpr std::string_view kSectionWords[] = {"sections", "section", "paragraphs", "paragraph", "paras",
                                              "para", "clauses", "clause"};
constexpr std::string_view kAppendixWords[] = {"appendices", "appendix", "annexes", "annex", "schedule"};

// The first three letters of every reference word, lowercase, and the
// first letters alone: most words of prose are passed over on their first
// letter, found sixteen bytes at a time, and most of the rest on their stem.
constexpr std::size_t kStemLength = 3;
constexpr std::size_t kReferenceWordCount = std::size(kSectionWords) + std::size(kAppendixWords);

constexpr std::array<std::string_view, kReferenceWordCount> kReferenceStems = [] {
  std::array<std::string_view, kReferenceWordCount> stems{};
  std::size_t n = 0;
  for (std::string_view word : kSectionWords) stems[n++] = word.substr(0, kStemLength);
  for (std::string_view word : kAppendixWords) stems[n++] = word.substr(0, kStemLength);
  return stems;
}();

// Marks the bytes that start a word (follow a byte that is not an ASCII
// letter or digit) with, in either case, the first two letters of a
// reference word, given the bytes either side: most words of prose are
// passed over on those two letters, sixteen bytes at a time, and most of
// the rest on their stem. `b | 0x20` is a lowercase letter exactly when `b`
// is that letter in either case; the static_assert below keeps the pairs in
// step with the word lists.
constexpr auto kMayStartReferenceWord = [](auto before, auto b, auto after) {
  const auto folded_before = before | 0x20;
  // A range as one unsigned comparison: below the range wraps past it
  // (the mask keeps an int's difference to a byte, as a block's is).
  const auto after_word = (((before - '0') & 0xFF) < 10) | (((folded_before - 'a') & 0xFF) < 26);
  const auto first = b | 0x20;
  const auto second = after | 0x20;
  const auto stem = ((first == 's') & ((second == 'e') | (second == 'c'))) | ((first == 'p') & (second == 'a')) |
                    ((first == 'c') & (second == 'l')) | ((first == 'a') & ((second == 'p') | (second == 'n')));
  return stem & (after_word == 0);
};

// The first two letters of the reference words, as a table indexed by them.
constexpr std::array<bool, 26 * 26> kReferenceStarts = [] {
  std::array<bool, 26 * 26> starts{};
  for (std::string_view stem : kReferenceStems) starts[(stem[0] - 'a') * 26 + (stem[1] - 'a')] = true;
  return starts;
}();

constexpr bool reference_start_matches_the_word_lists(int c, int next) {
  const auto letter = [](int v) { return v >= 'A' && v <= 'Z' ? v - 'A' : v >= 'a' && v <= 'z' ? v - 'a' : -1; };
  const bool starts = letter(c) >= 0 && letter(next) >= 0 && kReferenceStarts[letter(c) * 26 + letter(next)];
  return marks_only_word_starts(kMayStartReferenceWord, c, next, starts);
}

static_assert(kMatchesEveryPair<reference_start_matches_the_word_lists>);

// The stem of the word at `pos` (its first three letters, lowercase), when
// it is the stem of a reference word; empty otherwise.
std::string_view reference_stem_at(std::string_view s, std::size_t pos) {
  if (pos + kStemLength > s.size()) return {};
  const char a = ascii_lower(s[pos]);
  const char b = ascii_lower(s[pos + 1]);
  const char c = ascii_lower(s[pos + 2]);
  for (std::string_view stem : kReferenceStems) {
    if (stem[0] == a && stem[1] == b && stem[2] == c) return stem;
  }
  return {};
}

void add_unique(std::vector<std::string>& refs, std::string ref) {
  if (std::find(refs.begin(), refs.end(), ref) == refs.end()) refs.push_back(std::move(ref));
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Reads "6.1.10 - 6.1.13", "4.2 and 4.3", "4.2, 4.3" after a section word.
std::size_t read_section_list(std::string_view s, std::size_t i, std::vector<std::string>& refs) {
  std::size_t len = section_number_at(s, i);
  if (len == 0) return i;
  while (len > 0) {
    std::string ref(s.substr(i, len));
    i += len;
    std::size_t j = skip_spaces(s, i);
    // A range: "-", en dash, "to".
    std::size_t after_dash = std::string_view::npos;
    if (j < s.size() && s[j] == '-') after_dash = j + 1;
    else if (s.substr(j).starts_with("\xE2\x80\x93")) after_dash = j + 3;
    else if (istarts_with(s.substr(j), "to ")) after_dash = j + 3;
    if (after_dash != std::string_view::npos) {
      const std::size_t k = skip_spaces(s, after_dash);
      const std::size_t end_len = section_number_at(s, k);
      if (end_len > 0) {
        ref += "-";
        ref.append(s.substr(k, end_len));
        i = k + end_len;
        j = skip_spaces(s, i);
      }
    }
    add_unique(refs, std::move(ref));
    // A list: ", 4.3", " and 4.3", " & 4.3".
    std::size_t k = j;
    if (k < s.size() && (s[k] == ',' || s[k] == '&')) k = skip_spaces(s, k + 1);
    else if (istarts_with(s.substr(k), "and ")) k = skip_spaces(s, k + 4);
    else if (istarts_with(s.substr(k), "or ")) k = skip_spaces(s, k + 3);
    else break;
    len = section_number_at(s, k);
    if (len == 0) break;
    i = k;
  }
  return i;
}

}  // namespace

std::vector<std::string> find_refs(std::string_view text) {
  std::vector<std::string> refs;
  std::size_t i = 0;
  while (i < text.size()) {
    // Only a word that starts with one of their first letters may be a
    // reference word.
    i = find_marked_in_context(text, i, kMayStartReferenceWord);
    if (i == text.size()) break;
    // Only the words with this stem can match below.
    const std::string_view stem = reference_stem_at(text, i);
    if (stem.empty()) {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view word : kSectionWords) {
      if (!word.starts_with(stem) || !istarts_with(text.substr(i), word)) continue;
      std::size_t j = i + word.size();
      if (j < text.size() && text[j] == '.') ++j;  // "para."
      if (j >= text.size() || text[j] != ' ') continue;
      j = skip_spaces(text, j);
      const std::size_t end = read_section_list(text, j, refs);
      if (end != j) {
        i = end;
        matched = true;
      }
      break;
    }
    if (matched) continue;
    for (std::string_view word : kAppendixWords) {
      if (!word.starts_with(stem) || !istarts_with(text.substr(i), word)) continue;
      std::size_t j = i + word.size();
      if (j >= text.size() || text[j] != ' ') continue;
      j = skip_spaces(text, j);
      // "appendices 2 and 3": every label after the word.
      const std::string singular = word == "appendices" ? "appendix" : word == "annexes" ? "annex" : std::string(word);
      while (true) {
        const std::size_t len = appendix_label_at(text, j);
        if (len == 0) break;
        add_unique(refs, singular + " " + to_lower_ascii(text.substr(j, len)));
        j += len;
        std::size_t k = skip_spaces(text, j);
        if (k < text.size() && (text[k] == ',' || text[k] == '&')) k = skip_spaces(text, k + 1);
        else if (istarts_with(text.substr(k), "and ")) k = skip_spaces(text, k + 4);
        else break;
        if (appendix_label_at(text, k) == 0) break;
        j = k;
        matched = true;
      }
      if (j != i + word.size()) {
        i = j;
        matched = true;
      }
      break;
    }
    if (!matched) {
      while (i < text.size() && is_ascii_alpha(text[i])) ++i;
    }
  }
  return refs;
}

}  // namespace docket
