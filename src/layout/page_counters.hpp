// Page counters run into the text: "2 of 18" where a converter joined a
// page's footer to the line that carries on the text, often with the
// running header that every page repeats ("January 12, 2011  2 of 18").
//
// They are found by what repeats at page boundaries rather than by a list
// of known footers: one total ("of 18") with its page numbers rising
// through the text, and a short text that stands before several of them.
#ifndef DOCKET_LAYOUT_PAGE_COUNTERS_HPP
#define DOCKET_LAYOUT_PAGE_COUNTERS_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace docket {

struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The spans of `text` that are page counters ("Page 3 of 18", "3 of 18")
// and the running header before them on their line, in text order.
std::vector<TextSpan> find_page_counters(std::string_view text);

}  // namespace docket

#endif  // DOCKET_LAYOUT_PAGE_COUNTERS_HPP
