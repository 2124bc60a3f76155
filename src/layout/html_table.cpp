#include "layout/html_table.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <optional>

#include "base/text_util.hpp"
#include "layout/inline_text.hpp"
#include "layout/well_formed_html.hpp"

namespace docket {

namespace {

// Browsers cap spans at these values for the same reason: a span of a
// million columns would otherwise allocate a million cells.
constexpr int kMaxColspan = 1000;
constexpr int kMaxRowspan = 65534;

// Plain text of a cell: the markup inside it is turned back into the inline
// form that clean_inline understands (<br>, paragraph breaks) so that HTML
// and pipe-table cells are cleaned by the same rules. `wraps` gets where a
// single <br> became a space (see CellWrap).
std::string cell_text(pugi::xml_node cell, std::vector<std::uint32_t>& wraps) {
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
  std::string text;
  wraps.clear();
  append_clean_cell(markup, text, wraps, 0);
  return text;
}

// The span `name` gives, at least 1 and at most `limit`; `clamped` is set
// when the markup asked for more.
int span_attribute(pugi::xml_node cell, const char* name, int limit, bool& clamped) {
  const pugi::xml_attribute attr = cell.attribute(name);
  if (!attr) return 1;
  const int value = attr.as_int(1);
  if (value > limit) clamped = true;
  return std::clamp(value, 1, limit);
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


namespace {

// Rows are parsed this many at a time: pugixml's tree costs some sixty
// bytes a node, five nodes or more a row, and a converted register of a
// million rows would otherwise be held as one tree of hundreds of
// megabytes.
constexpr std::size_t kRowsPerParse = 1024;

// Lays the rows of a table out on a grid, rowspans and colspans included,
// one row at a time in document order.
class RowGrid {
 public:
  RowGrid(HtmlTable& table, const LineMap& lines, std::vector<Warning>& warnings)
      : table_(table), lines_(lines), warnings_(warnings) {}

  // `tr` is a row of the table; `offset` is where the text it was parsed
  // from starts in the well-formed markup; `in_head` says whether its
  // parent element is <thead>.
  void add(pugi::xml_node tr, std::size_t offset, bool in_head) {
    TableRow row;
    row.line = lines_.line_of(static_cast<std::ptrdiff_t>(offset) + tr.offset_debug());
    cells_.clear();
    bool all_th = true;
    bool any_cell = false;
    std::size_t column = 0;
    auto skip_spanned = [&] {
      while (column < pending_rowspan_.size() && pending_rowspan_[column] > 0) {
        --pending_rowspan_[column];
        if (cells_.size() <= column) cells_.resize(column + 1);
        ++column;
      }
    };
    for (pugi::xml_node cell = tr.first_child(); cell; cell = cell.next_sibling()) {
      const std::string_view name = cell.name();
      if (!is_cell(name)) continue;
      any_cell = true;
      if (name != "th") all_th = false;
      skip_spanned();
      bool clamped = false;
      const int colspan = span_attribute(cell, "colspan", kMaxColspan, clamped);
      const int rowspan = span_attribute(cell, "rowspan", kMaxRowspan, clamped);
      // One warning a table: a table of a million rows that each pass a
      // limit is one fault, not a million.
      if (clamped && !reported_span_) {
        reported_span_ = true;
        warnings_.push_back({row.line, "span-too-large",
                             "colspan over " + std::to_string(kMaxColspan) + " or rowspan over " +
                                 std::to_string(kMaxRowspan) + " is read as that many"});
      }
      const std::string text = cell_text(cell, wraps_);
      if (!(name == "th" || in_head)) {
        for (std::uint32_t at : wraps_) row.wraps.push_back({static_cast<std::uint32_t>(column), at});
      }
      for (int k = 0; k < colspan; ++k) {
        if (column > kMaxTableColumns) {
          // Past the widest table docket keeps: the text joins the last
          // cell, as square_table_rows does for pipe tables.
          if (k == 0) {
            cells_.back() += " | ";
            cells_.back() += text;
          }
          break;
        }
        if (cells_.size() <= column) cells_.resize(column + 1);
        // A spanning header names every column under it; a spanning data
        // cell is counted once, in its first column.
        if (k == 0 || name == "th" || in_head) cells_[column] = text;
        if (pending_rowspan_.size() <= column) pending_rowspan_.resize(column + 1, 0);
        pending_rowspan_[column] = rowspan - 1;
        ++column;
      }
    }
    skip_spanned();
    if (!any_cell) return;
    if (first_row_) {
      table_.has_header_row = all_th || in_head;
      first_row_ = false;
    }
    row.cells = RowCells(cells_);
    table_.rows.push_back(std::move(row));
  }

 private:
  HtmlTable& table_;
  const LineMap& lines_;
  std::vector<Warning>& warnings_;
  bool reported_span_ = false;
  // Cells still owed to later rows by a rowspan: column → rows remaining.
  std::vector<int> pending_rowspan_;
  bool first_row_ = true;
  // A row's cells are set by column, spans and all, then packed.
  std::vector<std::string> cells_;
  std::vector<std::uint32_t> wraps_;  // of the cell being read
};

// Where each element of well-formed markup (make_well_formed's output:
// elements and text only, no '<' in text, every attribute value in double
// quotes) starts and ends, visited in document order.
struct MarkupTag {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the '>'
  std::string_view name;
  bool closing = false;
  bool self_closing = false;
};

std::optional<MarkupTag> next_tag(std::string_view xml, std::size_t from) {
  const std::size_t lt = xml.find('<', from);
  if (lt == std::string_view::npos) return std::nullopt;
  MarkupTag tag;
  tag.begin = lt;
  std::size_t i = lt + 1;
  if (i < xml.size() && xml[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < xml.size() && xml[i] != '>' && xml[i] != '/' && !is_ascii_space(xml[i])) ++i;
  tag.name = xml.substr(name_start, i - name_start);
  bool quoted = false;
  for (; i < xml.size(); ++i) {
    if (xml[i] == '"') quoted = !quoted;
    if (!quoted && xml[i] == '>') break;
  }
  tag.self_closing = i > 0 && i < xml.size() && xml[i - 1] == '/';
  tag.end = std::min(i + 1, xml.size());
  return tag;
}

// The rows of the table, parsed a slice at a time: consecutive rows with
// the same parent element, at most kRowsPerParse of them, share a tree.
class SlicedRowReader {
 public:
  SlicedRowReader(std::string_view xml, RowGrid& grid, const LineMap& lines, std::vector<Warning>& warnings)
      : xml_(xml), grid_(grid), lines_(lines), warnings_(warnings) {}

  // A row of the table spanning [begin, end) of the markup, whose parent
  // element is the `parent`-th element opened.
  void add(std::size_t begin, std::size_t end, std::size_t parent, bool in_head) {
    if (count_ > 0 && (parent != parent_ || count_ == kRowsPerParse)) flush();
    if (count_ == 0) {
      begin_ = begin;
      parent_ = parent;
      in_head_ = in_head;
    }
    end_ = end;
    ++count_;
  }

  void flush() {
    if (count_ == 0) return;
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = parse_fragment(doc, xml_.substr(begin_, end_ - begin_));
    if (!parsed && !reported_) {
      reported_ = true;
      warnings_.push_back({lines_.line_of(static_cast<std::ptrdiff_t>(begin_) + parsed.offset),
                           "html-table-unreadable",
                           std::string("HTML table could not be read: ") + parsed.description()});
    }
    for (pugi::xml_node tr = doc.child("tr"); tr; tr = tr.next_sibling("tr")) grid_.add(tr, begin_, in_head_);
    count_ = 0;
  }

  static pugi::xml_parse_result parse_fragment(pugi::xml_document& doc, std::string_view markup) {
    const unsigned options = (pugi::parse_default | pugi::parse_ws_pcdata) & ~pugi::parse_escapes;
    return doc.load_buffer(markup.data(), markup.size(), options | pugi::parse_fragment, pugi::encoding_utf8);
  }

 private:
  std::string_view xml_;
  RowGrid& grid_;
  const LineMap& lines_;
  std::vector<Warning>& warnings_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t parent_ = 0;
  bool in_head_ = false;
  std::size_t count_ = 0;
  bool reported_ = false;
};

}  // namespace

HtmlTable read_html_table(std::string_view html, int first_line, std::vector<Warning>& warnings) {
  HtmlTable table;
  const WellFormedHtml well_formed = make_well_formed(html);
  const std::string_view xml = well_formed.xml;
  const LineMap lines(xml, first_line);
  if (well_formed.depth_limited) {
    warnings.push_back({first_line, "html-too-deep",
                        "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) +
                            " elements; the deeper markup was ignored"});
  }
  RowGrid grid(table, lines, warnings);
  SlicedRowReader rows(xml, grid, lines, warnings);

  // The table is the first <table>; its rows are the <tr> elements inside
  // it and inside no nested table, wherever they sit (<thead>, <tbody> or
  // stray wrappers), and its caption the first <caption> child.
  struct Open {
    std::string_view name;
    std::size_t id;
  };
  std::vector<Open> stack;
  std::size_t opened = 0;
  std::size_t root_depth = 0;  // stack size inside the table; 0 before it
  std::size_t nested_tables = 0;
  // The row being read, and the caption: where each began, and the stack
  // size at which it is open (0 when it is not).
  std::size_t row_begin = 0;
  std::size_t row_depth = 0;
  std::size_t row_parent = 0;
  bool row_in_head = false;
  std::size_t caption_begin = 0;
  std::size_t caption_depth = 0;
  bool caption_seen = false;
  for (std::size_t i = 0; auto tag = next_tag(xml, i);) {
    i = tag->end;
    if (tag->self_closing) continue;
    if (tag->closing) {
      if (stack.empty()) continue;
      if (root_depth > 0 && stack.size() > root_depth && stack.back().name == "table") --nested_tables;
      if (stack.size() == row_depth) {
        rows.add(row_begin, tag->end, row_parent, row_in_head);
        row_depth = 0;
      }
      if (stack.size() == caption_depth) {
        pugi::xml_document doc;
        SlicedRowReader::parse_fragment(doc, xml.substr(caption_begin, tag->end - caption_begin));
        std::vector<std::uint32_t> caption_wraps;  // a caption is one line of text
        std::string text = cell_text(doc.child("caption"), caption_wraps);
        if (!text.empty()) table.caption = std::move(text);
        caption_depth = 0;
      }
      stack.pop_back();
      if (root_depth > 0 && stack.size() < root_depth) break;  // the table ended
      continue;
    }
    const std::size_t id = opened++;
    if (root_depth == 0) {
      stack.push_back({tag->name, id});
      if (tag->name == "table") root_depth = stack.size();
      continue;
    }
    if (tag->name == "table") ++nested_tables;
    if (row_depth == 0 && nested_tables == 0 && tag->name == "tr") {
      row_begin = tag->begin;
      row_depth = stack.size() + 1;
      row_parent = stack.back().id;
      row_in_head = stack.back().name == "thead";
    } else if (!caption_seen && tag->name == "caption" && stack.size() == root_depth) {
      caption_seen = true;
      caption_begin = tag->begin;
      caption_depth = stack.size() + 1;
    }
    stack.push_back({tag->name, id});
  }
  rows.flush();
  square_table_rows(table.rows, warnings);
  return table;
}

}  // namespace docket
