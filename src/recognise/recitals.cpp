#include "recognise/recitals.hpp"

#include <algorithm>

#include "base/text_util.hpp"

namespace docket {

namespace {

std::string_view without_lead_in(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.front() == '>' || text.front() == '*' || text.front() == '"')) text = trim(text.substr(1));
  return text;
}

bool starts_word(std::string_view text, std::string_view word) {
  return istarts_with(text, word) && (text.size() == word.size() || !is_ascii_alpha(text[word.size()]));
}

// "NOW THEREFORE", "NOW, THEREFORE,", "THEREFORE BE IT RESOLVED", "BE IT
// RESOLVED": the words that open the enacting clause.
bool opens_enacting_clause(std::string_view text) {
  if (starts_word(text, "now")) {
    text = trim(text.substr(3));
    if (text.starts_with(',')) text = trim(text.substr(1));
    return starts_word(text, "therefore");
  }
  if (starts_word(text, "therefore")) {
    text = trim(text.substr(9));
    if (text.starts_with(',')) text = trim(text.substr(1));
    return starts_word(text, "be it resolved");
  }
  return starts_word(text, "be it resolved");
}

bool skippable(const Segment& s) { return s.debris || s.kind == SegmentKind::kPageBreak; }

}  // namespace

bool opens_recital(std::string_view text) {
  text = without_lead_in(text);
  // Every paragraph of a decision record is asked, and most open with
  // neither "and" nor "whereas": the first letter tells.
  if (text.empty() || (ascii_lower(text.front()) != 'a' && ascii_lower(text.front()) != 'w')) return false;
  if (starts_word(text, "and")) text = trim(text.substr(3));
  return starts_word(text, "whereas");
}

std::size_t recitals_start(std::string_view text) {
  if (opens_recital(text)) return 0;
  // "Resolution 2024-15 WHEREAS …": the heading is two words.
  text = trim(text);
  if (text.empty() || ascii_lower(text.front()) != 'r' || !starts_word(text, "resolution")) return std::string_view::npos;
  std::size_t at = text.find(' ');
  const std::size_t number_end = at == std::string_view::npos ? at : text.find(' ', at + 1);
  if (number_end == std::string_view::npos || !resolution_heading_number(text.substr(0, number_end))) {
    return std::string_view::npos;
  }
  return opens_recital(text.substr(number_end)) ? number_end + 1 : std::string_view::npos;
}

std::size_t enacting_clause(std::string_view text) {
  const std::string_view lead = without_lead_in(text);
  if (opens_enacting_clause(lead)) return static_cast<std::size_t>(lead.data() - text.data());
  // Within a paragraph of recitals: after a clause's end ("…; NOW
  // THEREFORE …", "…, and BE IT RESOLVED").
  for (std::size_t at = text.find_first_of("nNbBtT"); at != std::string_view::npos;
       at = text.find_first_of("nNbBtT", at + 1)) {
    if (at < 2 || text[at - 1] != ' ') continue;
    const char before = text[at - 2];
    if (before != ';' && before != '.' && before != ',' && before != ':') continue;
    if (opens_enacting_clause(text.substr(at))) return at;
  }
  return std::string_view::npos;
}

std::optional<RecitedResolution> read_recitals(const std::vector<Segment>& segments, std::size_t at, std::size_t end) {
  const std::size_t start = at < end ? recitals_start(segments[at].text) : std::string_view::npos;
  if (start == std::string_view::npos) return std::nullopt;
  RecitedResolution r;
  if (start > 0) r.number = resolution_heading_number(trim(std::string_view(segments[at].text).substr(0, start)));
  r.lines = segments[at].lines;
  bool enacted = false;
  std::size_t k = at;
  for (; k < end && !enacted; ++k) {
    const Segment& s = segments[k];
    if (skippable(s)) continue;
    if (s.kind != SegmentKind::kParagraph) break;
    const std::string_view text = k == at ? trim(s.text).substr(start) : s.text;
    const bool recital = opens_recital(text);
    enacted = enacting_clause(text) != std::string_view::npos;
    if (!recital && !enacted) break;
    if (!r.text.empty()) r.text.push_back('\n');
    r.text += trim(text);
    r.lines.last = s.lines.last;
  }
  if (!enacted) return std::nullopt;
  // "BE IT RESOLVED:" and its numbered parts: one resolution.
  if (trim(r.text).ends_with(':')) {
    for (; k < end; ++k) {
      const Segment& p = segments[k];
      if (skippable(p)) continue;
      if (p.kind != SegmentKind::kListItem) break;
      r.text.push_back('\n');
      r.text += trim(p.marker);
      r.text.push_back(' ');
      r.text += trim(p.text);
      r.lines.last = p.lines.last;
    }
  }
  r.end = k;
  return r;
}

std::optional<std::string> resolution_heading_number(std::string_view text) {
  text = trim(text);
  if (!starts_word(text, "resolution")) return std::nullopt;
  text = trim(text.substr(10));
  for (std::string_view mark : {"no.", "number", "#"}) {
    if (istarts_with(text, mark)) {
      text = trim(text.substr(mark.size()));
      break;
    }
  }
  while (!text.empty() && (text.back() == ':' || text.back() == '.')) text.remove_suffix(1);
  // One token, holding a digit: "2024-15", "12", "R-7".
  if (text.empty() || text.find(' ') != std::string_view::npos ||
      std::none_of(text.begin(), text.end(), is_ascii_digit)) {
    return std::nullopt;
  }
  return std::string(text);
}

bool recites_resolutions(const std::vector<Block>& blocks) {
  bool recital = false;
  for (const Block& b : blocks) {
    if (b.debris || (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem)) continue;
    // Recitals and clauses open lines, and most lines start with none of
    // their first letters: one byte tells.
    RawLineReader lines(b.raw_lines);
    for (std::string_view line; lines.next(line);) {
      const std::string_view t = without_lead_in(line);
      if (t.empty()) continue;
      const char c = ascii_lower(t.front());
      if (c != 'w' && c != 'a' && c != 'n' && c != 'b' && c != 't') continue;
      recital = recital || opens_recital(t);
      if (recital && enacting_clause(t) != std::string_view::npos) return true;
    }
  }
  return false;
}

}  // namespace docket
