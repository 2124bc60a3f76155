#include "layout/page_debris.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/text_util.hpp"

namespace docket {

namespace {

// A running header or footer with the page number taken off, so that every
// page's copy gives the same key once lowercased: "Draft 5 19.04.10 2" →
// "Draft 5 19.04.10". Inlined where every footer-like paragraph asks it,
// though the rare footers inside paragraphs ask it too.
[[gnu::always_inline]] inline std::string_view footer_key(std::string_view s) {
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
[[gnu::always_inline]] inline bool looks_like_footer(std::string_view text) {
  // The cheapest tests first: counting words costs the most.
  return text.size() <= 80 && !text.ends_with('.') && !text.ends_with(':') && has_digit(text) &&
         text.find('\n') == std::string_view::npos && words_at_most(text, 10);
}

// "Page 2 – Minutes – March 21, 2023", "Minutes of 4 May – Page 2": a line
// that opens or ends with its page number after "Page".
bool names_its_page(std::string_view line) {
  constexpr std::string_view kPage = "page ";
  if (line.size() > kPage.size() && is_ascii_digit(line[kPage.size()]) && istarts_with(line, kPage)) return true;
  std::size_t digits = line.size();
  while (digits > 0 && is_ascii_digit(line[digits - 1])) --digits;
  return digits < line.size() && iends_with(line.substr(0, digits), kPage);
}

// A running header or footer inside a paragraph, as a converter that joins
// a page's lines leaves it between the last line of one page and the first
// of the next.
struct InnerFooter {
  std::uint32_t block;
  std::uint32_t line;  // its index among the block's lines
  std::string_view text;
  std::string_view key;
};

// The paragraph `b` cut at its footer lines (sorted), each footer a block of
// its own marked as debris; nothing when a footer's text cannot be found in
// the paragraph's cleaned text (markup changed it).
std::vector<Block> split_at_footers(const Block& b, const std::vector<std::uint32_t>& footer_lines) {
  std::vector<Block> parts;
  Block part;
  std::size_t cursor = 0;  // in b.text: where the part being read starts
  std::uint32_t index = 0;
  std::size_t next_footer = 0;
  RawLineReader reader(b.raw_lines);
  int part_first = -1;
  for (std::string_view line; reader.next(line); ++index) {
    const bool footer = next_footer < footer_lines.size() && footer_lines[next_footer] == index;
    if (!footer) {
      if (part_first < 0) part_first = static_cast<int>(index);
      part.raw_lines.push_back(line);
      continue;
    }
    ++next_footer;
    const std::string_view trimmed = trim(line);
    const std::size_t at = b.text.find(trimmed, cursor);
    if (at == std::string_view::npos) return {};
    if (!part.raw_lines.empty()) {
      part.kind = BlockKind::kParagraph;
      part.indent = b.indent;
      part.text = trim(b.text.substr(cursor, at - cursor));
      part.lines = {b.lines.first + part_first, b.lines.first + static_cast<int>(index) - 1};
      parts.push_back(std::move(part));
      part = Block();
      part_first = -1;
    }
    Block& debris = parts.emplace_back();
    debris.kind = BlockKind::kParagraph;
    debris.indent = b.indent;
    debris.raw_lines.push_back(trimmed);
    debris.text = b.text.substr(at, trimmed.size());
    debris.lines = {b.lines.first + static_cast<int>(index), b.lines.first + static_cast<int>(index)};
    debris.debris = true;
    cursor = at + trimmed.size();
  }
  if (!part.raw_lines.empty()) {
    part.kind = BlockKind::kParagraph;
    part.indent = b.indent;
    part.text = trim(b.text.substr(cursor));
    part.lines = {b.lines.first + part_first, b.lines.last};
    parts.push_back(std::move(part));
  }
  return parts;
}

// Running headers and footers inside the `candidates` paragraphs: lines
// that name their page and, without its number, recur on two pages or
// more. Their paragraphs are cut at them, the footers kept apart as debris,
// so that no text runs on through them. Whether any was cut.
bool split_inner_footers(std::vector<Block>& blocks, const std::vector<std::uint32_t>& candidates) {
  std::vector<InnerFooter> found;
  for (const std::uint32_t i : candidates) {
    const Block& b = blocks[i];
    RawLineReader reader(b.raw_lines);
    std::uint32_t index = 0;
    for (std::string_view line; reader.next(line); ++index) {
      if (line.size() < 6 || !has_digit(line) || !names_its_page(trim(line)) || !looks_like_footer(trim(line))) continue;
      found.push_back({i, index, trim(line), footer_key(line)});
    }
  }
  if (found.size() < 2) return false;
  std::sort(found.begin(), found.end(), [](const InnerFooter& x, const InnerFooter& y) {
    return std::tie(x.key, x.block, x.line) < std::tie(y.key, y.block, y.line);
  });
  std::vector<InnerFooter> recurring;
  for (std::size_t run = 0; run < found.size();) {
    std::size_t end = run + 1;
    while (end < found.size() && found[end].key == found[run].key) ++end;
    if (end - run >= 2 && !found[run].key.empty()) recurring.insert(recurring.end(), found.begin() + run, found.begin() + end);
    run = end;
  }
  if (recurring.empty()) return false;
  std::sort(recurring.begin(), recurring.end(),
            [](const InnerFooter& x, const InnerFooter& y) { return std::tie(x.block, x.line) < std::tie(y.block, y.line); });
  std::vector<Block> out;
  out.reserve(blocks.size() + 2 * recurring.size());
  bool split = false;
  std::size_t r = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    std::vector<std::uint32_t> footer_lines;
    while (r < recurring.size() && recurring[r].block == i) footer_lines.push_back(recurring[r++].line);
    std::vector<Block> parts = footer_lines.empty() ? std::vector<Block>() : split_at_footers(blocks[i], footer_lines);
    if (parts.empty()) {
      out.push_back(std::move(blocks[i]));
    } else {
      for (Block& p : parts) out.push_back(std::move(p));
      split = true;
    }
  }
  blocks = std::move(out);
  return split;
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
  // Paragraphs of several lines with "Page " in them may hold a page's
  // header or footer: one look for a capital P, rare in running text,
  // passes most by, in the same pass.
  std::vector<std::uint32_t> may_hold_footers;
  const auto read_paragraphs = [&] {
    keyed.clear();
    may_hold_footers.clear();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const Block& b = blocks[i];
      if (b.kind != BlockKind::kParagraph) continue;
      if (looks_like_footer(b.text)) {
        const std::string_view key = footer_key(b.text);
        keyed.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(key.data() - b.text.data()),
                         static_cast<std::uint8_t>(key.size())});
      } else if (!b.raw_lines.single() && b.raw_lines.span().find("Page ") != std::string_view::npos) {
        may_hold_footers.push_back(static_cast<std::uint32_t>(i));
      }
    }
  };
  read_paragraphs();
  // Cut at the footers inside them, the blocks are read again.
  if (may_hold_footers.size() >= 2 && split_inner_footers(blocks, may_hold_footers)) read_paragraphs();
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
