#include "read/html_document.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/text_util.hpp"
#include "read/shared_library.hpp"

namespace docket {

namespace {

using Node = xmlNode*;

// Below this depth elements keep their block structure; deeper ones are
// read as inline text. Nothing here recurses, so depth costs no stack;
// the limit keeps indentation and list state bounded.
constexpr int kMostStructuredDepth = 1000;
// Nested lists are indented by three spaces a level, up to this many.
constexpr std::size_t kMostIndentLevels = 8;

std::string_view name_of(const xmlNode* n) {
  return n->name == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(n->name));
}

bool is_element(const xmlNode* n) { return n->type == XML_ELEMENT_NODE; }

// The value of attribute `name`, or an empty view. HTML attributes hold
// their value as one text child.
std::string_view attribute(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || !iequals(reinterpret_cast<const char*>(a->name), name)) continue;
    if (a->children == nullptr || a->children->content == nullptr) return {};
    return reinterpret_cast<const char*>(a->children->content);
  }
  return {};
}

bool has_class(const xmlNode* n, std::string_view token) {
  const std::string_view classes = attribute(n, "class");
  std::size_t at = 0;
  while ((at = ifind(classes, token, at)) != std::string_view::npos) {
    const std::size_t end = at + token.size();
    const bool starts = at == 0 || classes[at - 1] == ' ' || classes[at - 1] == '\t';
    const bool ends = end == classes.size() || classes[end] == ' ' || classes[end] == '\t';
    if (starts && ends) return true;
    at = end;
  }
  return false;
}

bool name_in(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Never part of a paper: code, styling, controls and the document head.
bool is_never_content(std::string_view name) {
  return name_in(name, {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link", "button",
                        "select", "iframe", "object", "canvas", "textarea", "input", "math", "map"});
}

// Page furniture around the paper: menus, site headers and footers,
// sidebars, forms, cookie notices. Judged by element and by the words
// sites use in their class and id names.
bool is_furniture(const xmlNode* n) {
  const std::string_view name = name_of(n);
  if (name_in(name, {"nav", "header", "footer", "aside", "form"})) return true;
  if (iequals(attribute(n, "role"), "navigation") || !attribute(n, "hidden").empty()) return true;
  for (const std::string_view attr : {attribute(n, "class"), attribute(n, "id")}) {
    if (attr.empty()) continue;
    for (const std::string_view word : {"nav", "menu", "breadcrumb", "sidebar", "cookie", "skip-link", "share",
                                        "social", "widget", "search", "mglinks", "site-header", "site-footer"}) {
      if (ifind(attr, word) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool is_dropped(const xmlNode* n, bool drop_furniture) {
  return is_never_content(name_of(n)) || (drop_furniture && is_furniture(n));
}

int heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

bool is_block(std::string_view name) {
  return heading_level(name) > 0 ||
         name_in(name, {"p", "div", "section", "article", "main", "blockquote", "address", "center", "figure",
                        "figcaption", "dl", "dt", "dd", "fieldset", "details", "summary", "body", "html", "header",
                        "footer", "form", "pre", "ul", "ol", "li", "table", "tr", "td", "th", "caption", "hr",
                        "thead", "tbody", "tfoot"});
}

// The line the node's text starts on. libxml2 records a text node's line
// where the text ended, so the newlines after its first visible character
// are taken off; lines past 65535 are not recorded and read as 65535. An
// element or a text node holds its line (as xmlGetLineNo reads it when
// big line numbers are off); any other node is placed by its parent.
int line_of(const xmlNode* n) {
  while (n->type != XML_ELEMENT_NODE && n->type != XML_TEXT_NODE && n->parent != nullptr) n = n->parent;
  long line = n->line;
  if (n->type == XML_TEXT_NODE && n->content != nullptr) {
    const std::string_view text(reinterpret_cast<const char*>(n->content));
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos) {
      line -= static_cast<long>(std::count(text.begin() + static_cast<std::ptrdiff_t>(first), text.end(), '\n'));
    }
  }
  return static_cast<int>(std::max(1L, line));
}

// Word's "Save as Web Page" wraps list labels in downlevel-revealed
// conditional comments, which an HTML parser leaves as text:
// "<![if !supportLists]>1.<![endif]>". The brackets go; the label stays.
std::string without_conditional_marks(std::string_view s) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = s.find("<![", at);
    if (open == std::string_view::npos) break;
    const std::size_t close = s.find("]>", open);
    if (close == std::string_view::npos) break;
    out.append(s.substr(at, open - at));
    at = close + 2;
  }
  out.append(s.substr(at));
  return out;
}

std::string_view content_of(const xmlNode* n) {
  return n->content == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(n->content));
}

// Pre-order walk of the elements and text under `root` (root included),
// skipping dropped subtrees; `visit` returns false to skip a node's
// children. No recursion: pages nest as deep as they like.
template <typename Visit>
void walk(Node root, bool drop_furniture, Visit visit) {
  std::vector<Node> stack{root};
  while (!stack.empty()) {
    Node n = stack.back();
    stack.pop_back();
    if (is_element(n) && n != root && is_dropped(n, drop_furniture)) continue;
    if (!visit(n)) continue;
    for (Node c = n->last; c != nullptr; c = c->prev) {
      if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE) stack.push_back(c);
    }
  }
}

