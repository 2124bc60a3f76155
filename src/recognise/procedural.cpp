#include "recognise/procedural.hpp"

#include <array>
#include <string>

#include "base/byte_scan.hpp"
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

// Whether the opening words make the resolution procedural: it opens with
// "note", "notes", "delegate", "thank" or "thanks" and goes on, with "to"
// and "note", "delegate" or "thank" and goes on, or with "noted". Only
// those words are read past the first, and only as far as they need: most
// resolutions open with none of them.
bool opens_procedurally(std::string_view resolution) {
  FoldedWords words(resolution);
  std::string_view word;
  if (!words.next(word)) return false;
  if (word == "noted") return true;
  const bool opens = word == "note" || word == "notes" || word == "delegate" || word == "thank" || word == "thanks";
  if (opens) return words.next(word);
  if (word != "to" || !words.next(word)) return false;
  // The second word is read before the third overwrites it.
  const bool verb = word == "note" || word == "delegate" || word == "thank";
  return verb && words.next(word);
}

ProceduralWords read_words(std::string_view resolution) {
  ProceduralWords seen;
  FoldedWords words(resolution);
  Previous previous = Previous::kOther;
  for (std::string_view word; words.next(word);) {
    read_word(word, previous, seen);
    previous = as_previous(word);
  }
  return seen;
}

// Every rule past the opening words needs a word holding one of these
// stems, and a folded word is its text lowercased: a text that holds none
// of them in any case is decided by its opening words alone. Most
// resolutions hold none, and looking for them costs a fraction of folding
// every word.
constexpr std::string_view kNeededStems[] = {"noted", "received", "delegat", "consult", "minutes", "thank", "apologies"};

// Marks the bytes where a needed stem may begin: its first two letters, in
// either case (`b | 0x20` is a lowercase letter exactly when `b` is that
// letter in either case). Sixteen places are tested at a time, and only
// those it marks are compared with the stems.
constexpr auto kMayStartNeededStem = [](ByteBlock, ByteBlock b, ByteBlock after) {
  const ByteBlock first = b | 0x20;
  const ByteBlock second = after | 0x20;
  decltype(first == second) marks{};
  for (const std::string_view stem : kNeededStems) {
    marks |= (first == static_cast<unsigned char>(stem[0])) & (second == static_cast<unsigned char>(stem[1]));
  }
  return marks;
};

// The stem each lowercase letter starts, if any. Built at compile time,
// where two stems with one first letter would not compile.
constexpr auto kStemByFirstLetter = [] {
  std::array<std::string_view, 26> stems{};
  for (const std::string_view stem : kNeededStems) {
    std::string_view& slot = stems[static_cast<std::size_t>(stem[0] - 'a')];
    if (!slot.empty()) throw "two stems share a first letter";
    slot = stem;
  }
  return stems;
}();

bool holds_needed_stem(std::string_view text) {
  for (std::size_t i = find_marked_in_context(text, 0, kMayStartNeededStem); i < text.size();
       i = find_marked_in_context(text, i + 1, kMayStartNeededStem)) {
    // Marked, so an ASCII letter.
    if (istarts_with(text.substr(i), kStemByFirstLetter[static_cast<std::size_t>(ascii_lower(text[i]) - 'a')])) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_procedural_decision(std::string_view resolution) {
  // Noting a report, delegating, thanks: by the opening words.
  if (opens_procedurally(resolution)) return true;
  if (!holds_needed_stem(resolution)) return false;
  const ProceduralWords seen = read_words(resolution);
  // Noting a report.
  if (seen.noted_by_verb || seen.be_received) return true;
  // Delegating authority.
  if (seen.authority && seen.delegates) return true;
  // Authorising a consultation.
  if (seen.consults && seen.authorises) return true;
  // Approving minutes.
  if (seen.minutes && seen.approves) return true;
  // Thanks and apologies: a courtesy recorded, nothing to carry out.
  if (seen.thanks) return true;
  if (seen.apologies && seen.apologies_taken) return true;
  return false;
}

}  // namespace docket
