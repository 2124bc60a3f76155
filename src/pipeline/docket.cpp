// The pipeline: decode → blocks → page debris → logical tables and
// labelled sections → kind → items and front matter. Each stage is its own file; this one only wires
// them in order.
#include "docket/docket.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "docket/warnings.hpp"
#include "layout/blocks.hpp"
#include "layout/page_debris.hpp"
#include "layout/text_table.hpp"
#include "build/decision_builder.hpp"
#include "build/decision_prose.hpp"
#include "build/decision_sections.hpp"
#include "build/disposition_items.hpp"
#include "recognise/document_kind.hpp"
#include "recognise/metadata.hpp"
#include "recognise/minute_table.hpp"
#include "build/named_officers.hpp"
#include "build/plan_builder.hpp"
#include "build/project_builder.hpp"
#include "build/response_builder.hpp"
#include "recognise/sections.hpp"
#include "read/converted_text.hpp"
#include "read/docx_document.hpp"
#include "read/html_document.hpp"
#include "read/sha256.hpp"
#include "read/source_reader.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

namespace {

// Plan tables of an action plan have become items; every other table is
// kept whole and goes to the sink: its head, then its rows one by one (each
// freed as it goes, so that a table of a million rows is never held
// twice), then its end.
void hand_on_data_tables(std::vector<LogicalTable>& tables, const Document& doc, DocumentSink& sink) {
  std::vector<std::string> cells;
  for (LogicalTable& t : tables) {
    if (t.is_plan && doc.kind == DocumentKind::kActionPlan) continue;
    Table head;
    head.caption = std::move(t.caption);
    head.columns = std::move(t.header);
    head.lines = t.lines;
    sink.begin_table(doc, head);
    for (TableRow& r : t.rows) {
      cells.assign(r.cells.begin(), r.cells.end());
      r.cells.clear();
      sink.table_row(doc, cells);
    }
    std::vector<TableRow>().swap(t.rows);
    sink.end_table(doc, head);
  }
}

// Items on their way to the sink, handed on a few dozen at a time rather
// than one by one. A builder and the writer each run a good deal of code
// per item; taking turns item by item, each evicted the other's from the
// instruction cache, which on an archive of small papers cost more than
// the work itself. A batch is small enough that a plan of a million rows
// is still never held whole.
class ItemBatch {
 public:
  ItemBatch(const Document& doc, DocumentSink& sink) : doc_(doc), sink_(sink) { items_.reserve(kItems); }
  void add(Item&& item) {
    items_.push_back(std::move(item));
    if (items_.size() == kItems) hand_on();
  }
  void hand_on() {
    for (const Item& item : items_) sink_.item(doc_, item);
    items_.clear();
  }

 private:
  static constexpr std::size_t kItems = 32;
  const Document& doc_;
  DocumentSink& sink_;
  std::vector<Item> items_;
};

// The sink of parse_document() without one: everything into the Document.
class DocumentCollector final : public DocumentSink {
 public:
  explicit DocumentCollector(Document& doc) : doc_(doc) {}
  void begin_items(const Document&) override {}
  void item(const Document&, const Item& item) override { doc_.items.push_back(item); }
  void end_items(const Document&) override {}
  void begin_table(const Document&, const Table& table) override { doc_.tables.push_back(table); }
  void table_row(const Document&, const std::vector<std::string>& row) override {
    doc_.tables.back().rows.push_back(row);
  }
  void end_table(const Document&, const Table&) override {}

 private:
  Document& doc_;
};

// Items and tables of converted input (a web page, a Word file) on their
// way to the caller, with lines moved back from the converted text to the
// input.
class LineMappingSink final : public DocumentSink {
 public:
  LineMappingSink(DocumentSink& next, const std::vector<int>& source_lines) : next_(next), lines_(source_lines) {}
  void begin_items(const Document& doc) override { next_.begin_items(doc); }
  void item(const Document& doc, const Item& item) override {
    Item mapped = item;
    map_lines(mapped, lines_);
    next_.item(doc, mapped);
  }
  void end_items(const Document& doc) override { next_.end_items(doc); }
  void begin_table(const Document& doc, const Table& table) override { next_.begin_table(doc, mapped(table)); }
  void table_row(const Document& doc, const std::vector<std::string>& row) override { next_.table_row(doc, row); }
  void end_table(const Document& doc, const Table& table) override { next_.end_table(doc, mapped(table)); }

