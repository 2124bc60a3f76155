// docket's one entry point: the bytes of a paper in, a Document out.
//
// The parser does no I/O. Callers (the CLI, tests, the fuzzer, the
// benchmarks) read the bytes themselves and pass them in with the path they
// want reported. Problems that still allow a result go to
// Document::warnings; only input that cannot be read as text at all fails.
#ifndef DOCKET_DOCKET_HPP
#define DOCKET_DOCKET_HPP

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"

namespace docket {

enum class KindHint { kAuto, kActionPlan, kDecisionRecord, kProjectPlan };

struct ParseOptions {
  // Reported in Document::source.path and in diagnostics; never opened.
  std::string path;
  KindHint kind = KindHint::kAuto;
  // What the caller made the bytes from, when it converted them itself
  // ("pdf": they are pdftotext's output); reported as source.format. Empty:
  // the bytes are the input, and the parser tells text, HTML, .docx and
  // gzip apart by their content.
  std::string format;
  // The input itself, when the caller converted it (the PDF of which `bytes`
  // are pdftotext's output): source.bytes and source.sha256 then describe
  // it rather than the text parsed.
  std::optional<std::string_view> original;
  // "gzip" when the caller unpacked `bytes` from the input; reported as
  // source.compression.
  std::string compression;
};

// The outcome of parsing one input. When `ok` is false, `error` says why
// the input could not be read as text and `error_line` points at the first
// offending line (0 when no line applies); `document` is then unspecified.
struct ParseResult {
  bool ok = true;
  std::string error;
  int error_line = 0;
  Document document;
};

ParseResult parse_document(std::string_view bytes, const ParseOptions& options);

// Takes a document in pieces, in output order, so that a caller can write
// each as it comes: a paper of a million rows, as items or as a data
// table, is then never held whole.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Called once, first, even when there are no items, when source, kind,
  // title, body and meeting are final. Not called for input that cannot be
  // read as text.
  virtual void begin_items(const Document& doc) = 0;
  virtual void item(const Document& doc, const Item& item) = 0;
  // Called once after the last item, when people (to whom the items' leads
  // and finance managers are added) and the decision are final.
  virtual void end_items(const Document& doc) = 0;
  // Each data table in order: its caption, columns and lines (`table` has
  // no rows), then each row, then the end.
  virtual void begin_table(const Document& doc, const Table& table) = 0;
  virtual void table_row(const Document& doc, const std::vector<std::string>& row) = 0;
  virtual void end_table(const Document& doc, const Table& table) = 0;
};

// As above, but the items and data tables go to `sink` instead of
// Document::items and Document::tables, which are left empty; the rest of
// the document (the warnings) is complete when this returns.
ParseResult parse_document(std::string_view bytes, const ParseOptions& options, DocumentSink& sink);

// parse_document() in two steps, for a caller that parses many papers: the
// first reads a paper as far as its kind, the second builds its items. Run
// the second step of the papers of one kind one after another: the
// builders of a kind then find their code and the processor's branch
// history warm, where papers of mixed kinds in turn cost a good deal more
// (docs/performance.md). `bytes` (and options.original) must outlive the
// PreparedDocument. finish_document() takes it once: what it returns is
// what parse_document() would have.
class PreparedDocument {
 public:
  PreparedDocument(PreparedDocument&&) noexcept;
  PreparedDocument& operator=(PreparedDocument&&) noexcept;
  ~PreparedDocument();
  // False when the input cannot be read as text (finish_document() then
  // says why and calls no sink).
  bool ok() const;
  DocumentKind kind() const;
  struct Parts;

 private:
  PreparedDocument();
  friend PreparedDocument prepare_document(std::string_view bytes, const ParseOptions& options);
  friend ParseResult finish_document(PreparedDocument& prepared, DocumentSink& sink);
  friend ParseResult parse_document(std::string_view bytes, const ParseOptions& options);
  std::unique_ptr<Parts> parts_;
};

PreparedDocument prepare_document(std::string_view bytes, const ParseOptions& options);
ParseResult finish_document(PreparedDocument& prepared, DocumentSink& sink);

// The version string printed by `docket --version`.
std::string_view version();

}  // namespace docket

#endif  // DOCKET_DOCKET_HPP
