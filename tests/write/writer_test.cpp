#include "write/writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "docket/model.hpp"
#include "write/json_out.hpp"

namespace docket {
namespace {

constexpr char kSha[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

std::string render(OutputFormat format, bool several_inputs, const std::vector<Document>& docs) {
  const std::unique_ptr<DocumentWriter> writer = make_writer(format, several_inputs);
  std::string out;
  writer->begin(out);
  for (const Document& doc : docs) writer->write(doc, out);
  writer->end(out);
  return out;
}

Document minimal_document(const std::string& path = "a.md") {
  Document doc;
  doc.source = Source{path, 12, kSha, "utf-8"};
  return doc;
}

// One recommendation with two action rows and one sub-item with none, the
// shape of seed 002, plus every optional part of a document.
Document plan_document() {
  Document doc = minimal_document("papers/plan.md");
  doc.kind = DocumentKind::kActionPlan;
  doc.title = "Action Plan";
  doc.body = "Cabinet";
  doc.meeting = Date{"3 Sept 2012", "2012-09-03"};
  doc.people = {Person{"Jo Bloggs", "Head of Service", "020 7946 0000", "jo.bloggs(at)example.org"},
                Person{"Sam Lee", std::nullopt, std::nullopt, std::nullopt}};

  Item item;
  item.number = "1";
  item.type = ItemType::kRecommendation;
  item.text = "Improve, \"fast\" recruitment\nSecond paragraph";
  item.refs = {"6.1.1", "appendix 3"};
  item.actions = {
      Action{"Recruit staff",
             {"10 posts filled", "Vacancy rate < 5%"},
             {Date{"03/09/12", "2012-09-03"}, Date{"Ongoing", std::nullopt}},
             "complete",
             {12, 13}},
      Action{"Train staff", {}, {Date{"Sept 2013", "2013-09"}}, std::nullopt, {14, 14}},
  };
  item.success_measures = {"item measure"};
  item.savings = Savings{"c\xC2\xA3" "250k per year, \xC2\xA3" "3,500.50",
                         {MoneyAmount{250000, "GBP", "approx", "year"}, MoneyAmount{3500.5, "GBP", {}, {}}}, {}};
  item.lead = "Director of Children's Services";
  item.finance_manager = "J Smith";
  item.owners = {"AB", "CD"};
  item.priority = "High";
  item.status = "ongoing";
  item.comments = "On track";
  item.due = {Date{"03/09/12", "2012-09-03"}, Date{"Ongoing", std::nullopt}, Date{"Sept 2013", "2013-09"}};
  item.extra = {{"RAG", "Green"}};
  item.lines = {12, 14};
  doc.items.push_back(item);

  Item sub;
  sub.number = "1.1";
  sub.parent = "1";
  sub.type = ItemType::kAction;
  sub.text = " padded ";
  sub.success_measures = {"m1"};
  sub.due = {Date{"2015", "2015"}};
  sub.lines = {15, 15};
  doc.items.push_back(sub);
  return doc;
}

// The CSV header, in the documented column order.
constexpr char kCsvHeader[] =
    "path,kind,title,body,meeting,number,parent,type,text,action,action_text,success_measures,due,"
    "due_text,status,procedural,priority,lead,finance_manager,owners,savings_text,savings_value,savings_currency,"
    "savings_qualifier,savings_period,savings_same_as,refs,comments,extra,first_line,last_line\n";

// ---------------------------------------------------------------- JSON

TEST(JsonWriterTest, MinimalDocumentIsPrettyWithEveryFieldPresent) {
  EXPECT_EQ(render(OutputFormat::kJson, false, {minimal_document()}),
            "{\n"
            "  \"schema_version\": 1,\n"
            "  \"source\": {\n"
            "    \"path\": \"a.md\",\n"
            "    \"bytes\": 12,\n"
            "    \"sha256\": \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\",\n"
            "    \"encoding\": \"utf-8\",\n"
            "    \"format\": \"text\"\n"
            "  },\n"
            "  \"kind\": \"unknown\",\n"
            "  \"title\": null,\n"
            "  \"body\": null,\n"
            "  \"meeting\": null,\n"
            "  \"items\": [],\n"
            "  \"people\": [],\n"
            "  \"decision\": null,\n"
            "  \"tables\": [],\n"
            "  \"warnings\": []\n"
            "}\n");
}

TEST(JsonWriterTest, ItemWithActionsPrettyInContractOrder) {
  Document doc = minimal_document();
  doc.kind = DocumentKind::kDecisionRecord;
  Item item;
  item.number = "2";
  item.type = ItemType::kResolution;
  item.text = "Agree the plan";
  item.actions = {Action{"Do it", {"done"}, {Date{"May 2011", "2011-05"}}, std::nullopt, {3, 4}}};
  item.savings = Savings{"\xC2\xA3" "1.5k", {MoneyAmount{1500, "GBP", {}, {}}}, {}};
  item.due = {Date{"May 2011", "2011-05"}};
  item.lines = {3, 4};
  doc.items = {item};

  EXPECT_EQ(render(OutputFormat::kJson, false, {doc}),
            "{\n"
            "  \"schema_version\": 1,\n"
            "  \"source\": {\n"
            "    \"path\": \"a.md\",\n"
            "    \"bytes\": 12,\n"
            "    \"sha256\": \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\",\n"
            "    \"encoding\": \"utf-8\",\n"
            "    \"format\": \"text\"\n"
            "  },\n"
            "  \"kind\": \"decision_record\",\n"
            "  \"title\": null,\n"
            "  \"body\": null,\n"
            "  \"meeting\": null,\n"
            "  \"items\": [\n"
            "    {\n"
            "      \"number\": \"2\",\n"
            "      \"parent\": null,\n"
            "      \"type\": \"resolution\",\n"
            "      \"text\": \"Agree the plan\",\n"
            "      \"refs\": [],\n"
            "      \"actions\": [\n"
            "        {\n"
            "          \"text\": \"Do it\",\n"
            "          \"success_measures\": [\n"
            "            \"done\"\n"
            "          ],\n"
            "          \"due\": [\n"
            "            {\n"
            "              \"text\": \"May 2011\",\n"
            "              \"value\": \"2011-05\"\n"
            "            }\n"
            "          ],\n"
            "          \"status\": null,\n"
            "          \"lines\": [\n"
            "            3,\n"
            "            4\n"
            "          ]\n"
            "        }\n"
            "      ],\n"
            "      \"success_measures\": [],\n"
            "      \"savings\": {\n"
            "        \"text\": \"\xC2\xA3" "1.5k\",\n"
            "        \"amounts\": [\n"
            "          {\n"
            "            \"value\": 1500,\n"
            "            \"currency\": \"GBP\"\n"
            "          }\n"
            "        ],\n"
            "        \"same_as\": null\n"
            "      },\n"
            "      \"lead\": null,\n"
            "      \"finance_manager\": null,\n"
            "      \"owners\": [],\n"
            "      \"priority\": null,\n"
            "      \"status\": null,\n"
            "      \"procedural\": false,\n"
            "      \"comments\": null,\n"
            "      \"due\": [\n"
            "        {\n"
            "          \"text\": \"May 2011\",\n"
            "          \"value\": \"2011-05\"\n"
            "        }\n"
            "      ],\n"
            "      \"extra\": {},\n"
            "      \"lines\": [\n"
            "        3,\n"
            "        4\n"
            "      ]\n"
            "    }\n"
            "  ],\n"
            "  \"people\": [],\n"
            "  \"decision\": null,\n"
            "  \"tables\": [],\n"
            "  \"warnings\": []\n"
            "}\n");
}

TEST(JsonWriterTest, NdjsonIsOneCompactObjectPerLine) {
  Document second = minimal_document("b.md");
  second.title = "Line one\nline two";
  EXPECT_EQ(render(OutputFormat::kNdjson, true, {minimal_document(), second}),
            "{\"schema_version\":1,\"source\":{\"path\":\"a.md\",\"bytes\":12,\"sha256\":\"" + std::string(kSha) +
                "\",\"encoding\":\"utf-8\",\"format\":\"text\"},\"kind\":\"unknown\",\"title\":null,\"body\":null,\"meeting\":null,"
                "\"items\":[],\"people\":[],\"decision\":null,\"tables\":[],\"warnings\":[]}\n"
                "{\"schema_version\":1,\"source\":{\"path\":\"b.md\",\"bytes\":12,\"sha256\":\"" +
                std::string(kSha) +
                "\",\"encoding\":\"utf-8\",\"format\":\"text\"},\"kind\":\"unknown\",\"title\":\"Line one\\nline two\",\"body\":null,"
                "\"meeting\":null,\"items\":[],\"people\":[],\"decision\":null,\"tables\":[],\"warnings\":[]}\n");
}

TEST(JsonWriterTest, NdjsonSingleInputIsStillOneLine) {
  const std::string out = render(OutputFormat::kNdjson, false, {minimal_document()});
  EXPECT_EQ(out.find('\n'), out.size() - 1);
  EXPECT_EQ(out.front(), '{');
}

TEST(JsonWriterTest, SeveralInputsGiveAPrettyArray) {
  Document first = minimal_document("a.md");
  first.warnings = {Warning{7, "ragged-row", "row has 3 cells, header has 4"}};
  const std::string out = render(OutputFormat::kJson, true, {first, minimal_document("b.md")});
  // Identical to dumping the whole array at once, though written streaming.
  nlohmann::ordered_json whole = nlohmann::ordered_json::parse(out);
  EXPECT_EQ(out, whole.dump(2) + "\n");
  ASSERT_EQ(whole.size(), 2u);
  EXPECT_EQ(whole[0]["source"]["path"], "a.md");
  EXPECT_EQ(whole[1]["source"]["path"], "b.md");
  EXPECT_TRUE(out.starts_with("[\n"
                              "  {\n"
                              "    \"schema_version\": 1,\n"))
      << out;
  EXPECT_NE(out.find("    \"warnings\": [\n"
                     "      {\n"
                     "        \"line\": 7,\n"
                     "        \"code\": \"ragged-row\",\n"
                     "        \"message\": \"row has 3 cells, header has 4\"\n"
                     "      }\n"
                     "    ]\n"
                     "  },\n"
                     "  {\n"),
            std::string::npos);
  EXPECT_TRUE(out.ends_with("\n    \"warnings\": []\n  }\n]\n")) << out;
}

TEST(JsonWriterTest, SeveralInputsWithNoDocumentsGiveAnEmptyArray) {
  EXPECT_EQ(render(OutputFormat::kJson, true, {}), "[]\n");
}

TEST(JsonWriterTest, OneInputWithNoDocumentWritesNothing) {
  EXPECT_EQ(render(OutputFormat::kJson, false, {}), "");
  EXPECT_EQ(render(OutputFormat::kNdjson, false, {}), "");
}

TEST(JsonWriterTest, WholeMoneyPrintsAsIntegerAndFractionalAsDecimal) {
  const std::string out = render(OutputFormat::kNdjson, false, {plan_document()});
  EXPECT_NE(out.find("\"amounts\":[{\"value\":250000,\"currency\":\"GBP\",\"qualifier\":\"approx\",\"period\":\"year\"},"
                     "{\"value\":3500.5,\"currency\":\"GBP\"}]"),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("250000.0"), std::string::npos);
}

TEST(JsonWriterTest, LargeAndNegativeWholeAmountsStayIntegers) {
  Document doc = minimal_document();
  Item item;
  item.savings = Savings{"", {MoneyAmount{12400000, "GBP", {}, {}}, MoneyAmount{-75000, "GBP", {}, {}},
                              MoneyAmount{0.25, "EUR", {}, {}}}, {}};
  doc.items = {item};
  const std::string out = render(OutputFormat::kNdjson, false, {doc});
  EXPECT_NE(out.find("[{\"value\":12400000,\"currency\":\"GBP\"},{\"value\":-75000,\"currency\":\"GBP\"},"
                     "{\"value\":0.25,\"currency\":\"EUR\"}]"),
            std::string::npos)
      << out;
}

TEST(JsonWriterTest, PersonOmitsAbsentPhoneAndEmailButKeepsNullRole) {
  const std::string out = render(OutputFormat::kNdjson, false, {plan_document()});
  EXPECT_NE(out.find("\"people\":[{\"name\":\"Jo Bloggs\",\"role\":\"Head of Service\",\"phone\":\"020 7946 0000\","
                     "\"email\":\"jo.bloggs(at)example.org\"},{\"name\":\"Sam Lee\",\"role\":null}]"),
            std::string::npos)
      << out;
}

TEST(JsonWriterTest, DecisionHasEveryFieldEvenWhenNull) {
  Document doc = minimal_document();
  doc.decision = Decision{};
  doc.decision->key_decision = true;
  doc.decision->call_in_deadline = Date{"5 May 2011", "2011-05-05"};
  const std::string out = render(OutputFormat::kNdjson, false, {doc});
  EXPECT_NE(out.find("\"decision\":{\"reasons\":null,\"alternatives\":null,\"interests\":null,\"dispensations\":null,"
                     "\"call_in_deadline\":{\"text\":\"5 May 2011\",\"value\":\"2011-05-05\"},\"published\":null,"
                     "\"key_decision\":true,\"subject_to_call_in\":null,\"effective_from\":null}"),
            std::string::npos)
      << out;
}

TEST(JsonWriterTest, TablesAndDatesWithoutValue) {
  Document doc = minimal_document();
  doc.meeting = Date{"Ongoing", std::nullopt};
  doc.tables = {Table{std::nullopt, {"Year", "Cost"}, {{"2010", "\xC2\xA3" "5"}, {"2011", ""}}, {20, 23}}};
  const std::string out = render(OutputFormat::kNdjson, false, {doc});
  EXPECT_NE(out.find("\"meeting\":{\"text\":\"Ongoing\",\"value\":null}"), std::string::npos) << out;
  EXPECT_NE(out.find("\"tables\":[{\"caption\":null,\"columns\":[\"Year\",\"Cost\"],"
                     "\"rows\":[[\"2010\",\"\xC2\xA3" "5\"],[\"2011\",\"\"]],\"lines\":[20,23]}]"),
            std::string::npos)
      << out;
}

TEST(JsonWriterTest, ExtraKeepsColumnOrderAndNumbersRepeatedHeaders) {
  Document doc = minimal_document();
  Item item;
  item.extra = {{"Zeta", "z"}, {"Alpha", "a"}, {"Notes", "first"}, {"Notes", "second"}};
  doc.items = {item};
  const std::string out = render(OutputFormat::kNdjson, false, {doc});
  EXPECT_NE(out.find("\"extra\":{\"Zeta\":\"z\",\"Alpha\":\"a\",\"Notes\":\"first\",\"Notes (2)\":\"second\"}"),
            std::string::npos)
      << out;
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedNotThrown) {
  Document doc = minimal_document();
  doc.title = "bad \xA3 byte";
  std::string out;
  EXPECT_NO_THROW(out = render(OutputFormat::kNdjson, false, {doc}));
  EXPECT_NE(out.find("\"title\":\"bad \xEF\xBF\xBD byte\""), std::string::npos) << out;
  EXPECT_NO_THROW(out = render(OutputFormat::kJson, true, {doc}));
  EXPECT_NO_THROW(out = render(OutputFormat::kCsv, false, {plan_document(), doc}));
}

TEST(JsonWriterTest, KindAndTypeNames) {
  EXPECT_STREQ(to_string(DocumentKind::kUnknown), "unknown");
  EXPECT_STREQ(to_string(DocumentKind::kActionPlan), "action_plan");
  EXPECT_STREQ(to_string(DocumentKind::kDecisionRecord), "decision_record");
  EXPECT_STREQ(to_string(DocumentKind::kProjectPlan), "project_plan");
  EXPECT_STREQ(to_string(ItemType::kRecommendation), "recommendation");
  EXPECT_STREQ(to_string(ItemType::kResolution), "resolution");
  EXPECT_STREQ(to_string(ItemType::kAction), "action");
}

// ---------------------------------------------------------------- JsonOut
// The emitter skips plain ASCII 16 bytes at a time, so each case puts the
// byte or sequence of interest at every offset around a block boundary.

std::string escaped(std::string_view s) {
  std::string out;
  JsonOut::append_escaped(s, out);
  return out;
}

TEST(JsonOutTest, EscapesAtEveryOffsetAroundABlockBoundary) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\t", "\\t"}, {"\b", "\\b"}, {"\f", "\\f"}, {"\r", "\\r"},
      {"\x01", "\\u0001"}, {"\x1F", "\\u001f"}, {{"\0", 1}, "\\u0000"},
      {"\x7F", "\x7F"},  // DEL is copied
  };
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string before(offset, 'a');
    for (const auto& [raw, escape] : cases) {
      EXPECT_EQ(escaped(before + std::string(raw) + "bc"), "\"" + before + std::string(escape) + "bc\"") << offset;
      EXPECT_EQ(escaped(before + std::string(raw)), "\"" + before + std::string(escape) + "\"") << offset;
    }
  }
}