std::size_t visible_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  }));
}

// The smallest element under `body` that holds at least 70% of its text
// outside links, with furniture dropped: the article among the menus.
Node densest_element(Node body) {
  std::vector<Node> order;
  walk(body, true, [&](Node n) {
    n->_private = nullptr;
    order.push_back(n);
    return true;
  });
  // Scores are kept in each node's _private slot, which libxml2 leaves to
  // applications, children before parents.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Node n = *it;
    auto score = reinterpret_cast<std::uintptr_t>(n->_private);
    if (n->type == XML_TEXT_NODE) score = visible_length(content_of(n));
    if (n->type == XML_ELEMENT_NODE && name_of(n) == "a") score = 0;  // link text is navigation
    n->_private = reinterpret_cast<void*>(score);
    if (n != body && n->parent != nullptr) {
      n->parent->_private =
          reinterpret_cast<void*>(reinterpret_cast<std::uintptr_t>(n->parent->_private) + score);
    }
  }
  const auto score_of = [](Node n) { return reinterpret_cast<std::uintptr_t>(n->_private); };
  const std::uintptr_t total = score_of(body);
  Node at = body;
  while (true) {
    Node best = nullptr;
    for (Node c = at->children; c != nullptr; c = c->next) {
      if (is_element(c) && !is_dropped(c, true) && (best == nullptr || score_of(c) > score_of(best))) best = c;
    }
    if (best == nullptr || score_of(best) * 10 < total * 7) break;
    at = best;
  }
  for (Node n : order) n->_private = nullptr;
  return at;
}

struct MainContent {
  Node root = nullptr;
  Node title = nullptr;  // a heading outside root to write first
};

MainContent find_main_content(Node html) {
  Node modgov = nullptr;
  Node entry_content = nullptr;
  Node entry_title = nullptr;
  Node main = nullptr;
  Node body = nullptr;
  Node article = nullptr;
  int articles = 0;
  walk(html, false, [&](Node n) {
    if (!is_element(n)) return false;
    const std::string_view name = name_of(n);
    if (body == nullptr && name == "body") body = n;
    if (main == nullptr && name == "main") main = n;
    if (name == "article" && articles++ == 0) article = n;
    if (modgov == nullptr && iequals(attribute(n, "id"), "modgov")) modgov = n;
    if (entry_content == nullptr && has_class(n, "entry-content")) entry_content = n;
    if (entry_title == nullptr && has_class(n, "entry-title")) entry_title = n;
    return true;
  });
  if (modgov != nullptr) return {modgov, nullptr};
  if (entry_content != nullptr) return {entry_content, entry_title};
  if (main != nullptr) return {main, nullptr};
  if (articles == 1) return {article, nullptr};
  return {densest_element(body != nullptr ? body : html), nullptr};
}

