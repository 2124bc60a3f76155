// Whole web pages: a council's published decision or minutes page, with its
// menus, scripts and styles around a few kilobytes of the paper itself.
//
// The page is parsed by libxml2's HTML parser, which is lenient the way
// browsers are (unclosed tags, stray end tags, Word's exported markup),
// decodes every entity, records the line of each node and is in every
// Debian install. Gumbo (libgumbo) follows the HTML5 algorithm more
// closely but is no longer maintained upstream and has no XPath; lexbor is
// not packaged in Debian 12. Pages are rarely HTML5-tricky; they are
// mostly tag soup, which libxml2 reads well.
//
// The main content is found in this order: ModernGov's #modgov block;
// WordPress's .entry-content (with the .entry-title before it); <main> or
// a single <article>; otherwise the smallest element that holds most of the
// page's text outside links, once scripts, styles, navigation, headers,
// footers and forms are dropped. It is then written as converted text
// (converted_text.hpp): headings, paragraphs, <br> lines, list items with
// their markers (ordered lists numbered as a browser would, Word's
// exported list paragraphs with their printed labels), and data tables as
// <table> blocks with their spans, which the layout stage reads.
#ifndef DOCKET_HTML_DOCUMENT_HPP
#define DOCKET_HTML_DOCUMENT_HPP

#include <string_view>

#include "read/converted_text.hpp"

namespace docket {

// True when `text` is a web page rather than markdown or plain text: its
// first markup (after white space, comments and an XML declaration) is a
// doctype, <html>, <head>, <body>, or a block element other than <table>
// (markdown papers carry HTML tables inline); or its first line is text
// whose lines are ended by <br> tags, three or more (minutes pasted from a
// web page into a text file).
bool looks_like_html_document(std::string_view text);

// `text` is UTF-8 (decode_text's output); lines of the result report
// lines of `text`.
ConvertedText convert_html_document(std::string_view text);

}  // namespace docket

#endif  // DOCKET_HTML_DOCUMENT_HPP
