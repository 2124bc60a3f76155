#include "layout/well_formed_html.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text_util.hpp"

namespace docket {

namespace {

constexpr std::array<std::string_view, 12> kVoidElements = {
    "br", "hr", "img", "col", "meta", "input", "link", "wbr", "area", "base", "source", "param"};

bool is_void_element(std::string_view name) {
  return std::find(kVoidElements.begin(), kVoidElements.end(), name) != kVoidElements.end();
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

}  // namespace docket
