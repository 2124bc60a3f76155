// Dates as UK council papers write them: day first ("03/09/12" is
// 3 September 2012), month names in any case and abbreviation ("Sept 2010"),
// ordinals ("8th March 2012") and a two-digit year after a month name
// ("Dec 15" is December 2015).
//
// A Date's value is ISO 8601 at the precision written: "2012-09-03" for a
// day, "2010-09" for a month, "2015" for a year. Impossible dates
// (32/01/12, 29/02/2011, month 13) are not dates. Every function here is
// pure, allocates only for the results, reads any bytes safely (including
// truncated UTF-8) and runs in time linear in the input.
#ifndef DOCKET_DATES_HPP
#define DOCKET_DATES_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "docket/model.hpp"

namespace docket {

// Parses text that is one date expression and nothing else: a table cell
// such as "03/09/12", "Sept 2010", "2015" or "Midnight on Friday,
// 12th September 2014". Surrounding whitespace, the lead-ins "by", "by end
// (of)", "by the end of", "end of", "the end of", "before", "on" and
// "midnight on", a weekday name with an optional comma, and trailing
// punctuation are allowed; anything else makes it not a date. A bare
// four-digit year counts when it lies in 1990-2099. On success `text` is the
// whole input with surrounding whitespace trimmed.
std::optional<Date> parse_uk_date(std::string_view text);

// Every date written in `text` (a table cell or running prose), in order of
// appearance. Each Date's `text` is the date span itself as written ("Sept
// 2010", "8th March 2012", "03/09/12"), without lead-ins or weekday names.
//
// Prose is full of numbers, so every form is strict, here and in
// parse_uk_date alike: a numeric date needs two matching separators ("/",
// "." or "-") and a real calendar day; a dotted or dashed one with a
// two-digit year needs two-digit day and month ("19.04.10", but not the
// section number "6.1.10"); and "Month NN" is a month only when NN is exactly
// two digits, not an ordinal and not followed by a four-digit year. On top of
// that, find_dates takes a bare year only when it is the whole text or
// follows "by", "in", "during", "end of", "from", "to" or "until", and skips
// dotted numbers after "section", "para" and the like, and numbers straight
// after a currency sign.
std::vector<Date> find_dates(std::string_view text);

// The same, added to the end of `out`, whose room a caller may reuse.
void find_dates(std::string_view text, std::vector<Date>& out);

// True when the whole text (ignoring case, surrounding whitespace and
// punctuation) says the work has no end date: "Ongoing", "On-going", "On
// going", "Continuous", "Continual", "Throughout", "Rolling" or "Annually".
bool is_ongoing(std::string_view text);

// The dates of a deadline cell: those find_dates finds, then financial
// quarters ("Q2 2013/14", "Quarter 4 2024-25"), each the quarter's last
// month with Q1 = April to June.
void find_due_dates(std::string_view cell, std::vector<Date>& out);

}  // namespace docket

#endif  // DOCKET_DATES_HPP
