#include "recognise/minute_table.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.hpp"
#include "recognise/register_numbers.hpp"

namespace docket {

namespace {

enum class HeaderWord { kNone, kNumber, kDecision };

// What a header cell names, by its first word: "Item", "Minute No." name
// the numbers; "Resolution", "Decision", "Agreed" the decisions.
HeaderWord header_word(std::string_view cell) {
  const std::string key = fold_key(cell.substr(0, std::min<std::size_t>(cell.size(), 40)));
  const std::string_view first = std::string_view(key).substr(0, std::min(key.find(' '), key.size()));
  static constexpr std::string_view kNumberWords[] = {"item", "minute", "min", "no", "ref", "number", "agenda"};
  static constexpr std::string_view kDecisionWords[] = {"resolution", "resolutions", "resolved", "decision",
                                                        "decisions", "agreed", "outcome", "outcomes"};
  if (std::find(std::begin(kNumberWords), std::end(kNumberWords), first) != std::end(kNumberWords)) {
    return HeaderWord::kNumber;
  }
  if (std::find(std::begin(kDecisionWords), std::end(kDecisionWords), first) != std::end(kDecisionWords)) {
    return HeaderWord::kDecision;
  }
  return HeaderWord::kNone;
}

// "14/06/5", "31/23", "7", "7.", "7.2": the minute number a cell starts
// with, and its length; 0 for none.
std::size_t minute_number_length(std::string_view cell) {
  if (const auto slashed = slashed_minute_number(cell)) {
    // "2009/10" is a financial year, a column of which heads many tables.
    const bool year = *slashed == 7 && cell[4] == '/' && (cell.starts_with("19") || cell.starts_with("20"));
    return year ? 0 : *slashed;
  }
  std::size_t i = 0;
  while (i < cell.size() && (is_ascii_digit(cell[i]) || (i > 0 && cell[i] == '.'))) ++i;
  if (i == 0 || i > 8) return 0;
  return i == cell.size() || is_ascii_space(cell[i]) || cell[i] == ')' ? i : 0;
}

// The cell's one minute number, as printed; empty when it holds none or
// several (a merged cell whose numbers cannot be matched to its lines).
std::string_view single_minute_number(std::string_view cell) {
  cell = trim(cell);
  const std::size_t n = minute_number_length(cell);
  if (n == 0 || trim(cell.substr(n)).size() > 1) return {};
  return cell.substr(0, n);
}

// "-", "N/A", "None": a decision cell with no decision in it.
bool is_placeholder(std::string_view cell) {
  const std::string key = fold_key(cell.substr(0, std::min<std::size_t>(cell.size(), 16)));
  return key.empty() || key == "n a" || key == "na" || key == "none" || key == "nil";
}

// The parts of a minute number, to order them: "14/06/9" → 14, 6, 9.
std::vector<int> number_parts(std::string_view number) {
  std::vector<int> parts(1, 0);
  for (char c : number) {
    if (is_ascii_digit(c)) {
      parts.back() = parts.back() * 10 + (c - '0');
      if (parts.back() > 99999) return parts;
    } else {
      parts.push_back(0);
    }
  }
  return parts;
}

// The first column, when its filled cells mostly start with a minute
// number and the numbers grow down the table as minutes do (a column of
// figures does not).
std::optional<std::size_t> number_column(const LogicalTable& t) {
  int filled = 0;
  int numbered = 0;
  std::vector<int> last;
  for (const TableRow& r : t.rows) {
    if (r.cells.empty() || trim(r.cells[0]).empty()) continue;
    ++filled;
    const std::string_view cell = trim(r.cells[0]);
    const std::size_t n = minute_number_length(cell);
    if (n == 0) continue;
    std::vector<int> parts = number_parts(cell.substr(0, n));
    if (parts <= last) return std::nullopt;
    last = std::move(parts);
    ++numbered;
  }
  const bool header_says = !t.header.empty() && header_word(t.header[0]) == HeaderWord::kNumber;
  if (numbered >= (header_says ? 1 : 2) && 2 * numbered >= filled) return 0;
  return std::nullopt;
}

// The words a decision's label starts with ("Resolved", "AGREED",
// "Decision", "And Resolved"): the cells of a work programme's numbered
// rows hold none, and are passed over without reading them as labels.
bool may_label_decision(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 4 && !is_ascii_alpha(line[i])) ++i;
  line.remove_prefix(i);
  return istarts_with(line, "resolved") || istarts_with(line, "agreed") || istarts_with(line, "decision") ||
         istarts_with(line, "and resolved");
}

// Whether a line of the business column records a decision under a label
// of its own ("Resolved 14/06/5.01", "RESOLVED: That …").
bool holds_labelled_decision(std::string_view cell) {
  while (!cell.empty()) {
    const std::size_t nl = cell.find('\n');
    const std::string_view line = cell.substr(0, nl);
    if (may_label_decision(line)) {
      const LabelMatch m = match_section_label(line);
      if (m.label == SectionLabel::kResolved && !m.in_prose) return true;
    }
    if (nl == std::string_view::npos) break;
    cell.remove_prefix(nl + 1);
  }
  return false;
}

}  // namespace