TEST(JsonOutTest, PlainTextOfEveryLengthIsCopied) {
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string text(n, 'x');
    EXPECT_EQ(escaped(text), "\"" + text + "\"") << n;
  }
}

TEST(JsonOutTest, MultibyteSequenceAcrossABlockBoundaryIsCopied) {
  for (std::size_t offset = 10; offset <= 18; ++offset) {
    const std::string before(offset, 'a');
    // U+2028 and U+2029 are valid JSON string content and stay unescaped.
    for (std::string_view piece : {"\u00A3", "\u2028", "\u2029", "\U0001F600", "\U0010FFFF"}) {
      const std::string text = before + std::string(piece) + "\"";
      EXPECT_EQ(escaped(text), "\"" + before + std::string(piece) + "\\\"\"") << offset;
    }
  }
}

TEST(JsonOutTest, EachByteOfAnInvalidSequenceBecomesOneReplacement) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  const std::pair<std::string_view, int> cases[] = {
      {"\xED\xA0\x80", 3},      // surrogate
      {"\xC0\x80", 2},          // overlong
      {"\xF4\x90\x80\x80", 4},  // above U+10FFFF
      {"\xE2\x82", 2},          // truncated
      {"\xFF", 1},
  };
  for (std::size_t offset = 13; offset <= 17; ++offset) {
    const std::string before(offset, 'a');
    for (const auto& [bad, replacements] : cases) {
      std::string expected = "\"" + before;
      for (int i = 0; i < replacements; ++i) expected += kReplacement;
      EXPECT_EQ(escaped(before + std::string(bad)), expected + "\"") << offset;
      EXPECT_EQ(escaped(before + std::string(bad) + "z"), expected + "z\"") << offset;
    }
  }
}

