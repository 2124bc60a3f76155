// HTML as converters embed it in markdown, made well-formed XML so that
// pugixml can parse it: void elements closed, attribute values quoted, end
// tags that HTML lets authors omit put back, nesting past a limit dropped.
// A browser's recovery, not a validator's: a '<' that starts no tag is
// text, an unterminated tag ends at the next '<'. (Tags inside running text
// are read by the stricter rules of layout/html_syntax.hpp, which decide
// whether a '<' is markup at all.)
#ifndef DOCKET_LAYOUT_WELL_FORMED_HTML_HPP
#define DOCKET_LAYOUT_WELL_FORMED_HTML_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace docket {

// Deeper nesting than this is not a table a person wrote; the limit keeps
// the rewrite and the tree walk bounded on hostile input.
inline constexpr std::size_t kMaxHtmlDepth = 256;

// Table cells and row groups, the elements the rewrite and the grid both
// look for.
inline bool is_cell(std::string_view name) { return name == "td" || name == "th"; }
inline bool is_section(std::string_view name) { return name == "tbody" || name == "thead" || name == "tfoot"; }

// The markup of `html` made well-formed XML; exposed for tests. Newlines
// are never added or removed, so line numbers survive the rewrite.
struct WellFormedHtml {
  std::string xml;
  bool depth_limited = false;  // elements nested too deep were dropped
};
WellFormedHtml make_well_formed(std::string_view html);

}  // namespace docket

#endif  // DOCKET_LAYOUT_WELL_FORMED_HTML_HPP
