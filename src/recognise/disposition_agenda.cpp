#include "recognise/disposition_agenda.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "base/text_util.hpp"
#include "layout/page_counters.hpp"
#include "normalise/dates.hpp"

namespace docket {

namespace {

// The paper's running text, lines kept, page counters blanked out (to
// spaces, so that every offset still falls on its source line).
struct AgendaText {
  std::string text;
  std::vector<std::size_t> line_starts;  // offset of each line in `text`
  std::vector<int> source_lines;         // its line in the source

  int line_at(std::size_t offset) const {
    const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    return source_lines[static_cast<std::size_t>(it - line_starts.begin()) - 1];
  }
};

bool holds_running_text(const Block& b) {
  return !b.debris &&
         (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem || b.kind == BlockKind::kHeading);
}

AgendaText gather_text(const std::vector<Block>& blocks) {
  AgendaText out;
  for (const Block& b : blocks) {
    if (!holds_running_text(b)) continue;
    int line = b.lines.first;
    bool first = true;
    RawLineReader reader(b.raw_lines);
    for (std::string_view raw; reader.next(raw); ++line) {
      out.line_starts.push_back(out.text.size());
      out.source_lines.push_back(line);
      if (first && !b.marker().empty()) {
        out.text += b.marker();
        out.text.push_back(' ');
      }
      first = false;
      out.text += raw;
      out.text.push_back('\n');
    }
  }
  for (const TextSpan& s : find_page_counters(out.text)) {
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (out.text[i] != '\n') out.text[i] = ' ';
    }
  }
  return out;
}

struct Token {
  std::string_view text;
  std::size_t begin = 0;
  // A line break or two spaces before it: where a converter left the
  // columns and lines of the page.
  bool gap_before = false;
};

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  bool gap = true;
  while (i < text.size()) {
    std::size_t spaces = 0;
    while (i < text.size() && is_ascii_space(text[i])) {
      gap = gap || text[i] == '\n' || ++spaces >= 2;
      ++i;
    }
    if (i == text.size()) break;
    const std::size_t begin = i;
    while (i < text.size() && !is_ascii_space(text[i])) ++i;
    tokens.push_back({text.substr(begin, i - begin), begin, gap});
    gap = false;
  }
  return tokens;
}

bool has_letter(std::string_view t) { return std::any_of(t.begin(), t.end(), is_ascii_alpha); }

// "ADOPTED", "TO", "A.M.": letters, none of them lowercase.
bool is_capitals_word(std::string_view t) {
  return has_letter(t) && std::none_of(t.begin(), t.end(), is_ascii_lower) && is_ascii_upper(t.front());
}

// "19,", "2011", "9:30": digits in a date or time of a disposition.
bool is_figure(std::string_view t) {
  return !t.empty() && is_ascii_digit(t.front()) && !has_letter(t);
}

std::string_view without_punctuation(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';' || t.back() == ':')) t.remove_suffix(1);
  return t;
}

struct DispositionWord {
  std::string_view word;
  Disposition disposition;
};

// The verbs of a disposition, as minutes print them in capitals.
constexpr DispositionWord kDispositionWords[] = {
    {"ADOPTED", Disposition::kDecided},     {"APPROVED", Disposition::kDecided},
    {"CONFIRMED", Disposition::kDecided},   {"ACCEPTED", Disposition::kDecided},
    {"PASSED", Disposition::kDecided},      {"CARRIED", Disposition::kDecided},
    {"GRANTED", Disposition::kDecided},     {"ENACTED", Disposition::kDecided},
    {"RATIFIED", Disposition::kDecided},    {"AUTHORIZED", Disposition::kDecided},
    {"AUTHORISED", Disposition::kDecided},  {"AWARDED", Disposition::kDecided},
    {"RECEIVED", Disposition::kDecided},    {"NOTED", Disposition::kDecided},
    {"FAILED", Disposition::kLost},         {"DEFEATED", Disposition::kLost},
    {"LOST", Disposition::kLost},           {"DENIED", Disposition::kLost},
    {"REJECTED", Disposition::kLost},       {"REFERRED", Disposition::kUndecided},
    {"CONTINUED", Disposition::kUndecided}, {"TABLED", Disposition::kUndecided},
    {"POSTPONED", Disposition::kUndecided}, {"DEFERRED", Disposition::kUndecided},
    {"WITHDRAWN", Disposition::kUndecided}, {"FILED", Disposition::kUndecided},
    {"PLACED", Disposition::kUndecided},    {"RETURNED", Disposition::kUndecided},
    {"RESCHEDULED", Disposition::kUndecided},
};

