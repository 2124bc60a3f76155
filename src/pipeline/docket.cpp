// The pipeline: decode → blocks → page debris → logical tables and
// labelled sections → kind → items and front matter. Each stage is its own file; this one only wires
// them in order.
#include "docket/docket.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "layout/blocks.hpp"
#include "build/decision_builder.hpp"
#include "recognise/document_kind.hpp"
#include "recognise/metadata.hpp"
#include "build/plan_builder.hpp"
#include "build/project_builder.hpp"
#include "recognise/sections.hpp"
#include "read/sha256.hpp"
#include "read/source_reader.hpp"
#include "tables/table_assembler.hpp"

namespace docket {

namespace {

// Plan tables of an action plan have become items; every other table is
// kept whole. Each one goes to `begin`, its rows one by one to `row`
// (each freed as it goes, so that a table of a million rows is never held
// twice), then it goes to `end`.
template <typename Begin, typename Row, typename End>
void take_data_tables(std::vector<LogicalTable>& tables, DocumentKind kind, Begin begin, Row row, End end) {
  std::vector<std::string> cells;
  for (LogicalTable& t : tables) {
    if (t.is_plan && kind == DocumentKind::kActionPlan) continue;
    Table head;
    head.caption = std::move(t.caption);
    head.columns = std::move(t.header);
    head.lines = t.lines;
    begin(std::move(head), t.rows.size());
    for (TableRow& r : t.rows) {
      cells.assign(r.cells.begin(), r.cells.end());
      r.cells.clear();
      row(cells);
    }
    std::vector<TableRow>().swap(t.rows);
    end();
  }
}

void keep_data_tables(std::vector<LogicalTable>& tables, Document& doc) {
  take_data_tables(
      tables, doc.kind,
      [&](Table&& head, std::size_t rows) {
        doc.tables.push_back(std::move(head));
        doc.tables.back().rows.reserve(rows);
      },
      [&](const std::vector<std::string>& cells) { doc.tables.back().rows.push_back(cells); }, [] {});
}

void hand_on_data_tables(std::vector<LogicalTable>& tables, const Document& doc, DocumentSink& sink) {
  Table head;
  take_data_tables(
      tables, doc.kind,
      [&](Table&& table, std::size_t /*rows*/) {
        head = std::move(table);
        sink.begin_table(doc, head);
      },
      [&](const std::vector<std::string>& cells) { sink.table_row(doc, cells); }, [&] { sink.end_table(doc, head); });
}

// Finance managers and leads that are named people belong with the
// contacts, so that every person the paper names can be found in one list.
// A plan names the same few officers on item after item, so each name is
// judged once: seen again, it was added already or is not a person's.
class NamedOfficers {
 public:
  explicit NamedOfficers(Document& doc) : doc_(doc) {}

  void add(const std::optional<std::string>& lead, const std::optional<std::string>& finance_manager) {
    add(lead, "Lead Officer");
    add(finance_manager, "Finance Manager");
  }

 private:
  void add(const std::optional<std::string>& name, const char* role) {
    if (!name || !judged_.insert(*name).second) return;
    if (!looks_like_person_name(*name)) return;
    const bool known = std::any_of(doc_.people.begin(), doc_.people.end(), [&](const Person& p) { return p.name == *name; });
    if (!known) doc_.people.push_back(Person{*name, std::string(role), std::nullopt, std::nullopt});
  }