TEST(JsonOutTest, CommasAndIndentationFollowTheNesting) {
  const auto emit = [](JsonOut& j) {
    j.begin_object();
    j.key<"a">();
    j.begin_array();
    j.end_array();
    j.key<"b">();
    j.begin_array();
    j.integer(1);
    j.begin_object();
    j.end_object();
    j.begin_object();
    j.key<"c">();
    j.null();
    j.end_object();
    j.end_array();
    j.key<"d">();
    j.boolean(true);
    j.end_object();
    j.flush();
  };
  std::string compact;
  JsonOut c(compact, -1);
  emit(c);
  EXPECT_EQ(compact, R"({"a":[],"b":[1,{},{"c":null}],"d":true})");

  std::string pretty;
  JsonOut p(pretty, 2, /*level=*/1);
  emit(p);
  EXPECT_EQ(pretty,
            "{\n"
            "    \"a\": [],\n"
            "    \"b\": [\n"
            "      1,\n"
            "      {},\n"
            "      {\n"
            "        \"c\": null\n"
            "      }\n"
            "    ],\n"
            "    \"d\": true\n"
            "  }");
}

// ---------------------------------------------------------------- CSV

TEST(CsvWriterTest, ColumnsAreTheDocumentedOnes) {
  std::string joined;
  for (std::string_view column : csv_columns()) {
    if (!joined.empty()) joined += ',';
    joined += column;
  }
  EXPECT_EQ(joined + "\n", kCsvHeader);
  EXPECT_EQ(csv_columns().size(), 31u);
}

