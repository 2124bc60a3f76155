// Pieces shared by the writer files; not part of the writer interface.
#ifndef DOCKET_WRITER_INTERNAL_HPP
#define DOCKET_WRITER_INTERNAL_HPP

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "docket/model.hpp"
#include "write/json_out.hpp"
#include "write/writer.hpp"

namespace docket {

enum class JsonLayout {
  kObject,  // one pretty object per document (one input)
  kArray,   // one pretty array around all documents (several inputs)
  kLines,   // NDJSON: one compact object per line
};

std::unique_ptr<DocumentWriter> make_json_writer(JsonLayout layout);
// `fields`: the columns to write, in order (names from csv_columns()); empty
// for all.
std::unique_ptr<DocumentWriter> make_csv_writer(const std::vector<std::string>& fields);
std::unique_ptr<DocumentWriter> make_tsv_writer(const std::vector<std::string>& fields);

// Item::extra as a JSON object in column order. The CSV `extra` column holds
// the same object, so both formats agree on how repeated headers are named.
void write_extra_json(const std::vector<std::pair<std::string, std::string>>& extra, JsonOut& json);

// True when a money value is whole and prints as an integer (250000, not
// 250000.0); both writers use it so that JSON and CSV agree.
bool prints_as_integer(double value);

}  // namespace docket

#endif  // DOCKET_WRITER_INTERNAL_HPP
