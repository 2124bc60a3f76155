// Word files made at test time give the items of the same paper written as
// markdown: automatic numbering printed as Word prints it, a merged-cell
// plan table, tracked changes as accepted; broken and hostile files give a
// clear error.
#include "read/docx_document.hpp"

#include <gtest/gtest.h>

#include <string>

#include "docx_support.hpp"
#include "test_support.hpp"

namespace docket {
namespace {

// Decimal "1." at level 0, "(a)" at level 1; list 2 restarts list 1's
// numbering at 1.
constexpr char kNumbering[] =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>";

constexpr char kStyles[] =
    "<w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";

std::string decision_body() {
  return word_paragraph("Record of Decision", "<w:pStyle w:val=\"Titre1\"/>") + word_paragraph("Cabinet") +
         word_paragraph("Date of decision: 12 May 2027") + word_paragraph("RESOLVED that:") +
         word_paragraph("the revised opening hours be adopted;", word_list(1, 0)) +
         // A tracked insertion is kept and a tracked deletion dropped.
         "<w:p><w:pPr>" + word_list(1, 0) + "</w:pPr><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">"
         "the Head of Libraries </w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>somebody "
         "</w:delText></w:r></w:del><w:r><w:t>report back; and</w:t></w:r></w:p>" +
         word_paragraph("on Sunday opening", word_list(1, 1)) + word_paragraph("the savings be noted.", word_list(1, 0));
}

constexpr char kDecisionMarkdown[] = R"(# Record of Decision

Cabinet

Date of decision: 12 May 2027

RESOLVED that:

1. the revised opening hours be adopted;

2. the Head of Libraries report back; and

