// Stage 5, front matter: the title of the paper, the committee or cabinet
// it belongs to and the date of the meeting; the people it names as
// contacts or lead officers are read by recognise/people.hpp.
#ifndef DOCKET_METADATA_HPP
#define DOCKET_METADATA_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/blocks.hpp"
#include "tables/table_assembler.hpp"
#include "docket/model.hpp"

namespace docket {

// Fills doc.title, doc.body, doc.meeting and doc.people from the blocks
// (debris already marked). Fields already set are left alone.
void extract_metadata(const std::vector<Block>& blocks, Document& doc);
// The same, with the paper's tables: a title block framed as a table of one
// column at the top of the paper is front matter too.
void extract_metadata(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables, Document& doc);

// The committee or cabinet named by a line such as "Cabinet Meeting
// .....8th March 2012" or "Arts, Leisure & Culture Select Committee".
std::optional<std::string> body_from_line(std::string_view line);

}  // namespace docket

#endif  // DOCKET_METADATA_HPP
