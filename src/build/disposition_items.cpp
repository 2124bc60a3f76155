#include "build/disposition_items.hpp"

#include "docket/warnings.hpp"
#include "normalise/refs.hpp"
#include "recognise/disposition_agenda.hpp"
#include "recognise/disposition_table.hpp"
#include "recognise/procedural.hpp"

namespace docket {

std::size_t build_disposition_items(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                                    std::vector<Warning>& warnings, const ItemEmitter& emit) {
  std::size_t emitted = 0;
  std::vector<AgendaEntry> entries = read_disposition_agenda(blocks);
  if (entries.empty()) entries = read_disposition_tables(tables);
  for (AgendaEntry& entry : entries) {
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
