#include "build/project_builder.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <memory_resource>
#include <set>

#include "normalise/dates.hpp"
#include "layout/inline_text.hpp"
#include "layout/list_markers.hpp"
#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "tables/step_rows.hpp"

namespace docket {

namespace {

// Words that may stand in a deadline-and-owner tail besides dates and
// initials: "By end October 2015 LF in conjunction with RK/ AW/ PB",
// "ongoing Sept to March 16", "high priority".
constexpr std::string_view kMetaWords[] = {
    "by",      "end",   "the",      "of",        "begin",    "beginning", "from",     "to",       "until",
    "till",    "before", "in",      "conjunction", "with",   "and",       "start",    "starting", "commencing",
    "ongoing", "on-going", "high",  "low",       "medium",   "priority",  "due",      "deadline", "lead",
    "led",     "jan",   "january",  "feb",       "february", "mar",       "march",    "apr",      "april",
    "may",     "jun",   "june",     "jul",       "july",     "aug",       "august",   "sep",      "sept",
    "september", "oct", "october",  "nov",       "november", "dec",       "december", "&",        "+",
    "top",     "urgent"};

// Words that, just before a date, make it a deadline rather than a date
// mentioned in passing ("the October 30th 2014 Council Report").
constexpr std::string_view kDeadlineCues[] = {"by", "end of", "end", "before", "until", "till", "begin",
                                              "beginning", "start", "starting", "commencing", "due",
                                              "deadline", "by:", "due:", "deadline:", "no later than"};

// has_deadline_cue compares a cue's last byte with the lowered last byte
// of the text before a date.
static_assert(std::none_of(std::begin(kDeadlineCues), std::end(kDeadlineCues),
                           [](std::string_view cue) { return cue.empty() || (cue.back() >= 'A' && cue.back() <= 'Z'); }));

// Asked of every token of a plan's lines: the length is tested in place
// at each call, and only a token of two to four bytes is read.
inline bool is_initials(std::string_view token) {
  if (token.size() < 2 || token.size() > 4) return false;
  for (char c : token) {
    if (!is_ascii_upper(c)) return false;
  }
  return true;
}

// Calls `visit` with each token of `s` (runs between spaces, slashes,
// commas, brackets, semicolons and hyphens) until it returns false; returns
// whether every token was visited.
constexpr std::array<bool, 256> kTokenSeparators = [] {
  std::array<bool, 256> separators{};
  for (char c : std::string_view(" /,();-")) separators[static_cast<unsigned char>(c)] = true;
  return separators;
}();

template <typename Visit>
bool for_each_token(std::string_view s, Visit visit) {
  // Looked up, as every byte of every line of a plan is tested.
  auto is_sep = [](char c) { return kTokenSeparators[static_cast<unsigned char>(c)]; };
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_sep(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_sep(s[i])) ++i;
    if (i > start && !visit(s.substr(start, i - start))) return false;
  }
  return true;
}

// Where a date of the text starts and how long it is written.
struct Located {
  std::size_t pos;
  std::size_t length;
};

using Segment = std::pair<std::size_t, std::string_view>;

// The working lists of read_schedule, whose room is kept from one call to
// the next: read_schedule runs for every item and line of a plan.
struct ScheduleScratch {
  std::vector<Date> dates;       // the dates of the text, in order
  std::vector<Located> located;  // where each of them is
  std::vector<Segment> segments;
  std::vector<char> chosen;      // per date: a date of the work
};

// Finds the dates of `text` and where each is; a date whose text cannot be
// found again after the one before it is left out.
void locate_dates(std::string_view text, ScheduleScratch& scratch) {
  std::vector<Date>& dates = scratch.dates;
  dates.clear();
  scratch.located.clear();
  find_dates(text, dates);
  std::size_t cursor = 0;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const std::size_t pos = text.find(dates[k].text, cursor);
    if (pos == std::string_view::npos) continue;
    cursor = pos + dates[k].text.size();
    scratch.located.push_back({pos, dates[k].text.size()});
    if (kept != k) dates[kept] = std::move(dates[k]);
    ++kept;
  }
  dates.resize(kept);
}