TEST(CsvWriterTest, HeaderIsWrittenEvenForNoDocuments) {
  EXPECT_EQ(render(OutputFormat::kCsv, true, {}), kCsvHeader);
}

TEST(CsvWriterTest, DocumentWithoutItemsGivesNoRows) {
  EXPECT_EQ(render(OutputFormat::kCsv, false, {minimal_document(), minimal_document("b.md")}), kCsvHeader);
}

TEST(CsvWriterTest, OneRowPerActionAndOneForAnItemWithout) {
  EXPECT_EQ(render(OutputFormat::kCsv, false, {plan_document()}),
            std::string(kCsvHeader) +
                // Action 1: its own measures, dates and status; the item's columns repeat.
                "papers/plan.md,action_plan,Action Plan,Cabinet,2012-09-03,1,,recommendation,"
                "\"Improve, \"\"fast\"\" recruitment\nSecond paragraph\",1,Recruit staff,"
                "10 posts filled; Vacancy rate < 5%,2012-09-03,03/09/12; Ongoing,complete,false,High,"
                "Director of Children's Services,J Smith,AB; CD,"
                "\"c\xC2\xA3" "250k per year, \xC2\xA3" "3,500.50\",250000,GBP,approx,year,,"
                "6.1.1; appendix 3,On track,\"{\"\"RAG\"\":\"\"Green\"\"}\",12,13\n"
                // Action 2: no measures of its own, no status so the item's.
                "papers/plan.md,action_plan,Action Plan,Cabinet,2012-09-03,1,,recommendation,"
                "\"Improve, \"\"fast\"\" recruitment\nSecond paragraph\",2,Train staff,"
                ",2013-09,Sept 2013,ongoing,false,High,"
                "Director of Children's Services,J Smith,AB; CD,"
                "\"c\xC2\xA3" "250k per year, \xC2\xA3" "3,500.50\",250000,GBP,approx,year,,"
                "6.1.1; appendix 3,On track,\"{\"\"RAG\"\":\"\"Green\"\"}\",14,14\n"
                // Item without actions: action columns empty, the item's measures, dates and lines.
                "papers/plan.md,action_plan,Action Plan,Cabinet,2012-09-03,1.1,1,action,\" padded \",,,"
                "m1,2015,2015,,false,,,,,,,,,,,,,,15,15\n");
}

