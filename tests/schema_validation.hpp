// Validates JSON against docs/schema.json, for any test that checks docket's
// output: the writer tests and the golden tests over samples/.
//
// Only declared here. The definition, and the one inclusion of valijson, is
// in schema_test.cpp, which is linked into the same test binary: valijson
// with std::regex is slow to compile, and inlined at -O3 or under the
// sanitizers it trips GCC 12 false positives that depend on include order,
// so it is kept to one translation unit whose include order is controlled.
#ifndef DOCKET_TESTS_SCHEMA_VALIDATION_HPP
#define DOCKET_TESTS_SCHEMA_VALIDATION_HPP

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace docket {

// DOCKET_SOURCE_DIR + "/docs/schema.json".
std::string schema_path();

// Every way `instance` breaks the schema, one "<json path>: <description>"
// string per problem; empty when it is valid. If the schema itself cannot be
// read or parsed, that is the one error returned, so a test fails rather than
// the binary aborting.
std::vector<std::string> schema_errors(const nlohmann::json& instance);

}  // namespace docket

#endif  // DOCKET_TESTS_SCHEMA_VALIDATION_HPP
