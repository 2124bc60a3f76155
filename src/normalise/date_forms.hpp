// The forms a date is written in ("8 March 2012", "03/09/12", "Sept 2010",
// "2024/25", "Spring 2024", "2024-03-31"), each read at a position of the
// text. Internal to normalise/.
#ifndef DOCKET_NORMALISE_DATE_FORMS_HPP
#define DOCKET_NORMALISE_DATE_FORMS_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "normalise/date_parts.hpp"

namespace docket::date_parts {

// Each form of date, read at `i`; nullopt when the text there is not one.
std::optional<Match> match_iso(std::string_view s, std::size_t i);
std::optional<Match> match_financial_year(std::string_view s, std::size_t i);
std::optional<Match> match_numeric(std::string_view s, std::size_t i);
std::optional<Match> match_day_first(std::string_view s, std::size_t i);
std::optional<Match> match_month_first(std::string_view s, std::size_t i);
std::optional<Match> match_bare_year(std::string_view s, std::size_t i);
std::optional<Match> match_season(std::string_view s, std::size_t i);
// The season named by the word that ends just before `i` (a year), if any.
std::optional<Match> match_season_before(std::string_view s, std::size_t i);
// The date that starts at word start `i` in running text, if any.
std::optional<Match> match_date_in_prose(std::string_view s, std::size_t i);

}  // namespace docket::date_parts

#endif  // DOCKET_NORMALISE_DATE_FORMS_HPP
