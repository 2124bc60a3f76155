// Reads docket's own JSON output back into a Document, so that a plan
// extracted once (`docket extract … -o plan.json`) can be checked later
// without parsing the paper again.
#ifndef DOCKET_JSON_READER_HPP
#define DOCKET_JSON_READER_HPP

#include <optional>
#include <string>
#include <string_view>

#include "docket/model.hpp"

namespace docket {

// True when `bytes` look like JSON rather than a paper: the first thing in
// them is '{' or '['.
bool looks_like_json(std::string_view bytes);

struct JsonReadResult {
  std::optional<Document> document;
  std::string error;  // why not, when document is empty
};

// One document: an object, or an array holding exactly one.
JsonReadResult document_from_json(std::string_view bytes);

}  // namespace docket

#endif  // DOCKET_JSON_READER_HPP