std::optional<MinuteTableColumns> minute_table_columns(const LogicalTable& t) {
  if (t.is_plan || t.rows.empty()) return std::nullopt;
  const std::size_t width = std::max(t.header.size(), t.rows.front().cells.size());
  if (width < 2) return std::nullopt;
  const std::optional<std::size_t> number = number_column(t);
  if (!number) return std::nullopt;
  MinuteTableColumns columns;
  columns.number = *number;
  for (std::size_t c = 0; c < t.header.size(); ++c) {
    if (c != columns.number && header_word(t.header[c]) == HeaderWord::kDecision) columns.decision = c;
  }
  // The business is the column with the most text.
  std::size_t most = 0;
  for (std::size_t c = 0; c < width; ++c) {
    if (c == columns.number || c == columns.decision) continue;
    std::size_t bytes = 0;
    for (const TableRow& r : t.rows) bytes += c < r.cells.size() ? r.cells[c].size() : 0;
    if (bytes > most) {
      most = bytes;
      columns.business = c;
    }
  }
  if (most == 0) return std::nullopt;
  if (columns.decision) return columns;
  const bool labelled = std::any_of(t.rows.begin(), t.rows.end(), [&](const TableRow& r) {
    return columns.business < r.cells.size() && holds_labelled_decision(r.cells[columns.business]);
  });
  return labelled ? std::optional(columns) : std::nullopt;
}

namespace {

// The segments of one minutes table, in reading order.
void append_minutes(const LogicalTable& t, const MinuteTableColumns& columns, TextArena& arena,
                    std::vector<Segment>& out) {
  std::string number;
  for (const TableRow& r : t.rows) {
    Segment heading;
    heading.kind = SegmentKind::kHeading;
    heading.lines = {r.line, r.line};
    // Every row opens with a heading, numbered or not, so that no text
    // runs on into the next row; a bare number takes its period.
    number = columns.number < r.cells.size() ? std::string(single_minute_number(r.cells[columns.number])) : "";
    if (!number.empty() && is_ascii_digit(number.back()) && number.find('/') == std::string::npos) number += '.';
    heading.text = arena.copy(number);
    out.push_back(heading);
    std::string_view cell = columns.business < r.cells.size() ? r.cells[columns.business] : std::string_view();
    while (!cell.empty()) {
      const std::size_t nl = cell.find('\n');
      const std::string_view line = trim(cell.substr(0, nl));
      cell.remove_prefix(nl == std::string_view::npos ? cell.size() : nl + 1);
      if (line.empty()) continue;
      Segment s;
      s.lines = heading.lines;
      const LabelMatch m = match_section_label(line);
      if (m.label != SectionLabel::kNone) {
        s.kind = SegmentKind::kLabel;
        s.label = m.label;
        s.in_prose = m.in_prose;
        s.text = arena.copy(m.value);
      } else {
        s.text = arena.copy(line);
      }
      out.push_back(s);
    }
    if (!columns.decision || *columns.decision >= r.cells.size()) continue;
    std::string decision(trim(r.cells[*columns.decision]));
    if (is_placeholder(decision)) continue;
    std::replace(decision.begin(), decision.end(), '\n', ' ');
    const LabelMatch m = match_section_label(decision);
    Segment s;
    s.kind = SegmentKind::kLabel;
    s.label = SectionLabel::kResolved;
    s.lines = heading.lines;
    s.text = arena.copy(m.label == SectionLabel::kResolved ? std::string_view(m.value) : std::string_view(decision));
    out.push_back(s);
  }
}

}  // namespace

void unfold_minute_tables(std::vector<Segment>& segments, const std::vector<LogicalTable>& tables, TextArena& arena) {
  std::vector<std::pair<const LogicalTable*, MinuteTableColumns>> minute_tables;
  for (const LogicalTable& t : tables) {
    if (auto columns = minute_table_columns(t)) minute_tables.emplace_back(&t, *columns);
  }
  if (minute_tables.empty()) return;
  std::vector<Segment> out;
  out.reserve(segments.size());
  std::vector<bool> unfolded(minute_tables.size(), false);
  for (const Segment& s : segments) {
    const auto it = s.kind != SegmentKind::kTable ? minute_tables.end()
                    : std::find_if(minute_tables.begin(), minute_tables.end(), [&](const auto& m) {
                        return m.first->lines.first <= s.lines.first && s.lines.first <= m.first->lines.last;
                      });
    if (it == minute_tables.end()) {
      out.push_back(s);
      continue;
    }
    // The first fragment stands for the whole table; the others go.
    const std::size_t k = static_cast<std::size_t>(it - minute_tables.begin());
    if (unfolded[k]) continue;
    unfolded[k] = true;
    append_minutes(*it->first, it->second, arena, out);
  }
  segments = std::move(out);
}

}  // namespace docket
