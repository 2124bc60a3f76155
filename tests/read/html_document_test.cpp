// Whole web pages: each page here is written in the layout of a family of
// published pages (a ModernGov decision page, a WordPress minutes page, a
// page with no content markup at all) and must give the same items as the
// same paper written as markdown.
#include "read/html_document.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace docket {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(DOCKET_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What a reader of the output compares: the items and what the paper says
// about itself. Lines differ by design (they are the page's).
void expect_same_reading(const Document& page, const Document& markdown) {
  EXPECT_STREQ(to_string(page.kind), to_string(markdown.kind));
  EXPECT_EQ(page.title, markdown.title);
  EXPECT_EQ(page.meeting.has_value(), markdown.meeting.has_value());
  if (page.meeting && markdown.meeting) {
    EXPECT_EQ(page.meeting->value, markdown.meeting->value);
  }
  ASSERT_EQ(page.items.size(), markdown.items.size());
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const Item& a = page.items[i];
    const Item& b = markdown.items[i];
    EXPECT_EQ(a.number, b.number) << i;
    EXPECT_EQ(a.parent, b.parent) << i;
    EXPECT_STREQ(to_string(a.type), to_string(b.type)) << i;
    EXPECT_EQ(a.text, b.text) << i;
    EXPECT_EQ(a.lead, b.lead) << i;
    EXPECT_EQ(date_values(a.due), date_values(b.due)) << i;
    EXPECT_EQ(a.actions.size(), b.actions.size()) << i;
  }
  ASSERT_EQ(page.decision.has_value(), markdown.decision.has_value());
  if (page.decision && markdown.decision) {
    EXPECT_EQ(page.decision->reasons, markdown.decision->reasons);
    EXPECT_EQ(page.decision->published.has_value(), markdown.decision->published.has_value());
    EXPECT_EQ(page.decision->key_decision, markdown.decision->key_decision);
    EXPECT_EQ(page.decision->subject_to_call_in, markdown.decision->subject_to_call_in);
  }
}


constexpr char kModernGovMarkdown[] = R"(Decision details

Library Opening Hours Review

Decision Maker: Cabinet

Decision status: Recommendations Approved

Is Key decision?: Yes

Is subject to call in?: Yes

Decision:
RESOLVED that:

(1) the revised opening hours in Appendix A be adopted from 1 April 2027;

(2) the Head of Libraries consult users on Sunday opening & report back; and

(3) the savings of £40,000 be noted.

Reasons for the decision:
To match opening hours to use.

Publication date: 03/03/2027

Date of decision: 02/03/2027

Decided at meeting: 02/03/2027 - Cabinet
)";

TEST(HtmlDocument, ModernGovDecisionPageReadsAsItsMarkdown) {
  const Document page = parse_text(fixture("page_moderngov_decision.html"), "decision.html");
  const Document markdown = parse_text(kModernGovMarkdown, "decision.md");
  EXPECT_EQ(page.source.format, "html");
  EXPECT_EQ(markdown.source.format, "text");
  ASSERT_EQ(page.items.size(), 3u);
  EXPECT_EQ(page.items[1].text, "the Head of Libraries consult users on Sunday opening & report back; and");
  expect_same_reading(page, markdown);
  ASSERT_TRUE(page.decision && page.decision->published);
  EXPECT_EQ(page.decision->published->value, "2027-03-03");
  // Lines are the page's: the first resolution starts on its <p>'s line.
  EXPECT_EQ(page.items[0].lines.first, 18);
}


constexpr char kWordPressMarkdown[] = R"(# Council Minutes

MINUTES
A regular meeting of the Council was held on Tuesday, March 2, 2027.
Present: the Mayor and three Councillors.
RESOLVED that:
1. the minutes of the meeting held February 16, 2027 be adopted as published;
2. the tender for road salt be awarded as presented; and
3. the meeting be adjourned.
)";

TEST(HtmlDocument, WordPressEntryWithBreakLinesReadsAsItsMarkdown) {
  const Document page = parse_text(fixture("page_wordpress_minutes.html"), "minutes.html");
  const Document markdown = parse_text(kWordPressMarkdown, "minutes.md");
  EXPECT_EQ(page.items.size(), 3u);
  expect_same_reading(page, markdown);
  ASSERT_TRUE(page.meeting);
  EXPECT_EQ(page.meeting->value, "2027-03-02");
}

