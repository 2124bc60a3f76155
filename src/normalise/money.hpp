// Amounts of money as council papers write them: "£48k", "c£250k",
// "Up to £400k per annum", "£12.4m", "£1.5 million", "£3,500.50",
// "GBP 5,000", "5,000 pounds".
//
// Only a number tied to a currency (a sign before it, a code before it, or a
// currency word after it) is money: "30 day" and "0 - 13" are not. A word
// just before the amount sets its qualifier ("c", "circa", "approx",
// "around", "about" give "approx"; "up to"; "over", "more than", "in excess
// of" give "over"; "at least", "a minimum of" give "at least"; "under",
// "less than" give "under"), and a phrase just after it ("per annum", "p.a.",
// "a month", "pw", "per day", "per quarter", ...) sets its period. A minus
// sign glued to the amount ("-£5k", "£-5k") makes it negative; accounting
// brackets do not, since in prose they are almost always parenthetical.
// "£10k-£20k", "£10k to £20k" and "£10-20k" are two amounts.
//
// Values are rounded to whole pence, so "£12.4m" is exactly 12400000.
// find_amounts is pure, allocates only for its result, reads any bytes
// safely (including truncated UTF-8) and runs in time linear in the input.
#ifndef DOCKET_MONEY_HPP
#define DOCKET_MONEY_HPP

#include <string_view>
#include <vector>

#include "docket/model.hpp"

namespace docket {

// Every amount of money in `text`, in order of appearance.
std::vector<MoneyAmount> find_amounts(std::string_view text);

// The same, added to the end of `out`, whose room a caller may reuse.
void find_amounts(std::string_view text, std::vector<MoneyAmount>& out);

}  // namespace docket

#endif  // DOCKET_MONEY_HPP
