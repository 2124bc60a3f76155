#include "build/decision_prose.hpp"

#include "base/text_util.hpp"
#include "build/minute_numbers.hpp"
#include "build/motions.hpp"
#include "normalise/refs.hpp"
#include "recognise/decision_sentences.hpp"
#include "recognise/procedural.hpp"

namespace docket {

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
      item.text = trim(s.text.substr(told.begin, told.end - told.begin));
      item.lines = s.lines;
      item.status = motion_outcome(item.text);
      item.refs = find_refs(item.text);
      item.procedural = is_procedural_decision(item.text);
      emit(std::move(item));
      ++count;
    }
  }
  return count;
}

}  // namespace docket