// Words that may stand before the verb ("SUBSTITUTE PASSED", "MOTION
// CARRIED").
constexpr std::string_view kLeadWords[] = {"SUBSTITUTE", "MOTION", "UNANIMOUSLY"};

// Words after which a disposition goes on over a gap ("PASSED TO  SECOND
// READING").
bool needs_more(std::string_view word) {
  word = without_punctuation(word);
  return word == "TO" || word == "ON" || word == "AS" || word == "AND" || word == "OF" || word == "BY" || word == "THE";
}


// "(Y-5)", "(Y-4 N-1)": the tally of a recorded vote, over `end - at` tokens.
struct Tally {
  std::size_t end = 0;
  int yes = 0;
  int no = 0;
};

std::optional<Tally> read_tally(const std::vector<Token>& tokens, std::size_t at) {
  const std::string_view t = tokens[at].text;
  if (t.size() < 4 || !t.starts_with("(Y-") || !is_ascii_digit(t[3])) return std::nullopt;
  Tally tally;
  constexpr std::size_t kMaxTallyTokens = 4;
  for (std::size_t k = at; k < tokens.size() && k < at + kMaxTallyTokens; ++k) {
    std::string_view part = tokens[k].text;
    if (part.starts_with('(')) part.remove_prefix(1);
    if (part.size() > 2 && part[1] == '-' && is_ascii_digit(part[2])) {
      const int count = part[2] - '0';
      if (part[0] == 'Y') tally.yes = count;
      if (part[0] == 'N') tally.no = count;
    }
    if (tokens[k].text.find(')') != std::string_view::npos) {
      tally.end = k + 1;
      return tally;
    }
  }
  return std::nullopt;
}

// "184349", "2019-114", "5501": the number an enactment is given.
bool is_enactment_number(std::string_view t) {
  constexpr std::size_t kMinEnactmentChars = 3;
  return t.size() >= kMinEnactmentChars && is_ascii_digit(t.front()) &&
         std::all_of(t.begin(), t.end(), [](char c) { return is_ascii_digit(c) || c == '-' || c == '/' || c == '.'; });
}

// Item numbers run to four digits: a longer enactment number is never the
// next item's.
constexpr std::size_t kMaxItemDigits = 4;

struct Reading {
  std::size_t begin = 0;  // first token
  std::size_t end = 0;    // after the last token
  Disposition disposition = Disposition::kDecided;
  std::string outcome;
  // The last token is a short number after a tally: an enactment's, or
  // the next item's ("(Y-4) 5501", "(Y-4) 12 Adopt …"); the numbering tells.
  bool ends_in_short_number = false;
};

