#include "refs.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "text_util.hpp"

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

// Marks the bytes that are, in either case, the first letter of a
// reference word. `b | 0x20` is a lowercase letter exactly when `b` is that
// letter in either case; the static_assert below keeps the list of letters
// in step with the word lists.
constexpr auto kMayStartReferenceWord = [](auto b) {
  const auto folded = b | 0x20;
  return (folded == 'a') | (folded == 'c') | (folded == 'p') | (folded == 's');
};

constexpr bool first_letters_match_the_word_lists() {
  for (int c = 0; c < 256; ++c) {
    bool first_letter = false;
    for (std::string_view stem : kReferenceStems) {
      first_letter = first_letter || c == stem[0] || c == stem[0] - 'a' + 'A';
    }
    if (kMayStartReferenceWord(static_cast<unsigned char>(c)) != first_letter) return false;
  }
  return true;
}
static_assert(first_letters_match_the_word_lists());

// Whether the word at `pos` may be one of the reference words, judged on
// its first three letters.
bool may_start_reference_word(std::string_view s, std::size_t pos) {
  if (pos + kStemLength > s.size()) return false;
  const char stem[kStemLength] = {ascii_lower(s[pos]), ascii_lower(s[pos + 1]), ascii_lower(s[pos + 2])};
  const std::string_view w(stem, kStemLength);
  return std::find(kReferenceStems.begin(), kReferenceStems.end(), w) != kReferenceStems.end();
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
    i = find_marked_word_start(text, i, kMayStartReferenceWord);
    if (i == text.size()) break;
    if (!may_start_reference_word(text, i)) {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view word : kSectionWords) {
      if (!istarts_with(text.substr(i), word)) continue;
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
      if (!istarts_with(text.substr(i), word)) continue;
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
