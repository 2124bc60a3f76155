#include "recognise/register_numbers.hpp"

#include "base/text_util.hpp"

namespace docket {

std::optional<std::size_t> slashed_minute_number(std::string_view text) {
  const std::size_t first = count_digits_at(text, 0);
  if (first == 0 || first > 4 || first >= text.size() || text[first] != '/') return std::nullopt;
  const std::size_t second = count_digits_at(text, first + 1);
  // "107/20", "14/06": a year or a meeting of two or three digits; a
  // decision reference ("24/00108") has more.
  if (second < 2 || second > 3) return std::nullopt;
  std::size_t end = first + 1 + second;
  int parts = 2;
  while (end + 1 < text.size() && (text[end] == '/' || text[end] == '.') && is_ascii_digit(text[end + 1])) {
    const std::size_t more = count_digits_at(text, end + 1);
    // "12/06/2020" is a date.
    if (text[end] == '/' && more == 4) return std::nullopt;
    end += 1 + more;
    ++parts;
  }
  if (parts > 4) return std::nullopt;
  if (end < text.size() && !is_ascii_space(text[end]) && text[end] != ':' && text[end] != '.' && text[end] != '-') {
    return std::nullopt;
  }
  return end;
}

}  // namespace docket
