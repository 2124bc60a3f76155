#include "recognise/decision_sentences.hpp"

#include <array>

#include "base/text_util.hpp"

namespace docket {

namespace {

// The verbs that decide, as minutes write them.
constexpr std::array<std::string_view, 6> kDecidingVerbs = {"approved", "agreed", "resolved",
                                                            "decided",  "adopted", "accepted"};

// The subjects that decide: the body, its members, or "It was".
constexpr std::array<std::string_view, 9> kSubjects = {"council",  "councillors", "cllrs",   "members", "committee",
                                                       "the council", "the committee", "the members", "it was"};

// The word of `text` at `at` (letters only), and where the next one starts.
std::string_view word_at(std::string_view text, std::size_t& at) {
  while (at < text.size() && !is_ascii_alpha(text[at])) {
    // Only spaces and "&" stand between the words read here.
    if (text[at] != ' ' && text[at] != '&') return {};
    ++at;
  }
  const std::size_t start = at;
  while (at < text.size() && is_ascii_alpha(text[at])) ++at;
  return text.substr(start, at - start);
}

bool is_one_of(std::string_view word, const auto& words) {
  if (word.empty()) return false;
  for (std::string_view w : words) {
    if (w.size() == word.size() && istarts_with(word, w)) return true;
  }
  return false;
}

// The subject that opens `s`, from kSubjects, and where it ends; 0 when
// none does.
std::size_t subject_length(std::string_view s) {
  std::size_t best = 0;
  for (std::string_view subject : kSubjects) {
    if (subject.size() > best && istarts_with(s, subject) && (s.size() == subject.size() || s[subject.size()] == ' ')) {
      best = subject.size();
    }
  }
  return best;
}

// Ends of sentences and clauses: ". ", " - ", ":- ", ": ".
std::size_t clause_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i + 1 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == ':') && text[i + 1] == ' ') return i + 1;
    if (c == ':' && text[i + 1] == '-') return i + 2;
    if (c == ' ' && text[i + 1] == '-' && i + 2 < text.size() && text[i + 2] == ' ') return i;
  }
  return text.size();
}

}  // namespace

bool tells_decision(std::string_view sentence) {
  sentence = trim(sentence);
  if (sentence.empty() || !is_ascii_upper(sentence.front())) return false;
  std::size_t at = 0;
  std::string_view word = word_at(sentence, at);
  if (is_one_of(word, kDecidingVerbs)) return true;  // "Approved & signed as correct."
  if (word.size() == 3 && istarts_with(word, "all")) return is_one_of(word_at(sentence, at), kDecidingVerbs);
  at = subject_length(sentence);
  if (at == 0) return false;
  word = word_at(sentence, at);
  if (word.size() > 2 && word.ends_with("ly")) word = word_at(sentence, at);  // "unanimously", "also"
  if (word == "also") word = word_at(sentence, at);
  return is_one_of(word, kDecidingVerbs);
}

SentenceSpan next_told_decision(std::string_view text, std::size_t from) {
  while (from < text.size()) {
    const std::size_t end = clause_end(text, from);
    std::size_t begin = from;
    while (begin < end && (text[begin] == ' ' || text[begin] == '-')) ++begin;
    if (tells_decision(text.substr(begin, end - begin))) {
      // The decision runs to the end of its sentence, past clause breaks.
      std::size_t stop = text.find(". ", begin);
      stop = stop == std::string_view::npos ? text.size() : stop + 1;
      return {begin, stop};
    }
    from = end + 1;
  }
  return {text.size(), text.size()};
}

}  // namespace docket