// The text of a table cell: its inline text with white space collapsed,
// block boundaries and <br> as newlines.
std::string cell_text(Node cell) {
  TextEmitter emitter;
  walk(cell, false, [&](Node n) {
    if (n->type == XML_TEXT_NODE) {
      emitter.text(without_conditional_marks(content_of(n)), 1);
    } else if (n != cell && (name_of(n) == "br" || is_block(name_of(n)))) {
      emitter.line_break();
    }
    return true;
  });
  std::string text = emitter.finish({}).text;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

template <typename Each>
void for_each_child_element(Node n, Each each) {
  for (Node c = n->children; c != nullptr; c = c->next) {
    if (is_element(c)) each(c);
  }
}

// The rows of a table: its own <tr>, and those of its row groups.
std::vector<Node> table_rows(Node table) {
  std::vector<Node> rows;
  for_each_child_element(table, [&](Node c) {
    if (name_of(c) == "tr") rows.push_back(c);
    if (name_in(name_of(c), {"thead", "tbody", "tfoot"})) {
      for_each_child_element(c, [&](Node r) {
        if (name_of(r) == "tr") rows.push_back(r);
      });
    }
  });
  return rows;
}

std::vector<Node> row_cells(Node row) {
  std::vector<Node> cells;
  for_each_child_element(row, [&](Node c) {
    if (name_of(c) == "td" || name_of(c) == "th") cells.push_back(c);
  });
  return cells;
}

// A table of one column is page layout, not data: its cells are read as
// blocks of the page.
bool is_layout_table(const std::vector<Node>& rows) {
  return std::all_of(rows.begin(), rows.end(), [](Node r) { return row_cells(r).size() <= 1; });
}

int span_of(Node cell, std::string_view name) {
  const std::string_view value = attribute(cell, name);
  int n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') break;
    n = std::min(n * 10 + (c - '0'), 1000);
  }
  return std::max(n, 1);
}

// Writes a data table as a <table> block, one row a line, each line
// reporting its row's input line.
void write_table(Node table, const std::vector<Node>& rows, TextEmitter& emitter) {
  emitter.paragraph_break();
  emitter.raw_line("<table>", line_of(table));
  for_each_child_element(table, [&](Node c) {
    if (name_of(c) != "caption") return;
    std::string line = "<caption>";
    append_escaped(line, cell_text(c));
    emitter.raw_line(line + "</caption>", line_of(c));
  });
  std::vector<ConvertedCell> cells;
  for (Node row : rows) {
    cells.clear();
    for (Node cell : row_cells(row)) {
      cells.push_back({cell_text(cell), name_of(cell) == "th", span_of(cell, "colspan"), span_of(cell, "rowspan")});
    }
    emitter.raw_line(table_row_markup(cells), line_of(row));
  }
  emitter.raw_line("</table>", line_of(table));
  emitter.paragraph_break();
}

struct ListState {
  bool ordered = false;
  char style = '1';  // 1, a, A, i, I
  int next = 1;
};

