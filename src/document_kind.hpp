// Stage 4: recognise what kind of paper this is, so that the right builder
// reads it.
#ifndef DOCKET_DOCUMENT_KIND_HPP
#define DOCKET_DOCUMENT_KIND_HPP

#include <vector>

#include "blocks.hpp"
#include "docket/docket.hpp"
#include "docket/model.hpp"
#include "table_assembler.hpp"

namespace docket {

// An explicit hint wins; otherwise the paper is an action plan when it
// holds a plan table, and unknown when nothing marks it.
DocumentKind recognise_kind(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables, KindHint hint);

}  // namespace docket

#endif  // DOCKET_DOCUMENT_KIND_HPP
