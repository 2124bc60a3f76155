#include "build/disposition_items.hpp"

#include "docket/warnings.hpp"
#include "normalise/refs.hpp"
#include "recognise/disposition_agenda.hpp"
#include "recognise/procedural.hpp"

namespace docket {

std::size_t build_disposition_items(const std::vector<Block>& blocks, std::vector<Warning>& warnings,
                                    const ItemEmitter& emit) {
  std::size_t emitted = 0;
  for (AgendaEntry& entry : read_disposition_agenda(blocks)) {
    if (entry.disposition == Disposition::kUndecided) {
      warnings.push_back({entry.lines.first, std::string(warning::kNotDecided),
                          "item " + entry.number + " " + entry.outcome + ": no decision recorded"});
      continue;
    }
    Item item;
    item.type = ItemType::kResolution;
    item.number = std::move(entry.number);
    item.text = std::move(entry.title);
    item.status = std::move(entry.outcome);
    item.lines = entry.lines;
    item.refs = find_refs(item.text);
    item.procedural = is_procedural_decision(item.text);
    emit(std::move(item));
    ++emitted;
  }
  return emitted;
}

}  // namespace docket
