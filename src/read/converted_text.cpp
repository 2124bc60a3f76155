#include "read/converted_text.hpp"

#include <algorithm>

namespace docket {

int source_line(const std::vector<int>& source_lines, int line) {
  if (line <= 0 || source_lines.empty()) return line <= 0 ? 0 : line;
  const auto i = std::min(static_cast<std::size_t>(line - 1), source_lines.size() - 1);
  return source_lines[i];
}

namespace {

void map_span(LineSpan& span, const std::vector<int>& source_lines) {
  span.first = source_line(source_lines, span.first);
  span.last = std::max(span.first, source_line(source_lines, span.last));
}

}  // namespace

void map_lines(Item& item, const std::vector<int>& source_lines) {
  map_span(item.lines, source_lines);
  for (Action& action : item.actions) map_span(action.lines, source_lines);
}

void map_lines(Table& table, const std::vector<int>& source_lines) { map_span(table.lines, source_lines); }

void map_lines(Warning& warning, const std::vector<int>& source_lines) {
  warning.line = source_line(source_lines, warning.line);
}

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

void TextEmitter::text(std::string_view s, int line) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    // A no-break space (U+00A0) is spacing here: Word pads list markers
    // and empty paragraphs with them.
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (is_space_byte(c) || nbsp) {
      space_pending_ = true;
      i += nbsp ? 2 : 1;
      continue;
    }
    if (line_.empty()) {
      if (blank_pending_ && !out_.empty()) {
        out_ += '\n';
        lines_.push_back(line);
      }
      blank_pending_ = false;
      line_source_ = line;
      line_ = prefix_;
      prefix_.clear();
    } else if (space_pending_) {
      line_ += ' ';
    }
    space_pending_ = false;
    std::size_t end = i;
    while (end < s.size() && !is_space_byte(s[end]) && !(s[end] == '\xC2' && end + 1 < s.size() && s[end + 1] == '\xA0')) {
      ++end;
    }
    line_.append(s.substr(i, end - i));
    i = end;
  }
}

void TextEmitter::end_line() {
  if (line_.empty()) return;
  out_ += line_;
  out_ += '\n';
  lines_.push_back(line_source_);
  line_.clear();
  space_pending_ = false;
}

void TextEmitter::line_break() {
  // A break with no text since the one before ("<br /><br />") leaves a
  // blank line on the page: a paragraph break.
  if (line_.empty() && !out_.empty()) blank_pending_ = true;
  end_line();
  space_pending_ = false;
}

void TextEmitter::paragraph_break() {
  end_line();
  space_pending_ = false;
  blank_pending_ = true;
}

void TextEmitter::prefix(std::string marker) {
  end_line();
  prefix_ = std::move(marker);
}

void TextEmitter::raw_line(std::string_view s, int line) {
  end_line();
  if (blank_pending_ && !out_.empty()) {
    out_ += '\n';
    lines_.push_back(line);
  }
  blank_pending_ = false;
  out_ += s;
  out_ += '\n';
  lines_.push_back(line);
}

ConvertedText TextEmitter::finish(std::vector<Warning> warnings) {
  end_line();
  ConvertedText result;
  result.text = std::move(out_);
  result.source_lines = std::move(lines_);
  result.warnings = std::move(warnings);
  return result;
}

void append_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n': out += "<br>"; break;
      default: out += c;
    }
  }
}

std::string lower_roman(int n) {
  static constexpr std::pair<int, const char*> kNumerals[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                              {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                              {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                              {1, "i"}};
  std::string out;
  for (const auto& [value, numeral] : kNumerals) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

std::string table_row_markup(const std::vector<ConvertedCell>& cells) {
  std::string line = "<tr>";
  for (const ConvertedCell& cell : cells) {
    const char* tag = cell.header ? "th" : "td";
    line += '<';
    line += tag;
    if (cell.colspan > 1) line += " colspan=\"" + std::to_string(cell.colspan) + '"';
    if (cell.rowspan > 1) line += " rowspan=\"" + std::to_string(cell.rowspan) + '"';
    line += '>';
    append_escaped(line, cell.text);
    line += "</";
    line += tag;
    line += '>';
  }
  return line + "</tr>";
}

}  // namespace docket