TEST(CsvWriterTest, RowsOfSeveralDocumentsFollowInputOrder) {
  Document second = minimal_document("b.md");
  Item item;
  item.number = "R2";
  item.text = "plain";
  item.lines = {1, 1};
  second.items = {item};
  const std::string out = render(OutputFormat::kCsv, true, {plan_document(), second});
  EXPECT_TRUE(out.ends_with(",15,15\nb.md,unknown,,,,R2,,recommendation,plain,,,,,,,false,,,,,,,,,,,,,,1,1\n")) << out;
}

// Rows are gathered in a buffer of a few kilobytes: actions of every text
// length put empty and short fields at every place around its end.
TEST(CsvWriterTest, RowsCrossingTheRowBufferKeepEveryField) {
  Document doc = minimal_document("b.md");
  Item item;
  item.number = "1";
  item.text = "t";
  for (std::size_t n = 0; n < 400; ++n) item.actions.push_back(Action{std::string(n % 97, 'x'), {}, {}, {}, {1, 1}});
  doc.items = {item};
  const std::string out = render(OutputFormat::kCsv, false, {doc});
  const std::string_view rows = std::string_view(out).substr(std::string_view(kCsvHeader).size());
  std::size_t start = 0;
  for (std::size_t n = 0; n < 400; ++n) {
    const std::size_t end = rows.find('\n', start);
    ASSERT_NE(end, std::string_view::npos) << "row " << n;
    EXPECT_EQ(rows.substr(start, end - start),
              "b.md,unknown,,,,1,,recommendation,t," + std::to_string(n + 1) + "," + std::string(n % 97, 'x') +
                  ",,,,,false,,,,,,,,,,,,,,1,1")
        << "row " << n;
    start = end + 1;
  }
  EXPECT_EQ(start, rows.size());
}