// Cuts the text into the pieces that spaced dashes separate:
// "Review X – By end October 2015 - LF" → "Review X", "By end October
// 2015", "LF".
void dash_segments(std::string_view text, std::vector<Segment>& out) {
  out.clear();
  std::size_t start = 0;
  // Every separator is a space, a dash and a space. Dashes ('-', and 0xE2,
  // the first byte of en and em dashes) are far rarer than spaces, so they
  // are what is looked for, sixteen bytes at a time.
  const auto is_dash_byte = [](auto b) { return (b == '-') | (b == 0xE2); };
  for (std::size_t dash = find_marked(text, 0, is_dash_byte); dash < text.size();
       dash = find_marked(text, dash + 1, is_dash_byte)) {
    // The space before the dash may be the last byte of the separator
    // just found.
    if (dash == 0 || dash - 1 < start || text[dash - 1] != ' ') continue;
    const std::size_t space = dash - 1;
    const std::string_view rest = text.substr(space);
    std::size_t sep_len = 0;
    if (rest.starts_with(" - ")) sep_len = 3;
    else if (rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" \xE2\x80\x94 ")) sep_len = 5;
    if (sep_len == 0) continue;
    out.emplace_back(start, text.substr(start, space - start));
    start = space + sep_len;
  }
  out.emplace_back(start, text.substr(start));
}

bool is_meta_segment(std::string_view segment, const std::vector<Located>& dates, std::size_t offset) {
  // Leave out the dates in the segment, then every word left must be a
  // meta word or initials. A date ends a word as a space does, so the
  // words are those of the stretches between the dates.
  static constexpr InitialIndex kMetaWordIndex(kMetaWords);
  bool any_token = false;
  const auto is_meta_token = [&](std::string_view t) {
    any_token = true;
    while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.remove_suffix(1);
    return t.empty() || is_initials(t) || kMetaWordIndex.contains(t);
  };
  std::size_t stretch_start = 0;
  for (const Located& d : dates) {
    if (d.pos >= offset && d.pos + d.length <= offset + segment.size()) {
      // Dates come in order and do not overlap.
      const std::size_t date_start = d.pos - offset;
      if (!for_each_token(segment.substr(stretch_start, date_start - stretch_start), is_meta_token)) return false;
      stretch_start = date_start + d.length;
    }
  }
  if (!for_each_token(segment.substr(stretch_start), is_meta_token)) return false;
  return any_token || !trim(segment).empty();
}

bool has_deadline_cue(std::string_view text, std::size_t pos, std::size_t len) {
  const std::string_view before = trim(text.substr(0, pos));
  // Most text before a date ends otherwise than any cue: the last byte is
  // compared in place first (every cue ends in a lowercase letter or ':').
  const char last = before.empty() ? '\0' : ascii_lower(before.back());
  for (std::string_view cue : kDeadlineCues) {
    if (cue.back() != last) continue;
    if (iends_with(before, cue) && (before.size() == cue.size() || !is_ascii_alpha(before[before.size() - cue.size() - 1]))) {
      return true;
    }
  }
  // "(Feb 16)": a date in brackets of its own.
  const std::string_view after = text.substr(pos + len);
  return before.ends_with('(') && trim(after).starts_with(')');
}

void add_owner(std::vector<std::string>& owners, std::string_view owner) {
  if (std::find(owners.begin(), owners.end(), owner) == owners.end()) owners.emplace_back(owner);
}

// What the words of a segment say about its urgency and its end.
struct SegmentWords {
  std::optional<std::string_view> priority;  // "high", "medium", "low"
  bool ongoing = false;
};

// Bytes that may stand in a word, as contains_word reads them: letters,
// digits and every byte from 0x80 up. Looked up, as every byte of the tail
// of a plan's lines is asked.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c) {
    word[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  return word;
}();

