#include "recognise/procedural.hpp"

#include <string>

#include "base/text_util.hpp"

namespace docket {

namespace {

// What the words of a resolution say, read in one pass over its folded
// text (lowercase words, single spaces): every resolution of every paper
// comes here, and a search of the text for each phrase cost ten passes.
struct ProceduralWords {
  bool noted_by_verb = false;  // "be noted", "is noted", "are noted"
  bool be_received = false;
  bool authority = false;  // "authority", "powers"
  bool delegates = false;  // a word holding "delegat"
  bool consults = false;   // a word holding "consult"
  bool authorises = false;  // a word holding "authoris" or "authoriz"
  bool minutes = false;
  bool approves = false;  // "approved", "agreed", "confirmed", "signed", "correct record"
  bool thanks = false;    // "thanks", "be thanked"
  bool apologies = false;
  bool apologies_taken = false;  // "received", "accepted", "noted"
};

// The stems a word may hold anywhere ("subdelegated" holds "delegat"),
// found in one pass over the word rather than a search for each stem.
void read_stems(std::string_view word, ProceduralWords& seen) {
  for (std::size_t j = 0; j + 7 <= word.size(); ++j) {
    const std::string_view at = word.substr(j);
    switch (at[0]) {
      case 'd':
        if (at.starts_with("delegat")) seen.delegates = true;
        break;
      case 'c':
        if (at.starts_with("consult")) seen.consults = true;
        break;
      case 'a':
        if (at.starts_with("authoris") || at.starts_with("authoriz")) seen.authorises = true;
        break;
      default:
        break;
    }
  }
}

// The words a rule looks back at ("be noted", "a correct record").
enum class Previous { kOther, kBe, kIsOrAre, kCorrect };

Previous as_previous(std::string_view word) {
  if (word == "be") return Previous::kBe;
  if (word == "is" || word == "are") return Previous::kIsOrAre;
  if (word == "correct") return Previous::kCorrect;
  return Previous::kOther;
}

void read_word(std::string_view word, Previous previous, ProceduralWords& seen) {
  // Most words are none of these: the length tells at once, and a word
  // under seven letters holds no stem.
  const bool after_be = previous == Previous::kBe;
  switch (word.size()) {
    case 5:
      if (word == "noted") {
        if (after_be || previous == Previous::kIsOrAre) seen.noted_by_verb = true;
        seen.apologies_taken = true;
      }
      return;
    case 6:
      if (word == "powers") seen.authority = true;
      if (word == "agreed" || word == "signed" || (word == "record" && previous == Previous::kCorrect)) seen.approves = true;
      if (word == "thanks") seen.thanks = true;
      return;
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
      return;
    default:
      break;
  }
  if (word == "received") {
    if (after_be) seen.be_received = true;
    seen.apologies_taken = true;
  }
  if (word == "accepted") seen.apologies_taken = true;
  if (word == "authority") seen.authority = true;
  if (word == "minutes") seen.minutes = true;
  if (word == "approved" || word == "confirmed") seen.approves = true;
  if (word == "thanked" && after_be) seen.thanks = true;
  if (word == "apologies") seen.apologies = true;
  read_stems(word, seen);
}

// The opening words of a resolution ("to note the …", "delegate …").
struct OpeningWords {
  std::string first;
  std::string second;
  int count = 0;  // words in the resolution, counted up to three

  // Whether the resolution opens with `word` and goes on.
  bool opens_with(std::string_view word) const { return count >= 2 && first == word; }
  // Whether it opens with "to" and `verb`, and goes on.
  bool opens_with_to(std::string_view verb) const { return count >= 3 && first == "to" && second == verb; }
};

ProceduralWords read_words(std::string_view resolution, OpeningWords& opening) {
  ProceduralWords seen;
  FoldedWords words(resolution);
  Previous previous = Previous::kOther;
  for (std::string_view word; words.next(word);) {
    if (opening.count == 0) opening.first = word;
    if (opening.count == 1) opening.second = word;
    if (opening.count < 3) ++opening.count;
    read_word(word, previous, seen);
    previous = as_previous(word);
  }
  return seen;
}

}  // namespace

bool is_procedural_decision(std::string_view resolution) {
  OpeningWords opening;
  const ProceduralWords seen = read_words(resolution, opening);
  // Noting a report.
  if (opening.opens_with("note") || opening.opens_with_to("note") || opening.opens_with("noted") ||
      opening.opens_with("notes") || (opening.count == 1 && opening.first == "noted") || seen.noted_by_verb ||
      seen.be_received) {
    return true;
  }
  // Delegating authority.
  if (seen.authority && seen.delegates) return true;
  if (opening.opens_with_to("delegate") || opening.opens_with("delegate")) return true;
  // Authorising a consultation.
  if (seen.consults && seen.authorises) return true;
  // Approving minutes.
  if (seen.minutes && seen.approves) return true;
  // Thanks and apologies: a courtesy recorded, nothing to carry out.
  if (opening.opens_with("thanks") || opening.opens_with_to("thank") || opening.opens_with("thank") || seen.thanks) {
    return true;
  }
  if (seen.apologies && seen.apologies_taken) return true;
  return false;
}

}  // namespace docket