TEST(CsvWriterTest, QuotesOnlyWhenNeeded) {
  Document doc = minimal_document();
  doc.source.path = "dir/with space.md";
  Item item;
  item.number = "1";
  item.text = "a,b";
  item.lead = "say \"hi\"";
  item.comments = "line\r\nbreak";
  item.priority = "trailing ";
  item.status = "\tleading tab";
  item.lines = {1, 2};
  doc.items = {item};
  EXPECT_EQ(render(OutputFormat::kCsv, false, {doc}),
            std::string(kCsvHeader) +
                "dir/with space.md,unknown,,,,1,,recommendation,\"a,b\",,,,,,\"\tleading tab\",false,\"trailing \","
                "\"say \"\"hi\"\"\",,,,,,,,,,\"line\r\nbreak\",,1,2\n");
}

TEST(CsvWriterTest, QuotesForASpecialByteAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string before(offset, 'a');
    const std::pair<std::string, std::string> cases[] = {
        {before + ",z", "\"" + before + ",z\""},
        {before + "\"z", "\"" + before + "\"\"z\""},
        {before + "\nz", "\"" + before + "\nz\""},
        {before + "\rz", "\"" + before + "\rz\""},
        {before + "z ", "\"" + before + "z \""},  // trailing blank
        {before + "z;", before + "z;"},
    };
    for (const auto& [text, field] : cases) {
      Document doc = minimal_document();
      Item item;
      item.text = text;
      doc.items = {item};
      const std::string out = render(OutputFormat::kCsv, false, {doc});
      EXPECT_NE(out.find(",recommendation," + field + ",,"), std::string::npos) << offset << "\n" << out;
    }
  }
}

