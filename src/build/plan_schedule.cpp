#include "build/plan_schedule.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "normalise/dates.hpp"

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
void dash_segments(std::string_view text, std::vector<DashSegment>& out) {
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

}  // namespace

void add_owner(std::vector<std::string>& owners, std::string_view owner) {
  if (std::find(owners.begin(), owners.end(), owner) == owners.end()) owners.emplace_back(owner);
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
  const std::vector<DashSegment>& segments = scratch.segments;
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

Schedule read_schedule(std::string_view text) {
  Schedule s;
  ScheduleScratch scratch;
  read_schedule(text, s, scratch);
  return s;
}

}  // namespace docket
