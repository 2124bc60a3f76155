#include "layout/page_counters.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "base/text_util.hpp"

namespace docket {

namespace {

struct Counter {
  TextSpan span;
  int page = 0;
  int total = 0;
};

// A page number has at most this many digits: "1234 of 5000" in a paper
// is a count of things, and longer runs are not read.
constexpr std::size_t kMaxPageDigits = 4;
// Page numbers of one total must rise through the text this many times
// before they are taken for counters: "1 of 3" once is prose.
constexpr int kMinCounters = 3;
// A running header is a date or a title: short, and on one line.
constexpr std::size_t kMaxHeaderBytes = 80;
constexpr int kMaxHeaderWords = 10;

bool is_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// "N of M" around the " of " at `at`, both whole numbers.
bool read_counter(std::string_view text, std::size_t at, Counter& out) {
  std::size_t begin = at;
  while (begin > 0 && at - begin < kMaxPageDigits && is_ascii_digit(text[begin - 1])) --begin;
  if (begin == at || (begin > 0 && is_alnum(text[begin - 1]))) return false;
  const std::size_t from = at + 4;
  std::size_t end = from;
  while (end < text.size() && end - from < kMaxPageDigits && is_ascii_digit(text[end])) ++end;
  if (end == from || (end < text.size() && is_alnum(text[end]))) return false;
  out.page = std::stoi(std::string(text.substr(begin, at - begin)));
  out.total = std::stoi(std::string(text.substr(from, end - from)));
  if (out.page < 1 || out.page > out.total) return false;
  // "Page 3 of 18": the word belongs to the counter.
  const std::size_t word = begin >= 5 ? begin - 5 : std::string_view::npos;
  if (word != std::string_view::npos && istarts_with(text.substr(word), "page ") &&
      (word == 0 || !is_alnum(text[word - 1]))) {
    begin = word;
  }
  out.span = {begin, end};
  return true;
}

// The text from the start of the counter's line to the counter, trimmed:
// where a running header stands.
std::string_view text_before(std::string_view text, const Counter& c) {
  const std::size_t newline = text.rfind('\n', c.span.begin == 0 ? 0 : c.span.begin - 1);
  const std::size_t line = newline == std::string_view::npos || c.span.begin == 0 ? 0 : newline + 1;
  return trim(text.substr(line, c.span.begin - line));
}

}  // namespace

std::vector<TextSpan> find_page_counters(std::string_view text) {
  std::vector<Counter> found;
  for (std::size_t at = text.find(" of "); at != std::string_view::npos; at = text.find(" of ", at + 1)) {
    Counter c;
    if (read_counter(text, at, c)) found.push_back(c);
  }
  // Of each total, the pages that rise through the text; a total whose
  // pages rise often enough counts them.
  std::map<int, std::vector<const Counter*>> rising;
  for (const Counter& c : found) {
    std::vector<const Counter*>& pages = rising[c.total];
    if (pages.empty() || c.page > pages.back()->page) pages.push_back(&c);
  }
  std::vector<const Counter*> counters;
  for (const auto& [total, pages] : rising) {
    const int seen = static_cast<int>(pages.size());
    if (seen >= kMinCounters || (seen == total && total >= 2)) counters.insert(counters.end(), pages.begin(), pages.end());
  }
  std::sort(counters.begin(), counters.end(), [](const Counter* a, const Counter* b) { return a->span.begin < b->span.begin; });
  // A header stands before the counters of several pages, the same each
  // time; text before one counter only is the page's own.
  std::map<std::string_view, int> headers;
  for (const Counter* c : counters) {
    const std::string_view before = text_before(text, *c);
    if (!before.empty() && before.size() <= kMaxHeaderBytes && words_at_most(before, kMaxHeaderWords)) ++headers[before];
  }
  std::vector<TextSpan> spans;
  spans.reserve(counters.size());
  for (const Counter* c : counters) {
    TextSpan span = c->span;
    const std::string_view before = text_before(text, *c);
    if (const auto h = headers.find(before); h != headers.end() && h->second >= 2) {
      span.begin = static_cast<std::size_t>(before.data() - text.data());
    }
    spans.push_back(span);
  }
  return spans;
}

}  // namespace docket
