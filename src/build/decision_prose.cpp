#include "build/decision_prose.hpp"

#include "base/text_util.hpp"
#include "build/minute_numbers.hpp"
#include "build/motions.hpp"
#include "build/resolution_list.hpp"
#include "normalise/refs.hpp"
#include "recognise/decision_sentences.hpp"
#include "recognise/procedural.hpp"

namespace docket {

namespace {

// "RESOLVED that two benches be bought.", "Agreed: the hedge be cut.": a
// deciding word used as a label is dropped with its "that", as under a
// label; "Approved & signed as correct." keeps its words.
std::string_view decision_words(std::string_view sentence) {
  const std::size_t word = sentence.find_first_of(" :");
  if (word == std::string_view::npos) return sentence;
  std::string_view rest = sentence.substr(word);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
  const bool labels = sentence[word] == ':' || (istarts_with(rest, "that") && rest.size() > 4 && rest[4] == ' ');
  return labels ? resolution_words(rest) : sentence;
}

}  // namespace

std::size_t build_prose_decisions(const std::vector<Segment>& segments, const ItemEmitter& emit) {
  MinuteTracker minutes;
  std::size_t count = 0;
  for (const Segment& s : segments) {
    minutes.see(s);
    if (s.debris || !minutes.current() || (s.kind != SegmentKind::kParagraph && s.kind != SegmentKind::kListItem)) {
      continue;
    }
    for (SentenceSpan told = next_told_decision(s.text, 0); told.begin < s.text.size();
         told = next_told_decision(s.text, told.end)) {
      Item item;
      item.type = ItemType::kResolution;
      item.number = *minutes.current();
      item.text = decision_words(trim(s.text.substr(told.begin, told.end - told.begin)));
      item.lines = s.lines;
      item.status = motion_outcome(item.text);
      item.refs = find_refs(item.text);
      // "Approval of minutes: Approved & signed as correct.": the title
      // just before the decision says what it approved.
      const bool after_title = s.text.substr(0, told.begin).find(". ") == std::string_view::npos;
      item.procedural = is_procedural_decision(item.text) ||
                        (after_title && is_procedural_decision(s.text.substr(0, told.end)));
      emit(std::move(item));
      ++count;
    }
  }
  return count;
}

}  // namespace docket
