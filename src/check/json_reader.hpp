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

// True when `bytes` look like JSON rather than a paper: they open with '{'
// and a key, or '[' and an object (or nothing). A paper that opens with a
// markdown link (`[Home](…)`) does not.
bool looks_like_json(std::string_view bytes);

struct JsonReadResult {
  std::optional<Document> document;
  std::string error;  // why not, when document is empty
};

// One document: an object, an array holding exactly one, or NDJSON of one
// line. Anything else (several documents, JSON that is not docket's, a
// check report) is an error that says what to give instead.
JsonReadResult document_from_json(std::string_view bytes);

}  // namespace docket

#endif  // DOCKET_JSON_READER_HPP
