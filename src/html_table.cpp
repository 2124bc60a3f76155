#include "html_table.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>

#include "inline_text.hpp"
#include "text_util.hpp"

namespace docket {

namespace {

// Deeper nesting than this is not a table a person wrote; the limit keeps
// the rewrite and the tree walk bounded on hostile input.
constexpr std::size_t kMaxHtmlDepth = 256;
// Browsers cap spans at these values for the same reason: a span of a
// million columns would otherwise allocate a million cells.
constexpr int kMaxColspan = 1000;
constexpr int kMaxRowspan = 65534;

constexpr std::array<std::string_view, 12> kVoidElements = {
    "br", "hr", "img", "col", "meta", "input", "link", "wbr", "area", "base", "source", "param"};

bool is_void_element(std::string_view name) {
  return std::find(kVoidElements.begin(), kVoidElements.end(), name) != kVoidElements.end();
}

bool is_cell(std::string_view name) { return name == "td" || name == "th"; }
bool is_section(std::string_view name) {
  return name == "tbody" || name == "thead" || name == "tfoot";
}

// Keeps only the newlines of a skipped span so that offsets after it still
// map to the right source line.
void emit_newlines(std::string_view skipped, std::string& out) {
  for (char c : skipped) {
    if (c == '\n') out.push_back('\n');
  }
}

struct Tag {
  bool closing = false;
  bool self_closing = false;
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string newlines;  // newlines inside the tag, re-emitted after it
};

// Parses the tag that starts at html[pos] == '<'. Returns the position after
// it, or npos when this '<' does not start a tag.
std::size_t parse_tag(std::string_view html, std::size_t pos, Tag& tag) {
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= html.size() || !is_ascii_alpha(html[i])) return std::string_view::npos;
  while (i < html.size() && (is_ascii_alpha(html[i]) || is_ascii_digit(html[i]))) {
    tag.name.push_back(ascii_lower(html[i]));
    ++i;
  }
  while (i < html.size()) {
    const char c = html[i];
    if (c == '\n') tag.newlines.push_back('\n');
    if (is_ascii_space(c)) {
      ++i;
      continue;
    }
    if (c == '>') return i + 1;
    if (c == '/') {
      tag.self_closing = true;
      ++i;
      continue;
    }
    if (c == '<') return i;  // an unterminated tag: end it here
    std::string name;
    while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '=' && html[i] != '>' &&
           html[i] != '/' && html[i] != '<') {
      name.push_back(ascii_lower(html[i]));
      ++i;
    }
    while (i < html.size() && (html[i] == ' ' || html[i] == '\t')) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && (html[i] == ' ' || html[i] == '\t')) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const char quote = html[i++];
        while (i < html.size() && html[i] != quote) {
          if (html[i] == '\n') tag.newlines.push_back('\n');
          value.push_back(html[i]);
          ++i;
        }
        if (i < html.size()) ++i;
      } else {
        while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '>') {
          value.push_back(html[i]);
          ++i;
        }
      }
    }
    bool valid_name = !name.empty();
    for (char n : name) {
      if (!(is_ascii_alpha(n) || is_ascii_digit(n) || n == '-' || n == '_' || n == ':')) valid_name = false;
    }
    if (valid_name && is_ascii_alpha(name[0])) {
      const bool duplicate = std::any_of(tag.attributes.begin(), tag.attributes.end(),
                                         [&](const auto& a) { return a.first == name; });
      if (!duplicate) tag.attributes.emplace_back(std::move(name), std::move(value));
    }
  }
  return i;
}

