#include "check/terms.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <stdexcept>

#include "base/text_util.hpp"

namespace docket {

namespace {

// Words that say nothing about the subject of a decision: articles,
// auxiliaries ("be" in "be removed" and "is" in "is removed" alike),
// and the boilerplate resolutions and plans wrap their subject in.
constexpr std::string_view kStopWords[] = {
    "a",         "an",        "the",       "that",      "this",       "these",     "those",    "be",
    "is",        "are",       "was",       "were",      "been",       "being",     "am",       "of",
    "to",        "in",        "on",        "for",       "with",       "and",       "or",       "as",
    "by",        "at",        "from",      "it",        "its",        "their",     "there",    "which",
    "who",       "whom",      "whose",     "will",      "would",      "should",    "could",    "may",
    "can",       "shall",     "must",      "into",      "within",     "such",      "any",      "all",
    "also",      "than",      "then",      "so",        "not",        "has",       "have",     "had",
    "do",        "does",      "did",       "we",        "our",        "they",      "them",     "he",
    "she",       "his",       "her",       "after",     "above",      "below",     "further",  "outlined",
    "out",       "set",       "detailed",  "described", "section",    "sections",  "paragraph", "paragraphs",
    "report",    "appendix",  "committee", "cabinet",   "council",    "recommend", "recommends", "recommended",
    "recommendation", "recommendations", "resolved", "agreed", "approved", "approve", "proposed", "following",
    "per",       "via",       "including", "referred",  "be",         "being"};

bool is_stop_word(std::string_view w) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), w) != std::end(kStopWords);
}

struct Token {
  std::string_view text;
  bool dotted_number = false;
};

bool is_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// Runs of ASCII letters and digits; hyphens and apostrophes split words
// ("Multi-Agency", "children’s"). "6.1.16" is one token, a section number.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_alnum(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    bool dotted = false;
    while (i < text.size()) {
      if (is_alnum(text[i])) {
        ++i;
      } else if (text[i] == '.' && i + 1 < text.size() && is_ascii_digit(text[i + 1]) && is_ascii_digit(text[i - 1])) {
        dotted = true;
        ++i;
      } else {
        break;
      }
    }
    out.push_back({text.substr(start, i - start), dotted});
  }
  return out;
}

// "LAC", "SGOs": capitals, perhaps with a plural s.
std::string acronym_key(std::string_view token) {
  std::string_view t = token;
  if (t.size() >= 3 && t.back() == 's' && is_ascii_upper(t[t.size() - 2])) t.remove_suffix(1);
  if (t.size() < 2 || t.size() > 6) return {};
  if (!std::all_of(t.begin(), t.end(), is_ascii_upper)) return {};
  return std::string(t);
}

}  // namespace

const AcronymMap& builtin_acronyms() {
  static const AcronymMap kAcronyms = {
      {"ASB", "anti social behaviour"},
      {"ASC", "adult social care"},
      {"CAMHS", "child and adolescent mental health services"},
      {"CCG", "clinical commissioning group"},
      {"CIL", "community infrastructure levy"},
      {"CIN", "children in need"},
      {"CLA", "children looked after"},
      {"CP", "child protection"},
      {"CQC", "care quality commission"},
      {"CSC", "children social care"},
      {"DBS", "disclosure and barring service"},
      {"DFG", "disabled facilities grant"},
      {"DSG", "dedicated schools grant"},
      {"EHCP", "education health and care plan"},
      {"FOI", "freedom of information"},
      {"HMO", "house in multiple occupation"},
      {"HRA", "housing revenue account"},
      {"HWB", "health and wellbeing board"},
      {"ICB", "integrated care board"},
      {"ICT", "information and communications technology"},
      {"IRO", "independent reviewing officer"},
      {"KPI", "key performance indicator"},
      {"LAC", "looked after children"},
      {"LGA", "local government association"},
      {"LSCB", "local safeguarding children board"},
      {"MASH", "multi agency safeguarding hub"},
      {"MTFP", "medium term financial plan"},
      {"MTFS", "medium term financial strategy"},
      {"NEET", "not in education employment or training"},
      {"NHS", "national health service"},
      {"SEN", "special educational needs"},
      {"SEND", "special educational needs and disabilities"},
      {"SGO", "special guardianship order"},
      {"SLA", "service level agreement"},
      {"TA", "temporary accommodation"},
      {"VCS", "voluntary and community sector"},
      {"YOT", "youth offending team"},
  };
  return kAcronyms;
}

AcronymMap find_acronym_definitions(std::string_view text) {
  AcronymMap found;
  std::size_t pos = 0;
  while ((pos = text.find('(', pos)) != std::string_view::npos) {
    const std::size_t close = text.find(')', pos);
    if (close == std::string_view::npos) break;
    const std::string key = acronym_key(text.substr(pos + 1, close - pos - 1));
    const std::size_t open = pos;
    pos = close;
    if (key.empty()) continue;
    // The words before the bracket whose initials spell the acronym;
    // "and", "of", "the" may stand between them.
    const std::size_t window = open > 200 ? open - 200 : 0;
    const std::vector<Token> before = tokenize(text.substr(window, open - window));
    std::size_t letter = key.size();
    std::size_t k = before.size();
    std::vector<std::string_view> words;
    while (k > 0 && letter > 0) {
      const std::string_view w = before[k - 1].text;
      const std::string lower = to_lower_ascii(w);
      if (ascii_lower(w.front()) == ascii_lower(key[letter - 1])) {
        --letter;
      } else if (lower != "and" && lower != "of" && lower != "the" && lower != "for" && lower != "in") {
        break;
      }
      words.push_back(w);
      --k;
    }
    if (letter != 0) continue;
    std::reverse(words.begin(), words.end());
    std::string expansion;
    for (std::string_view w : words) {
      if (!expansion.empty()) expansion.push_back(' ');
      expansion += to_lower_ascii(w);
    }
    found.emplace(key, std::move(expansion));
  }
  return found;
}

TermExtractor::TermExtractor(AcronymMap acronyms) : acronyms_(std::move(acronyms)) {
  for (const auto& [key, words] : builtin_acronyms()) acronyms_.emplace(key, words);
  stemmer_ = sb_stemmer_new("english", "UTF_8");
  if (stemmer_ == nullptr) throw std::runtime_error("the English stemmer could not be created");
}

TermExtractor::~TermExtractor() { sb_stemmer_delete(stemmer_); }

std::string TermExtractor::stem(std::string_view word) const {
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (s == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::vector<std::string> TermExtractor::terms(std::string_view text) const {
  std::vector<std::string> out;
  auto add_word = [&](std::string_view word) {
    const std::string lower = to_lower_ascii(word);
    // Single letters are list labels and the tails of "children's".
    if (lower.size() < 2 && !is_ascii_digit(lower.front())) return;
    if (is_stop_word(lower)) return;
    out.push_back(stem(lower));
  };
  for (const Token& token : tokenize(text)) {
    if (token.dotted_number) continue;  // a section number, not a subject
    const std::string key = acronym_key(token.text);
    if (!key.empty()) {
      const auto it = acronyms_.find(key);
      if (it != acronyms_.end()) {
        for (const Token& w : tokenize(it->second)) add_word(w.text);
        continue;
      }
    }
    add_word(token.text);
  }
  return out;
}

}  // namespace docket
