#include "layout/page_debris.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/text_util.hpp"

namespace docket {

namespace {

// A running header or footer with the page number taken off, so that every
// page's copy gives the same key once lowercased: "Draft 5 19.04.10 2" →
// "Draft 5 19.04.10".
std::string_view footer_key(std::string_view s) {
  s = trim(s);
  auto is_number_token = [](std::string_view t) {
    return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), is_ascii_digit);
  };
  const std::size_t last_space = s.find_last_of(' ');
  if (last_space != std::string_view::npos && is_number_token(s.substr(last_space + 1))) {
    s = trim(s.substr(0, last_space));
  }
  // "Page 2 – Minutes – March 21, 2023": a page number first, bare or
  // after "Page".
  std::string_view head = s;
  if (istarts_with(head, "page ")) head = trim(head.substr(5));
  const std::size_t first_space = head.find(' ');
  if (first_space != std::string_view::npos && is_number_token(head.substr(0, first_space))) {
    s = trim(head.substr(first_space + 1));
  }
  return s;
}

bool is_caption_word(std::string_view key) {
  static constexpr std::string_view kWords[] = {"table", "figure", "chart", "appendix", "annex", "schedule",
                                                "section", "part", "item", "step", "phase", "stage", "year"};
  for (std::string_view w : kWords) {
    if (istarts_with(key, w)) return true;
  }
  return false;
}

// Footers are short: a few words with a number or a date in them.
bool looks_like_footer(std::string_view text) {
  // The cheapest tests first: counting words costs the most.
  return text.size() <= 80 && !text.ends_with('.') && !text.ends_with(':') && has_digit(text) &&
         text.find('\n') == std::string_view::npos && words_at_most(text, 10);
}

}  // namespace

bool is_page_number(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 24) return false;
  // "- 3 -", "– 3 –"
  auto strip_dashes = [](std::string_view t) {
    while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
    return t;
  };
  s = strip_dashes(s);
  // A digit or "page" or "p." comes first: most short paragraphs are words.
  if (s.empty() || !(is_ascii_digit(s[0]) || s[0] == 'p' || s[0] == 'P')) return false;
  if (istarts_with(s, "page")) s = trim(s.substr(4));
  else if (istarts_with(s, "p.")) s = trim(s.substr(2));
  std::size_t i = 0;
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i == 0 || i > 4) return false;
  std::string_view rest = trim(s.substr(i));
  if (rest.empty()) return true;
  if (istarts_with(rest, "of")) rest = trim(rest.substr(2));
  else if (rest.starts_with('/')) rest = trim(rest.substr(1));
  else return false;
  std::size_t k = 0;
  while (k < rest.size() && is_ascii_digit(rest[k])) ++k;
  return k > 0 && k <= 4 && k == rest.size();
}

void mark_page_debris(std::vector<Block>& blocks) {
  // Each footer-like paragraph's key, as where it sits in the paragraph's
  // text (80 bytes at most): eight bytes, where a paper may hold a million
  // such paragraphs.
  struct Keyed {
    std::uint32_t block;
    std::uint8_t begin;
    std::uint8_t size;
  };
  std::vector<Keyed> keyed;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind == BlockKind::kParagraph && looks_like_footer(b.text)) {
      const std::string_view key = footer_key(b.text);
      keyed.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(key.data() - b.text.data()),
                       static_cast<std::uint8_t>(key.size())});
    }
  }
  for (Block& b : blocks) {
    // "- 4 -" reads as a bullet item to the splitter.
    if (b.kind == BlockKind::kListItem && b.marker() == "-" && is_page_number(b.text)) b.debris = true;
    if (b.kind == BlockKind::kParagraph && is_page_number(b.text)) b.debris = true;
  }
  // Equal keys sorted next to each other, where a run's length is how often
  // its key recurs: a few keys a paper, never worth a hash table, and still
  // n log n where a paper repeats a footer on every page.
  const auto key_of = [&blocks](const Keyed& k) { return blocks[k.block].text.substr(k.begin, k.size); };
  // Keys are equal whatever their case.
  const auto folded_less = [](std::string_view x, std::string_view y) {
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(),
                                        [](char a, char b) { return ascii_lower(a) < ascii_lower(b); });
  };
  std::sort(keyed.begin(), keyed.end(), [&](const Keyed& x, const Keyed& y) { return folded_less(key_of(x), key_of(y)); });
  for (std::size_t run = 0; run < keyed.size();) {
    const std::string_view key = key_of(keyed[run]);
    std::size_t end = run + 1;
    while (end < keyed.size() && iequals(key_of(keyed[end]), key)) ++end;
    // A key that lost its only number to the page-number strip ("Table
    // 3" → "table") is a caption series, unless it recurs on many pages.
    const std::size_t needed = has_digit(key) ? 2 : 3;
    if (end - run >= needed && !is_caption_word(key)) {
      for (std::size_t k = run; k < end; ++k) blocks[keyed[k].block].debris = true;
    }
    run = end;
  }
}

}  // namespace docket