// The label a browser prints for an item of `list`.
std::string list_label(const ListState& list, int value) {
  if (!list.ordered) return "-";
  std::string label;
  switch (list.style) {
    case 'a':
    case 'A':
      if (value >= 1 && value <= 26) label = std::string(1, static_cast<char>(list.style + value - 1));
      else label = std::to_string(value);
      break;
    case 'i': label = lower_roman(std::clamp(value, 1, 3999)); break;
    case 'I':
      label = lower_roman(std::clamp(value, 1, 3999));
      std::transform(label.begin(), label.end(), label.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
      break;
    default: label = std::to_string(value);
  }
  return label + ".";
}

// The level of a Word list paragraph ("mso-list:l0 level2 lfo1"), or 0.
int word_list_level(const xmlNode* p) {
  const std::string_view style = attribute(p, "style");
  const std::size_t at = ifind(style, "mso-list:");
  if (at == std::string_view::npos) return 0;
  const std::size_t level = ifind(style, "level", at);
  if (level == std::string_view::npos || level + 5 >= style.size()) return 1;
  const char digit = style[level + 5];
  return digit >= '1' && digit <= '9' ? digit - '0' : 1;
}

std::string indent(std::size_t levels) { return std::string(3 * std::min(levels, kMostIndentLevels), ' '); }

class PageWriter {
 public:
  void write(Node root) {
    struct Frame {
      Node node;
      bool leaving;
      int depth;
    };
    std::vector<Frame> stack{{root, false, 0}};
    while (!stack.empty()) {
      const Frame frame = stack.back();
      stack.pop_back();
      Node n = frame.node;
      if (frame.leaving) {
        leave(n);
        continue;
      }
      if (n->type == XML_TEXT_NODE) {
        write_text(n);
        continue;
      }
      if (n != root && is_dropped(n, true)) continue;
      const bool structured = frame.depth < kMostStructuredDepth;
      if (!structured && !too_deep_) {
        too_deep_ = true;
        warnings_.push_back({line_of(n), "html-too-deep",
                             "HTML nested deeper than " + std::to_string(kMostStructuredDepth) +
                                 " levels; what is deeper is read as plain text"});
      }
      // Past the depth, blocks still end lines, so that words of
      // neighbouring blocks are not run together.
      if (!structured && is_block(name_of(n))) emitter_.line_break();
      if (structured && !enter(n)) continue;
      if (structured) stack.push_back({n, true, frame.depth});
      for (Node c = n->last; c != nullptr; c = c->prev) {
        if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE) stack.push_back({c, false, frame.depth + 1});
      }
    }
  }

  void heading(Node title) {
    emitter_.paragraph_break();
    emitter_.prefix(std::string(static_cast<std::size_t>(std::max(1, heading_level(name_of(title)))), '#') + " ");
    emitter_.text(cell_text(title), line_of(title));
    emitter_.paragraph_break();
  }

  ConvertedText finish(std::vector<Warning> warnings) {
    warnings.insert(warnings.end(), warnings_.begin(), warnings_.end());
    return emitter_.finish(std::move(warnings));
  }

 private:
  void write_text(Node n) {
    const std::string text = without_conditional_marks(content_of(n));
    if (pre_depth_ == 0) {
      emitter_.text(text, line_of(n));
      return;
    }
    int line = line_of(n);
    std::size_t at = 0;
    while (at <= text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      emitter_.text(std::string_view(text).substr(at, end - at), line);
      if (end < text.size()) emitter_.line_break();
      at = end + 1;
      ++line;
    }
  }

  // Returns false when the element's children are not to be walked.
  bool enter(Node n) {
    const std::string_view name = name_of(n);
    if (name == "br") {
      emitter_.line_break();
      return false;
    }
    if (!is_block(name)) return true;
    emitter_.paragraph_break();
    if (const int level = heading_level(name)) {
      emitter_.prefix(std::string(static_cast<std::size_t>(level), '#') + " ");
    } else if (name == "ul" || name == "ol") {
      ListState list;
      list.ordered = name == "ol";
      const std::string_view type = attribute(n, "type");
      if (type.size() == 1 && std::string_view("aAiI1").find(type[0]) != std::string_view::npos) list.style = type[0];
      if (const std::string_view start = attribute(n, "start"); !start.empty()) list.next = span_of(n, "start");
      lists_.push_back(list);
    } else if (name == "li") {
      ListState fallback;
      ListState& list = lists_.empty() ? fallback : lists_.back();
      if (!attribute(n, "value").empty()) list.next = span_of(n, "value");
      const std::string label = list_label(list, list.next++);
      emitter_.prefix(indent(lists_.empty() ? 0 : lists_.size() - 1) + label + " ");
    } else if (name == "p") {
      if (const int level = word_list_level(n); level > 1) emitter_.prefix(indent(static_cast<std::size_t>(level - 1)));
    } else if (name == "pre") {
      ++pre_depth_;
    } else if (name == "table") {
      const std::vector<Node> rows = table_rows(n);
      if (!is_layout_table(rows)) {
        write_table(n, rows, emitter_);
        return false;
      }
    }
    return true;
  }

  void leave(Node n) {
    const std::string_view name = name_of(n);
    if (!is_block(name)) return;
    emitter_.paragraph_break();
    if ((name == "ul" || name == "ol") && !lists_.empty()) lists_.pop_back();
    if (name == "li") emitter_.prefix("");
    if (name == "pre" && pre_depth_ > 0) --pre_depth_;
  }

  TextEmitter emitter_;
  std::vector<ListState> lists_;
  std::vector<Warning> warnings_;
  int pre_depth_ = 0;
  bool too_deep_ = false;
};

// The functions of libxml2 this reader calls, from the library opened for
// the page (read/shared_library.hpp).
struct LibXml2 {
  // First: the functions below are looked up in it as they are initialised.
  SharedLibrary library{DOCKET_LIBXML2_SONAME, "reading web pages", "libxml2"};
  decltype(&htmlNewParserCtxt) new_context = library.function("htmlNewParserCtxt");
  decltype(&htmlFreeParserCtxt) free_context = library.function("htmlFreeParserCtxt");
  decltype(&htmlCtxtReadMemory) read_memory = library.function("htmlCtxtReadMemory");
  decltype(&xmlDocGetRootElement) root_element = library.function("xmlDocGetRootElement");
  decltype(&xmlFreeDoc) free_doc = library.function("xmlFreeDoc");
};

