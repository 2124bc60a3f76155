// Dispositions laid out as tables: a clerk's "disposition of items" lists
// each item of a report, each motion and each by-law as a row, its number
// in the first cell, its title or the motion's words in a wide cell, and
// in the last cell, in capitals, what the body did with it ("ADOPTED",
// "AMENDED AND ADOPTED", "CARRIED", "PASSED", "WITHDRAWN", "LAID OVER").
//
// The same evidence as the running-text reading (disposition_agenda.hpp),
// read from cells: a number where a row starts and a disposition where it
// ends. A table counts when one of its rows ends in a disposition's verb;
// a row of it whose last cell is capitals with no verb in them ("LAID OVER
// …") is an item on which nothing was decided. A motion that amended an
// item ("AMENDED AND ADOPTED (See Motion 7)") is that item's history and
// no entry of its own. Under a column headed "Disposition" the disposition
// may be written in ordinary case ("Adopted as amended"), a verb needed.
#ifndef DOCKET_DISPOSITION_TABLE_HPP
#define DOCKET_DISPOSITION_TABLE_HPP

#include <vector>

#include "recognise/disposition_agenda.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

// The rows of disposition tables in `tables`, in order; empty when fewer
// than kMinAgendaEntries of them record a decision.
std::vector<AgendaEntry> read_disposition_tables(const std::vector<LogicalTable>& tables);

}  // namespace docket

#endif  // DOCKET_DISPOSITION_TABLE_HPP