TEST(CsvWriterTest, SavingsColumnsUseTheFirstAmountAndDecimals) {
  Document doc = minimal_document();
  Item item;
  item.savings = Savings{"up to \xE2\x82\xAC" "3,500.50 a month", {MoneyAmount{3500.5, "EUR", "up to", "month"}}, {}};
  Item without_amounts;
  without_amounts.savings = Savings{"tbc", {}, {}};
  doc.items = {item, without_amounts};
  const std::string out = render(OutputFormat::kCsv, false, {doc});
  EXPECT_NE(out.find(",\"up to \xE2\x82\xAC" "3,500.50 a month\",3500.5,EUR,up to,month,"), std::string::npos) << out;
  EXPECT_NE(out.find(",tbc,,,,,"), std::string::npos) << out;
}

TEST(CsvWriterTest, ProceduralColumnAsInJson) {
  Document doc = minimal_document();
  Item noted;
  noted.number = "1";
  noted.type = ItemType::kResolution;
  noted.procedural = true;
  noted.status = "agreed";
  Item decided = noted;
  decided.number = "2";
  decided.procedural = false;
  doc.items = {noted, decided};
  const std::string out = render(OutputFormat::kCsv, false, {doc});
  EXPECT_NE(out.find(",1,,resolution,,,,,,,agreed,true,"), std::string::npos) << out;
  EXPECT_NE(out.find(",2,,resolution,,,,,,,agreed,false,"), std::string::npos) << out;
}

TEST(CsvWriterTest, DueSkipsDatesWithoutValueButDueTextKeepsThem) {
  Document doc = minimal_document();
  Item item;
  item.due = {Date{"Ongoing", std::nullopt}, Date{"Dec 2012", "2012-12"}, Date{"31/3/13", "2013-03-31"}};
  doc.items = {item};
  const std::string out = render(OutputFormat::kCsv, false, {doc});
  EXPECT_NE(out.find(",2012-12;2013-03-31,Ongoing; Dec 2012; 31/3/13,"), std::string::npos) << out;
}

TEST(CsvWriterTest, MoneyDigitsMatchJson) {
  for (const double value : {250000.0, 3500.5, 0.1, 1234567.89, 12400000.0, -0.75, 1e16}) {
    Document doc = minimal_document();
    Item item;
    item.savings = Savings{"x", {MoneyAmount{value, "GBP", {}, {}}}, {}};
    doc.items = {item};
    const std::string json = render(OutputFormat::kNdjson, false, {doc});
    const std::string csv = render(OutputFormat::kCsv, false, {doc});
    const std::size_t start = json.find("{\"value\":") + 9;
    const std::string digits = json.substr(start, json.find(',', start) - start);
    EXPECT_NE(csv.find(",x," + digits + ",GBP,"), std::string::npos) << value << ": " << digits << "\n" << csv;
  }
}