 private:
  Table mapped(const Table& table) const {
    Table copy;
    copy.caption = table.caption;
    copy.columns = table.columns;
    copy.lines = table.lines;
    map_lines(copy, lines_);
    return copy;
  }

  DocumentSink& next_;
  const std::vector<int>& lines_;
};

// The largest document parsed. Table rows address their text with 32-bit
// offsets (row_cells.hpp); a document of this size stays below 4 GiB even
// when every byte is transcoded to three. The CLI refuses files of half
// this size before reading them.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 30;

}  // namespace

// What prepare() leaves for finish(): the text the blocks point into (the
// input, or its transcoded or converted copy), the arena of their cleaned
// text, the blocks and tables, and the document so far. Held at one
// address from start to end, since the blocks point into it.
struct PreparedDocument::Parts {
  ParseResult result;
  DecodeResult decoded;
  ConvertedText converted;
  bool is_converted = false;
  std::string_view text;
  std::size_t warnings_before = 0;
  TextArena arena;
  std::vector<Block> blocks;
  std::vector<LogicalTable> tables;
};

namespace {

// Everything before the builders: the text decoded or converted, its
// blocks, page debris, tables and the document's kind.
void prepare(std::string_view bytes, const ParseOptions& options, PreparedDocument::Parts& parts) {
  ParseResult& result = parts.result;
  Document& doc = result.document;
  doc.source.path = options.path;
  doc.source.bytes = options.original ? options.original->size() : bytes.size();
  if (bytes.size() > kMaxDocumentBytes) {
    result.ok = false;
    result.error = "larger than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB; not parsed";
    return;
  }
  doc.source.sha256 = sha256_hex(options.original ? *options.original : bytes);
  doc.source.format = options.format.empty() ? "text" : options.format;
  if (!options.compression.empty()) doc.source.compression = options.compression;
  if (options.format.empty() && bytes.starts_with("%PDF-")) {
    result.ok = false;
    result.error = "a PDF; the parser reads its text: convert it with pdftotext -layout (the docket command does)";
    return;
  }

  // Most papers are clean UTF-8 already and are read in place; the others
  // are transcoded into a copy.
  std::string_view text = bytes;
  DecodeResult& decoded = parts.decoded;
  // Word files and web pages are first turned into the text the later
  // stages read; the lines of what is found in them are moved back to the
  // input's (for a Word file, its paragraphs').
  ConvertedText& converted = parts.converted;
  bool& is_converted = parts.is_converted;
  if (options.format.empty() && looks_like_zip(bytes)) {
    DocxResult docx = convert_docx(bytes);
    if (!docx.converted) {
      result.ok = false;
      result.error = std::move(docx.error);
      return;
    }
    converted = std::move(*docx.converted);
    is_converted = true;
    doc.source.format = "docx";
    doc.source.encoding = "utf-8";
  } else if (is_clean_text(bytes)) {
    doc.source.encoding = "utf-8";
  } else {
    decoded = decode_text(bytes);
    if (!decoded.text) {
      result.ok = false;
      result.error = decoded.error ? decoded.error->message : "cannot be read as text";
      result.error_line = decoded.error ? decoded.error->line : 0;
      return;
    }
    doc.source.encoding = decoded.text->encoding;
    text = decoded.text->text;
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
      const auto count = std::count(bytes.begin(), bytes.end(), '\0');
      const int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
      doc.warnings.push_back({line, std::string(warning::kNulRemoved), std::to_string(count) + " NUL byte(s) removed"});
    }
  }

  if (!is_converted && options.format.empty() && looks_like_html_document(text)) {
    converted = convert_html_document(text);
    is_converted = true;
    doc.source.format = "html";
  }
  if (is_converted) text = converted.text;
  parts.warnings_before = doc.warnings.size();
  parts.text = text;

  std::vector<Block>& blocks = parts.blocks;
  blocks = split_blocks(text, parts.arena, doc.warnings);
  mark_page_debris(blocks);
  // Only a header that names the columns of a plan starts a text table:
  // text aligned in columns is common, and most of it is not a table.
  read_text_tables(text, blocks, [](const std::vector<std::string>& names) { return is_plan_table(classify_columns(names)); });
  std::vector<LogicalTable>& tables = parts.tables;
  tables = assemble_tables(blocks);
  doc.kind = recognise_kind(blocks, tables, options.kind);
}