TEST(HtmlDocument, EntryTitleComesFirstAndBreaksEndLines) {
  const ConvertedText converted = convert_html_document(fixture("page_wordpress_minutes.html"));
  EXPECT_EQ(converted.text.substr(0, 48), "# Council Minutes\n\nMINUTES\nA regular meeting of ");
  EXPECT_EQ(converted.text.find("widget"), std::string::npos);
  EXPECT_EQ(converted.text.find("powered"), std::string::npos);
  EXPECT_EQ(converted.text.find("dataLayer"), std::string::npos);
  ASSERT_EQ(converted.source_lines.size(), 9u);
  EXPECT_EQ(converted.source_lines[0], 9);   // the title's line
  EXPECT_EQ(converted.source_lines[2], 11);  // "MINUTES"
  EXPECT_EQ(converted.source_lines[8], 17);  // "3. the meeting be adjourned."
}

// No main, article or known content class: the block with most of the
// text outside links is the paper, and the menus around it are not.
TEST(HtmlDocument, DensestBlockIsFoundWhenThePageNamesNone) {
  const std::string page =
      "<html><body><div class=\"top\"><a href=\"a\">Home</a> | <a href=\"b\">Meetings</a> | "
      "<a href=\"c\">Contact us about anything at all on this site</a></div>"
      "<div class=\"wrap\"><div class=\"left\"><a href=\"d\">Older minutes of the parish</a></div>"
      "<div class=\"text\"><h2>Parish Council Minutes</h2><p>Meeting held on 4 May 2027.</p>"
      "<p>Resolved that:</p><ol><li>the accounts be approved;</li><li>the clerk order two benches.</li></ol>"
      "</div></div><div class=\"bottom\">Site by somebody</div></body></html>";
  const ConvertedText converted = convert_html_document(page);
  EXPECT_EQ(converted.text,
            "## Parish Council Minutes\n\nMeeting held on 4 May 2027.\n\nResolved that:\n\n"
            "1. the accounts be approved;\n\n2. the clerk order two benches.\n");
}

TEST(HtmlDocument, OrderedListsAreNumberedAsABrowserPrintsThem) {
  const std::string page =
      "<html><body><main><ol type=\"a\" start=\"2\"><li>second</li><li>third<ol type=\"i\"><li>inner</li>"
      "<li>next</li></ol></li></ol><ul><li>dot</li></ul></main></body></html>";
  EXPECT_EQ(convert_html_document(page).text, "b. second\n\nc. third\n\n   i. inner\n\n   ii. next\n\n- dot\n");
}

TEST(HtmlDocument, DataTablesKeepTheirSpansAndLayoutTablesDoNot) {
  const std::string page =
      "<html><body><main><table><tr><td><p>Plan of the year</p></td></tr></table>\n"
      "<table><tr><th>Action</th><th>Lead</th><th>Date</th></tr>\n"
      "<tr><td>Mend the roof &amp; gutters</td><td rowspan=\"2\">Jo Bloggs</td><td>May 2027</td></tr>\n"
      "<tr><td>Paint<br>the hall</td><td>June 2027</td></tr></table></main></body></html>";
  EXPECT_EQ(convert_html_document(page).text,
            "Plan of the year\n\n<table>\n<tr><th>Action</th><th>Lead</th><th>Date</th></tr>\n"
            "<tr><td>Mend the roof &amp; gutters</td><td rowspan=\"2\">Jo Bloggs</td><td>May 2027</td></tr>\n"
            "<tr><td>Paint<br>the hall</td><td>June 2027</td></tr>\n</table>\n");
}

TEST(HtmlDocument, APlanTableInAPageReadsAsTheSameTableInMarkdown) {
  const std::string table =
      "<table>\n<tr><th>No</th><th>Action</th><th>Lead Officer</th><th>Target date</th></tr>\n"
      "<tr><td>1</td><td>Review the library opening hours</td><td>Head of Libraries</td><td>March 2027</td></tr>\n"
      "<tr><td>2</td><td>Publish the revised hours</td><td>Communications Manager</td><td>April 2027</td></tr>\n"
      "</table>\n";
  const std::string markdown = "# Library Action Plan\n\n" + table;
  const std::string page = "<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a></nav><main>"
                           "<h1>Library Action Plan</h1>" + table + "</main></body></html>";
  const Document from_page = parse_text(page, "plan.html");
  const Document from_markdown = parse_text(markdown, "plan.md");
  EXPECT_EQ(from_page.items.size(), 2u);
  expect_same_reading(from_page, from_markdown);
}