bool is_word_byte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

// The words are the runs of word bytes, looked at once each: the segment
// names a priority ("high priority", "top priority", "urgent") or has no
// end ("ongoing", "on-going"). The same as asking contains_word for each
// of those words in turn, which would read the segment once per word.
SegmentWords read_segment_words(std::string_view segment) {
  bool priority = false, high = false, medium = false, low = false, top = false, urgent = false;
  SegmentWords found;
  std::size_t i = 0;
  while (i < segment.size()) {
    if (!is_word_byte(segment[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < segment.size() && is_word_byte(segment[i])) ++i;
    const std::string_view word = segment.substr(start, i - start);
    // No word looked for is longer.
    if (word.size() > 8) continue;
    switch (ascii_lower(word[0])) {
      case 'p': priority = priority || iequals(word, "priority"); break;
      case 'h': high = high || iequals(word, "high"); break;
      case 'm': medium = medium || iequals(word, "medium"); break;
      case 'l': low = low || iequals(word, "low"); break;
      case 't': top = top || iequals(word, "top"); break;
      case 'u': urgent = urgent || iequals(word, "urgent"); break;
      case 'o':
        if (iequals(word, "ongoing")) {
          found.ongoing = true;
        } else if (iequals(word, "on") && i + 1 < segment.size() && segment[i] == '-') {
          // "on-going": the next word starts just after the hyphen.
          std::size_t end = i + 1;
          while (end < segment.size() && is_word_byte(segment[end])) ++end;
          if (iequals(segment.substr(i + 1, end - i - 1), "going")) found.ongoing = true;
        }
        break;
      default: break;
    }
  }
  // The levels are tried in this order, whatever order they are written in.
  if (priority && high) found.priority = "high";
  else if (priority && medium) found.priority = "medium";
  else if (priority && low) found.priority = "low";
  else if (priority && top) found.priority = "high";
  else if (urgent) found.priority = "high";
  return found;
}

// read_schedule, into `s` (emptied first), with working lists whose room
// is kept between calls.
void read_schedule(std::string_view text, Schedule& s, ScheduleScratch& scratch) {
  s.due.clear();
  s.owners.clear();
  s.priority.reset();
  s.ongoing = false;
  s.meta_only = false;
  text = trim(text);
  if (text.empty()) return;
  locate_dates(text, scratch);
  const std::vector<Located>& dates = scratch.located;
  const std::vector<Segment>& segments = scratch.segments;
  dash_segments(text, scratch.segments);
  // Walk the tail: the segments after the first that are only deadlines,
  // owners and priorities.
  std::size_t meta_from = segments.size();
  for (std::size_t k = segments.size(); k-- > 0;) {
    if (!is_meta_segment(segments[k].second, dates, segments[k].first)) break;
    meta_from = k;
  }
  s.meta_only = meta_from == 0;
  if (meta_from == 0 && segments.size() == 1) {
    // A lone segment is a meta line only when it names a date or an owner.
    bool named = false;
    for_each_token(segments[0].second, [&](std::string_view t) {
      named = named || is_initials(t);
      return true;
    });
    s.meta_only = named || !dates.empty();
    if (!s.meta_only) meta_from = segments.size();
  }
  const std::size_t meta_start = meta_from < segments.size() ? segments[meta_from].first : text.size();
  for (std::size_t k = std::max<std::size_t>(meta_from, s.meta_only ? 0 : 1); k < segments.size(); ++k) {
    const std::string_view seg = segments[k].second;
    for_each_token(seg, [&](std::string_view token) {
      while (!token.empty() && (token.back() == '.' || token.back() == ':')) token.remove_suffix(1);
      if (!is_initials(token)) return true;
      const std::size_t token_pos = static_cast<std::size_t>(token.data() - text.data());
      const bool inside_date = std::any_of(dates.begin(), dates.end(), [&](const Located& d) {
        return token_pos >= d.pos && token_pos < d.pos + d.length;
      });
      if (!inside_date) add_owner(s.owners, token);
      return true;
    });
    const SegmentWords words = read_segment_words(seg);
    if (words.priority) s.priority = std::string(*words.priority);
    if (words.ongoing) s.ongoing = true;
  }
  std::vector<char>& chosen = scratch.chosen;
  chosen.assign(dates.size(), false);
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const Located& d = dates[k];
    chosen[k] = d.pos >= meta_start || has_deadline_cue(text, d.pos, d.length);
    // "from Sept 15 to Dec 15", one date with a start and an end: the
    // period of the work.
    if (scratch.dates[k].start && iends_with(trim(text.substr(0, d.pos)), "from")) chosen[k] = true;
  }
  // "between Sept 15 and Dec 15": both ends of a period are dates of the work.
  for (std::size_t k = 0; k + 1 < dates.size(); ++k) {
    const std::string_view before = trim(text.substr(0, dates[k].pos));
    const std::size_t gap_start = dates[k].pos + dates[k].length;
    const std::string_view between = trim(text.substr(gap_start, dates[k + 1].pos - gap_start));
    if ((iends_with(before, "from") || iends_with(before, "between")) && (iequals(between, "to") || iequals(between, "and"))) {
      chosen[k] = chosen[k + 1] = true;
    }
  }
  for (std::size_t k = 0; k < dates.size(); ++k) {
    if (chosen[k]) s.due.push_back(std::move(scratch.dates[k]));
  }
  if (s.meta_only && s.owners.empty() && s.due.empty() && !s.priority && !s.ongoing) s.meta_only = false;
}

// A step of a plan is a line or two; longer text is a description.
constexpr int kMostWordsOfAStep = 40;

class ProjectPlanBuilder {
 public:
  ProjectPlanBuilder(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                     std::vector<Warning>& warnings, const ItemEmitter& emit)
      : blocks_(blocks), tables_(tables), warnings_(warnings), emit_(emit) {}

  void run() {
    std::size_t next_table = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      while (next_table < tables_.size() && tables_[next_table].first_block < i) ++next_table;
      if (next_table < tables_.size() && tables_[next_table].first_block == i) {
        if (is_step_table(tables_[next_table], blocks_)) read_step_rows(tables_[next_table], [&](const StepRow& row) { read_step(row); });
        continue;
      }
      if (b.debris) continue;
      if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem && b.kind != BlockKind::kHeading) continue;
      read_block(b, introduces_table(i));
    }
    finish();
  }

 private:
  // A paragraph that leads into a data table ("The key tables are shown
  // below:-", "Table 3") describes the table, not the work.
  bool introduces_table(std::size_t i) const {
    if (blocks_[i].kind != BlockKind::kParagraph) return false;
    const std::string_view t = trim(blocks_[i].text);
    const bool lead_in = t.ends_with(':') || t.ends_with(":-");
    if (!lead_in && !words_at_most(t, 12)) return false;
    for (std::size_t k = i + 1; k < blocks_.size(); ++k) {
      const Block& n = blocks_[k];
      if (n.debris || n.kind == BlockKind::kPageBreak) continue;
      return is_table(n.kind) || (lead_in && n.kind == BlockKind::kParagraph && istarts_with(n.text, "table"));
    }
    return false;
  }

  void read_block(const Block& b, bool introduces_table) {
    // The first line carries the item; further lines are its text wrapped,
    // unless the first line closes itself off (a bold heading, a colon),
    // in which case they are an action of their own.
    const std::string_view first_raw = b.raw_lines.empty() ? std::string_view() : trim(b.raw_lines.front());
    const bool closed = first_raw.ends_with("**") || first_raw.ends_with(':') || first_raw.ends_with(":-");
    const bool split = closed && b.raw_lines.size() > 1;
    // Wrapped lines join into the block's text, which is cleaned already;
    // the text is read as a view and copied once, into the item or action
    // that keeps it.
    std::string cleaned_first;
    std::string_view text = b.text;
    std::string rest;
    if (split) {
      cleaned_first = clean_inline(first_raw);
      text = cleaned_first;
      for (auto it = std::next(b.raw_lines.begin()); it != b.raw_lines.end(); ++it) {
        if (!rest.empty()) rest.push_back('\n');
        rest.append(*it);
      }
    }
    const int first_line = b.lines.first;
    const int last_line = split ? first_line : b.lines.last;

    std::optional<MarkerInfo> number;
    if (b.kind == BlockKind::kListItem) {
      MarkerInfo m = classify_marker(b.marker());
      if (m.cls == MarkerClass::kNumber || m.cls == MarkerClass::kDotted || m.cls == MarkerClass::kLetter) {
        number = std::move(m);
      }
    }
    if (!number) {
      if (auto lead = named_leading_number(text)) {
        number = std::move(lead->first);
        text = trim(text.substr(lead->second));
      } else if (auto lead = leading_number(text)) {
        number = std::move(lead->first);
        text = trim(text.substr(lead->second));
      }
    }
    if (number && number->cls == MarkerClass::kLetter && open_.empty()) number.reset();
    if (number && b.kind == BlockKind::kListItem && restarts_numbering(*number)) number.reset();
    if (number) {
      start_item(*number, text, {first_line, last_line});
    } else if (b.kind == BlockKind::kHeading) {
      // A heading without a number ("Footnotes", "Appendix") ends the
      // items above: what follows it is not their work.
      pass_on_open_items();
      return;
    } else if (!introduces_table) {
      add_line(text, {first_line, last_line});
    }
    if (!rest.empty()) add_line(clean_inline(rest), {first_line + 1, b.lines.last});
  }

  // A list numbered 1, 2, 3 afresh inside an item ("Action 4: … 1. First
  // step", numbers already taken) lists that item's steps, not new items.
  bool restarts_numbering(const MarkerInfo& m) {
    const bool restart = m.cls == MarkerClass::kNumber && !open_.empty() && numbers_.contains(m.label) &&
                         (m.value == 1 || (steps_listed_ > 0 && m.value == steps_listed_ + 1));
    steps_listed_ = restart ? m.value : 0;
    return restart;
  }

  // A row of a step table: a numbered step is an item, its deadline and
  // lead from their own cells; a row without a number is a further action
  // of the item above.
  void read_step(const StepRow& row) {
    const LineSpan lines{row.line, row.line};
    std::vector<Date> due;
    if (!row.due.empty() && !is_ongoing(row.due)) find_due_dates(row.due, due);
    if (!row.number) {
      if (open_.empty() || row.text.empty()) return;
      Action& action = open_.front().actions.emplace_back();
      action.text = std::string(row.text);
      action.due = std::move(due);
      action.lines = lines;
      return;
    }
    start_item(*row.number, row.text, lines, false);
    Item& item = open_.back();
    item.due = std::move(due);
    if (!row.lead.empty() && !is_no_lead(row.lead)) item.lead = std::string(row.lead);
  }

  static bool is_no_lead(std::string_view cell) {
    return iequals(cell, "n/a") || iequals(cell, "na") || cell == "-" || cell == "\xE2\x80\x93" || iequals(cell, "none");
  }

  void start_item(const MarkerInfo& m, std::string_view text, LineSpan lines, bool read_text_schedule = true) {
    // A numbered item closes the one before it and that one's lettered
    // sub-items: no later line can reach them.
    if (m.cls != MarkerClass::kLetter) pass_on_open_items();
    // Built in place: an Item is large, and moving it in costs a copy of
    // every field.
    Item& item = open_.emplace_back();
    item.type = ItemType::kAction;
    item.number = m.label;
    item.text = std::string(text);
    item.lines = lines;
    if (m.cls == MarkerClass::kLetter) {
      item.parent = open_.front().number;
    } else {
      // The nearest item above whose number is a prefix of this one: 3.2.1
      // hangs under 3 when there is no 3.2.
      std::string_view prefix = m.label;
      while (true) {
        const std::size_t dot = prefix.rfind('.');
        if (dot == std::string_view::npos) break;
        prefix = prefix.substr(0, dot);
        if (numbers_.contains(prefix)) {
          item.parent = std::string(prefix);
          break;
        }
      }
    }
    if (read_text_schedule) {
      read_schedule(item.text, schedule_, scratch_);
      apply_schedule(item, schedule_);
    }
    if (!item.parent && numbers_.contains(item.number)) {
      warnings_.push_back({lines.first, "duplicate-number", "item number " + item.number + " appears again"});
    }
    if (m.cls != MarkerClass::kLetter) numbers_.insert(item.number);
  }

  // A line that is not an item: the deadline and owners of the item above,
  // or one of its actions.
  void add_line(std::string_view text, LineSpan lines) {
    if (open_.empty() || trim(text).empty()) return;
    Item& item = open_.front();
    item.lines.last = std::max(item.lines.last, lines.last);
    if (!words_at_most(text, kMostWordsOfAStep)) {
      // A paragraph of prose describes the item; the dates it mentions
      // are not its deadlines.
      Action& action = item.actions.emplace_back();
      action.text = std::string(text);
      action.lines = lines;
      return;
    }
    read_schedule(text, schedule_, scratch_);
    if (schedule_.meta_only) {
      apply_schedule(item, schedule_);
      return;
    }
    Action& action = item.actions.emplace_back();
    action.text = std::string(text);
    action.due = schedule_.due;
    if (schedule_.ongoing) action.status = "ongoing";
    action.lines = lines;
  }

  static void apply_schedule(Item& item, const Schedule& s) {
    item.due.insert(item.due.end(), s.due.begin(), s.due.end());
    for (const std::string& o : s.owners) add_owner(item.owners, o);
    if (s.priority && !item.priority) item.priority = s.priority;
    if (s.ongoing && !item.status) item.status = "ongoing";
  }

  void finish() { pass_on_open_items(); }

  // An item's deadlines include its actions'; then it goes.
  void pass_on_open_items() {
    for (Item& item : open_) {
      for (const Action& a : item.actions) item.due.insert(item.due.end(), a.due.begin(), a.due.end());
      emit_(std::move(item));
    }
    open_.clear();
  }

  const std::vector<Block>& blocks_;
  const std::vector<LogicalTable>& tables_;
  std::vector<Warning>& warnings_;
  // The last number of a list of steps inside the open item; 0 when none.
  int steps_listed_ = 0;
  const ItemEmitter& emit_;
  // The items later lines can still reach: the last numbered item, then
  // its lettered sub-items. Each is passed on once a numbered item follows
  // it, so a plan of a million items is never held whole.
  std::vector<Item> open_;
  // The numbers of the numbered items so far, for parents and duplicates.
  // The set's nodes, one per item and never freed before the set, come
  // from an arena rather than one by one.
  std::pmr::monotonic_buffer_resource numbers_arena_;
  std::pmr::set<std::string, std::less<>> numbers_{&numbers_arena_};
  // The schedule of the item or line being read, and read_schedule's
  // working lists, whose room serves every item and line.
  Schedule schedule_;
  ScheduleScratch scratch_;
};

}  // namespace

Schedule read_schedule(std::string_view text) {
  Schedule s;
  ScheduleScratch scratch;
  read_schedule(text, s, scratch);
  return s;
}

void build_project_plan(const std::vector<Block>& blocks, const std::vector<LogicalTable>& tables,
                        std::vector<Warning>& warnings, const ItemEmitter& emit) {
  ProjectPlanBuilder(blocks, tables, warnings, emit).run();
}

void build_project_plan(const std::vector<Block>& blocks, std::vector<Warning>& warnings, const ItemEmitter& emit) {
  build_project_plan(blocks, {}, warnings, emit);
}

}  // namespace docket
