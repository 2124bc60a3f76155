// The JSON Schema of the extract output (docs/schema.json), compiled in.
#ifndef DOCKET_SCHEMA_TEXT_HPP
#define DOCKET_SCHEMA_TEXT_HPP

#include <string_view>

namespace docket {

std::string_view schema_text();

}  // namespace docket

#endif  // DOCKET_SCHEMA_TEXT_HPP
