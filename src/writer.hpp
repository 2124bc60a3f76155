// The output stage: serialises Documents as JSON, NDJSON, CSV or TSV.
//
// Writers stream: they hold no document after write() returns, so memory does
// not grow with the number of inputs. The formats are documented field by
// field in docs/output.md, and the JSON shape in docs/schema.json.
#ifndef DOCKET_WRITER_HPP
#define DOCKET_WRITER_HPP

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"

namespace docket {

enum class OutputFormat { kJson, kNdjson, kCsv, kTsv };

// Serialises documents one at a time so that output can stream. The caller
// calls begin(), then write() once per document in input order, then end();
// each appends to `out` (the caller decides when to flush it).
//
// write() is separate() then write_body(). The body of a document depends on
// nothing written before it, so parallel callers may serialise bodies on
// their own writers (of the same format) and hand the bytes to the one
// writer that calls separate() in input order.
class DocumentWriter {
 public:
  virtual ~DocumentWriter() = default;
  virtual void begin(std::string& out) = 0;
  void write(const Document& doc, std::string& out) {
    separate(out);
    write_body(doc, out);
  }
  // What goes before each document (a comma in a JSON array); counts it.
  virtual void separate(std::string& /*out*/) {}
  virtual void write_body(const Document& doc, std::string& out) = 0;
  virtual void end(std::string& out) = 0;

  // Called after each item a document's write() serialises, so that the
  // caller can pass on what `out` holds so far: the output of one paper with
  // a million rows is then never held whole.
  void set_item_hook(std::function<void()> hook) { item_hook_ = std::move(hook); }

 protected:
  void item_written() const {
    if (item_hook_) item_hook_();
  }

 private:
  std::function<void()> item_hook_;
};

// `several_inputs` matters for kJson only: one input gives one pretty object,
// several give a pretty array (so `jq .` sees the same shape however many
// documents turn out to parse).
std::unique_ptr<DocumentWriter> make_writer(OutputFormat format, bool several_inputs);

// The fixed CSV/TSV column names, in order.
const std::vector<std::string_view>& csv_columns();

}  // namespace docket

#endif  // DOCKET_WRITER_HPP
