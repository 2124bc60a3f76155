// Finds the report sections and appendices a recommendation or resolution
// cites, so that a reader can go from the decision to the reasoning.
#ifndef DOCKET_REFS_HPP
#define DOCKET_REFS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace docket {

// "as outlined in section 6.1.1" → "6.1.1"; "sections 6.1.10 - 6.1.13" →
// "6.1.10-6.1.13"; "(appendix 3 to the report)" → "appendix 3";
// "paragraphs 4.2 and 4.3" → "4.2", "4.3". In order, without repeats.
std::vector<std::string> find_refs(std::string_view text);

}  // namespace docket

#endif  // DOCKET_REFS_HPP