// The capitals that follow a disposition's verb: a date, a time, whom it
// is referred to. A figure counts only inside the run; a gap ends it
// unless the words so far need more.
std::size_t capitals_run_end(const std::vector<Token>& tokens, std::size_t from) {
  std::size_t k = from;
  while (k < tokens.size()) {
    const Token& t = tokens[k];
    if (t.gap_before && !needs_more(tokens[k - 1].text)) break;
    if (is_capitals_word(t.text)) {
      ++k;
    } else if (is_figure(t.text) && !t.gap_before && k + 1 < tokens.size() &&
               (is_capitals_word(tokens[k + 1].text) || is_figure(tokens[k + 1].text))) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

// The tokens' words, one space between.
std::string joined(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t k = begin; k < end; ++k) {
    if (!out.empty()) out.push_back(' ');
    out += tokens[k].text;
  }
  return out;
}

// A disposition starting at token `at`: tallies, then a verb in capitals
// or an enactment number; or a verb alone.
std::optional<Reading> read_disposition(const std::vector<Token>& tokens, std::size_t at) {
  Reading r;
  r.begin = at;
  std::size_t k = at;
  std::optional<Tally> last_tally;
  while (k < tokens.size()) {
    const std::optional<Tally> tally = read_tally(tokens, k);
    if (!tally) break;
    last_tally = tally;
    k = tally->end;
  }
  std::size_t verb = k;
  while (verb < tokens.size() && verb < k + 2 &&
         std::find(std::begin(kLeadWords), std::end(kLeadWords), without_punctuation(tokens[verb].text)) !=
             std::end(kLeadWords)) {
    ++verb;
  }
  if (verb < tokens.size()) {
    if (const std::optional<Disposition> d = disposition_of_word(tokens[verb].text)) {
      r.end = capitals_run_end(tokens, verb + 1);
      r.disposition = *d;
      // "PASSED TO SECOND READING": passed on to a later meeting, not yet decided.
      if (*d == Disposition::kDecided && r.end > verb + 1 && without_punctuation(tokens[verb + 1].text) == "TO") {
        r.disposition = Disposition::kUndecided;
      }
      // "PLACED ON FILE": kept, nothing decided.
      r.outcome = to_lower_ascii(joined(tokens, k, r.end));
      return r;
    }
  }
  if (!last_tally) return std::nullopt;
  if (k < tokens.size() && is_enactment_number(tokens[k].text)) {
    r.ends_in_short_number = tokens[k].text.size() <= kMaxItemDigits;
    ++k;
  }
  r.end = k;
  r.disposition = last_tally->yes > last_tally->no ? Disposition::kDecided : Disposition::kLost;
  r.outcome = r.disposition == Disposition::kDecided ? "passed" : "failed";
  return r;
}

// "41", "*42", "S-56", "7.": where an item's number may stand, with the
// marks of an emergency ("*") or a substitute ("S-") item before it.
std::optional<std::string> marker_number(const std::vector<Token>& tokens, std::size_t at) {
  if (at + 1 >= tokens.size() || !is_ascii_upper(tokens[at + 1].text.front())) return std::nullopt;
  std::string_view t = tokens[at].text;
  if (t.starts_with('*')) t.remove_prefix(1);
  if (t.size() > 2 && is_ascii_upper(t[0]) && t[1] == '-') t.remove_prefix(2);
  if (t.ends_with('.')) t.remove_suffix(1);
  if (t.empty() || t.size() > kMaxItemDigits || !std::all_of(t.begin(), t.end(), is_ascii_digit)) return std::nullopt;
  // "12 January 2011": a date, not an item.
  const std::string_view next = tokens[at + 1].text;
  const std::string probe = std::string(t) + " " + std::string(next) + " 2000";
  const std::vector<Date> dates = find_dates(probe);
  if (!dates.empty() && dates.front().text.size() > t.size() + 1 && probe.starts_with(dates.front().text)) {
    return std::nullopt;
  }
  return std::string(t);
}

int number_value(const std::string& n) { return std::stoi(n); }

// Item numbers rise through an agenda, skipping at most this many (items
// taken elsewhere, or struck from the minutes).
constexpr int kMaxNumberStep = 50;
// Motion text between two dispositions of one item ("Motion to amend …
// (Y-5) ADOPTED AS AMENDED") runs to at most this many words.
constexpr std::size_t kMaxTokensBetweenVotes = 80;

// The first place in [from, to) where an item starts whose number fits the
// agenda's numbering; the next number in turn where the region has it.
std::optional<std::size_t> find_item_start(const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                                           int last_number, std::string& number) {
  std::optional<std::size_t> first;
  std::string first_number;
  for (std::size_t k = from; k < to; ++k) {
    if (!tokens[k].gap_before && k != from) continue;
    const std::optional<std::string> n = marker_number(tokens, k);
    if (!n) continue;
    const int value = number_value(*n);
    if (last_number >= 0 && (value <= last_number || value > last_number + kMaxNumberStep)) continue;
    // A title needs two words before the business or the disposition.
    if (to - k < 3) continue;
    if (value == last_number + 1) {
      number = *n;
      return k;
    }
    if (!first) {
      first = k;
      first_number = *n;
    }
  }
  if (first) number = first_number;
  return first;
}

// Where the title ends: at the kind of business in brackets that stands
// apart ("  (Ordinance)", "(Report)" at the end of a line), else at the
// disposition.
std::size_t title_end(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  constexpr std::size_t kMaxBracketTokens = 12;
  for (std::size_t k = from; k < to; ++k) {
    if (!tokens[k].text.starts_with('(')) continue;
    if (tokens[k].gap_before) return k;
    for (std::size_t j = k; j < to && j < k + kMaxBracketTokens; ++j) {
      if (!tokens[j].text.ends_with(')')) continue;
      if (j + 1 == to || tokens[j + 1].gap_before) return k;
      break;
    }
  }
  return to;
}


// A cheap look for any disposition at all: a tally, or a word in
// capitals ending in "ED" (or "LOST") of at least five letters.
bool may_hold_dispositions(std::string_view text) {
  if (text.find("(Y-") != std::string_view::npos) return true;
  for (std::size_t at = text.find("ED"); at != std::string_view::npos; at = text.find("ED", at + 2)) {
    constexpr std::size_t kMinCapitals = 3;
    if (at >= kMinCapitals && is_ascii_upper(text[at - 1]) && is_ascii_upper(text[at - 2]) &&
        is_ascii_upper(text[at - 3])) {
      return true;
    }
  }
  return text.find("LOST") != std::string_view::npos;
}

}  // namespace

