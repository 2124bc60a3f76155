// parse_document with a DocumentSink: items and table rows leave one at a
// time, and what a writer makes of them must be byte for byte what it makes
// of the whole document. The CLI writes every paper this way.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "docket/docket.hpp"
#include "write/writer.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

// Records the order of the calls, and writes what it is handed through
// the WriterSink the CLI uses.
class RecordingSink final : public DocumentSink {
 public:
  RecordingSink(DocumentWriter& writer, std::string& out) : writing_(writer, /*separate=*/false, out, no_drain_) {}

  void begin_items(const Document& doc) override {
    calls.push_back("begin");
    EXPECT_TRUE(doc.items.empty());
    writing_.begin_items(doc);
  }

  void item(const Document& doc, const Item& item) override {
    calls.push_back(item.number);
    writing_.item(doc, item);
  }

  void end_items(const Document& doc) override {
    calls.push_back("end");
    writing_.end_items(doc);
  }

  void begin_table(const Document& doc, const Table& table) override {
    calls.push_back("table");
    EXPECT_TRUE(table.rows.empty());
    writing_.begin_table(doc, table);
  }

  void table_row(const Document& doc, const std::vector<std::string>& row) override {
    calls.push_back("row");
    writing_.table_row(doc, row);
  }

  void end_table(const Document& doc, const Table& table) override {
    calls.push_back("/table");
    writing_.end_table(doc, table);
  }

  std::vector<std::string> calls;

 private:
  const std::function<void()> no_drain_;
  WriterSink writing_;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

constexpr OutputFormat kFormats[] = {OutputFormat::kJson, OutputFormat::kNdjson, OutputFormat::kCsv,
                                     OutputFormat::kTsv};

// Both ways of parsing `text`, written in `format`: whole, then streamed.
void expect_streamed_output_matches(const std::string& text, const ParseOptions& options) {
  const ParseResult whole = parse_document(text, options);
  ASSERT_TRUE(whole.ok);
  // The calls a sink must see, in order.
  std::vector<std::string> calls = {"begin"};
  for (const Item& item : whole.document.items) calls.push_back(item.number);
  calls.push_back("end");
  for (const Table& table : whole.document.tables) {
    calls.push_back("table");
    calls.insert(calls.end(), table.rows.size(), "row");
    calls.push_back("/table");
  }
  for (OutputFormat format : kFormats) {
    SCOPED_TRACE(static_cast<int>(format));
    std::string expected;
    make_writer(format, false)->write_body(whole.document, expected);

    const std::unique_ptr<DocumentWriter> writer = make_writer(format, false);
    std::string streamed;
    RecordingSink sink(*writer, streamed);
    const ParseResult result = parse_document(text, options, sink);
    ASSERT_TRUE(result.ok);
    EXPECT_TRUE(result.document.items.empty());
    EXPECT_TRUE(result.document.tables.empty());
    writer->write_tail(result.document, streamed);
    EXPECT_EQ(streamed, expected);
    EXPECT_EQ(sink.calls, calls);
  }
}

// `text` parsed whole, once checked to stream to the same bytes.
ParseResult parse_both_ways(const std::string& text, const std::string& path) {
  ParseOptions options;
  options.path = path;
  expect_streamed_output_matches(text, options);
  return parse_document(text, options);
}

TEST(DocumentSinkTest, EverySampleAndFixtureStreamsToTheSameBytes) {
  int papers = 0;
  for (const char* dir : {"samples", "tests/fixtures"}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(DOCKET_SOURCE_DIR) / dir)) {
      const std::string name = entry.path().filename().string();
      if (name.ends_with(".md") || name.ends_with(".txt")) {
        SCOPED_TRACE(name);
        ParseOptions options;
        options.path = name;
        expect_streamed_output_matches(read_file(entry.path()), options);
        ++papers;
      }
    }
  }
  EXPECT_GE(papers, 15);
}

// parse_document() in two steps gives the same document, however the
// second steps are ordered: here every paper is prepared first, holding
// all of them at once, and finished in kind order, last paper first
// within a kind, as a caller grouping papers by kind might.
TEST(PreparedDocumentTest, PapersPreparedTogetherAndFinishedByKindGiveWhatParsingGives) {
  std::vector<std::string> names;
  std::vector<std::string> texts;
  for (const char* dir : {"samples", "tests/fixtures"}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(fs::path(DOCKET_SOURCE_DIR) / dir)) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".md") && !name.ends_with(".txt") && !name.ends_with(".html")) continue;
      names.push_back(name);
      texts.push_back(read_file(entry.path()));
    }
  }
  // A whole web page (converted before its blocks are read) and bytes that
  // are no text at all.
  names.push_back("page.html");
  texts.push_back(
      "<!DOCTYPE html><html><head><title>Minutes</title><script>var x = 1;</script></head><body>"
      "<h1>Minutes of the Parks Committee held on 3 May 2024</h1><p>7. Benches</p>"
      "<p>RESOLVED that the benches be repaired by June 2024.</p></body></html>\n");
  names.push_back("binary.bin");
  texts.push_back(std::string("\x7f" "ELF\0\0\0\0binary", 15));
  ASSERT_GE(names.size(), 17u);

  std::vector<PreparedDocument> prepared;
  for (std::size_t i = 0; i < names.size(); ++i) {
    ParseOptions options;
    options.path = names[i];
    prepared.push_back(prepare_document(texts[i], options));
  }
  std::vector<std::size_t> order;
  for (std::size_t i = names.size(); i-- > 0;) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return prepared[a].kind() < prepared[b].kind(); });
  int kinds_seen = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || prepared[order[k]].kind() != prepared[order[k - 1]].kind()) ++kinds_seen;
  }
  EXPECT_GE(kinds_seen, 3);

  for (const std::size_t i : order) {
    SCOPED_TRACE(names[i]);
    ParseOptions options;
    options.path = names[i];
    const ParseResult whole = parse_document(texts[i], options);
    EXPECT_EQ(prepared[i].ok(), whole.ok);
    const std::unique_ptr<DocumentWriter> writer = make_writer(OutputFormat::kNdjson, false);
    std::string streamed;
    RecordingSink sink(*writer, streamed);
    ParseResult result = finish_document(prepared[i], sink);
    ASSERT_EQ(result.ok, whole.ok);
    if (!whole.ok) {
      EXPECT_EQ(result.error, whole.error);
      EXPECT_TRUE(sink.calls.empty());
      continue;
    }
    writer->write_tail(result.document, streamed);
    std::string expected;
    make_writer(OutputFormat::kNdjson, false)->write_body(whole.document, expected);
    EXPECT_EQ(streamed, expected);
  }
}

