#include "build/motions.hpp"

#include <array>
#include <utility>

#include "base/text_util.hpp"

namespace docket {

std::string_view without_movers(std::string_view text) {
  text = trim(text);
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 80) return text;
  const std::string_view movers = trim(text.substr(0, colon));
  // Names: a few capitalised words with a comma between the two movers,
  // or "Moved by … seconded by …".
  const bool named_pair = movers.find(',') != std::string_view::npos && words_at_most(movers, 8) &&
                          is_ascii_upper(movers.front()) && !istarts_with(movers, "be it") &&
                          !istarts_with(movers, "that");
  const bool moved_by = istarts_with(movers, "moved by") || istarts_with(movers, "proposed by");
  if (!named_pair && !moved_by) return text;
  return trim(text.substr(colon + 1));
}

std::optional<std::string> motion_outcome(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kOutcomes = {{
      {"carried", "carried"},
      {"motion passed", "carried"},
      {"defeated", "defeated"},
      {"lost", "lost"},
      {"motion failed", "failed"},
      {"failed", "failed"},
      {"withdrawn", "withdrawn"},
  }};
  // The outcome closes the motion: only its last few words are read.
  const std::string_view tail = text.size() > 48 ? text.substr(text.size() - 48) : text;
  std::optional<std::string> found;
  std::size_t at = 0;
  for (const auto& [word, outcome] : kOutcomes) {
    const std::size_t pos = ifind(tail, word);
    if (pos == std::string_view::npos || (found && pos < at)) continue;
    // A whole word: "lost" in "lostock" is not an outcome.
    const std::size_t end = pos + word.size();
    if (end < tail.size() && is_ascii_alpha(tail[end])) continue;
    if (pos > 0 && is_ascii_alpha(tail[pos - 1])) continue;
    found = std::string(outcome);
    at = pos;
  }
  return found;
}

bool restates_motion(std::string_view text) {
  text = trim(text);
  if (!starts_with_that(text)) return false;
  const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 40));
  return ifind(head, "the motion") != std::string_view::npos || ifind(head, "the amendment") != std::string_view::npos;
}

bool opens_motion_history(std::string_view line) {
  line = without_line_marks(line);
  // Every paragraph is asked: the first letter turns away most.
  if (line.empty() || ascii_lower(line.front()) != 'a') return false;
  return istarts_with(line, "additional votes") || istarts_with(line, "amendment:") ||
         istarts_with(line, "amendment moved");
}

bool starts_with_that(std::string_view text) {
  text = trim(text);
  // Every paragraph is asked: the first letter turns away most.
  if (text.size() < 5 || (text.front() != 'T' && text.front() != 't')) return false;
  if (istarts_with(text, "that") && (text[4] == ' ' || text[4] == ',')) return true;
  return text.starts_with("T H A T");
}

}  // namespace docket
