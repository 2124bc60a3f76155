#include "read/docx_document.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace docket {

namespace {

using Node = pugi::xml_node;

// Word nests tables in cells and content controls in content controls;
// past this depth the rest is left out with a warning, as the walk
// recurses.
constexpr int kMostDepth = 64;
constexpr int kLevels = 9;  // Word numbers lists to nine levels
constexpr int kUnset = INT_MIN;

bool named(Node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

int int_value(Node n, int fallback) {
  const pugi::xml_attribute a = n.attribute("w:val");
  return a.empty() ? fallback : a.as_int(fallback);
}

// One level of a list: how its number is written and where it starts.
struct ListLevel {
  int start = 1;
  std::string format = "decimal";  // w:numFmt
  std::string text;                // w:lvlText: "%1.", "(%2)", "%1.%2"
};

// Word's automatic numbering: each paragraph that names a list (numId)
// and a level gets the next number of that level, deeper levels restart,
// and the label is the level's text with each %N replaced.
class Numbering {
 public:
  void load(const pugi::xml_document& xml) {
    const Node root = xml.child("w:numbering");
    for (Node abstract : root.children("w:abstractNum")) {
      std::array<ListLevel, kLevels>& levels = abstracts_[abstract.attribute("w:abstractNumId").value()];
      for (Node lvl : abstract.children("w:lvl")) read_level(lvl, levels);
    }
    for (Node num : root.children("w:num")) {
      List& list = lists_[num.attribute("w:numId").value()];
      list.abstract_id = num.child("w:abstractNumId").attribute("w:val").value();
      for (Node o : num.children("w:lvlOverride")) {
        const int ilvl = o.attribute("w:ilvl").as_int(-1);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        if (Node start = o.child("w:startOverride")) list.restarts.push_back({ilvl, int_value(start, 1)});
        if (Node lvl = o.child("w:lvl")) {
          // A level redefined for this list alone: kept with the list.
          list.own_levels = abstracts_[list.abstract_id];
          read_level(lvl, *list.own_levels);
        }
      }
    }
  }

  // The label of the next paragraph of list `num_id` at `level`, or "".
  std::string next_label(const std::string& num_id, int level) {
    const auto list_it = lists_.find(num_id);
    if (list_it == lists_.end() || num_id == "0" || level < 0 || level >= kLevels) return "";
    List& list = list_it->second;
    const auto abstract_it = abstracts_.find(list.abstract_id);
    if (abstract_it == abstracts_.end() && !list.own_levels) return "";
    const std::array<ListLevel, kLevels>& levels = list.own_levels ? *list.own_levels : abstract_it->second;
    // Lists sharing an abstract definition continue one another's numbers
    // unless one restarts them.
    std::array<int, kLevels>& counters = counters_.try_emplace(list.abstract_id, filled(kUnset)).first->second;
    if (!list.restarted) {
      list.restarted = true;
      for (const auto& [ilvl, start] : list.restarts) counters[static_cast<std::size_t>(ilvl)] = start - 1;
    }
    int& counter = counters[static_cast<std::size_t>(level)];
    counter = counter == kUnset ? levels[static_cast<std::size_t>(level)].start : counter + 1;
    for (int deeper = level + 1; deeper < kLevels; ++deeper) counters[static_cast<std::size_t>(deeper)] = kUnset;
    const ListLevel& own = levels[static_cast<std::size_t>(level)];
    if (own.format == "bullet") return "-";
    if (own.format == "none") return "";
    std::string label;
    for (std::size_t i = 0; i < own.text.size(); ++i) {
      const char c = own.text[i];
      if (c == '%' && i + 1 < own.text.size() && own.text[i + 1] >= '1' && own.text[i + 1] <= '9') {
        const auto at = static_cast<std::size_t>(own.text[i + 1] - '1');
        const int value = counters[at] == kUnset ? levels[at].start : counters[at];
        label += formatted(value, levels[at].format);
        ++i;
      } else {
        label += c;
      }
    }
    return label;
  }

 private:
  struct List {
    std::string abstract_id;
    std::vector<std::pair<int, int>> restarts;  // level, start
    std::optional<std::array<ListLevel, kLevels>> own_levels;
    bool restarted = false;
  };

  static std::array<int, kLevels> filled(int value) {
    std::array<int, kLevels> a;
    a.fill(value);
    return a;
  }

  static void read_level(Node lvl, std::array<ListLevel, kLevels>& levels) {
    const int ilvl = lvl.attribute("w:ilvl").as_int(-1);
    if (ilvl < 0 || ilvl >= kLevels) return;
    ListLevel& level = levels[static_cast<std::size_t>(ilvl)];
    level.start = int_value(lvl.child("w:start"), 1);
    if (Node f = lvl.child("w:numFmt")) level.format = f.attribute("w:val").value();
    level.text = lvl.child("w:lvlText").attribute("w:val").value();
  }

  static std::string letters(int value, char a) {
    if (value < 1) return std::to_string(value);
    // a..z, then aa..zz, as Word counts past z.
    const int repeat = (value - 1) / 26 + 1;
    return std::string(static_cast<std::size_t>(std::min(repeat, 100)), static_cast<char>(a + (value - 1) % 26));
  }

  static std::string formatted(int value, const std::string& format) {
    if (format == "lowerLetter") return letters(value, 'a');
    if (format == "upperLetter") return letters(value, 'A');
    if (format == "lowerRoman" || format == "upperRoman") {
      std::string r = lower_roman(std::clamp(value, 1, 3999));
      if (format == "upperRoman") std::transform(r.begin(), r.end(), r.begin(), [](char c) { return static_cast<char>(c - 32); });
      return r;
    }
    if (format == "decimalZero" && value >= 0 && value < 10) return "0" + std::to_string(value);
    return std::to_string(value);
  }

  std::unordered_map<std::string, std::array<ListLevel, kLevels>> abstracts_;
  std::unordered_map<std::string, List> lists_;
  std::unordered_map<std::string, std::array<int, kLevels>> counters_;
};

// Heading levels of paragraph styles, from styles.xml's names ("heading 2",
// "Title"), which stay English whatever the style ids are called.
std::unordered_map<std::string, int> heading_styles(const pugi::xml_document& styles) {
  std::unordered_map<std::string, int> out;
  for (Node style : styles.child("w:styles").children("w:style")) {
    std::string name = style.child("w:name").attribute("w:val").value();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    int level = 0;
    if (name == "title") level = 1;
    if (name.size() == 9 && name.starts_with("heading ") && name[8] >= '1' && name[8] <= '9') level = name[8] - '0';
    if (level > 0) out[style.attribute("w:styleId").value()] = std::min(level, 6);
  }
  return out;
}

// Parts of a run or paragraph that are not its text: tracked deletions,
// field codes, properties, drawings, and the fallback copy of alternate
// content.
bool is_skipped(Node n) {
  static const std::unordered_set<std::string> kSkipped = {
      "w:del", "w:moveFrom", "w:delText", "w:instrText", "w:pPr", "w:rPr", "w:drawing", "w:pict",
      "mc:Fallback", "w:footnoteReference", "w:endnoteReference", "w:commentReference", "w:object"};
  return kSkipped.count(n.name()) > 0;
}

class DocxWriter {
 public:
  DocxWriter(Numbering& numbering, std::unordered_map<std::string, int> headings)
      : numbering_(numbering), headings_(std::move(headings)) {}

  void body(Node parent, int depth) {
    if (too_deep(depth)) return;
    for (Node n : parent.children()) {
      if (named(n, "w:p")) {
        paragraph(n);
      } else if (named(n, "w:tbl")) {
        table(n, depth + 1);
      } else if (named(n, "w:sdt")) {
        body(n.child("w:sdtContent"), depth + 1);
      } else if (named(n, "w:customXml") || named(n, "w:ins") || named(n, "w:moveTo")) {
        body(n, depth + 1);
      }
    }
  }

  ConvertedText finish() { return emitter_.finish(std::move(warnings_)); }

 private:
  bool too_deep(int depth) {
    if (depth <= kMostDepth) return false;
    if (!warned_deep_) {
      warned_deep_ = true;
      warnings_.push_back({position_, "docx-too-deep",
                           "Word tables or controls nested deeper than " + std::to_string(kMostDepth) +
                               " levels; what is deeper is left out"});
    }
    return true;
  }

  // The label or heading mark that goes before a paragraph's text.
  std::string prefix_of(Node p) {
    const Node ppr = p.child("w:pPr");
    if (const Node num = ppr.child("w:numPr")) {
      const int level = int_value(num.child("w:ilvl"), 0);
      const std::string label = numbering_.next_label(num.child("w:numId").attribute("w:val").value(), level);
      if (!label.empty()) return std::string(3 * static_cast<std::size_t>(std::clamp(level, 0, 8)), ' ') + label + " ";
    }
    const auto heading = headings_.find(ppr.child("w:pStyle").attribute("w:val").value());
    if (heading != headings_.end()) return std::string(static_cast<std::size_t>(heading->second), '#') + " ";
    return "";
  }

  // The text of a paragraph into `emitter`: runs in order, tracked
  // insertions kept, breaks as line ends. Iterative: runs nest in
  // hyperlinks, fields and insertions to any depth.
  void paragraph_text(Node p, TextEmitter& emitter) {
    std::vector<Node> stack;
    for (Node c = p.last_child(); c; c = c.previous_sibling()) stack.push_back(c);
    while (!stack.empty()) {
      const Node n = stack.back();
      stack.pop_back();
      if (n.type() != pugi::node_element || is_skipped(n)) continue;
      if (named(n, "w:t")) {
        emitter.text(n.text().get(), position_);
      } else if (named(n, "w:tab") || named(n, "w:noBreakHyphen")) {
        emitter.text(named(n, "w:tab") ? " " : "-", position_);
      } else if (named(n, "w:br") || named(n, "w:cr")) {
        emitter.line_break();
      } else {
        for (Node c = n.last_child(); c; c = c.previous_sibling()) stack.push_back(c);
      }
    }
  }

  void paragraph(Node p) {
    ++position_;
    emitter_.paragraph_break();
    if (std::string prefix = prefix_of(p); !prefix.empty()) emitter_.prefix(std::move(prefix));
    paragraph_text(p, emitter_);
    emitter_.paragraph_break();
    emitter_.prefix("");
  }

  // A cell's paragraphs (with their labels) as lines; nested tables as
  // their cells' text.
  void cell_text(Node parent, TextEmitter& cell, int depth) {
    if (too_deep(depth)) return;
    for (Node n : parent.children()) {
      if (named(n, "w:p")) {
        ++position_;
        if (std::string prefix = prefix_of(n); !prefix.empty()) cell.prefix(std::move(prefix));
        paragraph_text(n, cell);
        cell.line_break();
        cell.prefix("");
      } else if (named(n, "w:tbl") || named(n, "w:tr") || named(n, "w:tc") || named(n, "w:sdt") ||
                 named(n, "w:sdtContent") || named(n, "w:customXml")) {
        cell_text(n, cell, depth + 1);
      }
    }
  }

  struct GridCell {
    ConvertedCell cell;
    int first_column = 0;
  };

  void table(Node tbl, int depth) {
    if (too_deep(depth)) return;
    std::vector<std::vector<ConvertedCell>> rows;
    std::vector<int> row_positions;
    // For each grid column, the row and cell index of the cell over it,
    // which a vertically merged cell below extends.
    std::vector<std::pair<std::size_t, std::size_t>> above;
    for (Node tr : tbl.children("w:tr")) {
      rows.emplace_back();
      row_positions.push_back(position_ + 1);
      const bool header = !tr.child("w:trPr").child("w:tblHeader").empty();
      std::size_t column = static_cast<std::size_t>(std::max(0, int_value(tr.child("w:trPr").child("w:gridBefore"), 0)));
      for (Node tc : tr.children("w:tc")) {
        const Node tcpr = tc.child("w:tcPr");
        const int span = std::clamp(int_value(tcpr.child("w:gridSpan"), 1), 1, 1000);
        const Node merge = tcpr.child("w:vMerge");
        const bool continues = merge && std::strcmp(merge.attribute("w:val").as_string("continue"), "restart") != 0;
        if (continues && column < above.size()) {
          const auto [r, c] = above[column];
          ++rows[r][c].rowspan;
          TextEmitter skipped;  // its paragraphs still count and number
          cell_text(tc, skipped, depth + 1);
        } else {
          TextEmitter text;
          cell_text(tc, text, depth + 1);
          std::string content = text.finish({}).text;
          while (!content.empty() && content.back() == '\n') content.pop_back();
          rows.back().push_back({std::move(content), header, span, 1});
          if (above.size() < column + static_cast<std::size_t>(span)) above.resize(column + static_cast<std::size_t>(span));
          for (int i = 0; i < span; ++i) above[column + static_cast<std::size_t>(i)] = {rows.size() - 1, rows.back().size() - 1};
        }
        column += static_cast<std::size_t>(span);
      }
    }
    // A table of one column is page layout: its cells are paragraphs.
    const bool layout = std::all_of(rows.begin(), rows.end(), [](const auto& r) { return r.size() <= 1; });
    emitter_.paragraph_break();
    if (!layout) emitter_.raw_line("<table>", row_positions.empty() ? position_ : row_positions.front());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (!layout) {
        emitter_.raw_line(table_row_markup(rows[r]), row_positions[r]);
        continue;
      }
      for (const ConvertedCell& cell : rows[r]) {
        emitter_.text(cell.text, row_positions[r]);
        emitter_.paragraph_break();
      }
    }
    if (!layout) emitter_.raw_line("</table>", position_);
    emitter_.paragraph_break();
  }

  Numbering& numbering_;
  std::unordered_map<std::string, int> headings_;
  TextEmitter emitter_;
  std::vector<Warning> warnings_;
  int position_ = 0;
  bool warned_deep_ = false;
};

// pugixml keeps white-space-only text (a space between two runs) only when
// asked to.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

}  // namespace