   (a) on Sunday opening

3. the savings be noted.
)";

void expect_same_items(const Document& a, const Document& b) {
  EXPECT_STREQ(to_string(a.kind), to_string(b.kind));
  EXPECT_EQ(a.title, b.title);
  ASSERT_EQ(a.items.size(), b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    EXPECT_EQ(a.items[i].number, b.items[i].number) << i;
    EXPECT_EQ(a.items[i].parent, b.items[i].parent) << i;
    EXPECT_EQ(a.items[i].text, b.items[i].text) << i;
    EXPECT_EQ(a.items[i].lead, b.items[i].lead) << i;
    EXPECT_EQ(date_values(a.items[i].due), date_values(b.items[i].due)) << i;
  }
}

TEST(DocxDocument, NumberedDecisionReadsAsItsMarkdown) {
  const Document docx = parse_text(make_docx(decision_body(), kNumbering, kStyles), "decision.docx");
  const Document markdown = parse_text(kDecisionMarkdown, "decision.md");
  EXPECT_EQ(docx.source.format, "docx");
  ASSERT_EQ(docx.items.size(), 3u);
  EXPECT_EQ(docx.items[1].text, "the Head of Libraries report back; and\n(a) on Sunday opening");
  expect_same_items(docx, markdown);
  // Lines are paragraph positions: the first resolution is paragraph 5.
  EXPECT_EQ(docx.items[0].lines.first, 5);
}

TEST(DocxDocument, NumberingIsPrintedAsWordPrintsIt) {
  const std::string body = word_paragraph("one", word_list(1, 0)) + word_paragraph("two", word_list(1, 0)) +
                           word_paragraph("sub", word_list(1, 1)) + word_paragraph("three", word_list(1, 0)) +
                           word_paragraph("sub again", word_list(1, 1)) + word_paragraph("dot", word_list(3, 0)) +
                           word_paragraph("restarted", word_list(2, 0));
  const DocxResult result = convert_docx(make_docx(body, kNumbering));
  ASSERT_TRUE(result.converted) << result.error;
  EXPECT_EQ(result.converted->text,
            "1. one\n\n2. two\n\n   (a) sub\n\n3. three\n\n   (a) sub again\n\n- dot\n\n1. restarted\n");
}

TEST(DocxDocument, MergedCellsBecomeSpans) {
  const auto cell = [](const std::string& text, const std::string& properties = "") {
    return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") + word_paragraph(text) + "</w:tc>";
  };
  const std::string table =
      "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("No") + cell("Action") + cell("Lead Officer") +
      cell("Target date") + "</w:tr>"
      "<w:tr>" + cell("1") + cell("Review the library opening hours") +
      cell("Head of Libraries", "<w:vMerge w:val=\"restart\"/>") + cell("March 2027") + "</w:tr>"
      "<w:tr>" + cell("2") + cell("Publish the revised hours") + cell("", "<w:vMerge/>") + cell("April 2027") +
      "</w:tr>"
      "<w:tr>" + cell("3") + cell("Report on use to Cabinet by June 2027", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
      "</w:tbl>";
  const std::string docx = make_docx(word_paragraph("Library Action Plan", "<w:pStyle w:val=\"Titre1\"/>") + table,
                                     "", kStyles);
  const DocxResult result = convert_docx(docx);
  ASSERT_TRUE(result.converted) << result.error;
  const std::string rows =
      "<table>\n<tr><th>No</th><th>Action</th><th>Lead Officer</th><th>Target date</th></tr>\n"
      "<tr><td>1</td><td>Review the library opening hours</td><td rowspan=\"2\">Head of Libraries</td>"
      "<td>March 2027</td></tr>\n"
      "<tr><td>2</td><td>Publish the revised hours</td><td>April 2027</td></tr>\n"
      "<tr><td>3</td><td colspan=\"3\">Report on use to Cabinet by June 2027</td></tr>\n</table>\n";
  EXPECT_EQ(result.converted->text, "# Library Action Plan\n\n" + rows);
  const Document from_docx = parse_text(docx, "plan.docx");
  const Document from_markdown = parse_text("# Library Action Plan\n\n" + rows, "plan.md");
  EXPECT_EQ(from_docx.items.size(), 3u);
  expect_same_items(from_docx, from_markdown);
}

TEST(DocxDocument, AWordFileWithoutItsDocumentPartSaysSo) {
  const std::string docx = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", "<w:styles/>"}});
  const DocxResult result = convert_docx(docx);
  EXPECT_FALSE(result.converted);
  EXPECT_EQ(result.error, "an Office file with no word/document.xml: not a Word document, or one with missing parts");
  ParseOptions options;
  options.path = "broken.docx";
  const ParseResult parsed = parse_document(docx, options);
  EXPECT_FALSE(parsed.ok);
  EXPECT_EQ(parsed.error, result.error);
}

TEST(DocxDocument, AnotherZipIsNamedAsOne) {
  const DocxResult result = convert_docx(make_zip({{"minutes.txt", "RESOLVED that the report be noted."}}));
  EXPECT_EQ(result.error, "a zip archive, not a Word document; unpack it (unzip) and give docket the papers inside");
}

TEST(DocxDocument, BrokenXmlIsNamed) {
  const DocxResult result = convert_docx(make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}}));
  EXPECT_EQ(result.error.rfind("a Word file whose word/document.xml is not well-formed XML: ", 0), 0u) << result.error;
}

// A part that inflates far past its packed size is refused as it is read,
// whatever its header claims.
TEST(DocxDocument, AZipBombIsRefused) {
  const std::string bomb = make_docx(std::string(64 << 20, ' '));
  EXPECT_LT(bomb.size(), 1u << 20);
  const DocxResult result = convert_docx(bomb);
  EXPECT_FALSE(result.converted);
  EXPECT_NE(result.error.find("a zip bomb, not a paper; not read"), std::string::npos) << result.error;
}

TEST(DocxDocument, TooManyEntriesAreRefused) {
  ZipEntries entries;
  for (int i = 0; i < 20; ++i) entries.push_back({"part" + std::to_string(i), "x"});
  ZipLimits limits;
  limits.most_entries = 10;
  EXPECT_EQ(convert_docx(make_zip(entries), limits).error, "a zip archive of more than 10 entries; not read");
}

}  // namespace
}  // namespace docket
