// Page furniture among the blocks: what a PDF's pages repeat (running
// headers and footers, page numbers) rather than what the paper says.
#ifndef DOCKET_LAYOUT_PAGE_DEBRIS_HPP
#define DOCKET_LAYOUT_PAGE_DEBRIS_HPP

#include <string_view>
#include <vector>

#include "layout/blocks.hpp"

namespace docket {

// Marks paragraphs that are page furniture: lone page numbers ("3",
// "Page 3 of 9", "- 3 -") and short lines with a number that recur on
// several pages ("Draft 5 19.04.10", "Draft 5 19.04.10 2").
void mark_page_debris(std::vector<Block>& blocks);

// A lone page number: "3", "- 3 -", "Page 3", "p. 3", "3 of 9", "3/9".
bool is_page_number(std::string_view s);

}  // namespace docket

#endif  // DOCKET_LAYOUT_PAGE_DEBRIS_HPP
