#include "recognise/disposition_table.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "base/text_util.hpp"

namespace docket {

namespace {

// "7", "12.", "9/2015", "R-14": an item's, a motion's or a by-law's number
// fills its cell alone; a longer cell is a title or a name.
constexpr std::size_t kMaxNumberBytes = 12;

bool is_number_cell(std::string_view cell) {
  if (cell.empty() || cell.size() > kMaxNumberBytes || !is_ascii_digit(cell.front())) return false;
  return std::all_of(cell.begin(), cell.end(), [](char c) {
    return is_ascii_digit(c) || is_ascii_alpha(c) || c == '/' || c == '-' || c == '.';
  });
}

// The words in capitals a disposition cell opens with, up to the first
// word in lowercase ("AMENDED AND ADOPTED (See Motion 7)"): what the body
// did, before any note on it.
std::string_view capitals_run(std::string_view cell) {
  cell = trim(cell);
  std::size_t end = 0;
  for (std::size_t at = 0; at < cell.size();) {
    std::size_t word_end = at;
    while (word_end < cell.size() && !is_ascii_space(cell[word_end])) ++word_end;
    const std::string_view word = cell.substr(at, word_end - at);
    if (std::any_of(word.begin(), word.end(), is_ascii_lower)) break;
    end = word_end;
    at = word_end;
    while (at < cell.size() && is_ascii_space(cell[at])) ++at;
  }
  return cell.substr(0, end);
}

// The disposition a last cell records: its opening words in capitals, the
// first verb of a disposition among them ("AMENDED AND ADOPTED"); `verb`
// tells whether one was found.
struct CellDisposition {
  Disposition disposition = Disposition::kUndecided;
  bool verb = false;
};

std::optional<CellDisposition> read_disposition_cell(std::string_view cell) {
  const std::string_view run = capitals_run(cell);
  if (run.empty() || !is_ascii_upper(run.front())) return std::nullopt;
  CellDisposition out;
  for (std::size_t at = 0; at < run.size();) {
    std::size_t end = at;
    while (end < run.size() && !is_ascii_space(run[end])) ++end;
    if (const std::optional<Disposition> d = disposition_of_word(run.substr(at, end - at))) {
      out.disposition = *d;
      out.verb = true;
      // "PASSED TO SECOND READING": on to a later meeting, not yet decided.
      std::size_t next = end;
      while (next < run.size() && is_ascii_space(run[next])) ++next;
      if (*d == Disposition::kDecided && run.substr(next).starts_with("TO ")) out.disposition = Disposition::kUndecided;
      return out;
    }
    at = end;
    while (at < run.size() && is_ascii_space(run[at])) ++at;
  }
  return out;
}

// "amended and adopted", "withdrawn": the disposition's words as a status,
// on one line.
std::string outcome_words(std::string_view cell) {
  std::string out;
  for (const char c : capitals_run(cell)) out.push_back(is_ascii_space(c) ? ' ' : ascii_lower(c));
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out;
}

// Where a row's cells stand: its number, its text (the widest cell between,
// past a mover's name), its disposition (the last cell with text).
struct DispositionRow {
  std::size_t number = 0;
  std::size_t text = 0;
  std::size_t disposition = 0;
  CellDisposition outcome;
  std::string words;  // the disposition as a status
};

// "Adopted as amended", "Carried": a disposition in ordinary case, read
// only in a column headed as one. The opening words before any bracket,
// in capitals, and a verb among them.
std::optional<CellDisposition> read_titled_disposition(std::string_view cell, std::string& words) {
  constexpr std::size_t kMaxBytes = 80;
  cell = trim(cell.substr(0, std::min({cell.find('\n'), cell.find('('), kMaxBytes})));
  std::string upper;
  for (const char c : cell) upper.push_back(is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c);
  const std::optional<CellDisposition> outcome = read_disposition_cell(upper);
  if (!outcome || !outcome->verb) return std::nullopt;
  words = outcome_words(upper);
  return outcome;
}

std::optional<DispositionRow> read_row(const TableRow& row, bool titled) {
  const RowCells& cells = row.cells;
  std::size_t first = 0;
  while (first < cells.size() && trim(cells[first]).empty()) ++first;
  std::size_t last = cells.size();
  while (last > first && trim(cells[last - 1]).empty()) --last;
  // A number, a text and a disposition.
  constexpr std::size_t kMinCells = 3;
  if (last < first + kMinCells || !is_number_cell(trim(cells[first]))) return std::nullopt;
  std::string words;
  std::optional<CellDisposition> outcome = read_disposition_cell(cells[last - 1]);
  if (outcome) {
    words = outcome_words(cells[last - 1]);
  } else if (titled) {
    outcome = read_titled_disposition(cells[last - 1], words);
  }
  if (!outcome) return std::nullopt;
  DispositionRow r;
  r.number = first;
  r.disposition = last - 1;
  r.outcome = *outcome;
  r.words = std::move(words);
  r.text = first + 1;
  for (std::size_t i = first + 2; i + 1 < last; ++i) {
    if (trim(cells[i]).size() > trim(cells[r.text]).size()) r.text = i;
  }
  // A number and a disposition with nothing between are no item.
  if (trim(cells[r.text]).empty()) return std::nullopt;
  return r;
}

// "MOTION", "## MOTION", "Motion No.": the head of a column of motion
// numbers, in a header or in a row of its own.
bool names_column(std::string_view cell, std::string_view head) {
  cell = trim(cell);
  while (!cell.empty() && (cell.front() == '#' || cell.front() == '*' || cell.front() == ' ')) cell.remove_prefix(1);
  while (!cell.empty() && (cell.back() == '*' || cell.back() == ':' || cell.back() == ' ')) cell.remove_suffix(1);
  constexpr std::size_t kMaxHeadBytes = 12;
  return cell.size() <= kMaxHeadBytes && istarts_with(cell, head);
}

bool names_motion_column(std::string_view cell) { return names_column(cell, "motion"); }

// "DISPOSITION", "Disposition:": a column of what the body did, which may
// then say it in ordinary case.
bool names_disposition_column(std::string_view cell) { return names_column(cell, "disposition"); }

bool heads_a_disposition_column(const LogicalTable& t) {
  if (std::any_of(t.header.begin(), t.header.end(), [](const std::string& h) { return names_disposition_column(h); })) {
    return true;
  }
  return std::any_of(t.rows.begin(), t.rows.end(), [](const TableRow& row) {
    return !row.cells.empty() && !is_number_cell(trim(row.cells.front())) &&
           std::any_of(row.cells.begin(), row.cells.end(), names_disposition_column);
  });
}

// "AMENDED AND ADOPTED (See Motion 7)": the motion that amended the item,
// whose own row is then the item's history.
std::optional<std::string> amending_motion(std::string_view cell, std::string_view outcome) {
  if (outcome.find("amended") == std::string_view::npos) return std::nullopt;
  const std::size_t at = ifind(cell, "motion ");
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t begin = at + 7;
  while (begin < cell.size() && cell[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (end < cell.size() && is_ascii_digit(cell[end])) ++end;
  if (end == begin) return std::nullopt;
  return std::string(cell.substr(begin, end - begin));
}

}  // namespace

std::vector<AgendaEntry> read_disposition_tables(const std::vector<LogicalTable>& tables) {
  std::vector<AgendaEntry> entries;
  std::vector<bool> is_motion;  // per entry: a row of a table of motions
  std::vector<std::string> amending;  // the motions that amended an item
  std::vector<std::pair<const TableRow*, DispositionRow>> rows;
  for (const LogicalTable& t : tables) {
    rows.clear();
    bool any_verb = false;
    bool motions = std::any_of(t.header.begin(), t.header.end(), [](const std::string& h) { return names_motion_column(h); });
    const bool titled = heads_a_disposition_column(t);
    for (const TableRow& row : t.rows) {
      // Most rows of most tables fail at the first byte of their first cell.
      if (row.cells.empty()) continue;
      if (std::optional<DispositionRow> r = read_row(row, titled)) {
        any_verb = any_verb || r->outcome.verb;
        rows.emplace_back(&row, std::move(*r));
      } else if (!motions && names_motion_column(row.cells.front())) {
        motions = true;
      }
    }
    if (!any_verb) continue;
    for (const auto& [row, r] : rows) {
      AgendaEntry& e = entries.emplace_back();
      e.number = std::string(trim(row->cells[r.number]));
      if (e.number.ends_with('.')) e.number.pop_back();
      e.title = std::string(trim(row->cells[r.text]));
      e.outcome = r.words;
      e.disposition = r.outcome.disposition;
      e.lines = {row->line, row->line};
      is_motion.push_back(motions);
      if (auto motion = amending_motion(row->cells[r.disposition], e.outcome)) amending.push_back(std::move(*motion));
    }
  }
  // An amendment is the history of the item it amended, not a decision of
  // its own: the item, adopted as amended, is the decision.
  std::size_t kept = 0;
  std::size_t decisions = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (is_motion[i] && std::find(amending.begin(), amending.end(), entries[i].number) != amending.end()) continue;
    decisions += entries[i].disposition == Disposition::kUndecided ? 0 : 1;
    if (kept != i) entries[kept] = std::move(entries[i]);
    ++kept;
  }
  entries.resize(kept);
  if (decisions < kMinAgendaEntries) entries.clear();
  return entries;
}

}  // namespace docket
