#include "write/writer.hpp"

#include "write/writer_internal.hpp"

namespace docket {

std::unique_ptr<DocumentWriter> make_writer(OutputFormat format, bool several_inputs) {
  return make_writer(format, several_inputs, {});
}

std::unique_ptr<DocumentWriter> make_writer(OutputFormat format, bool several_inputs,
                                            const std::vector<std::string>& fields) {
  switch (format) {
    case OutputFormat::kJson:
      return make_json_writer(several_inputs ? JsonLayout::kArray : JsonLayout::kObject);
    case OutputFormat::kNdjson:
      return make_json_writer(JsonLayout::kLines);
    case OutputFormat::kCsv:
      return make_csv_writer(fields);
    case OutputFormat::kTsv:
      return make_tsv_writer(fields);
  }
  return make_json_writer(JsonLayout::kObject);
}

}  // namespace docket