void append_attribute_value(std::string_view value, std::string& out) {
  for (char c : value) {
    if (c == '"') {
      out += "&quot;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

class WellFormedWriter {
 public:
  explicit WellFormedWriter(std::string& out) : out_(out) {}

  void start(const Tag& tag) {
    const std::string& name = tag.name;
    if (is_cell(name)) {
      close_within_table({"td", "th"});
      if (!is_open_within_table("tr")) open_raw("tr");
    } else if (name == "tr") {
      close_within_table({"td", "th", "tr"});
    } else if (is_section(name)) {
      close_within_table({"td", "th", "tr", "tbody", "thead", "tfoot"});
    } else if (name == "p") {
      close_within_cell("p");
    }
    const bool is_void = is_void_element(name) || tag.self_closing;
    if (!is_void && stack_.size() >= kMaxHtmlDepth) {
      depth_exceeded_ = true;
      return;
    }
    out_.push_back('<');
    out_ += name;
    for (const auto& [attr, value] : tag.attributes) {
      out_.push_back(' ');
      out_ += attr;
      out_ += "=\"";
      append_attribute_value(value, out_);
      out_.push_back('"');
    }
    if (is_void) {
      out_ += "/>";
    } else {
      out_.push_back('>');
      stack_.push_back(name);
    }
  }

  void end(const std::string& name) {
    const auto it = std::find(stack_.rbegin(), stack_.rend(), name);
    if (it == stack_.rend()) return;  // a stray end tag
    const std::size_t keep = static_cast<std::size_t>(stack_.rend() - it) - 1;
    close_to(keep);
  }

  void finish() { close_to(0); }
  bool depth_exceeded() const { return depth_exceeded_; }

 private:
  void open_raw(const char* name) {
    out_.push_back('<');
    out_ += name;
    out_.push_back('>');
    stack_.emplace_back(name);
  }

  void close_to(std::size_t size) {
    while (stack_.size() > size) {
      out_ += "</";
      out_ += stack_.back();
      out_.push_back('>');
      stack_.pop_back();
    }
  }

  // Index of the innermost open <table>, or -1.
  long innermost_table() const {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i] == "table") return static_cast<long>(i);
    }
    return -1;
  }

  bool is_open_within_table(std::string_view name) const {
    const long table = innermost_table();
    for (std::size_t i = stack_.size(); i-- > 0 && static_cast<long>(i) > table;) {
      if (stack_[i] == name) return true;
    }
    return false;
  }

  // Closes the outermost open element named in `names` inside the
  // innermost table, with everything opened after it: a new <tr> ends the
  // open row and its open cell.
  void close_within_table(std::initializer_list<std::string_view> names) {
    const long table = innermost_table();
    for (std::size_t i = static_cast<std::size_t>(table + 1); i < stack_.size(); ++i) {
      if (std::find(names.begin(), names.end(), stack_[i]) != names.end()) {
        close_to(i);
        return;
      }
    }
  }

  void close_within_cell(std::string_view name) {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (is_cell(stack_[i]) || stack_[i] == "table") return;
      if (stack_[i] == name) {
        close_to(i);
        return;
      }
    }
  }

  std::string& out_;
  std::vector<std::string> stack_;
  bool depth_exceeded_ = false;
};

// Plain text of a cell: the markup inside it is turned back into the inline
// form that clean_inline understands (<br>, paragraph breaks) so that HTML
// and pipe-table cells are cleaned by the same rules.
std::string cell_text(pugi::xml_node cell) {
  std::string markup;
  auto enter = [&](pugi::xml_node n) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      markup += n.value();
      return;
    }
    const std::string_view name = n.name();
    if (name == "br") {
      markup += "<br>";
    } else if (name == "p" || name == "div" || name == "li" || name == "tr" || name == "table") {
      markup += "<br><br>";
    } else if (is_cell(name)) {
      markup += ' ';
    }
  };
  auto leave = [&](pugi::xml_node n) {
    const std::string_view name = n.name();
    if (name == "p" || name == "div" || name == "li" || name == "tr" || name == "table") {
      markup += "<br><br>";
    }
  };
  pugi::xml_node node = cell.first_child();
  while (node && node != cell) {
    enter(node);
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    leave(node);
    while (node != cell && !node.next_sibling()) {
      node = node.parent();
      if (node == cell) break;
      leave(node);
    }
    if (node == cell) break;
    node = node.next_sibling();
  }
  return clean_inline(markup);
}

int span_attribute(pugi::xml_node cell, const char* name, int limit) {
  const pugi::xml_attribute attr = cell.attribute(name);
  if (!attr) return 1;
  const int value = attr.as_int(1);
  return std::clamp(value, 1, limit);
}

pugi::xml_node owning_table(pugi::xml_node node) {
  for (pugi::xml_node p = node.parent(); p; p = p.parent()) {
    if (std::string_view(p.name()) == "table") return p;
  }
  return {};
}

class LineMap {
 public:
  LineMap(std::string_view text, int first_line) : first_line_(first_line) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') newlines_.push_back(i);
    }
  }
  int line_of(std::ptrdiff_t offset) const {
    if (offset < 0) return first_line_;
    const auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<std::size_t>(offset));
    return first_line_ + static_cast<int>(it - newlines_.begin());
  }

 private:
  int first_line_;
  std::vector<std::size_t> newlines_;
};

}  // namespace

