// Renders a check report: a table for a person, JSON and CSV for tools.
// All three carry the same facts.
#ifndef DOCKET_CHECK_WRITER_HPP
#define DOCKET_CHECK_WRITER_HPP

#include <string>
#include <vector>

#include "docket/check.hpp"

namespace docket {

struct TextStyle {
  bool color = false;  // ANSI colours, for a terminal
  int width = 0;       // columns to fit the text into; 0 for no limit
};

std::string render_check_text(const CheckReport& report, const TextStyle& style);
// One pretty object, ending in a newline.
std::string render_check_json(const CheckReport& report);
// One table: a `record` column says whether a row is a resolution, a plan
// row that answers none (unrequested) or an overdue action.
std::string render_check_csv(const CheckReport& report);
// One self-contained page (inline CSS and SVG, no scripts) to read or print.
std::string render_check_html(const CheckReport& report);

// "34" or "34-36": the source lines of an item.
std::string format_lines(const LineSpan& lines);
// "3 (40-42); 4 (43)": the rows that cover a resolution and their lines.
std::string format_matches(const ResolutionCheck& resolution);
// Where each lead's overdue actions begin in report.overdue (which is
// grouped by lead), and the end.
std::vector<std::size_t> lead_group_starts(const CheckReport& report);

}  // namespace docket

#endif  // DOCKET_CHECK_WRITER_HPP
