#include "recognise/procedural.hpp"

#include <string>

#include "base/text_util.hpp"

namespace docket {

bool is_procedural_decision(std::string_view resolution) {
  const std::string text = fold_key(resolution);
  const std::string_view t = text;
  // Noting a report.
  if (t.starts_with("note ") || t.starts_with("to note ") || t.starts_with("noted ") || t.starts_with("notes ") ||
      t == "noted" || contains_word(t, "be noted") || contains_word(t, "is noted") || contains_word(t, "are noted") ||
      contains_word(t, "be received")) {
    return true;
  }
  // Delegating authority.
  if ((contains_word(t, "authority") || contains_word(t, "powers")) &&
      (t.find("delegat") != std::string_view::npos)) {
    return true;
  }
  if (t.starts_with("to delegate ") || t.starts_with("delegate ")) return true;
  // Authorising a consultation.
  if (t.find("consult") != std::string_view::npos &&
      (t.find("authoris") != std::string_view::npos || t.find("authoriz") != std::string_view::npos)) {
    return true;
  }
  // Approving minutes.
  if (contains_word(t, "minutes") &&
      (contains_word(t, "approved") || contains_word(t, "agreed") || contains_word(t, "confirmed") ||
       contains_word(t, "signed") || contains_word(t, "correct record"))) {
    return true;
  }
  // Thanks and apologies: a courtesy recorded, nothing to carry out.
  if (t.starts_with("thanks ") || t.starts_with("to thank ") || t.starts_with("thank ") ||
      contains_word(t, "thanks") || contains_word(t, "be thanked")) {
    return true;
  }
  if (contains_word(t, "apologies") &&
      (contains_word(t, "received") || contains_word(t, "accepted") || contains_word(t, "noted"))) {
    return true;
  }
  return false;
}

}  // namespace docket
