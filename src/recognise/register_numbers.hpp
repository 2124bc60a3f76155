// Register-style numbers of minutes and resolutions: "107/20", "14/06/9",
// "14/06/9.01".
//
// Parish and town councils number each minute by meeting and item, and
// some number each resolution under it; the number stands before a
// minute's title, after "Resolved", or alone in a table's first column.
// Telling a label ("Resolved 14/06/9.01") and tracking minutes both read it.
#ifndef DOCKET_REGISTER_NUMBERS_HPP
#define DOCKET_REGISTER_NUMBERS_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace docket {

// "107/20", "14/06/9": a register-style minute number at the start of
// `text`, with its length; nullopt when `text` does not start with one.
std::optional<std::size_t> slashed_minute_number(std::string_view text);

}  // namespace docket

#endif  // DOCKET_REGISTER_NUMBERS_HPP
