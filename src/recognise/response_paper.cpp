#include "recognise/response_paper.hpp"

#include <string>

#include "base/text_util.hpp"

namespace docket {

namespace {

// Words a label may hold before "recommendation": "Committee", "House of
// Lords Inquiry".
constexpr int kMostLabelWords = 6;

bool is_recommendation_word(std::string_view word) {
  while (!word.empty() && (word.back() == ':' || word.back() == '.')) word.remove_suffix(1);
  return iequals(word, "recommendation") || iequals(word, "recommendations");
}

}  // namespace

std::optional<std::pair<MarkerInfo, std::size_t>> recommendation_number(std::string_view text) {
  if (text.empty() || !is_ascii_digit(text.front())) return std::nullopt;
  std::size_t i = 0;
  while (i < text.size() && (is_ascii_digit(text[i]) || (text[i] == '.' && i + 1 < text.size() && is_ascii_digit(text[i + 1])))) {
    ++i;
  }
  std::size_t end = i;
  while (end < text.size() && (text[end] == '.' || text[end] == ':' || text[end] == ')')) ++end;
  if (end < text.size() && text[end] != ' ') return std::nullopt;
  MarkerInfo m = classify_marker(std::string(text.substr(0, i)) + ".");
  if (m.label.empty()) return std::nullopt;
  // "Recommendation 4 was accepted" is prose: a plain number with text
  // after it needs its stop or a dash.
  if (m.cls == MarkerClass::kNumber && end == i && end < text.size()) {
    const std::string_view after = text.substr(end);
    if (!after.starts_with(" - ") && !after.starts_with(" \xE2\x80\x93 ")) return std::nullopt;
    end += after.starts_with(" - ") ? 3 : 5;
  }
  return std::make_pair(std::move(m), end);
}


std::optional<RecommendationLabel> read_recommendation_label(std::string_view text) {
  // "recommendation" ends one of the first few words.
  std::size_t pos = 0;
  for (int word = 0; word < kMostLabelWords && pos < text.size(); ++word) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view w = text.substr(pos, end - pos);
    if (is_recommendation_word(w)) {
      RecommendationLabel label;
      const std::string_view rest = trim(text.substr(end));
      if (rest.empty()) return label;
      // The recommendation's number follows, maybe after a short title
      // of its subject ("Weight management 8.26. We recommend").
      std::size_t at = 0;
      for (int skipped = 0; skipped <= kMostLabelWords && at < rest.size(); ++skipped) {
        if (const auto number = recommendation_number(rest.substr(at))) {
          label.number = number->first;
          label.rest = trim(rest.substr(at + number->second));
          return label;
        }
        at = rest.find(' ', at);
        if (at == std::string_view::npos) break;
        ++at;
      }
      // A label with only a short title after it ("Weight management").
      if (words_at_most(rest, kMostLabelWords) && !rest.ends_with('.')) return label;
      return std::nullopt;
    }
    // A label names who recommends: words that end no sentence.
    if (w.ends_with('.') || w.ends_with(',') || w.ends_with(':')) return std::nullopt;
    pos = end + 1;
  }
  return std::nullopt;
}

bool looks_like_response_paper(const std::vector<Block>& blocks) {
  // Labels that number a recommendation, themselves or in the paragraph
  // after them: a report's "Recommendations" heading does not.
  int labels = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.debris || (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kHeading)) continue;
    // Only a label's first words are read.
    const std::optional<RecommendationLabel> label = read_recommendation_label(trim(b.text));
    if (!label) continue;
    bool numbered = label->number.has_value();
    for (std::size_t k = i + 1; !numbered && k < blocks.size(); ++k) {
      if (blocks[k].debris || blocks[k].kind == BlockKind::kPageBreak) continue;
      numbered = (blocks[k].kind == BlockKind::kListItem && !blocks[k].marker().empty() && is_ascii_digit(blocks[k].marker().front())) ||
                 recommendation_number(trim(blocks[k].text)).has_value();
      break;
    }
    if (numbered && ++labels >= 2) return true;
  }
  return false;
}

}  // namespace docket
