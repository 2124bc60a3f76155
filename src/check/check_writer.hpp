// Renders a check report: a table for a person, JSON and CSV for tools.
// All three carry the same facts.
#ifndef DOCKET_CHECK_WRITER_HPP
#define DOCKET_CHECK_WRITER_HPP

#include <string>

#include "docket/check.hpp"

namespace docket {

struct TextStyle {
  bool color = false;  // ANSI colours, for a terminal
  int width = 0;       // columns to fit the text into; 0 for no limit
};

std::string render_check_text(const CheckReport& report, const TextStyle& style);
// One pretty object, ending in a newline.
std::string render_check_json(const CheckReport& report);
// A header and one row per resolution.
std::string render_check_csv(const CheckReport& report);

}  // namespace docket

#endif  // DOCKET_CHECK_WRITER_HPP
