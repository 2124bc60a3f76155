// Resolutions that open with their recitals: "WHEREAS …", "AND WHEREAS
// …", then the enacting clause "NOW THEREFORE BE IT RESOLVED that …" (or
// "BE IT RESOLVED", "NOW THEREFORE we authorize …"). The recitals belong
// to the resolution: its text starts at the first "WHEREAS".
#ifndef DOCKET_RECITALS_HPP
#define DOCKET_RECITALS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/blocks.hpp"
#include "recognise/sections.hpp"

namespace docket {

// "WHEREAS the …", "And whereas …": a recital.
bool opens_recital(std::string_view text);

// Where the recitals start in a paragraph: 0 for "WHEREAS …", after the
// heading for "Resolution 2024-15 WHEREAS …" (a heading on the line
// above, joined to the paragraph); npos when it opens none.
std::size_t recitals_start(std::string_view text);

// Where the enacting clause starts in `text` ("NOW THEREFORE BE IT
// RESOLVED", "BE IT RESOLVED", "NOW, THEREFORE, …"), at the start of the
// text or of a clause; npos when there is none.
std::size_t enacting_clause(std::string_view text);

struct RecitedResolution {
  std::optional<std::string> number;  // from a heading run into the first recital
  std::string text;  // the recitals and the enacting clause, a paragraph a line
  LineSpan lines;
  std::size_t end = 0;  // the segment after it
};

// The recitals that start at segment `at` and the enacting clause that
// ends them, with the numbered parts listed under a clause that ends in a
// colon; nullopt when no enacting clause follows the recitals.
std::optional<RecitedResolution> read_recitals(const std::vector<Segment>& segments, std::size_t at, std::size_t end);

// "Resolution 2024-15", "RESOLUTION No. 12": a heading that numbers the
// resolution below it; the number as printed ("2024-15", "12").
std::optional<std::string> resolution_heading_number(std::string_view text);

// A paragraph of recitals and, after it, an enacting clause: a decision
// even where no "RESOLVED" labels it.
bool recites_resolutions(const std::vector<Block>& blocks);

}  // namespace docket

#endif  // DOCKET_RECITALS_HPP