// The rest: items built and handed to `caller_sink`, front matter, and
// the warnings in order.
void finish(PreparedDocument::Parts& parts, DocumentSink& caller_sink) {
  Document& doc = parts.result.document;
  std::vector<Block>& blocks = parts.blocks;
  std::vector<LogicalTable>& tables = parts.tables;
  TextArena& arena = parts.arena;
  std::optional<LineMappingSink> mapping_sink;
  DocumentSink& sink =
      parts.is_converted ? mapping_sink.emplace(caller_sink, parts.converted.source_lines) : caller_sink;
  std::vector<Segment> segments;
  if (doc.kind == DocumentKind::kDecisionRecord) {
    segments = segment_blocks(blocks, arena);
    unfold_minute_tables(segments, tables, arena);
    read_decision(segments, doc);
  }
  extract_metadata(blocks, tables, doc);
  if (doc.kind == DocumentKind::kDecisionRecord) settle_decision_meeting(segments, doc);

  // Items leave for the sink in small batches as their builder completes them.
  sink.begin_items(doc);
  NamedOfficers officers(doc.people);
  ItemBatch batch(doc, sink);
  const ItemEmitter emit = [&](Item&& item) {
    officers.add(item);
    batch.add(std::move(item));
  };
  switch (doc.kind) {
    case DocumentKind::kActionPlan:
      if (std::any_of(tables.begin(), tables.end(), [](const LogicalTable& t) { return t.is_plan; })) {
        build_plan_items(tables, doc.warnings, emit);
      } else {
        build_response_items(blocks, emit);
      }
      break;
    case DocumentKind::kDecisionRecord: {
      std::size_t resolutions = 0;
      build_resolutions(segments, doc.warnings, [&](Item&& item) {
        ++resolutions;
        emit(std::move(item));
      });
      // Agendas whose items end in a disposition ("(Y-5) ADOPTED"), in text
      // or in tables, have no "RESOLVED" to find them by.
      if (resolutions == 0) build_disposition_items(blocks, tables, doc.warnings, [&](Item&& item) {
        ++resolutions;
        emit(std::move(item));
      });
      // Minutes that label no decision may still tell one in their prose.
      if (resolutions == 0) build_prose_decisions(segments, emit);
      break;
    }
    case DocumentKind::kProjectPlan: build_project_plan(blocks, tables, doc.warnings, emit); break;
    case DocumentKind::kUnknown: break;
  }
  batch.hand_on();
  sink.end_items(doc);
  hand_on_data_tables(tables, doc, sink);
  if (parts.is_converted) {
    const ConvertedText& converted = parts.converted;
    for (std::size_t i = parts.warnings_before; i < doc.warnings.size(); ++i) {
      map_lines(doc.warnings[i], converted.source_lines);
    }
    doc.warnings.insert(doc.warnings.end(), converted.warnings.begin(), converted.warnings.end());
  }
  std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.line < b.line; });
}

}  // namespace

std::string_view version() { return DOCKET_VERSION; }

PreparedDocument::PreparedDocument() : parts_(std::make_unique<Parts>()) {}
PreparedDocument::~PreparedDocument() = default;
PreparedDocument::PreparedDocument(PreparedDocument&&) noexcept = default;
PreparedDocument& PreparedDocument::operator=(PreparedDocument&&) noexcept = default;

bool PreparedDocument::ok() const { return parts_->result.ok; }
DocumentKind PreparedDocument::kind() const { return parts_->result.document.kind; }

PreparedDocument prepare_document(std::string_view bytes, const ParseOptions& options) {
  PreparedDocument prepared;
  prepare(bytes, options, *prepared.parts_);
  return prepared;
}

ParseResult finish_document(PreparedDocument& prepared, DocumentSink& sink) {
  PreparedDocument::Parts& parts = *prepared.parts_;
  if (parts.result.ok) finish(parts, sink);
  return std::move(parts.result);
}

ParseResult parse_document(std::string_view bytes, const ParseOptions& options) {
  PreparedDocument prepared = prepare_document(bytes, options);
  DocumentCollector collector(prepared.parts_->result.document);
  return finish_document(prepared, collector);
}

ParseResult parse_document(std::string_view bytes, const ParseOptions& options, DocumentSink& sink) {
  PreparedDocument prepared = prepare_document(bytes, options);
  return finish_document(prepared, sink);
}

}  // namespace docket