std::optional<Disposition> disposition_of_word(std::string_view t) {
  if (!is_capitals_word(t)) return std::nullopt;
  t = without_punctuation(t);
  for (const DispositionWord& w : kDispositionWords) {
    if (w.word == t) return w.disposition;
  }
  return std::nullopt;
}

std::vector<AgendaEntry> read_disposition_agenda(const std::vector<Block>& blocks) {
  const AgendaText agenda = gather_text(blocks);
  const std::vector<Token> tokens = tokenize(agenda.text);
  std::vector<AgendaEntry> entries;
  std::size_t region = 0;  // tokens after the last disposition
  int last_number = -1;
  bool open = false;
  for (std::size_t k = 0; k < tokens.size();) {
    std::optional<Reading> d = read_disposition(tokens, k);
    if (!d) {
      ++k;
      continue;
    }
    std::string number;
    const std::optional<std::size_t> start = find_item_start(tokens, region, k, last_number, number);
    if (start) {
      AgendaEntry& e = entries.emplace_back();
      e.number = number;
      e.title = joined(tokens, *start + 1, title_end(tokens, *start + 1, k));
      e.lines.first = agenda.line_at(tokens[*start].begin);
      last_number = number_value(number);
      open = true;
    } else if (!open || k - region > kMaxTokensBetweenVotes) {
      // A disposition under no item: prose, or a vote on something else.
      open = false;
      k = std::max(d->end, k + 1);
      continue;
    }
    // The last disposition of an item is the one that stands.
    AgendaEntry& e = entries.back();
    if (d->ends_in_short_number) {
      const std::size_t last = d->end - 1;
      const std::optional<std::string> next = marker_number(tokens, last);
      const int value = next ? number_value(*next) : 0;
      if (next && value > last_number && value <= last_number + kMaxNumberStep) d->end = last;
    }
    e.outcome = std::move(d->outcome);
    e.disposition = d->disposition;
    const Token& last = tokens[d->end - 1];
    e.lines.last = agenda.line_at(last.begin + last.text.size() - 1);
    region = d->end;
    k = std::max(d->end, k + 1);
  }
  if (entries.size() < kMinAgendaEntries) entries.clear();
  return entries;
}

bool looks_like_disposition_agenda(const std::vector<Block>& blocks) {
  const bool any = std::any_of(blocks.begin(), blocks.end(),
                               [](const Block& b) { return holds_running_text(b) && may_hold_dispositions(b.text); });
  return any && !read_disposition_agenda(blocks).empty();
}

}  // namespace docket