WellFormedHtml make_well_formed(std::string_view html) {
  WellFormedHtml result;
  std::string& out = result.xml;
  out.reserve(html.size() + html.size() / 8);
  WellFormedWriter writer(out);
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c != '<') {
      // Entities stay as written: pugixml parses with escapes off and
      // clean_inline decodes HTML's whole entity set later.
      out.push_back(c);
      ++i;
      continue;
    }
    const std::string_view rest = html.substr(i);
    if (rest.starts_with("<!--")) {
      const std::size_t end = html.find("-->", i + 4);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end + 3;
      emit_newlines(html.substr(i, stop - i), out);
      i = stop;
      continue;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {
      // Doctypes and processing instructions are dropped, never resolved.
      const std::size_t end = html.find('>', i);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end + 1;
      emit_newlines(html.substr(i, stop - i), out);
      i = stop;
      continue;
    }
    Tag tag;
    const std::size_t next = parse_tag(html, i, tag);
    if (next == std::string_view::npos) {
      out += "&lt;";
      ++i;
      continue;
    }
    if (tag.closing) {
      writer.end(tag.name);
    } else {
      writer.start(tag);
    }
    out += tag.newlines;
    i = next;
  }
  writer.finish();
  result.depth_limited = writer.depth_exceeded();
  return result;
}

HtmlTable read_html_table(std::string_view html, int first_line, std::vector<Warning>& warnings) {
  HtmlTable table;
  const WellFormedHtml well_formed = make_well_formed(html);
  const std::string& xml = well_formed.xml;
  pugi::xml_document doc;
  const unsigned options = (pugi::parse_default | pugi::parse_ws_pcdata) & ~pugi::parse_escapes;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), options | pugi::parse_fragment, pugi::encoding_utf8);
  const LineMap lines(xml, first_line);
  if (well_formed.depth_limited) {
    warnings.push_back({first_line, "html-too-deep",
                        "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) +
                            " elements; the deeper markup was ignored"});
  }
  if (!parsed) {
    warnings.push_back({lines.line_of(parsed.offset), "html-table-unreadable",
                        std::string("HTML table could not be read: ") + parsed.description()});
  }
  const pugi::xml_node root = doc.find_node([](pugi::xml_node n) { return std::string_view(n.name()) == "table"; });
  if (!root) return table;

  if (const pugi::xml_node caption = root.child("caption")) {
    std::string text = cell_text(caption);
    if (!text.empty()) table.caption = std::move(text);
  }

  // Cells still owed to later rows by a rowspan: column → rows remaining.
  std::vector<int> pending_rowspan;
  bool first_row = true;
  std::vector<pugi::xml_node> rows;
  for (pugi::xml_node n = root.first_child(); n;) {
    if (std::string_view(n.name()) == "tr" && owning_table(n) == root) {
      rows.push_back(n);
    } else if (n.first_child() && std::string_view(n.name()) != "table") {
      n = n.first_child();
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      if (n == root) n = pugi::xml_node();
    }
    if (n) n = n.next_sibling();
  }

  // A row's cells are set by column, spans and all, then packed.
  std::vector<std::string> cells;
  for (pugi::xml_node tr : rows) {
    TableRow row;
    row.line = lines.line_of(tr.offset_debug());
    cells.clear();
    bool all_th = true;
    bool any_cell = false;
    std::size_t column = 0;
    auto skip_spanned = [&] {
      while (column < pending_rowspan.size() && pending_rowspan[column] > 0) {
        --pending_rowspan[column];
        if (cells.size() <= column) cells.resize(column + 1);
        ++column;
      }
    };
    for (pugi::xml_node cell = tr.first_child(); cell; cell = cell.next_sibling()) {
      const std::string_view name = cell.name();
      if (!is_cell(name)) continue;
      any_cell = true;
      if (name != "th") all_th = false;
      skip_spanned();
      const int colspan = span_attribute(cell, "colspan", kMaxColspan);
      const int rowspan = span_attribute(cell, "rowspan", kMaxRowspan);
      const std::string text = cell_text(cell);
      const bool in_head = std::string_view(cell.parent().parent().name()) == "thead";
      for (int k = 0; k < colspan; ++k) {
        if (column > kMaxTableColumns) {
          // Past the widest table docket keeps: the text joins the last
          // cell, as square_table_rows does for pipe tables.
          if (k == 0) {
            cells.back() += " | ";
            cells.back() += text;
          }
          break;
        }
        if (cells.size() <= column) cells.resize(column + 1);
        // A spanning header names every column under it; a spanning data
        // cell is counted once, in its first column.
        if (k == 0 || name == "th" || in_head) cells[column] = text;
        if (pending_rowspan.size() <= column) pending_rowspan.resize(column + 1, 0);
        pending_rowspan[column] = rowspan - 1;
        ++column;
      }
    }
    skip_spanned();
    if (!any_cell) continue;
    if (first_row) {
      const bool in_head = std::string_view(tr.parent().name()) == "thead";
      table.has_header_row = all_th || in_head;
      first_row = false;
    }
    row.cells = RowCells(cells);
    table.rows.push_back(std::move(row));
  }
  square_table_rows(table.rows, warnings);
  return table;
}

}  // namespace docket
