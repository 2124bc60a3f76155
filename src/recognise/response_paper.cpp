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

std::optional<RecommendationLabel> read_label_block(const Block& b) {
  const std::string_view text = trim(b.text);
  if (std::optional<RecommendationLabel> label = read_recommendation_label(text)) return label;
  if (b.raw_lines.single()) return std::nullopt;
  // Every paragraph is asked: a label line ends in its number, and few
  // first lines of a paragraph end in a figure.
  std::string_view first = trim(b.raw_lines.front());
  while (!first.empty() && (first.back() == '.' || first.back() == ':')) first.remove_suffix(1);
  if (first.empty() || !is_ascii_digit(first.back())) return std::nullopt;
  std::optional<RecommendationLabel> label = read_recommendation_label(first);
  if (!label || !label->number || !label->rest.empty() || !text.starts_with(first)) return std::nullopt;
  std::string_view rest = text.substr(first.size());
  while (!rest.empty() && (rest.front() == '.' || rest.front() == ':')) rest.remove_prefix(1);
  label->rest = trim(rest);
  return label;
}

std::size_t response_label_length(const Block& b) {
  const std::string_view text = trim(b.text);
  // Most paragraphs name no response in their first words: one search of
  // them rejects those.
  constexpr std::size_t kLongestResponseLabel = 48;
  if (text.substr(0, kLongestResponseLabel).find("esponse") == std::string_view::npos) return 0;
  // The label's words: "response" ends one of the first few.
  constexpr int kMostResponseLabelWords = 4;
  std::size_t pos = 0;
  for (int word = 0; word < kMostResponseLabelWords && pos < text.size(); ++word) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view w = text.substr(pos, end - pos);
    const bool colon = w.ends_with(':');
    while (!w.empty() && (w.back() == ':' || w.back() == '.')) w.remove_suffix(1);
    if (iequals(w, "response")) {
      // Its own line, or a colon after it.
      if (colon || end == text.size() || trim(b.raw_lines.front()).size() == end) return end;
      return 0;
    }
    if (w.ends_with(',') || w.ends_with('.') || colon) return 0;
    pos = end + 1;
  }
  return 0;
}

bool opens_with_number(const Block& b) {
  if (b.kind == BlockKind::kListItem && !b.marker().empty() && is_ascii_digit(b.marker().front())) return true;
  return recommendation_number(trim(b.text)).has_value();
}

bool looks_like_response_paper(const std::vector<Block>& blocks) {
  // Labels that number a recommendation, themselves or in the paragraph
  // after them: a report's "Recommendations" heading does not.
  int labels = 0;
  // Numbered recommendations each answered under a response label.
  int answered = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.debris) continue;
    if (b.kind == BlockKind::kListItem) {
      // The marker's first byte is the cheap test.
      if (b.marker().empty() || !is_ascii_digit(b.marker().front())) continue;
      for (std::size_t k = i + 1; k < blocks.size(); ++k) {
        if (blocks[k].debris || blocks[k].kind == BlockKind::kPageBreak) continue;
        if (blocks[k].kind == BlockKind::kParagraph && response_label_length(blocks[k]) > 0 && ++answered >= 2) return true;
        break;
      }
      continue;
    }
    if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kHeading) continue;
    // Only a label's first words are read.
    const std::optional<RecommendationLabel> label = read_label_block(b);
    if (!label) continue;
    bool numbered = label->number.has_value();
    for (std::size_t k = i + 1; !numbered && k < blocks.size(); ++k) {
      if (blocks[k].debris || blocks[k].kind == BlockKind::kPageBreak) continue;
      numbered = opens_with_number(blocks[k]);
      break;
    }
    if (numbered && ++labels >= 2) return true;
  }
  return false;
}

}  // namespace docket