TEST(HtmlDocument, PagesAreToldFromMarkdownByTheirFirstMarkup) {
  EXPECT_TRUE(looks_like_html_document("<!DOCTYPE html>\n<html>"));
  EXPECT_TRUE(looks_like_html_document("\xEF\xBB\xBF<!-- saved -->\n<html lang=\"en\">"));
  EXPECT_TRUE(looks_like_html_document("<?xml version=\"1.0\"?>\n<html>"));
  EXPECT_TRUE(looks_like_html_document("  <div id=\"modgov\"><p>x</p></div>"));
  EXPECT_FALSE(looks_like_html_document("<table><tr><td>a</td></tr></table>"));
  EXPECT_FALSE(looks_like_html_document("# Minutes\n\n<div>x</div>"));
  EXPECT_FALSE(looks_like_html_document("<!-- never closed"));
  EXPECT_FALSE(looks_like_html_document("<details>"));
  EXPECT_FALSE(looks_like_html_document(""));
  // Text whose lines end in <br> tags, three on its first line: minutes
  // pasted from a page. A table row or a mention of one tag is not.
  EXPECT_TRUE(looks_like_html_document("Minutes<br /><br />Present: all<br />1. Apologies<br>none"));
  EXPECT_TRUE(looks_like_html_document("Minutes<BR>Present: all<Br />Apologies<br >none\nmore"));
  EXPECT_FALSE(looks_like_html_document("| a<br>b | c<br>d | e<br>f |\n|---|---|---|"));
  EXPECT_FALSE(looks_like_html_document("Use <br> for a break.\nNot <br> here<br>, <br> nor here."));
  EXPECT_FALSE(looks_like_html_document("A <brace> and <breadth> and <brief> are no breaks."));
}

// Nesting is walked without recursion; past the structured depth the rest
// is read as lines of text, with a warning, and nothing is lost.
// Minutes pasted into a text file as one line, lines ended by <br />, two
// of them a paragraph break, entities for the pound sign: the same minutes
// as the text written out line by line.
TEST(HtmlDocument, MinutesPastedAsOneLineOfBreaksReadAsTheirText) {
  const std::string pasted = fixture("decision_minutes_br_lines.txt");
  std::string text;
  for (std::size_t i = 0; i < pasted.size();) {
    if (pasted.compare(i, 6, "<br />") == 0) {
      text += '\n';
      i += 6;
    } else if (pasted.compare(i, 7, "&pound;") == 0) {
      text += "\xC2\xA3";
      i += 7;
    } else {
      text += pasted[i++];
    }
  }
  const Document page = parse_text(pasted, "decision_minutes_br_lines.txt");
  EXPECT_EQ(page.source.format, "html");
  expect_same_reading(page, parse_text(text));
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].number, "102");
  EXPECT_TRUE(page.items[0].procedural);
  EXPECT_EQ(page.items[1].number, "103");
  EXPECT_EQ(page.items[1].text, "two benches be bought at \xC2\xA3" "450 each.");
}

TEST(HtmlDocument, NestingAHundredThousandDeepIsReadWithAWarning) {
  std::string page = "<html><body><main><p>RESOLVED that the report be noted.</p>\n";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>Deep</p><p>text.</p></main></body></html>";
  const Document doc = parse_text(page, "deep.html");
  EXPECT_EQ(doc.source.format, "html");
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_EQ(doc.warnings.front().code, "html-too-deep");
  EXPECT_EQ(doc.warnings.front().line, 2);
  const ConvertedText converted = convert_html_document(page);
  EXPECT_EQ(converted.text, "RESOLVED that the report be noted.\n\nDeep\ntext.\n");
}

// With nothing around it, the deepest element holding the text is the
// content, and is read whole.
TEST(HtmlDocument, TextAtTheBottomOfDeepNestingIsTheContent) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>RESOLVED that the report be noted.</p></body></html>";
  EXPECT_EQ(convert_html_document(page).text, "RESOLVED that the report be noted.\n");
}

TEST(HtmlDocument, APageWithNoElementsSaysSo) {
  const ConvertedText converted = convert_html_document("<!DOCTYPE html>");
  EXPECT_EQ(converted.text, "");
  ASSERT_EQ(converted.warnings.size(), 1u);
  EXPECT_EQ(converted.warnings[0].code, "html-empty");
}

}  // namespace
}  // namespace docket