DocxResult convert_docx(std::string_view bytes, const ZipLimits& limits) {
  DocxResult result;
  ZipArchive zip(bytes, limits);
  if (!zip.ok()) {
    result.error = zip.error();
    return result;
  }
  if (!zip.has("word/document.xml")) {
    result.error = zip.has("[Content_Types].xml")
                       ? "an Office file with no word/document.xml: not a Word document, or one with missing parts"
                       : "a zip archive, not a Word document; unpack it (unzip) and give docket the papers inside";
    return result;
  }
  const std::optional<std::string> document = zip.read("word/document.xml");
  if (!document) {
    result.error = "a Word file whose " + zip.error();
    return result;
  }
  std::vector<Warning> warnings;
  Numbering numbering;
  pugi::xml_document numbering_xml;
  if (const std::optional<std::string> part = zip.read("word/numbering.xml")) {
    if (numbering_xml.load_buffer(part->data(), part->size(), kParseOptions)) numbering.load(numbering_xml);
  }
  pugi::xml_document styles_xml;
  if (const std::optional<std::string> part = zip.read("word/styles.xml")) {
    styles_xml.load_buffer(part->data(), part->size(), kParseOptions);
  }
  if (!zip.ok()) {
    result.error = "a Word file whose " + zip.error();
    return result;
  }
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed = xml.load_buffer(document->data(), document->size(), kParseOptions);
  if (!parsed) {
    result.error = std::string("a Word file whose word/document.xml is not well-formed XML: ") + parsed.description();
    return result;
  }
  const Node body = xml.child("w:document").child("w:body");
  if (!body) {
    result.error = "a Word file whose word/document.xml has no body";
    return result;
  }
  DocxWriter writer(numbering, heading_styles(styles_xml));
  writer.body(body, 0);
  result.converted = writer.finish();
  return result;
}

}  // namespace docket
