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

ProceduralWords read_words(std::string_view folded) {
  ProceduralWords seen;
  std::string_view previous;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    const std::string_view word = folded.substr(start, end - start);
    const bool after_be = previous == "be";
    if (word == "noted" && (after_be || previous == "is" || previous == "are")) seen.noted_by_verb = true;
    if (word == "received" && after_be) seen.be_received = true;
    if (word == "authority" || word == "powers") seen.authority = true;
    if (word.find("delegat") != std::string_view::npos) seen.delegates = true;
    if (word.find("consult") != std::string_view::npos) seen.consults = true;
    if (word.find("authoris") != std::string_view::npos || word.find("authoriz") != std::string_view::npos) {
      seen.authorises = true;
    }
    if (word == "minutes") seen.minutes = true;
    if (word == "approved" || word == "agreed" || word == "confirmed" || word == "signed" ||
        (word == "record" && previous == "correct")) {
      seen.approves = true;
    }
    if (word == "thanks" || (word == "thanked" && after_be)) seen.thanks = true;
    if (word == "apologies") seen.apologies = true;
    if (word == "received" || word == "accepted" || word == "noted") seen.apologies_taken = true;
    previous = word;
    start = end + 1;
  }
  return seen;
}

}  // namespace

bool is_procedural_decision(std::string_view resolution) {
  const std::string text = fold_key(resolution);
  const std::string_view t = text;
  const ProceduralWords seen = read_words(t);
  // Noting a report.
  if (t.starts_with("note ") || t.starts_with("to note ") || t.starts_with("noted ") || t.starts_with("notes ") ||
      t == "noted" || seen.noted_by_verb || seen.be_received) {
    return true;
  }
  // Delegating authority.
  if (seen.authority && seen.delegates) return true;
  if (t.starts_with("to delegate ") || t.starts_with("delegate ")) return true;
  // Authorising a consultation.
  if (seen.consults && seen.authorises) return true;
  // Approving minutes.
  if (seen.minutes && seen.approves) return true;
  // Thanks and apologies: a courtesy recorded, nothing to carry out.
  if (t.starts_with("thanks ") || t.starts_with("to thank ") || t.starts_with("thank ") || seen.thanks) return true;
  if (seen.apologies && seen.apologies_taken) return true;
  return false;
}

}  // namespace docket
