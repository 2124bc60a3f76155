#include "recognise/decision_openings.hpp"

#include "base/text_util.hpp"
#include "recognise/register_numbers.hpp"

namespace docket {

namespace {

// The longest run-in title, in bytes and in words.
constexpr std::size_t kLongestRunInTitle = 200;
constexpr int kMostRunInTitleWords = 25;

}  // namespace

std::size_t resolution_identifier_length(std::string_view line) {
  // One to four capitals, then digits, a dash or slash, digits, and a
  // letter at most: "R2018-077", "R2020-040D", "CR24/12".
  std::size_t i = 0;
  while (i < line.size() && i < 4 && is_ascii_upper(line[i])) ++i;
  if (i == 0) return 0;
  const std::size_t digits_from = i;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  if (i - digits_from < 2 || i >= line.size() || (line[i] != '-' && line[i] != '/')) return 0;
  const std::size_t after_dash = ++i;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  if (i == after_dash || i - after_dash > 4) return 0;
  if (i < line.size() && is_ascii_upper(line[i])) ++i;
  if (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != ':') return 0;
  return i;
}

bool opens_identified_resolution(std::string_view line) {
  const std::size_t id = resolution_identifier_length(line);
  if (id == 0) return false;
  std::string_view rest = trim(line.substr(id));
  if (rest.starts_with(':')) rest = trim(rest.substr(1));
  if (istarts_with(rest, "that ") || istarts_with(rest, "be it resolved") || istarts_with(rest, "whereas") ||
      istarts_with(rest, "now therefore")) {
    return true;
  }
  // Movers: "L. Smith, L. Andersen:" – a few words with a comma, then a colon.
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos || colon > 80) return false;
  const std::string_view movers = rest.substr(0, colon);
  return movers.find(',') != std::string_view::npos && words_at_most(movers, 8) && !movers.empty() &&
         is_ascii_upper(movers.front());
}

// A minute's title run in before its decision: "Appointment of the Clerk:
// Resolved 16/05/05.1 It was agreed …", "101. Minutes: RESOLVED that …".
// The title is a few words, opening with a capital or the minute's number,
// with no sentence ended in it; after its colon stands "Resolved" and then
// the decision: its register number, "that", or a separator and its text
// ("Status: Resolved" is a tracker's word, not a decision). Where the word
// "Resolved" starts, or npos. Most lines hold no colon, found with memchr.
std::size_t run_in_decision_at(std::string_view line) {
  const std::size_t colon = line.substr(0, kLongestRunInTitle).find(':');
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  std::size_t at = colon + 1;
  while (at < line.size() && (line[at] == ' ' || line[at] == '*' || line[at] == '_')) ++at;
  constexpr std::string_view kWord = "resolved";
  if (!istarts_with(line.substr(at), kWord)) return std::string_view::npos;
  std::string_view after = line.substr(at + kWord.size());
  while (!after.empty() && (after.front() == '*' || after.front() == '_')) after.remove_prefix(1);
  if (!after.empty() && after.front() != ' ' && after.front() != ':' && after.front() != '-') {
    return std::string_view::npos;
  }
  after = trim(after);
  const bool decision_follows = slashed_minute_number(after).has_value() || istarts_with(after, "that ") ||
                                ((after.starts_with(':') || after.starts_with('-')) && after.size() > 2);
  if (!decision_follows) return std::string_view::npos;
  const std::string_view title = trim(line.substr(0, colon));
  const char first = title.empty() ? '\0' : title.front();
  if (!(is_ascii_upper(first) || is_ascii_digit(first) || first == '*' || first == '_')) return std::string_view::npos;
  // The minute's number before the title ("5. Grass Cutting") ends no
  // sentence.
  std::size_t number = count_digits_at(title, 0);
  if (number > 0 && number < title.size() && (title[number] == '.' || title[number] == ')')) ++number;
  if (title.find(". ", number) != std::string_view::npos || !words_at_most(title, kMostRunInTitleWords)) {
    return std::string_view::npos;
  }
  return at;
}

std::size_t register_decision_at(std::string_view text, std::size_t from) {
  constexpr std::string_view kWord = "esolved ";
  // The word's capital is passed over: "Resolved" and "RESOLVED" both.
  for (std::size_t at = from; at < text.size(); ++at) {
    at = text.find_first_of("Rr", at);
    if (at == std::string_view::npos || at + 1 + kWord.size() >= text.size()) return std::string_view::npos;
    if (at > 0 && !is_ascii_space(text[at - 1])) continue;
    if (!istarts_with(text.substr(at + 1), kWord)) continue;
    if (slashed_minute_number(text.substr(at + 1 + kWord.size()))) return at;
  }
  return std::string_view::npos;
}

std::size_t run_on_decision_at(std::string_view text) {
  constexpr std::string_view kWord = "RESOLVED";
  for (std::size_t at = text.find(kWord, 2); at != std::string_view::npos; at = text.find(kWord, at + 1)) {
    const char before = text[at - 2];
    if (text[at - 1] != ' ' || (before != '.' && before != ';' && before != ')')) continue;
    const std::string_view after = text.substr(at + kWord.size());
    if (after.starts_with(" that ") || after.starts_with(": ") || after.starts_with(" - ") ||
        after.starts_with(" \xE2\x80\x93 ")) {
      return at;
    }
  }
  return std::string_view::npos;
}

}  // namespace docket
