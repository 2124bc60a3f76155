#include "recognise/metadata.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "normalise/dates.hpp"
#include "normalise/day_month.hpp"
#include "layout/inline_text.hpp"
#include "recognise/field_label.hpp"
#include "recognise/people.hpp"
#include "recognise/sections.hpp"
#include "base/text_arena.hpp"
#include "base/text_util.hpp"

namespace docket {

namespace {

// Front matter sits above the first table and within the first blocks of
// the paper; later text names committees and dates in passing.
constexpr std::size_t kFrontMatterBlocks = 40;
// And within its first lines: forty blocks of ordinary paragraphs are a
// few hundred lines, while one paragraph of a million lines would hold a
// cleaned copy of each.
constexpr std::size_t kFrontMatterLines = 1000;
// A title, a committee or a meeting date fits in a line far shorter than
// this; longer lines are prose and are not searched for them (which also
// keeps a paper that is one enormous line linear).
constexpr std::size_t kMaxFrontLineBytes = 1000;
// The title block: the first lines of the front matter, where a date that
// stands alone or ends a line naming a meeting is the meeting's.
constexpr std::size_t kTitleBlockLines = 6;

constexpr std::string_view kBodyNouns[] = {"committee", "sub-committee", "subcommittee", "cabinet", "board",
                                           "panel",     "forum",         "executive",    "commission", "assembly",
                                           "partnership"};

std::string_view strip_trailing_punct(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    if (s.back() == '.' || s.back() == ':' || s.back() == ',' || s.back() == '-' || s.back() == ';') {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE2\x80\x93") || s.ends_with("\xE2\x80\x94")) {
      s.remove_suffix(3);  // an en or em dash before the date: "PANEL – 4 May 2024"
    } else {
      break;
    }
    s = trim(s);
  }
  return s;
}

// Cuts a line at the first date in it: "Cabinet Meeting .....8th March
// 2012" → "Cabinet Meeting .....".
std::string_view before_first_date(std::string_view line) {
  const std::vector<Date> dates = find_dates(line);
  if (dates.empty()) return line;
  const std::size_t pos = line.find(dates.front().text);
  return pos == std::string_view::npos ? line : line.substr(0, pos);
}

std::string_view strip_leaders(std::string_view s) {
  // Dot leaders and dashes between a label and its value.
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == '-' || s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

bool ends_with_body_noun(std::string_view s) {
  for (std::string_view noun : kBodyNouns) {
    if (iends_with(s, noun) && (s.size() == noun.size() || !is_ascii_alpha(s[s.size() - noun.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// Whether a body noun starts anywhere in `s` after a byte that is not a
// letter: a prefix of `s` can end with one (ends_with_body_noun) only then.
bool mentions_body_noun(std::string_view s) {
  static constexpr InitialIndex kBodyNounIndex(kBodyNouns);
  bool after_letter = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!after_letter && kBodyNounIndex.starts_any(s.substr(i))) return true;
    after_letter = is_ascii_alpha(s[i]);
  }
  return false;
}

// Whether `text` is no title: web chrome, a stock heading, the council's
// name or a date. A line that names the body is no title either; callers
// ask that of their own answer for the line, which other fields share.
bool is_boilerplate_title(std::string_view text) {
  if (is_web_chrome(text)) return true;
  static constexpr std::string_view kGeneric[] = {
      "agenda item", "summary",    "detail",   "details", "purpose",        "purpose of report", "background",
      "recommendations", "recommendation", "introduction", "contents", "part i", "part 1", "public",
      "proforma",    "exempt",     "not exempt", "report", "cabinet recommendations", "decision record",
      "decision details", "decision notice", "notice of decision", "record of decision"};
  // Only the key's start is compared: with the stock headings, one byte
  // past the longest of them telling a longer key apart, and with the
  // shorter prefixes below. A paragraph is not folded whole.
  static constexpr std::size_t kKeyBytes =
      std::max_element(std::begin(kGeneric), std::end(kGeneric), [](std::string_view a, std::string_view b) {
        return a.size() < b.size();
      })->size() + 1;
  std::array<char, kKeyBytes> folded;
  const std::string_view key(folded.data(), fold_key_prefix_to(text, folded.data(), folded.size()));
  if (key.empty()) return true;
  if (std::find(std::begin(kGeneric), std::end(kGeneric), key) != std::end(kGeneric)) return true;
  if (key.starts_with("agenda item") || key.starts_with("appendix") || key.starts_with("item ") ||
      key.starts_with("minutes") || key.starts_with("present") || key.starts_with("apologies") ||
      key.starts_with("in attendance")) {
    return true;
  }
  if (words_at_most(text, 6) && (iends_with(strip_trailing_punct(text), "council"))) return true;
  // Every date is written with a digit (its day or its year at least).
  if (has_digit(text) && parse_uk_date(text)) return true;
  return false;
}

// Whether "held on" or "held this" stands anywhere in `line` (any case):
// each "held " is read once, and the word after it compared with both.
bool says_held_on_or_this(std::string_view line) {
  constexpr std::string_view kHeld = "held ";
  for (std::size_t at = ifind(line, kHeld); at != std::string_view::npos; at = ifind(line, kHeld, at + 1)) {
    const std::string_view after = line.substr(at + kHeld.size());
    if (istarts_with(after, "on") || istarts_with(after, "this")) return true;
  }
  return false;
}

// A line of a title block that is nothing but a whole date ("WEDNESDAY,
// MARCH 25, 2015"); a line in lowercase ends a wrapped sentence.
std::optional<Date> date_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || !has_digit(line) || is_ascii_lower(line.front())) return std::nullopt;
  std::optional<Date> d = parse_uk_date(line);
  if (d && d->value && d->value->size() == 10) return d;
  return std::nullopt;
}

// "COUNCIL MEETING – WEDNESDAY, MARCH 25, 2015", "Meeting of the Board,
// 4 May 2021": a short line that names a meeting and ends with its date
// (a title block's lines run together into one).
std::optional<Date> meeting_then_date(std::string_view line) {
  // Sixteen words fill a title line; bytes are counted first, as they
  // cost nothing.
  constexpr int kMaxWords = 16;
  constexpr std::size_t kMaxBytes = 250;
  if (line.size() > kMaxBytes) return std::nullopt;
  // The date ends the line: past spaces and a stop, a digit of its year.
  std::size_t last = line.size();
  while (last > 0 && (is_ascii_space(line[last - 1]) || line[last - 1] == '.' || line[last - 1] == ',')) --last;
  if (last == 0 || !is_ascii_digit(line[last - 1])) return std::nullopt;
  const std::size_t meeting = ifind(line, "meeting");
  if (meeting == std::string_view::npos || !words_at_most(line, kMaxWords)) return std::nullopt;
  if (meeting > 0 && is_ascii_alpha(line[meeting - 1])) return std::nullopt;
  // "Date of the next meeting: 4 May 2021" names another meeting.
  const std::string_view before = line.substr(0, meeting);
  if (iends_with(before, "next ") || iends_with(before, "previous ") || iends_with(before, "last ")) return std::nullopt;
  const std::vector<Date> dates = find_dates(line.substr(meeting));
  if (dates.size() != 1 || !dates.front().value || dates.front().value->size() != 10) return std::nullopt;
  if (!line.substr(0, last).ends_with(dates.front().text)) return std::nullopt;
  return dates.front();
}

// The short blocks of several lines among the title block's lines, each
// taken as one line: a title block's lines may each say something of
// their own (its last, the date). Kept in place: most papers have none.
struct WholeBlocks {
  std::array<const Block*, kTitleBlockLines> blocks{};
  std::size_t count = 0;
};

// The date of the meeting as a title block lays it out on a line of its
// own: in a short block of lines taken whole, or in a table of one column
// that opens the paper (a framed letterhead: the department, the paper,
// the meeting, its date, a line each).

std::optional<Date> date_of_title_block(const WholeBlocks& whole_blocks,
                                        const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables) {
  for (std::size_t k = 0; k < whole_blocks.count; ++k) {
    const Block* b = whole_blocks.blocks[k];
    if (!has_digit(b->text)) continue;
    RawLineReader reader(b->raw_lines);
    for (std::string_view raw; reader.next(raw);) {
      if (std::optional<Date> d = date_line(raw)) return d;
    }
  }
  if (tables.empty()) return std::nullopt;
  const LogicalTable& first = tables.front();
  const auto above = blocks.begin() + static_cast<std::ptrdiff_t>(std::min(first.first_block, blocks.size()));
  const bool opens = std::all_of(blocks.begin(), above, [](const Block& b) {
    return b.debris || b.kind == BlockKind::kPageBreak;
  });
  if (!opens || !first.header.empty()) return std::nullopt;
  const bool one_column = std::all_of(first.rows.begin(), first.rows.end(), [](const TableRow& r) {
    return std::count_if(r.cells.begin(), r.cells.end(), [](std::string_view c) { return !trim(c).empty(); }) <= 1;
  });
  if (!one_column) return std::nullopt;
  for (const TableRow& r : first.rows) {
    for (std::string_view cell : r.cells) {
      for (std::size_t at = 0; at < cell.size();) {
        const std::size_t end = std::min(cell.find('\n', at), cell.size());
        if (std::optional<Date> d = date_line(cell.substr(at, end - at))) return d;
        at = end + 1;
      }
    }
  }
  return std::nullopt;
}

// "Approval of the Minutes of the Meeting held on 5th April 2016", "… The
// minutes of the meeting held on …", "The next meeting is to be held on
// …": a line that dates another meeting than the one minuted. A heading's
// "Minutes of" stands first, or after a word such as "Draft" or a bracket.
bool dates_other_meeting(std::string_view line) {
  for (std::size_t next = ifind(line, "next meeting "); next != std::string_view::npos;
       next = ifind(line, "next meeting ", next + 1)) {
    const std::string_view after = line.substr(next + 13);
    if (istarts_with(after, "is ") || istarts_with(after, "will ") || istarts_with(after, "to be ")) return true;
  }
  for (std::size_t minutes = ifind(line, "minutes of"); minutes != std::string_view::npos;
       minutes = ifind(line, "minutes of", minutes + 1)) {
    std::string_view before = line.substr(0, minutes);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::size_t space = before.find_last_of(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (word.size() == 3 && istarts_with(word, "the")) {
      return true;  // "The minutes of …", "Approval of the Minutes of …"
    }
    for (std::string_view verb : {"approve", "confirm", "adopt", "sign"}) {
      if (istarts_with(word, verb)) return true;
    }
  }
  return false;
}

constexpr std::string_view kTitleLabels[] = {"title of item/report", "title of item / report", "title of report",
                                             "title of item", "report title", "title", "subject", "report"};

}  // namespace

std::optional<std::string> body_from_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || !words_at_most(t, 14)) return std::nullopt;
  // "Cabinet", "Cabinet Meeting ....", "CABINET RECOMMENDATIONS",
  // "Cabinet Decision: 4th September 2014".
  if (istarts_with(t, "cabinet")) {
    const std::string_view rest = trim(t.substr(7));
    static constexpr std::string_view kFollowers[] = {"meeting", "decision", "recommendation", "record", "minutes",
                                                      "report"};
    if (rest.empty() || !is_ascii_alpha(rest.front())) return std::string("Cabinet");
    for (std::string_view f : kFollowers) {
      if (istarts_with(rest, f)) return std::string("Cabinet");
    }
  }
  for (std::string_view label : {"committee", "meeting", "decision maker", "decision taker", "body", "report to", "to"}) {
    const LabelledValue l = match_label(t, label);
    if (l.found && !l.value.empty()) {
      const std::string_view undated = before_first_date(l.value);
      const std::string_view value = strip_trailing_punct(strip_leaders(undated));
      // "To: County Council – 13 March 2025": the body a report goes to.
      const bool addressed = label == "to" && trim(t.substr(2)).starts_with(':') && undated.size() < l.value.size();
      if (!value.empty() && (label != "meeting" || ends_with_body_noun(value)) &&
          (label != "to" || addressed || ends_with_body_noun(value))) {
        if (istarts_with(value, "the ")) return std::string(value.substr(4));
        return std::string(value);
      }
    }
  }
  // What is left names a body only by ending with a body noun; a line with
  // none in it is spared the search for dates.
  if (!mentions_body_noun(t)) return std::nullopt;
  std::string_view head = strip_leaders(before_first_date(t));
  head = strip_trailing_punct(head);
  if (head.empty() || !words_at_most(head, 12)) return std::nullopt;
  if (istarts_with(head, "the ") || ifind(head, " recommend") != std::string_view::npos) return std::nullopt;
  if (iends_with(head, " meeting")) head = trim(head.substr(0, head.size() - 8));
  if (ends_with_body_noun(head)) return std::string(head);
  return std::nullopt;
}

void extract_metadata(const std::vector<Block>& blocks, Document& doc) { extract_metadata(blocks, {}, doc); }

void extract_metadata(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables, Document& doc) {
  // The front matter: blocks above the first table, at most the first few.
  std::vector<const Block*> front;
  for (const Block& b : blocks) {
    if (is_table(b.kind)) break;
    if (front.size() >= kFrontMatterBlocks) break;
    if (b.debris || b.kind == BlockKind::kPageBreak) continue;
    front.push_back(&b);
  }
  // Lines are views of the blocks' text where a block gives a line whole or
  // cleaning leaves a line as it is, and of cleaned copies (kept here, where
  // they do not move) otherwise.
  std::vector<std::string_view> lines;
  std::vector<BlockKind> kinds;
  WholeBlocks whole_blocks;
  TextArena cleaned_lines;
  std::string cleaned;
  for (const Block* b : front) {
    // Most blocks are one line, told without counting.
    const std::size_t line_count = b->raw_lines.empty() ? 0 : b->raw_lines.single() ? 1 : b->raw_lines.size();
    if (b->text.size() > kMaxFrontLineBytes * line_count) continue;
    // A bold run over two lines is one line of the page ("**Arts, Leisure &
    // Culture  \nSelect Committee**"): take whole short paragraphs as one
    // line, and long ones line by line.
    if (b->kind == BlockKind::kHeading || (line_count > 1 && words_at_most(b->text, 12))) {
      lines.push_back(b->text);
      kinds.push_back(b->kind);
      if (line_count > 1 && whole_blocks.count < kTitleBlockLines && lines.size() <= kTitleBlockLines) {
        whole_blocks.blocks[whole_blocks.count++] = b;
      }
      continue;
    }
    if (line_count == 1) {
      // One line: the block's own text, cleaned once already (and no
      // longer than kMaxFrontLineBytes, by the test above).
      if (!b->text.empty()) {
        lines.push_back(b->text);
        kinds.push_back(b->kind);
      }
      continue;
    }
    RawLineReader raw_lines(b->raw_lines);
    for (std::string_view raw; raw_lines.next(raw);) {
      if (lines.size() >= kFrontMatterLines) break;
      const std::string_view l = clean_inline_view(raw, cleaned);
      if (l.empty() || l.size() > kMaxFrontLineBytes) continue;
      // A line cleaning leaves as it is, is a view of the paper's text.
      lines.push_back(l.data() == raw.data() ? l : cleaned_lines.copy(l));
      kinds.push_back(b->kind);
    }
  }
  // The body a line names, worked out once per line: the title, body and
  // meeting date all ask it.
  std::vector<std::optional<std::optional<std::string>>> bodies(lines.size());
  auto body_named_by = [&](std::size_t i) -> const std::optional<std::string>& {
    if (!bodies[i]) bodies[i] = body_from_line(lines[i]);
    return *bodies[i];
  };

  // Title: a labelled title, else the first heading that is not a stock
  // heading, else the first line that says what the paper is.
  // A line that starts with none of the labels (most lines; the index
  // compares only the labels that share its first letter) skips them all.
  static constexpr InitialIndex kTitleLabelIndex(kTitleLabels);
  for (std::size_t i = 0; i < lines.size() && !doc.title; ++i) {
    if (!kTitleLabelIndex.starts_any(lines[i])) continue;
    for (std::string_view label : kTitleLabels) {
      const LabelledValue l = match_label(lines[i], label);
      if (!l.found) continue;
      if (label == "title" || label == "subject" || label == "report") {
        // Bare words make labels only with a separator after them.
        const std::string_view after = lines[i].substr(label.size());
        if (!trim(after).starts_with(':')) continue;
      }
      if (!l.value.empty()) {
        doc.title = std::string(l.value);
      } else if (i + 1 < lines.size()) {
        doc.title = std::string(lines[i + 1]);
      }
      break;
    }
  }
  for (std::size_t i = 0; i < lines.size() && !doc.title; ++i) {
    if (kinds[i] == BlockKind::kHeading && !is_boilerplate_title(lines[i]) && !body_named_by(i)) {
      doc.title = std::string(lines[i]);
    }
  }
  for (std::size_t i = 0; i < lines.size() && !doc.title; ++i) {
    // A numbered item heading in capitals ("45. HOUSING ALLOCATIONS
    // POLICY") names the business of a minute.
    if (kinds[i] != BlockKind::kListItem || is_boilerplate_title(lines[i]) || body_named_by(i)) continue;
    const std::string_view t = lines[i];
    if (words_at_most(t, 12) && std::none_of(t.begin(), t.end(), is_ascii_lower) &&
        std::any_of(t.begin(), t.end(), is_ascii_upper)) {
      doc.title = std::string(t);
    }
  }
  for (std::size_t i = 0; i < lines.size() && !doc.title; ++i) {
    if (kinds[i] != BlockKind::kParagraph || is_boilerplate_title(lines[i]) || body_named_by(i)) continue;
    const std::string_view t = trim(before_name_label(lines[i]));
    if (!t.empty() && words_at_most(t, 40) && !t.ends_with(':')) doc.title = std::string(t);
    break;
  }

  for (std::size_t i = 0; i < lines.size() && !doc.body; ++i) {
    if (const std::optional<std::string>& body = body_named_by(i)) doc.body = body;
  }

  // Meeting date: a labelled date, else a date on the line that names the
  // body, else a line that is nothing but a date.
  static constexpr std::string_view kDateLabels[] = {"date of meeting", "meeting date", "date of decision",
                                                     "decision date", "meeting held on", "date"};
  static constexpr InitialIndex kDateLabelIndex(kDateLabels);
  for (std::string_view l : lines) {
    if (doc.meeting) break;
    if (!kDateLabelIndex.starts_any(l)) continue;
    for (std::string_view label : kDateLabels) {
      const LabelledValue m = match_label(l, label);
      if (!m.found) continue;
      // A bare "Date" labels only with a colon: "Date of publication" is
      // another date.
      if (label == "date" && !trim(l.substr(label.size())).starts_with(':')) break;
      const std::vector<Date> dates = find_dates(m.value);
      // A bare "date" with an ISO value is a machine's stamp (a web page's
      // front matter: when it was published), not the meeting a person
      // wrote down.
      const bool stamp = label == "date" && !dates.empty() && dates.front().text.size() == 10 &&
                         dates.front().text[4] == '-';
      if (!dates.empty() && !stamp) doc.meeting = dates.front();
      break;
    }
  }
  // Every date is written with digits (its day or its year at least), so a
  // line without one is passed over before any other test.
  std::optional<DayMonth> yearless;
  auto take_full_date = [&](std::string_view l) {
    for (const Date& d : find_dates(l)) {
      if (d.value && d.value->size() == 10) {
        doc.meeting = d;
        return;
      }
    }
  };
  for (std::size_t i = 0; i < lines.size() && !doc.meeting; ++i) {
    const std::string_view l = lines[i];
    if (!has_digit(l)) {
      // "MINUTES of a meeting of the Board held in the Hall, Town" /
      // "Offices on Tuesday, 4 March 2025.": the sentence that says where
      // the meeting was held runs on to its date.
      // The sentence may run over three lines ("… ON" / "FRIDAY, 21 …").
      bool held = istarts_with(l, "minutes of") && ifind(l, " held") != std::string_view::npos;
      for (std::size_t k = i + 1; k < lines.size() && k <= i + 2 && !doc.meeting && istarts_with(l, "minutes of"); ++k) {
        held = held || ifind(lines[k], "held ") != std::string_view::npos;
        if (!held) continue;
        take_full_date(lines[k]);
        // "… ON THURSDAY 18th May AT 3.00PM": the year is left to the
        // dates around it.
        if (!doc.meeting && !yearless && has_digit(lines[k])) yearless = find_day_month(lines[k]);
      }
      continue;
    }
    // "MINUTES of the meeting held on Thursday, 9 July 2015", "… was held
    // this 12th day of January, 2011"
    const bool held_on = says_held_on_or_this(l) || istarts_with(l, "minutes of");
    if (!body_named_by(i) && (!held_on || dates_other_meeting(l))) continue;
    take_full_date(l);
    // "… held on Tuesday 7th March at 7.30pm": the year is left out here too.
    if (!doc.meeting && !yearless && held_on) yearless = find_day_month(l);
  }
  for (std::string_view l : lines) {
    if (doc.meeting) break;
    // A line in lowercase ("on 31 March 2024.") ends a wrapped sentence.
    if (!has_digit(l) || is_ascii_lower(l.front())) continue;
    if (auto d = parse_uk_date(l); d && d->value && d->value->size() == 10) {
      doc.meeting = d;
      break;
    }
    // "March 3, 2025, at 1:00 PM": a line that is a date and the time of day.
    if (!words_at_most(l, 8) || ifind(l, " at ") == std::string_view::npos) continue;
    const std::vector<Date> dates = find_dates(l);
    if (!dates.empty() && dates.front().value && dates.front().value->size() == 10 &&
        istarts_with(l, dates.front().text)) {
      doc.meeting = dates.front();
    }
  }

  if (!doc.meeting) doc.meeting = date_of_title_block(whole_blocks, blocks, tables);
  for (std::size_t i = 0; i < lines.size() && i < kTitleBlockLines && !doc.meeting; ++i) {
    doc.meeting = meeting_then_date(lines[i]);
  }
  // The meeting's day and month without its year: the year that puts it
  // nearest the paper's other dates (the minutes of the meeting before it),
  // on the weekday it names.
  if (yearless) {
    std::optional<std::string> reference = doc.meeting ? doc.meeting->value : std::nullopt;
    for (std::size_t i = 0; i < lines.size() && !(reference && reference->size() == 10); ++i) {
      if (!has_digit(lines[i])) continue;
      for (const Date& d : find_dates(lines[i])) {
        if (d.value && d.value->size() == 10) {
          reference = d.value;
          break;
        }
      }
    }
    if (reference) {
      if (std::optional<Date> d = with_year(*yearless, *reference)) doc.meeting = std::move(d);
    }
  }

  if (doc.people.empty()) doc.people = find_people(blocks);
}

}  // namespace docket
