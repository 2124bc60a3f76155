// Agendas and minutes whose numbered items each end in a disposition: the
// item number, its title, the kind of business in brackets
// ("(Ordinance)", "(Report)"), then what the body did with it — a vote
// tally ("(Y-5)"), an enactment number, or a line in capitals ("ADOPTED",
// "CONFIRMED", "PASSED TO SECOND READING", "REFERRED TO ...").
//
// No "RESOLVED" anchors them, so they are read by evidence taken
// together: a number where an item can start (the start of a line, after
// a gap of spaces, or just after the previous disposition), numbers that
// rise through the agenda, and a disposition that closes each item.
// Converters often run a whole page into one line, so the reading works
// on the text, not on lines or paragraphs.
#ifndef DOCKET_DISPOSITION_AGENDA_HPP
#define DOCKET_DISPOSITION_AGENDA_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/blocks.hpp"

namespace docket {

// What a disposition says happened to the item.
enum class Disposition : std::uint8_t {
  kDecided,    // adopted, passed, confirmed, accepted: a decision
  kLost,       // failed, defeated: a decision that the motion fell
  kUndecided,  // referred, continued, filed, passed to a later reading
};

struct AgendaEntry {
  std::string number;  // as printed, without the marks of an emergency or substitute item ("*42", "S-56")
  std::string title;   // up to the kind of business or the disposition
  std::string outcome;  // "confirmed", "adopted as amended", "passed", "referred to ..."
  Disposition disposition = Disposition::kDecided;
  LineSpan lines;
};

// The agenda's items, in order; empty when the blocks read as no such
// agenda (fewer than kMinAgendaEntries items found).
std::vector<AgendaEntry> read_disposition_agenda(const std::vector<Block>& blocks);

// Items with a disposition needed before a paper reads as such an agenda.
inline constexpr std::size_t kMinAgendaEntries = 3;

// What a word of a disposition in capitals says happened ("ADOPTED",
// "DEFEATED,", "WITHDRAWN"); nullopt for any other word.
std::optional<Disposition> disposition_of_word(std::string_view word);

// Whether read_disposition_agenda finds an agenda, decided cheaply where
// the text holds no disposition at all.
bool looks_like_disposition_agenda(const std::vector<Block>& blocks);

}  // namespace docket

#endif  // DOCKET_DISPOSITION_AGENDA_HPP
