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

#include "docket/docket.hpp"
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
//
// write_body() is write_head(), write_item() for each item,
// write_items_end(), each data table as write_table_begin(), a
// write_table_row() per row and write_table_end(), then write_tail(). A
// caller that receives a document in pieces (parse_document with a
// DocumentSink) calls them itself, appending to the same `out` string
// throughout and draining it between pieces as it likes: a paper of a
// million rows is then never held whole, as a model or as output.
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
  void write_body(const Document& doc, std::string& out) {
    write_head(doc, out);
    for (const Item& item : doc.items) write_item(doc, item, out);
    write_items_end(doc, out);
    for (const Table& table : doc.tables) {
      write_table_begin(doc, table, out);
      for (const std::vector<std::string>& row : table.rows) write_table_row(doc, row, out);
      write_table_end(doc, table, out);
    }
    write_tail(doc, out);
  }
  // Everything before the items; reads what of `doc` precedes them in the
  // output (source, kind, title, body, meeting, people).
  virtual void write_head(const Document& doc, std::string& out) = 0;
  // One item of the document whose head was written last.
  virtual void write_item(const Document& doc, const Item& item, std::string& out) = 0;
  // What comes between the items and the tables (the decision).
  virtual void write_items_end(const Document& doc, std::string& out) = 0;
  // A data table: its caption, columns and lines from `table` (whose rows
  // are not read), then its rows one at a time.
  virtual void write_table_begin(const Document& doc, const Table& table, std::string& out) = 0;
  virtual void write_table_row(const Document& doc, const std::vector<std::string>& row, std::string& out) = 0;
  virtual void write_table_end(const Document& doc, const Table& table, std::string& out) = 0;
  // Everything after the tables (the warnings).
  virtual void write_tail(const Document& doc, std::string& out) = 0;
  virtual void end(std::string& out) = 0;
};

// Writes a document through `writer` as parse_document hands it on, piece
// by piece, calling `drain` (when set) after each item and table row so
// that the caller can pass the output on. The caller writes the tail once
// parse_document returns. With `separate`, the document is preceded by
// writer.separate(), which is left out for input that never reaches the
// sink (input that cannot be read as text).
class WriterSink final : public DocumentSink {
 public:
  WriterSink(DocumentWriter& writer, bool separate, std::string& out, const std::function<void()>& drain)
      : writer_(writer), separate_(separate), out_(out), drain_(drain) {}

  void begin_items(const Document& doc) override {
    if (separate_) writer_.separate(out_);
    writer_.write_head(doc, out_);
  }

  void item(const Document& doc, const Item& item) override {
    ++items_;
    actions_ += item.actions.size();
    writer_.write_item(doc, item, out_);
    if (drain_) drain_();
  }

  void end_items(const Document& doc) override { writer_.write_items_end(doc, out_); }

  void begin_table(const Document& doc, const Table& table) override { writer_.write_table_begin(doc, table, out_); }

  void table_row(const Document& doc, const std::vector<std::string>& row) override {
    writer_.write_table_row(doc, row, out_);
    if (drain_) drain_();
  }

  void end_table(const Document& doc, const Table& table) override { writer_.write_table_end(doc, table, out_); }

  // What has been written so far, for the caller's warnings and totals.
  std::size_t items() const { return items_; }
  std::size_t actions() const { return actions_; }

 private:
  DocumentWriter& writer_;
  bool separate_;
  std::string& out_;
  const std::function<void()>& drain_;
  std::size_t items_ = 0;
  std::size_t actions_ = 0;
};

// `several_inputs` matters for kJson only: one input gives one pretty object,
// several give a pretty array (so `jq .` sees the same shape however many
// documents turn out to parse).
std::unique_ptr<DocumentWriter> make_writer(OutputFormat format, bool several_inputs);
// The same, with CSV and TSV writing only the columns named in `fields`, in
// that order (empty: every column). JSON and NDJSON ignore it.
std::unique_ptr<DocumentWriter> make_writer(OutputFormat format, bool several_inputs,
                                            const std::vector<std::string>& fields);

// The names in `fields` that are not CSV/TSV columns.
std::vector<std::string> unknown_fields(const std::vector<std::string>& fields);

// The fixed CSV/TSV column names, in order.
const std::vector<std::string_view>& csv_columns();

}  // namespace docket

#endif  // DOCKET_WRITER_HPP