// ---------------------------------------------------------------- TSV

TEST(TsvWriterTest, HeaderUsesTabs) {
  std::string expected = kCsvHeader;
  for (char& c : expected) {
    if (c == ',') c = '\t';
  }
  EXPECT_EQ(render(OutputFormat::kTsv, false, {}), expected);
}

TEST(TsvWriterTest, EscapesInsteadOfQuoting) {
  Document doc = minimal_document();
  Item item;
  item.number = "1";
  item.text = "a \"quoted\", text\nnext\tcol\rcr C:\\dir";
  item.lines = {4, 5};
  doc.items = {item};
  EXPECT_EQ(render(OutputFormat::kTsv, false, {doc}).substr(sizeof(kCsvHeader) - 1),
            "a.md\tunknown\t\t\t\t1\t\trecommendation\ta \"quoted\", text\\nnext\\tcol\\rcr C:\\\\dir"
            "\t\t\t\t\t\t\tfalse\t\t\t\t\t\t\t\t\t\t\t\t\t\t4\t5\n");
}

TEST(TsvWriterTest, EscapesASpecialByteAtEveryOffset) {
  for (std::size_t offset = 0; offset <= 34; ++offset) {
    const std::string before(offset, 'a');
    Document doc = minimal_document();
    Item item;
    item.text = before + "\t" + before + "\\\n\r";
    doc.items = {item};
    const std::string out = render(OutputFormat::kTsv, false, {doc});
    EXPECT_NE(out.find("\trecommendation\t" + before + "\\t" + before + "\\\\\\n\\r\t"), std::string::npos)
        << offset << "\n" << out;
  }
}

TEST(TsvWriterTest, RowsMatchCsvFieldForFieldWhenNothingNeedsEscaping) {
  Document doc = plan_document();
  doc.items[0].text = "plain";
  doc.items[0].savings->text = "c250k";
  doc.items[0].extra.clear();
  doc.items[1].text = "padded";
  std::string csv = render(OutputFormat::kCsv, false, {doc});
  for (char& c : csv) {
    if (c == ',') c = '\t';
  }
  EXPECT_EQ(render(OutputFormat::kTsv, false, {doc}), csv);
}

// ---------------------------------------------------------------- streaming

// A caller that writes a document in its parts itself, draining the output
// after each item and table row, must end up with the same bytes as one
// that writes whole documents, for every format.
TEST(WriterStreamingTest, HeadItemsAndTailDrainedAsTheyComeGiveTheSameBytes) {
  Document doc = plan_document();
  for (int k = 0; k < 3; ++k) doc.items.push_back(doc.items.front());
  doc.tables = {Table{"Costs", {"Year", "Cost"}, {{"2010", "\xC2\xA3" "5"}, {"2011", ""}}, {20, 23}},
                Table{std::nullopt, {}, {}, {30, 30}}};
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kNdjson, OutputFormat::kCsv, OutputFormat::kTsv}) {
    SCOPED_TRACE(static_cast<int>(format));
    const std::unique_ptr<DocumentWriter> writer = make_writer(format, true);
    std::string out;
    std::string drained;
    auto drain = [&] {
      drained += out;
      out.clear();
    };
    writer->begin(out);
    for (const Document& d : {doc, minimal_document("b.md")}) {
      Document head = d;
      head.items.clear();  // the writer must not need them in the other parts
      head.tables.clear();
      writer->separate(out);
      writer->write_head(head, out);
      for (const Item& item : d.items) {
        writer->write_item(head, item, out);
        drain();
      }
      writer->write_items_end(head, out);
      for (const Table& table : d.tables) {
        Table table_head = table;
        table_head.rows.clear();
        writer->write_table_begin(head, table_head, out);
        for (const std::vector<std::string>& row : table.rows) {
          writer->write_table_row(head, row, out);
          drain();
        }
        writer->write_table_end(head, table_head, out);
      }
      writer->write_tail(head, out);
    }
    writer->end(out);
    drain();
    EXPECT_EQ(drained, render(format, true, {doc, minimal_document("b.md")}));
  }
}

}  // namespace
}  // namespace docket