struct DocFree {
  const LibXml2* libxml2;
  void operator()(xmlDoc* doc) const { libxml2->free_doc(doc); }
};
struct ContextFree {
  const LibXml2* libxml2;
  void operator()(htmlParserCtxt* ctxt) const { libxml2->free_context(ctxt); }
};

// True when `s` starts with `<name` followed by the end of the name.
bool starts_with_tag(std::string_view s, std::string_view name) {
  if (s.size() <= name.size() + 1 || s[0] != '<' || !istarts_with(s.substr(1), name)) return false;
  const char after = s[name.size() + 1];
  return after == '>' || after == ' ' || after == '/' || after == '\t' || after == '\n';
}

// Minutes pasted from a web page into a text file: the whole paper one
// line of text, its lines ended by <br /> ("Minutes of a meeting …<br
// /><br />Present: …<br />"). Three <br> tags on the first line tell; a
// markdown table row with <br> in its cells starts with '|'. Most papers'
// first lines are short and hold none.
bool lines_broken_by_br(std::string_view s) {
  const std::string_view first_line = s.substr(0, s.find('\n'));
  if (first_line.starts_with('|')) return false;
  int breaks = 0;
  for (std::size_t at = ifind(first_line, "<br"); at != std::string_view::npos && breaks < 3;
       at = ifind(first_line, "<br", at + 3)) {
    const char after = at + 3 < first_line.size() ? first_line[at + 3] : '\0';
    if (after == '>' || after == '/' || after == ' ') ++breaks;
  }
  return breaks >= 3;
}

}  // namespace

bool looks_like_html_document(std::string_view text) {
  // Only the first few kilobytes are looked at: a page states what it is
  // at its top.
  std::string_view s = text.substr(0, 8192);
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  while (true) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1);
    }
    const bool comment = s.starts_with("<!--");
    const bool declaration = s.starts_with("<?");
    if (!comment && !declaration) break;
    const std::size_t end = s.find(comment ? "-->" : "?>");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + (comment ? 3 : 2));
  }
  if (s.empty()) return false;
  if (s.front() != '<') return lines_broken_by_br(s);
  if (istarts_with(s, "<!doctype html")) return true;
  for (const std::string_view name : {"html", "head", "body", "div", "p", "article", "section", "main", "header",
                                      "nav", "h1", "h2", "h3", "meta", "title", "link", "script", "style"}) {
    if (starts_with_tag(s, name)) return true;
  }
  return false;
}

ConvertedText convert_html_document(std::string_view text) {
  std::vector<Warning> warnings;
  const LibXml2 libxml2;
  if (!libxml2.library.error().empty()) return TextEmitter().finish({{0, "html-unreadable", libxml2.library.error()}});
  const std::unique_ptr<htmlParserCtxt, ContextFree> context(libxml2.new_context(), ContextFree{&libxml2});
  if (context == nullptr) return TextEmitter().finish({{0, "html-unreadable", "the HTML parser could not start"}});
  // Line numbers for `lines`; XML_PARSE_HUGE lifts libxml2's nesting limit
  // of 256, past which it would stop reading the page without a word.
  context->linenumbers = 1;
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  const std::unique_ptr<xmlDoc, DocFree> doc(
      libxml2.read_memory(context.get(), text.data(), static_cast<int>(std::min<std::size_t>(text.size(), INT32_MAX)),
                          nullptr, "UTF-8", kOptions),
      DocFree{&libxml2});
  Node root = doc == nullptr ? nullptr : libxml2.root_element(doc.get());
  if (root == nullptr) {
    warnings.push_back({1, "html-empty", "the page holds no HTML elements"});
    return TextEmitter().finish(std::move(warnings));
  }
  const MainContent content = find_main_content(root);
  PageWriter writer;
  if (content.title != nullptr) writer.heading(content.title);
  writer.write(content.root);
  return writer.finish(std::move(warnings));
}

}  // namespace docket