// Lead officers named in plan rows are listed once each in `people`, which
// the output writes after the items, so a streamed plan names them from the
// rows it has already emitted, wrapped names and repeats included.
TEST(DocumentSinkTest, OfficersNamedInPlanRowsPrecedeTheItems) {
  const std::string text =
      "| No. | Action | Lead Officer | Finance Manager | Date |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Review the fees | Jane | Omar Haddad | March 2016 |\n"
      "|  | and charges | Smith |  |  |\n"
      "| 2 | Publish the results | Jane Smith | Omar Haddad | June 2016 |\n"
      "| 2 | Consult residents | Head of Service |  | TBC |\n";
  ParseOptions options;
  options.path = "plan.md";
  expect_streamed_output_matches(text, options);

  const std::unique_ptr<DocumentWriter> writer = make_writer(OutputFormat::kNdjson, false);
  std::string out;
  RecordingSink sink(*writer, out);
  const ParseResult result = parse_document(text, options, sink);
  ASSERT_TRUE(result.ok);
  EXPECT_NE(out.find(R"("people":[{"name":"Jane Smith","role":"Lead Officer"},)"
                     R"({"name":"Omar Haddad","role":"Finance Manager"}],"decision":)"),
            std::string::npos)
      << out;
  ASSERT_EQ(result.document.warnings.size(), 2u);
  // Both on the last row: the row's own warning reads first, as when the
  // document is parsed whole.
  EXPECT_EQ(result.document.warnings[0].code, "date-unrecognised");
  EXPECT_EQ(result.document.warnings[1].code, "duplicate-number");
}

// A data table streams row by row, after the items and before the
// warnings, whatever the kind of paper.
TEST(DocumentSinkTest, DataTablesFollowTheItemsRowByRow) {
  const std::string text =
      "## Budget\n\n"
      "| Year | Cost |\n|---|---|\n| 2015/16 | \xC2\xA3" "1.2m |\n| 2016/17 | \xC2\xA3" "0.9m |\n\n"
      "| No. | Action | Lead Officer | Date |\n|---|---|---|---|\n| 1 | Publish | Jane Smith | TBC |\n\n"
      "| Ward | Visits |\n|---|---|\n| North | 3 |\n";
  const ParseResult whole = parse_both_ways(text, "plan.md");
  EXPECT_EQ(whole.document.kind, DocumentKind::kActionPlan);
  ASSERT_EQ(whole.document.tables.size(), 2u);
  EXPECT_EQ(whole.document.tables[1].rows.size(), 1u);
}

// A project plan's items leave as soon as a numbered item follows them: a
// line after lettered sub-items still reaches the numbered item above
// them, and its actions' deadlines are its own.
TEST(DocumentSinkTest, ProjectItemsStreamWithTheirSubItemsAndLines) {
  const std::string text =
      "# Work plan\n\n"
      "1. Governance\n\n"
      "1.1 Set up the board \xE2\x80\x93 by end October 2015 - LF\n\n"
      "a. Agree the terms\n\n"
      "b. Appoint a chair\n\n"
      "- Draft the charter by March 2016\n\n"
      "1.2 Review the fees \xE2\x80\x93 high priority\n\n"
      "1.2 Review them again\n\n"
      "2. Delivery\n\n"
      "2.1.1 Open the hub by June 2016\n\n"
      "2. Delivery, again\n\n"
      "| Year | Cost |\n|---|---|\n| 2015/16 | 3 |\n";
  const ParseResult whole = parse_both_ways(text, "project.md");
  ASSERT_EQ(whole.document.kind, DocumentKind::kProjectPlan);
  const std::vector<Item>& items = whole.document.items;
  ASSERT_EQ(items.size(), 9u);
  EXPECT_EQ(items[2].number, "a");
  EXPECT_EQ(items[2].parent, "1.1");
  ASSERT_EQ(items[1].actions.size(), 1u);
  EXPECT_EQ(items[1].due.size(), 2u);  // its own and its action's
  EXPECT_EQ(items[7].parent, "2");
  ASSERT_EQ(whole.document.warnings.size(), 1u);
  EXPECT_EQ(whole.document.warnings[0].code, "duplicate-number");
}

TEST(DocumentSinkTest, InputThatIsNotTextReachesNoSink) {
  const std::unique_ptr<DocumentWriter> writer = make_writer(OutputFormat::kNdjson, false);
  std::string out;
  RecordingSink sink(*writer, out);
  ParseOptions options;
  const ParseResult result = parse_document(std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0", 18), options, sink);
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(sink.calls.empty());
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace docket
