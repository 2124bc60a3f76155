#include "layout/inline_text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>
#include <string_view>

namespace docket {
namespace {

using namespace std::string_literals;

// ---- examples from real papers -------------------------------------------

TEST(InlineTextTest, DoubleBreakInTableCellIsParagraph) {
  EXPECT_EQ(clean_inline("Implement proposed structure.<br><br>Proposals currently subject "
                         "to 30 day formal"),
            "Implement proposed structure.\nProposals currently subject to 30 day formal");
}

TEST(InlineTextTest, BoldHeaderCell) { EXPECT_EQ(clean_inline("<b>No.</b>"), "No."); }

TEST(InlineTextTest, BoldAcrossHardLineBreak) {
  EXPECT_EQ(clean_inline("**Arts, Leisure & Culture  \nSelect Committee**"),
            "Arts, Leisure & Culture Select Committee");
}

TEST(InlineTextTest, StruckThroughTextIsWhatWasReplaced) {
  EXPECT_EQ(clean_inline("<s>June 30, 2026</s> <b>July 31, 2026*</b>"), "July 31, 2026*");
  EXPECT_EQ(clean_inline("Due <del>May</del> <S>June</S> July"), "Due July");
  // Never closed: the tag goes, its text stays.
  EXPECT_EQ(clean_inline("<s>May 2026 and June"), "May 2026 and June");
  // Closed only beyond the bound: read as text too.
  EXPECT_EQ(clean_inline("<s>" + std::string(300, 'a') + "</s>b"), std::string(300, 'a') + "b");
}

TEST(InlineTextTest, ItalicTag) { EXPECT_EQ(clean_inline("<i>Blackpool</i>"), "Blackpool"); }

TEST(InlineTextTest, EscapedPipe) { EXPECT_EQ(clean_inline("a \\| b"), "a | b"); }

TEST(InlineTextTest, BoldLabelFollowedByText) {
  EXPECT_EQ(clean_inline("**Name of Contact Officer:** Peter Mennear"),
            "Name of Contact Officer: Peter Mennear");
}

TEST(InlineTextTest, MailtoLink) {
  EXPECT_EQ(clean_inline("[peter.mennear@stockton.gov.uk](mailto:peter.mennear@stockton.gov.uk)"),
            "peter.mennear@stockton.gov.uk");
}

TEST(InlineTextTest, BoldDateAfterDash) {
  EXPECT_EQ(clean_inline("effective from 1st April 2015 \u2013 **by Sept 2015**"),
            "effective from 1st April 2015 \u2013 by Sept 2015");
}

TEST(InlineTextTest, TrailingSplitBold) {
  EXPECT_EQ(clean_inline("By end October 2015 LF**"), "By end October 2015 LF");
  EXPECT_EQ(clean_inline("- 2. Tools to Monitor Progress \u2013 By end October 2015 - RK**"),
            "- 2. Tools to Monitor Progress \u2013 By end October 2015 - RK");
}

TEST(InlineTextTest, LeadingSplitBold) {
  EXPECT_EQ(clean_inline("**Keeping Families Together (KFT)"), "Keeping Families Together (KFT)");
}

TEST(InlineTextTest, BoldNumberCell) { EXPECT_EQ(clean_inline("<b>10</b>  "), "10"); }

// ---- plain text and whitespace --------------------------------------------

TEST(InlineTextTest, EmptyInput) { EXPECT_EQ(clean_inline(""), ""); }

TEST(InlineTextTest, OnlyWhitespace) { EXPECT_EQ(clean_inline(" \t \n \n\n "), ""); }

TEST(InlineTextTest, PlainTextIsUnchanged) {
  EXPECT_EQ(clean_inline("Head of Children's Services (0-13), 03/09/12."),
            "Head of Children's Services (0-13), 03/09/12.");
}

TEST(InlineTextTest, SpacesCollapseAndTrim) {
  EXPECT_EQ(clean_inline("   Graham   Waller   "), "Graham Waller");
}

TEST(InlineTextTest, TabsAndCarriageReturnsAreSpaces) {
  EXPECT_EQ(clean_inline("a\t\tb\r\nc\rd"), "a b c d");
}

TEST(InlineTextTest, FormFeedAndVerticalTabAreSpaces) {
  EXPECT_EQ(clean_inline("a\fb\vc"), "a b c");
}

TEST(InlineTextTest, NoBreakSpaceCollapses) {
  EXPECT_EQ(clean_inline("\u00A0a\u00A0\u00A0 b\u00A0"), "a b");
}

TEST(InlineTextTest, UnicodeSpacesCollapse) {
  EXPECT_EQ(clean_inline("a\u2002b\u2003c\u2009d\u200Ae\u202Ff\u3000g\u205Fh\u2000i"),
            "a b c d e f g h i");
}

TEST(InlineTextTest, UnicodeLineSeparatorsAreSpaces) {
  EXPECT_EQ(clean_inline("a\u2028b\u2029c"), "a b c");
}

TEST(InlineTextTest, ZeroWidthCharactersAreRemoved) {
  EXPECT_EQ(clean_inline("ze\u200Bro\uFEFF wi\u2060dth"), "zero width");
}

TEST(InlineTextTest, SoftHyphenIsRemoved) { EXPECT_EQ(clean_inline("co\u00ADoperate"), "cooperate"); }

TEST(InlineTextTest, ZeroWidthBetweenSpacesLeavesOneSpace) {
  EXPECT_EQ(clean_inline("a \u200B b"), "a b");
}

TEST(InlineTextTest, LeadingByteOrderMarkIsRemoved) { EXPECT_EQ(clean_inline("\uFEFFTitle"), "Title"); }

TEST(InlineTextTest, ControlCharactersAreSpacesAndNulIsDropped) {
  EXPECT_EQ(clean_inline("a\x01" "b\x1B" "c\x7F" "d"), "a b c d");
  EXPECT_EQ(clean_inline("a\0b"s), "ab");
}

TEST(InlineTextTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(clean_inline("bad\xFF" "byte"), "bad\uFFFDbyte");
  EXPECT_EQ(clean_inline("\xC0\xAF"), "\uFFFD\uFFFD");
  EXPECT_EQ(clean_inline("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(clean_inline("cut \xE2\x82"), "cut \uFFFD\uFFFD");
}

TEST(InlineTextTest, ValidMultibyteTextIsKept) {
  EXPECT_EQ(clean_inline("c\u00A3250k \u2013 children\u2019s \U0001F600"),
            "c\u00A3250k \u2013 children\u2019s \U0001F600");
}

// ---- plain text, sixteen bytes at a time -------------------------------------
// Plain text is checked and copied in chunks of 16 bytes. These put each kind
// of byte that needs a closer look at every place around the chunk edges.

// A tail of input and the clean text it must give.
struct Tail {
  std::string raw;
  std::string clean;
};

// Each tail after 1 to 40 plain letters, so that it starts at every place
// around the first two chunk edges.
void expect_after_every_chunk_edge(const std::vector<Tail>& tails) {
  for (std::size_t n = 1; n <= 40; ++n) {
    const std::string letters(n, 'a');
    for (const Tail& t : tails) {
      const std::string raw = letters + t.raw;
      EXPECT_EQ(clean_inline(raw), letters + t.clean) << "after " << n << " letters: " << t.raw;
      // The view form decides on its own whether anything needs cleaning;
      // it must agree, whatever the buffer held before.
      std::string buffer = "left over from the line before";
      EXPECT_EQ(clean_inline_view(raw, buffer), letters + t.clean) << "view, after " << n << " letters: " << t.raw;
    }
  }
}

TEST(InlineTextTest, SpacesAroundEveryChunkEdge) {
  expect_after_every_chunk_edge({{" b c", " b c"}, {"  b", " b"}, {" \nb", " b"}, {"\n b", " b"},
                                 {" \n \n b", "\nb"}, {" \n ", ""}});
  // Spaces at both ends are trimmed too.
  for (std::size_t n = 1; n <= 40; ++n) EXPECT_EQ(clean_inline("  " + std::string(n, 'a') + " \n "), std::string(n, 'a'));
}

TEST(InlineTextTest, MultibyteCharactersAroundEveryChunkEdge) {
  std::vector<Tail> tails = {{"\u2019s", "\u2019s"},
                             {"\u00A35 \U0001F600", "\u00A35 \U0001F600"},
                             {"\u00A0b", " b"},
                             {"\u167F\u200C\u2027\u2030\u205E\u2061\u3001", "\u167F\u200C\u2027\u2030\u205E\u2061\u3001"},
                             {"\xC2\x85" "b", " b"},  // C1 control
                             {"\u00AD" "b", "b"},
                             {"\uFEFF" "b", "b"}};
  for (const char* space : {"\u1680", "\u2000", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000"}) {
    tails.push_back({std::string(space) + "b", " b"});
  }
  for (const char* invisible : {"\u200B", "\u2060"}) tails.push_back({std::string(invisible) + "b", "b"});
  expect_after_every_chunk_edge(tails);
}

TEST(InlineTextTest, InvalidUtf8AroundEveryChunkEdge) {
  expect_after_every_chunk_edge({{"\xE2\x80", "\uFFFD\uFFFD"},
                                 {"\xE2\x80 b", "\uFFFD\uFFFD b"},
                                 {"\x80" "b", "\uFFFD" "b"},
                                 {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},
                                 {"\xE0\x80\x80", "\uFFFD\uFFFD\uFFFD"},
                                 {"\xF0\x80\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},
                                 {"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"}});
}

TEST(InlineTextTest, MarkupAroundEveryChunkEdge) {
  expect_after_every_chunk_edge({{"<b>x</b>", "x"},
                                 {" &amp; b", " & b"},
                                 {"\tb", " b"},
                                 {" _b_", " b"},
                                 {" *b*", " b"},
                                 {" [t](u)", " t"},
                                 {" ![i](s)", " i"},
                                 {" a\\_b", " a_b"},
                                 {"\x7F" "b", " b"},
                                 {"\0b"s, "b"},
                                 {"! b^c ^", "! b^c ^"},
                                 {"!", "!"},
                                 {" ^[t](u)", " ^t"}});
}

TEST(InlineTextTest, ViewOfPlainTextIsTheInputItself) {
  std::string buffer;
  const std::vector<std::string> plain = {"Plain words, 42 of them.", std::string(100, 'a') + " end", "\u00A35 \u2019s"};
  for (const std::string& raw : plain) {
    const std::string_view clean = clean_inline_view(raw, buffer);
    EXPECT_EQ(clean.data(), raw.data()) << raw;
    EXPECT_EQ(clean.size(), raw.size()) << raw;
  }
  EXPECT_TRUE(buffer.empty());
}

TEST(InlineTextTest, ViewOfTextThatNeedsCleaningIsTheBuffer) {
  std::string buffer;
  const std::string raw = "  <b>Lead</b>   officer ";
  const std::string_view clean = clean_inline_view(raw, buffer);
  EXPECT_EQ(clean, "Lead officer");
  EXPECT_EQ(clean.data(), buffer.data());
}

// ---- line and paragraph breaks ----------------------------------------------

TEST(InlineTextTest, SingleNewlineIsWrap) { EXPECT_EQ(clean_inline("line one\nline two"), "line one line two"); }

TEST(InlineTextTest, HardBreakWithSpacesIsWrap) { EXPECT_EQ(clean_inline("hard   \nbreak"), "hard break"); }

TEST(InlineTextTest, HardBreakWithBackslashIsWrap) { EXPECT_EQ(clean_inline("hard\\\nbreak"), "hard break"); }

TEST(InlineTextTest, BackslashHardBreakWithCrlfIsWrap) {
  EXPECT_EQ(clean_inline("hard\\\r\nbreak"), "hard break");
}

TEST(InlineTextTest, EscapedBackslashBeforeNewlineIsText) {
  EXPECT_EQ(clean_inline("C:\\\\\nnext"), "C:\\ next");
}

TEST(InlineTextTest, BlankLineIsParagraph) { EXPECT_EQ(clean_inline("one\n\ntwo"), "one\ntwo"); }

TEST(InlineTextTest, BlankLineWithSpacesIsParagraph) {
  EXPECT_EQ(clean_inline("one  \n \t \n  two"), "one\ntwo");
}

TEST(InlineTextTest, SeveralBlankLinesAreOneParagraphBreak) {
  EXPECT_EQ(clean_inline("one\n\n\n\n\ntwo"), "one\ntwo");
}

TEST(InlineTextTest, CrlfBlankLineIsParagraph) { EXPECT_EQ(clean_inline("one\r\n\r\ntwo"), "one\ntwo"); }

TEST(InlineTextTest, ParagraphBreaksAtEdgesAreDropped) {
  EXPECT_EQ(clean_inline("\n\n  one  \n\n"), "one");
  EXPECT_EQ(clean_inline("<br><br>one<br><br>"), "one");
  EXPECT_EQ(clean_inline("<p></p><p>only</p><p></p>"), "only");
}

TEST(InlineTextTest, SingleBrIsWrap) { EXPECT_EQ(clean_inline("a<br>b"), "a b"); }

TEST(InlineTextTest, BrSpellings) {
  EXPECT_EQ(clean_inline("a<br/>b<br />c<BR>d<Br >e</br>f"), "a b c d e f");
}

TEST(InlineTextTest, BrNextToSpacesIsOneSpace) { EXPECT_EQ(clean_inline("a <br> b"), "a b"); }

TEST(InlineTextTest, TwoBrWithWhitespaceBetweenIsParagraph) {
  EXPECT_EQ(clean_inline("a<br> \n <br>b"), "a\nb");
  EXPECT_EQ(clean_inline("a <br/><br/> b"), "a\nb");
}

TEST(InlineTextTest, ManyBrAreOneParagraphBreak) { EXPECT_EQ(clean_inline("a<br><br><br><br>b"), "a\nb"); }

TEST(InlineTextTest, BrSeparatedByTextAreWraps) { EXPECT_EQ(clean_inline("a<br>b<br>c"), "a b c"); }

TEST(InlineTextTest, BrThenNewlineIsWrap) { EXPECT_EQ(clean_inline("a<br>\nb"), "a b"); }

TEST(InlineTextTest, BrAroundNewlineIsParagraph) { EXPECT_EQ(clean_inline("a<br>\n<br>b"), "a\nb"); }

TEST(InlineTextTest, ParagraphTags) {
  EXPECT_EQ(clean_inline("<p>one</p><p>two</p>"), "one\ntwo");
  EXPECT_EQ(clean_inline("one<p>two"), "one\ntwo");
  EXPECT_EQ(clean_inline("<P class=\"x\">one</P> two"), "one\ntwo");
}

TEST(InlineTextTest, ListItemsAreParagraphs) {
  EXPECT_EQ(clean_inline("<ul><li>One</li><li>Two</li></ul>"), "One\nTwo");
}

TEST(InlineTextTest, DivIsParagraph) { EXPECT_EQ(clean_inline("<div>a</div><div>b</div>"), "a\nb"); }

TEST(InlineTextTest, TableCellTagsAreSpaces) { EXPECT_EQ(clean_inline("<td>a</td><td>b</td>"), "a b"); }

// ---- HTML tags ----------------------------------------------------------------

TEST(InlineTextTest, InlineTagsAreRemoved) {
  EXPECT_EQ(clean_inline("<strong>S</strong> <em>E</em> <u>U</u> x<sup>2</sup> H<sub>2</sub>O"),
            "S E U x2 H2O");
}

TEST(InlineTextTest, TagsWithAttributesAreRemoved) {
  EXPECT_EQ(clean_inline("<span style=\"color:red\">red</span> <font face='Arial' size=2>x</font>"),
            "red x");
}

TEST(InlineTextTest, AnchorKeepsLinkText) {
  EXPECT_EQ(clean_inline("see <a href=\"http://x.gov.uk/a?b=c&d=e\">the report</a>."),
            "see the report.");
}

TEST(InlineTextTest, TagNamesAreCaseInsensitive) {
  EXPECT_EQ(clean_inline("<B>bold</B> <SPAN CLASS=x>s</SPAN>"), "bold s");
}

TEST(InlineTextTest, TagSpanningLines) { EXPECT_EQ(clean_inline("<a\nhref=\"x\">y</a>"), "y"); }

TEST(InlineTextTest, BareAndSelfClosingAttributes) {
  EXPECT_EQ(clean_inline("a<input disabled checked/>b<img src=x />c"), "abc");
}

TEST(InlineTextTest, TagsInsideWordsJoinTheWord) { EXPECT_EQ(clean_inline("Chil<b>dren</b>"), "Children"); }

TEST(InlineTextTest, LessThanThatStartsNoTagIsText) {
  EXPECT_EQ(clean_inline("a < b"), "a < b");
  EXPECT_EQ(clean_inline("<5 days"), "<5 days");
  EXPECT_EQ(clean_inline("x <= y"), "x <= y");
  EXPECT_EQ(clean_inline("< /b>"), "< /b>");
  EXPECT_EQ(clean_inline("ends with <"), "ends with <");
}

TEST(InlineTextTest, UnterminatedTagsAreText) {
  EXPECT_EQ(clean_inline("<b"), "<b");
  EXPECT_EQ(clean_inline("unterminated <a href=\"x"), "unterminated <a href=\"x");
  EXPECT_EQ(clean_inline("</b"), "</b");
  EXPECT_EQ(clean_inline("<a b='c' d"), "<a b='c' d");
}

TEST(InlineTextTest, MalformedTagsAreText) {
  EXPECT_EQ(clean_inline("<a href=\"x\"title=\"y\">t"), "<a href=\"x\"title=\"y\">t");
  EXPECT_EQ(clean_inline("<a =x>"), "<a =x>");
  EXPECT_EQ(clean_inline("<a/b>"), "<a/b>");
}

TEST(InlineTextTest, QuotedAttributeMayNotHoldAngleBrackets) {
  EXPECT_EQ(clean_inline("<a title=\"x>y\">t</a>"), "<a title=\"x>y\">t");
}

TEST(InlineTextTest, CommentsAreRemoved) {
  EXPECT_EQ(clean_inline("a<!-- image -->b"), "ab");
  EXPECT_EQ(clean_inline("a <!-- multi\nline --> b"), "a b");
}

TEST(InlineTextTest, UnterminatedCommentIsText) {
  EXPECT_EQ(clean_inline("text <!-- open <!-- again"), "text <!-- open <!-- again");
}

// ---- autolinks and links --------------------------------------------------------

TEST(InlineTextTest, UrlAutolink) {
  EXPECT_EQ(clean_inline("see <http://example.com/a_b_c*d*> now"),
            "see http://example.com/a_b_c*d* now");
}

TEST(InlineTextTest, EmailAutolink) { EXPECT_EQ(clean_inline("<peter@x.gov.uk>"), "peter@x.gov.uk"); }

TEST(InlineTextTest, MailtoAutolink) {
  EXPECT_EQ(clean_inline("<mailto:peter@x.gov.uk>"), "mailto:peter@x.gov.uk");
}

TEST(InlineTextTest, AutolinkDropsInvisibleCharacters) {
  EXPECT_EQ(clean_inline("<http://x.gov.uk/a\u200Bb>"), "http://x.gov.uk/ab");
}

TEST(InlineTextTest, AutolinkWithSpaceIsNotALink) {
  EXPECT_EQ(clean_inline("<http://a b>"), "<http://a b>");
}

TEST(InlineTextTest, BadEmailAutolinkIsText) {
  EXPECT_EQ(clean_inline("<not an@email"), "<not an@email");
  EXPECT_EQ(clean_inline("<a@-b>"), "<a@-b>");
}

TEST(InlineTextTest, MarkdownLinkGivesText) {
  EXPECT_EQ(clean_inline("See [the report](http://x.gov.uk/r.pdf) for details"),
            "See the report for details");
}

TEST(InlineTextTest, LinkWithTitle) {
  EXPECT_EQ(clean_inline("[link **bold**](u \"a title\")"), "link bold");
  EXPECT_EQ(clean_inline("[t](u 'title')"), "t");
  EXPECT_EQ(clean_inline("[t](u (title))"), "t");
}

TEST(InlineTextTest, LinkWithAngleDestination) { EXPECT_EQ(clean_inline("[t](<a b>)"), "t"); }

TEST(InlineTextTest, LinkWithBalancedParentheses) {
  EXPECT_EQ(clean_inline("[t](http://x/a(b)c) d"), "t d");
}

TEST(InlineTextTest, LinkWithEmptyDestination) { EXPECT_EQ(clean_inline("[t]()"), "t"); }

TEST(InlineTextTest, ImageGivesAltText) {
  EXPECT_EQ(clean_inline("![Organisation chart](media/image1.png) and ![](x.png)"),
            "Organisation chart and");
}

TEST(InlineTextTest, BracketsThatAreNotLinksStay) {
  EXPECT_EQ(clean_inline("[not a link] and [x](y"), "[not a link] and [x](y");
  EXPECT_EQ(clean_inline("a] b [c"), "a] b [c");
  EXPECT_EQ(clean_inline("Wow! ![x"), "Wow! ![x");
  EXPECT_EQ(clean_inline("[t](u \"open title)"), "[t](u \"open title)");
}

TEST(InlineTextTest, NestedBracketsInLinkText) {
  EXPECT_EQ(clean_inline("[see [3] below](u)"), "see [3] below");
}

// ---- emphasis ------------------------------------------------------------------

TEST(InlineTextTest, EmphasisMarkersAreRemoved) {
  EXPECT_EQ(clean_inline("*em* and _em_ and __bold__ and **bold**"), "em and em and bold and bold");
}

TEST(InlineTextTest, BoldItalic) { EXPECT_EQ(clean_inline("***both***"), "both"); }

TEST(InlineTextTest, NestedEmphasis) {
  EXPECT_EQ(clean_inline("**a *b* c**"), "a b c");
  EXPECT_EQ(clean_inline("*a **b** c*"), "a b c");
}

TEST(InlineTextTest, IntrawordUnderscoreStays) {
  EXPECT_EQ(clean_inline("snake_case and file_name_here"), "snake_case and file_name_here");
}

TEST(InlineTextTest, StarBetweenDigitsStays) {
  EXPECT_EQ(clean_inline("2*3 and 3*12*52"), "2*3 and 3*12*52");
}

TEST(InlineTextTest, StarSurroundedBySpacesStays) {
  EXPECT_EQ(clean_inline("2 * 3 and a _ b"), "2 * 3 and a _ b");
}

TEST(InlineTextTest, UnmatchedSingleStarStays) {
  EXPECT_EQ(clean_inline("Savings* (see note)"), "Savings* (see note)");
  EXPECT_EQ(clean_inline("* bullet"), "* bullet");
}

TEST(InlineTextTest, UnmatchedDoubleStarInMiddleStays) {
  EXPECT_EQ(clean_inline("text ** more"), "text ** more");
}

TEST(InlineTextTest, LongStarRunStays) { EXPECT_EQ(clean_inline("foo****bar"), "foo****bar"); }

TEST(InlineTextTest, RuleOfThree) { EXPECT_EQ(clean_inline("*foo**bar*"), "foo**bar"); }

TEST(InlineTextTest, EmphasisAroundPunctuation) {
  EXPECT_EQ(clean_inline("**\u201CQuoted\u201D**"), "\u201CQuoted\u201D");
  EXPECT_EQ(clean_inline("(**x**)"), "(x)");
  EXPECT_EQ(clean_inline("**Telephone No.** 01642 528957"), "Telephone No. 01642 528957");
}

TEST(InlineTextTest, EmphasisNextToCurrency) {
  EXPECT_EQ(clean_inline("c**\u00A3250k** saving"), "c\u00A3250k saving");
}

TEST(InlineTextTest, EmphasisAroundTags) { EXPECT_EQ(clean_inline("<b>**1.**</b> Intro"), "1. Intro"); }

TEST(InlineTextTest, UnderscoreRunsOfSignatureLinesStay) {
  EXPECT_EQ(clean_inline("Signed: ________"), "Signed: ________");
}

TEST(InlineTextTest, SplitBoldOnBothEnds) { EXPECT_EQ(clean_inline("** foo **"), "foo"); }

TEST(InlineTextTest, LoneDoubleStar) { EXPECT_EQ(clean_inline("**"), ""); }

TEST(InlineTextTest, SplitBoldAtLineEnds) {
  EXPECT_EQ(clean_inline("By end October 2015 LF**\n**Next item"), "By end October 2015 LF Next item");
  EXPECT_EQ(clean_inline("A**<br>**B"), "A B");
}

TEST(InlineTextTest, SplitBoldAtParagraphEdges) {
  EXPECT_EQ(clean_inline("**bold\n\nsplit**"), "bold\nsplit");
}

TEST(InlineTextTest, SplitTripleStar) { EXPECT_EQ(clean_inline("done***"), "done"); }

TEST(InlineTextTest, SplitSingleStarStays) { EXPECT_EQ(clean_inline("Note*"), "Note*"); }

TEST(InlineTextTest, EscapedDelimitersStay) {
  EXPECT_EQ(clean_inline("\\*not em\\* and \\_x\\_"), "*not em* and _x_");
  // The escaped star is text; the next one opens emphasis that uses up one
  // star of the closing run, as in CommonMark.
  EXPECT_EQ(clean_inline("\\**not bold**"), "*not bold*");
}

TEST(InlineTextTest, EntityDelimitersAreText) { EXPECT_EQ(clean_inline("&#42;x&#42;"), "*x*"); }

// ---- backslash escapes -----------------------------------------------------------

TEST(InlineTextTest, PunctuationEscapes) {
  EXPECT_EQ(clean_inline("\\| \\* \\_ \\\\ \\# \\[a\\] \\` \\< \\& \\! \\( \\) \\- \\. \\~"),
            "| * _ \\ # [a] ` < & ! ( ) - . ~");
}

TEST(InlineTextTest, EscapedBracketsAreNotLinks) { EXPECT_EQ(clean_inline("\\[t](u)"), "[t](u)"); }

TEST(InlineTextTest, EscapedAngleIsNotATag) { EXPECT_EQ(clean_inline("\\<b>x"), "<b>x"); }

TEST(InlineTextTest, EscapedAmpersandIsNotAnEntity) { EXPECT_EQ(clean_inline("\\&amp;"), "&amp;"); }

TEST(InlineTextTest, BackslashBeforeNonPunctuationStays) {
  EXPECT_EQ(clean_inline("C:\\Users\\x and \\n"), "C:\\Users\\x and \\n");
}

TEST(InlineTextTest, TrailingBackslashStays) { EXPECT_EQ(clean_inline("end\\"), "end\\"); }

// ---- entities in clean_inline -------------------------------------------------------

TEST(InlineTextTest, NamedEntities) {
  EXPECT_EQ(clean_inline("&amp; &lt; &gt; &quot; &apos; &pound;5 &euro; &ndash; &mdash; "
                         "&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&bull;&copy;&deg;&frac12;&times;"),
            "& < > \" ' \u00A35 \u20AC \u2013 \u2014 "
            "\u2018\u2019\u201C\u201D\u2026\u2022\u00A9\u00B0\u00BD\u00D7");
}

TEST(InlineTextTest, NumericEntities) {
  EXPECT_EQ(clean_inline("&#163;1 &#xA3;2 &#XA3;3 &#x1F600;"), "\u00A3" "1 \u00A3" "2 \u00A3" "3 \U0001F600");
}

TEST(InlineTextTest, InvalidNumericEntitiesAreReplacementCharacters) {
  EXPECT_EQ(clean_inline("&#0; &#xD800; &#x110000; &#99999999999;"), "\uFFFD \uFFFD \uFFFD \uFFFD");
}

TEST(InlineTextTest, Windows1252NumericEntities) {
  EXPECT_EQ(clean_inline("children&#146;s &#150; &#128;5"), "children\u2019s \u2013 \u20AC" "5");
}

TEST(InlineTextTest, NbspEntityIsWhitespace) {
  EXPECT_EQ(clean_inline("a&nbsp;&nbsp;b &nbsp; c&nbsp;"), "a b c");
}

TEST(InlineTextTest, DecodedLessThanIsNotATag) { EXPECT_EQ(clean_inline("&lt;b&gt;x"), "<b>x"); }

TEST(InlineTextTest, WhitespaceAndInvisibleEntities) {
  EXPECT_EQ(clean_inline("a&#32;&#9;b&#10;c&shy;d&#8203;e"), "a b cde");
}

TEST(InlineTextTest, UnknownAndMalformedEntitiesStay) {
  EXPECT_EQ(clean_inline("&unknown; & lone &#; &#x; &amp &#12 &"), "&unknown; & lone &#; &#x; &amp &#12 &");
}

TEST(InlineTextTest, AmpersandInText) {
  EXPECT_EQ(clean_inline("Arts, Leisure & Culture; R&D"), "Arts, Leisure & Culture; R&D");
}

// ---- append_clean_inline ----------------------------------------------------------

TEST(InlineTextTest, AppendKeepsExistingContent) {
  std::string out = "Lead: ";
  append_clean_inline("  <b>Graham</b>  Waller ", out);
  EXPECT_EQ(out, "Lead: Graham Waller");
}

TEST(InlineTextTest, AppendOnPlainFastPath) {
  std::string out = "x";
  append_clean_inline("  a  b ", out);
  EXPECT_EQ(out, "xa b");
}

TEST(InlineTextTest, AppendNothing) {
  std::string out = "x";
  append_clean_inline(" <b></b> ", out);
  EXPECT_EQ(out, "x");
}

TEST(InlineTextTest, AppendWhenMarkupComesAfterPlainText) {
  std::string out = "x: ";
  append_clean_inline("words  and\nmore words, then <b>bold</b>", out);
  EXPECT_EQ(out, "x: words and more words, then bold");
}

// ---- decode_entity -----------------------------------------------------------------

TEST(DecodeEntityTest, NamedEntity) {
  std::string out = "x";
  EXPECT_EQ(decode_entity("&amp;rest", out), 5u);
  EXPECT_EQ(out, "x&");
}

TEST(DecodeEntityTest, PoundThreeWays) {
  for (const std::string_view entity : {"&pound;", "&#163;", "&#xA3;", "&#XA3;", "&#x00a3;"}) {
    std::string out;
    EXPECT_EQ(decode_entity(entity, out), entity.size()) << entity;
    EXPECT_EQ(out, "\u00A3") << entity;
  }
}

TEST(DecodeEntityTest, FourByteCodePoint) {
  std::string out;
  EXPECT_EQ(decode_entity("&#128512;", out), 9u);
  EXPECT_EQ(out, "\U0001F600");
}

TEST(DecodeEntityTest, LargestCodePoint) {
  std::string out;
  EXPECT_EQ(decode_entity("&#x10FFFF;", out), 10u);
  EXPECT_EQ(out, "\xF4\x8F\xBF\xBF");
}

TEST(DecodeEntityTest, InvalidCodePointsAreReplacementCharacter) {
  for (const std::string_view entity :
       {"&#0;", "&#x0;", "&#xD800;", "&#xDFFF;", "&#x110000;", "&#99999999999;",
        "&#xFFFFFFFFFFFFFFFFFFFF;"}) {
    std::string out;
    EXPECT_EQ(decode_entity(entity, out), entity.size()) << entity;
    EXPECT_EQ(out, "\uFFFD") << entity;
  }
}

TEST(DecodeEntityTest, Windows1252Range) {
  std::string out;
  EXPECT_EQ(decode_entity("&#x92;", out), 6u);
  EXPECT_EQ(out, "\u2019");
  out.clear();
  EXPECT_EQ(decode_entity("&#129;", out), 6u);  // unassigned: maps to itself
  EXPECT_EQ(out, "\xC2\x81");
}

TEST(DecodeEntityTest, NotEntities) {
  for (const std::string_view text :
       {"", "&", "&;", "&amp", "amp;", " &amp;", "&#;", "&#x;", "&#12", "&#12a;", "&#xG1;",
        "&unknown;", "&AMP;", "&pound", "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;"}) {
    std::string out = "kept";
    EXPECT_EQ(decode_entity(text, out), 0u) << text;
    EXPECT_EQ(out, "kept") << text;
  }
}

TEST(DecodeEntityTest, ConsumesOnlyTheEntity) {
  std::string out;
  EXPECT_EQ(decode_entity("&lt;&gt;", out), 4u);
  EXPECT_EQ(out, "<");
}

// ---- hostile input -------------------------------------------------------------------

// Each of these is large enough (hundreds of KB) that a quadratic scan would
// take minutes and trip the ctest timeout; linear, they take milliseconds.
// Speed itself is measured by the benchmarks, not here.
class PathologicalInputTest : public ::testing::Test {
 protected:
  static std::string repeat(std::string_view unit, std::size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += unit;
    return out;
  }

  static void expect_bounded(const std::string& input) {
    const std::string result = clean_inline(input);
    EXPECT_LE(result.size(), input.size() * 3) << input.substr(0, 40);
  }
};

TEST_F(PathologicalInputTest, UnterminatedTags) { expect_bounded(repeat("<a b='", 25000)); }

TEST_F(PathologicalInputTest, UnterminatedQuotedAttribute) {
  expect_bounded("<a b=\"" + repeat("<c d='", 25000));
}

TEST_F(PathologicalInputTest, ManyAttributesWithoutEnd) { expect_bounded(repeat("<x y z", 25000)); }

TEST_F(PathologicalInputTest, OpenBracketsThenLinkTails) {
  expect_bounded(repeat("[", 50000) + repeat("](", 50000));
}

TEST_F(PathologicalInputTest, OpenBracketsThenLongDestinations) {
  expect_bounded(repeat("[", 50000) + repeat("](((((((((((", 50000));
}

TEST_F(PathologicalInputTest, AlternatingDelimiters) { expect_bounded(repeat("*a_ ", 50000)); }

TEST_F(PathologicalInputTest, NestedOpeners) { expect_bounded(repeat("*a ", 50000) + repeat("**b ", 1000)); }

TEST_F(PathologicalInputTest, ClosersOfTheOtherMarker) {
  expect_bounded(repeat("_a ", 50000) + repeat("a* ", 50000));
}

TEST_F(PathologicalInputTest, ManyClosersNoOpeners) { expect_bounded(repeat("a** ", 50000)); }

TEST_F(PathologicalInputTest, UnterminatedComments) { expect_bounded(repeat("<!--", 50000)); }

TEST_F(PathologicalInputTest, LongNumericEntities) {
  expect_bounded(repeat("&#" + std::string(1000, '9'), 1000));
}

TEST_F(PathologicalInputTest, LongEntityNames) { expect_bounded(repeat("&" + std::string(100, 'a'), 10000)); }

TEST_F(PathologicalInputTest, ManyNewlinesAndSpaces) {
  expect_bounded(repeat("\n" + std::string(1000, ' '), 1000));
}

TEST_F(PathologicalInputTest, AutolinkStarts) { expect_bounded(repeat("<http:", 50000)); }

TEST_F(PathologicalInputTest, EmailAutolinkStarts) { expect_bounded(repeat("<a@b", 50000)); }

TEST_F(PathologicalInputTest, InvalidBytes) { expect_bounded(repeat("\xFF\xC0\xE2\x82", 50000)); }

TEST_F(PathologicalInputTest, EveryByteValue) {
  std::string input;
  for (int round = 0; round < 1000; ++round) {
    for (int c = 0; c < 256; ++c) input += static_cast<char>((c * 7 + round) & 0xFF);
  }
  expect_bounded(input);
}


// ---- shortcuts against the tokenizer -------------------------------------------
// Plain text and text with light markup (tags, entities, pairs of "**") are
// cleaned without the tokenizer. Fragments built from pieces of every kind,
// in many orders, must come out as the tokenizer alone makes them.

TEST(InlineTextTest, ShortcutsAgreeWithTheTokenizer) {
  const std::vector<std::string> pieces = {
      "word", "Two words", "2", "(a)", ":", ".", " ", "  ", "\n", "\n\n", " \n ", "\t", "\r", "\f",
      "**", "*", "***", "_", "__", "<b>", "</b>", "<i>", "<br>", "<br/>", "<BR>", "<p>", "</td>", "<th>",
      "<span class=\"x\">", "<table>", "<!-- c -->", "<!--", "<a@b.co>", "<http://x.y/z>", "<", ">", "< 5",
      "&amp;", "&", "&#146;", "&nbsp;", "&shy;", "&#0;", "!", "![", "[", "]", "(u)", "\\", "\\*", "\\\n",
      "\u00A3", "\u2013", "\u00A0", "\u200B", "\u3000", "\xFF", "\xE2\x80", "\0"s, "\x7F"};
  // A small deterministic generator: the same fragments on every run.
  std::uint32_t state = 12345;
  const auto next = [&state](std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  std::string buffer;
  for (int round = 0; round < 20000; ++round) {
    std::string raw;
    const std::uint32_t count = 1 + next(8);
    for (std::uint32_t k = 0; k < count; ++k) raw += pieces[next(static_cast<std::uint32_t>(pieces.size()))];
    const std::string expected = clean_inline_by_tokens(raw);
    ASSERT_EQ(clean_inline(raw), expected) << "raw: " << raw;
    ASSERT_EQ(clean_inline_view(raw, buffer), expected) << "view, raw: " << raw;
  }
}

TEST(InlineTextTest, LightMarkupExamples) {
  const std::vector<std::string> raws = {
      " <b>No.</b> ", "**Name of Contact Officer:** Owen Davies", "3.2.1 **Right child \u2013 FG/LF**",
      "a **b** and **c** d", "**a **b** c**", "x**y**z", "2**3**4", "** a**", "**a ** b", "a<br>b<br><br>c",
      "a <b> b", "<i>Telford & Wrekin</i>", "**Arts &amp; Culture\nSelect Committee**", "<td>a</td><td>b</td>",
      "a\n<b>\nb", "a\n \n<p>b", "**(a)**", "a**(b)**c", "**\u00A0a**", "<b></b>", "****"};
  for (const std::string& raw : raws) EXPECT_EQ(clean_inline(raw), clean_inline_by_tokens(raw)) << raw;
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// A table cell's text is what clean_inline gives; the single <br>s are
// noted where they became spaces, by every path of the cleaner.
TEST(CleanCell, NotesWhereSingleBreaksStood) {
  for (const std::string raw : {"one<br>two<br/>three", "**one**<br>two<BR />three", "one <br> two<br>three"}) {
    SCOPED_TRACE(raw);
    std::string out = "ab|";
    std::vector<std::uint32_t> wraps;
    append_clean_cell(raw, out, wraps, 3);
    EXPECT_EQ(out, "ab|" + clean_inline(raw));
    EXPECT_EQ(wraps, (std::vector<std::uint32_t>{3, 7}));
  }
  std::string out;
  std::vector<std::uint32_t> wraps;
  append_clean_cell("one<br><br>two and three", out, wraps, 0);
  EXPECT_EQ(out, "one\ntwo and three");
  EXPECT_TRUE(wraps.empty());  // a paragraph break is in the text already
  append_clean_cell("plain text", out, wraps, 0);
  EXPECT_TRUE(wraps.empty());
}

}  // namespace
}  // namespace docket