  Document& doc_;
  // Hashed, as a plan of many rows may name as many officers.
  std::unordered_set<std::string> judged_;
};

// The largest document parsed. Table rows address their text with 32-bit
// offsets (row_cells.hpp); a document of this size stays below 4 GiB even
// when every byte is transcoded to three. The CLI refuses files of half
// this size before reading them.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 30;

ParseResult parse(std::string_view bytes, const ParseOptions& options, DocumentSink* sink) {
  ParseResult result;
  Document& doc = result.document;
  doc.source.path = options.path;
  doc.source.bytes = bytes.size();
  if (bytes.size() > kMaxDocumentBytes) {
    result.ok = false;
    result.error = "larger than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB; not parsed";
    return result;
  }
  doc.source.sha256 = sha256_hex(bytes);

  // Most papers are clean UTF-8 already and are read in place; the others
  // are transcoded into a copy.
  std::string_view text = bytes;
  DecodeResult decoded;
  if (is_clean_text(bytes)) {
    doc.source.encoding = "utf-8";
  } else {
    decoded = decode_text(bytes);
    if (!decoded.text) {
      result.ok = false;
      result.error = decoded.error ? decoded.error->message : "cannot be read as text";
      result.error_line = decoded.error ? decoded.error->line : 0;
      return result;
    }
    doc.source.encoding = decoded.text->encoding;
    text = decoded.text->text;
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
      const auto count = std::count(bytes.begin(), bytes.end(), '\0');
      const int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
      doc.warnings.push_back({line, "nul-removed", std::to_string(count) + " NUL byte(s) removed"});
    }
  }

  TextArena arena;
  std::vector<Block> blocks = split_blocks(text, arena, doc.warnings);
  mark_page_debris(blocks);
  std::vector<LogicalTable> tables = assemble_tables(blocks);
  doc.kind = recognise_kind(blocks, tables, options.kind);
  if (sink != nullptr && doc.kind == DocumentKind::kActionPlan) {
    // The people the output lists before the items come partly from the
    // items' lead and finance columns: a first, light pass over the plan
    // rows finds them, so that each item can then leave as it is built.
    extract_metadata(blocks, doc);
    NamedOfficers officers(doc);
    find_plan_officers(tables, [&](const std::optional<std::string>& lead, const std::optional<std::string>& finance) {
      officers.add(lead, finance);
    });
    sink->begin_items(doc);
    build_plan_items(tables, doc.warnings, [&](Item&& item) { sink->item(doc, item); });
    sink->end_items(doc);
    hand_on_data_tables(tables, doc, *sink);
  } else if (sink != nullptr && doc.kind == DocumentKind::kProjectPlan) {
    // Project items name no lead or finance manager, so the people come
    // from the front matter alone, and each item can leave as it is built.
    extract_metadata(blocks, doc);
    sink->begin_items(doc);
    build_project_plan(blocks, doc.warnings, [&](Item&& item) { sink->item(doc, item); });
    sink->end_items(doc);
    hand_on_data_tables(tables, doc, *sink);
  } else {
    switch (doc.kind) {
      case DocumentKind::kActionPlan: build_plan_items(tables, doc); break;
      case DocumentKind::kDecisionRecord: build_decision_record(segment_blocks(blocks, arena), doc); break;
      case DocumentKind::kProjectPlan: build_project_plan(blocks, doc); break;
      case DocumentKind::kUnknown: break;
    }
    extract_metadata(blocks, doc);
    NamedOfficers officers(doc);
    for (const Item& item : doc.items) officers.add(item.lead, item.finance_manager);
    if (sink == nullptr) {
      keep_data_tables(tables, doc);
    } else {
      // The sink sees the same document either way: one without items.
      const std::vector<Item> items = std::move(doc.items);
      doc.items.clear();
      sink->begin_items(doc);
      for (const Item& item : items) sink->item(doc, item);
      sink->end_items(doc);
      hand_on_data_tables(tables, doc, *sink);
    }
  }
  std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.line < b.line; });
  return result;
}

}  // namespace

std::string_view version() { return DOCKET_VERSION; }

ParseResult parse_document(std::string_view bytes, const ParseOptions& options) { return parse(bytes, options, nullptr); }

ParseResult parse_document(std::string_view bytes, const ParseOptions& options, DocumentSink& sink) {
  return parse(bytes, options, &sink);
}

}  // namespace docket
