#include "recognise/sections.hpp"

#include <algorithm>
#include <array>

#include "base/byte_scan.hpp"
#include "layout/inline_text.hpp"
#include "recognise/decision_openings.hpp"
#include "recognise/register_numbers.hpp"
#include "base/text_util.hpp"

namespace docket {

namespace {

struct LabelPhrase {
  std::string_view phrase;  // folded: lowercase words, single spaces
  SectionLabel label;
};

// Longer phrases first: the first that matches wins.
constexpr LabelPhrase kPhrases[] = {
    {"date and time by which call in must be executed", SectionLabel::kCallIn},
    {"date by which call in must be executed", SectionLabel::kCallIn},
    {"call in deadline", SectionLabel::kCallIn},
    {"call in expiry date", SectionLabel::kCallIn},
    {"call in expiry", SectionLabel::kCallIn},
    {"call in expires", SectionLabel::kCallIn},
    {"call in period ends", SectionLabel::kCallIn},
    {"call in date", SectionLabel::kCallIn},
    {"deadline for call in", SectionLabel::kCallIn},
    {"last date for call in", SectionLabel::kCallIn},
    {"is subject to call in", SectionLabel::kSubjectToCallIn},
    {"subject to call in", SectionLabel::kSubjectToCallIn},
    {"record of the decisions", SectionLabel::kRecord},
    {"record of the decision", SectionLabel::kRecord},
    {"record of decisions", SectionLabel::kRecord},
    {"record of decision", SectionLabel::kRecord},
    {"details of the decision", SectionLabel::kRecord},
    {"details of decision", SectionLabel::kRecord},
    {"decision details", SectionLabel::kRecord},
    {"reason s for the decision", SectionLabel::kReasons},
    {"reasons for the decisions", SectionLabel::kReasons},
    {"reasons for the decision", SectionLabel::kReasons},
    {"reasons for decisions", SectionLabel::kReasons},
    {"reasons for decision", SectionLabel::kReasons},
    {"reason for the decisions", SectionLabel::kReasons},
    {"reason for the decision", SectionLabel::kReasons},
    {"reason for decisions", SectionLabel::kReasons},
    {"reason for decision", SectionLabel::kReasons},
    {"reasons", SectionLabel::kReasons},
    {"alternative options considered and rejected", SectionLabel::kAlternatives},
    {"alternative options considered", SectionLabel::kAlternatives},
    {"alternatives considered and rejected", SectionLabel::kAlternatives},
    {"other options considered and rejected", SectionLabel::kAlternatives},
    {"options considered and rejected", SectionLabel::kAlternatives},
    {"alternative options rejected", SectionLabel::kAlternatives},
    {"alternative options", SectionLabel::kAlternatives},
    {"alternatives considered", SectionLabel::kAlternatives},
    {"other options considered", SectionLabel::kAlternatives},
    {"other options", SectionLabel::kAlternatives},
    {"options considered", SectionLabel::kAlternatives},
    {"alternatives", SectionLabel::kAlternatives},
    {"declared cabinet member conflicts of interest", SectionLabel::kInterests},
    {"declared conflicts of interest", SectionLabel::kInterests},
    {"any conflicts of interest", SectionLabel::kInterests},
    {"conflicts of interest", SectionLabel::kInterests},
    {"conflict of interest", SectionLabel::kInterests},
    {"declarations of interests", SectionLabel::kInterests},
    {"declarations of interest", SectionLabel::kInterests},
    {"declaration of interest", SectionLabel::kInterests},
    {"interests declared", SectionLabel::kInterests},
    {"declared interests", SectionLabel::kInterests},
    {"interests and nature of interests declared", SectionLabel::kInterests},
    {"details of any dispensations", SectionLabel::kDispensations},
    {"dispensations granted", SectionLabel::kDispensations},
    {"dispensations", SectionLabel::kDispensations},
    {"dispensation", SectionLabel::kDispensations},
    {"date of publication", SectionLabel::kPublished},
    {"publication date", SectionLabel::kPublished},
    {"date published", SectionLabel::kPublished},
    {"published", SectionLabel::kPublished},
    {"is this a key decision", SectionLabel::kKeyDecision},
    {"is key decision", SectionLabel::kKeyDecision},
    {"key decision", SectionLabel::kKeyDecision},
    {"decision effective from", SectionLabel::kEffectiveFrom},
    {"effective from", SectionLabel::kEffectiveFrom},
    {"date effective", SectionLabel::kEffectiveFrom},
    {"comes into force", SectionLabel::kEffectiveFrom},
    {"date of decision", SectionLabel::kDecisionDate},
    {"decision date", SectionLabel::kDecisionDate},
    {"date decision made", SectionLabel::kDecisionDate},
    {"decision made on", SectionLabel::kDecisionDate},
    {"title of item report", SectionLabel::kTitle},
    {"title of item", SectionLabel::kTitle},
    {"title of report", SectionLabel::kTitle},
    {"report title", SectionLabel::kTitle},
    {"item title", SectionLabel::kTitle},
    {"title", SectionLabel::kTitle},
    {"subject", SectionLabel::kTitle},
    {"decision to be taken by", SectionLabel::kDecisionTaker},
    {"decision to be made by", SectionLabel::kDecisionTaker},
    {"decision taken by", SectionLabel::kDecisionTaker},
    {"decision made by", SectionLabel::kDecisionTaker},
    {"decision maker", SectionLabel::kDecisionTaker},
    {"decision taker", SectionLabel::kDecisionTaker},
    // Sections docket does not read: they end the section above them.
    {"decision status", SectionLabel::kOther},
    {"decided at meeting", SectionLabel::kOther},
    {"purpose of report", SectionLabel::kOther},
    {"purpose", SectionLabel::kOther},
    {"wards affected", SectionLabel::kOther},
    {"accompanying documents", SectionLabel::kOther},
    {"background papers", SectionLabel::kOther},
    {"report author", SectionLabel::kOther},
    {"lead officer", SectionLabel::kOther},
    {"contact officer", SectionLabel::kOther},
    {"portfolio", SectionLabel::kOther},
    {"financial implications", SectionLabel::kOther},
    {"legal implications", SectionLabel::kOther},
    {"proper officer", SectionLabel::kOther},
};

// Phrases that open the resolutions; they may run straight into the text
// of a single resolution ("RESOLVED that the report be noted.").
constexpr LabelPhrase kAnchors[] = {
    {"it was resolved that", SectionLabel::kResolved},
    {"it was agreed that", SectionLabel::kResolved},
    {"resolved that", SectionLabel::kResolved},
    {"agreed that", SectionLabel::kResolved},
    {"resolved", SectionLabel::kResolved},
    {"agreed", SectionLabel::kResolved},
    {"decisions", SectionLabel::kResolved},
    {"decision", SectionLabel::kResolved},
};

// The phrases of a table grouped by first byte at compile time, each
// group in the table's order: a key is compared only with the phrases that
// share its first byte and the length of its first word, so that a line
// costs a comparison or two instead of one per phrase.
template <std::size_t N>
class PhraseIndex {
 public:
  struct Entry {
    std::string_view phrase;
    SectionLabel label = SectionLabel::kNone;
    std::size_t first_word = 0;  // bytes of the phrase's first word
    int words = 0;
  };

  consteval explicit PhraseIndex(const LabelPhrase (&phrases)[N]) {
    std::size_t next = 0;
    for (std::size_t c = 0; c < 256; ++c) {
      first_of_[c] = static_cast<std::uint16_t>(next);
      for (const LabelPhrase& p : phrases) {
        if (p.phrase.empty()) throw "PhraseIndex: a phrase is empty";
        if (static_cast<unsigned char>(p.phrase[0]) != c) continue;
        Entry& e = entries_[next++];
        e.phrase = p.phrase;
        e.label = p.label;
        e.first_word = std::min(p.phrase.find(' '), p.phrase.size());
        e.words = 1 + static_cast<int>(std::count(p.phrase.begin(), p.phrase.end(), ' '));
      }
    }
    first_of_[256] = static_cast<std::uint16_t>(next);
  }

  // The first phrase, in the table's order, that `key` starts with as
  // whole words, or nullptr. `first_word` is the length of key's first word.
  const Entry* first_match(std::string_view key, std::size_t first_word) const {
    const auto c = static_cast<unsigned char>(key[0]);
    for (std::size_t k = first_of_[c]; k < first_of_[c + 1]; ++k) {
      const Entry& e = entries_[k];
      // A phrase's first word is followed by a space or the end, so only a
      // key whose first word has the same length can start with it.
      if (e.first_word != first_word || e.phrase.size() > key.size()) continue;
      if (key.compare(0, e.phrase.size(), e.phrase) == 0 &&
          (key.size() == e.phrase.size() || key[e.phrase.size()] == ' ')) {
        return &e;
      }
    }
    return nullptr;
  }

  std::size_t longest() const {
    std::size_t longest = 0;
    for (const Entry& e : entries_) longest = std::max(longest, e.phrase.size());
    return longest;
  }

 private:
  std::array<Entry, N> entries_{};
  std::array<std::uint16_t, 257> first_of_{};  // entries_ with first byte c: [first_of_[c], first_of_[c + 1])
};

constexpr PhraseIndex kPhraseIndex(kPhrases);
constexpr PhraseIndex kAnchorIndex(kAnchors);

// Position in `line` just after its first `words` runs of letters/digits,
// the same runs fold_key() turns into words.
std::size_t after_words(std::string_view line, int words) {
  // The bytes of fold_key()'s words, looked up rather than range-tested.
  static constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> table{};
    for (std::size_t b = 0; b < table.size(); ++b) {
      table[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
    }
    return table;
  }();
  const auto word_byte = [&](std::size_t i) { return kWordByte[static_cast<unsigned char>(line[i])]; };
  std::size_t i = 0;
  int seen = 0;
  while (i < line.size() && seen < words) {
    while (i < line.size() && !word_byte(i)) ++i;
    while (i < line.size() && word_byte(i)) ++i;
    ++seen;
  }
  return i;
}

// Skips the separator between a label and its value: ":", "?", "-", "–",
// "—", dot leaders. Returns npos when there is none.
std::size_t skip_separator(std::string_view line, std::size_t i) {
  const std::size_t start = i;
  bool found = false;
  while (i < line.size()) {
    const std::string_view rest = line.substr(i);
    if (rest.front() == ' ') {
      ++i;
    } else if (rest.front() == ':' || rest.front() == '?' || rest.front() == '-' || rest.front() == '.' ||
               rest.front() == ')') {
      found = true;
      ++i;
    } else if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) {
      found = true;
      i += 3;
    } else {
      break;
    }
  }
  return found || i == line.size() || (i > start && i == line.size()) ? i : std::string_view::npos;
}

// Labels sit at the start of a line, so only its start is folded.
constexpr std::size_t kLabelPrefixBytes = 160;

// The first word of every label and anchor above, from the tables
// themselves: a line that starts with none of them is not a label, and
// costs no further work.
consteval FirstWords<64> label_first_words() {
  FirstWords<64> words;
  for (const LabelPhrase& p : kPhrases) words.add_first_word_of(p.phrase);
  for (const LabelPhrase& p : kAnchors) words.add_first_word_of(p.phrase);
  return words;
}

bool could_start_label(std::string_view line) {
  static constexpr FirstWords<64> kFirstWords = label_first_words();
  std::size_t i = 0;
  while (i < line.size() && !is_ascii_alpha(line[i])) {
    if (static_cast<unsigned char>(line[i]) >= 0x80) return true;  // let the full check decide
    ++i;
  }
  static constexpr InitialIndex<kFirstWords.size> kFirstWordIndex(kFirstWords.exactly<kFirstWords.size>());
  // The word's end is found a block at a time: every line of every
  // paragraph comes here, and a loop over its letters cost more than the
  // lookup. `b | 0x20` is a lowercase letter exactly when `b` is a letter.
  const std::size_t end = find_marked(line, i, [](auto b) {
    const auto folded = b | 0x20;
    return (folded < 'a') | (folded > 'z');
  });
  if (kFirstWordIndex.contains(line.substr(i, end - i))) return true;
  // "And Resolved:": the word after the conjunction decides. The word is
  // three letters, which `| 0x20` lowercases: compared in place, as many
  // lines open with a three-letter word.
  return end - i == 3 && end < line.size() && line[end] == ' ' && (line[i] | 0x20) == 'a' &&
         (line[i + 1] | 0x20) == 'n' && (line[i + 2] | 0x20) == 'd' && could_start_label(line.substr(end + 1));
}

}  // namespace

bool is_web_chrome(std::string_view text) {
  static constexpr std::string_view kPrefixes[] = {
      "can't find",  "can\xE2\x80\x99t find", "cannot find",  "let us know",       "skip to",
      "back to top", "print this page",       "share this",   "was this page",     "report a problem with",
      "return to",   "view cabinet",          "view decision", "view the decision", "view committee",
      "view meeting", "previous page",        "next page",    "accessibility statement", "cookie"};
  // The prefixes are compared first, by initial: most text starts with
  // none of them, and counting its words would cost more.
  static constexpr InitialIndex kPrefixIndex(kPrefixes);
  return kPrefixIndex.starts_any(text) && words_at_most(text, 20);
}

namespace {

// A label found at the start of a line, and its value: a view of the line.
struct LineLabel {
  SectionLabel label = SectionLabel::kNone;
  std::string_view value;
  bool in_prose = false;
  // A minute's title run in before the label ("101. Minutes" of "101.
  // Minutes: RESOLVED that …"), which numbers the minute.
  std::string_view run_in_title;
};

LineLabel find_section_label(std::string_view line) {
  LineLabel match;
  line = trim(line);
  if (opens_identified_resolution(line)) {
    // The identifier stays in the value: it is the resolution's number.
    match.label = SectionLabel::kResolved;
    match.value = line;
    return match;
  }
  if (istarts_with(line, "and ")) {
    // "Proposed by …; Seconded by …; And Resolved:": the anchor ends the
    // sentence that named the movers.
    match = find_section_label(line.substr(4));
    return match.label == SectionLabel::kResolved ? match : LineLabel{};
  }
  if (!could_start_label(line)) return match;
  std::array<char, kLabelPrefixBytes> folded;
  const std::string_view prefix = line.substr(0, std::min(line.size(), kLabelPrefixBytes));
  const std::string_view key(folded.data(), fold_key_to(prefix, folded.data()));
  if (key.empty()) return match;
  const std::size_t first_word = std::min(key.find(' '), key.size());
  const auto* phrase = kPhraseIndex.first_match(key, first_word);
  const auto* anchor = kAnchorIndex.first_match(key, first_word);
  // "DECISION TO BE TAKEN BY:", "Decision details": a label that begins
  // with an anchor's word is the longer label, not the anchor.
  if (anchor && phrase && phrase->words > anchor->words) anchor = nullptr;
  if (anchor) {
    const std::size_t end = after_words(line, anchor->words);
    const std::size_t value = skip_separator(line, end);
    // "Decision" and "Agreed" open the resolutions only as a label; as the
    // first word of a sentence they are prose.
    const bool bare_word = anchor->phrase == "decision" || anchor->phrase == "decisions" ||
                           anchor->phrase == "agreed" || anchor->phrase == "resolved";
    const std::string_view label_text = line.substr(0, end);
    const bool shouted = std::none_of(label_text.begin(), label_text.end(), is_ascii_lower);
    // A bare word labels when it is shouted, or stands alone capitalised,
    // or has a colon after it: "decision" ending a wrapped line, or
    // "Decision - 24/00097" inside a sentence, is prose.
    bool labels = !bare_word || shouted;
    if (!labels && value != std::string_view::npos && is_ascii_upper(trim(line).front())) {
      // "Agreed." alone, after a motion and its vote, is the sentence that
      // gives the outcome: a full stop, not a colon, closes it.
      const std::string_view between = line.substr(end, value - end);
      labels = (value == line.size() && trim(between) != ".") || between.find(':') != std::string_view::npos;
    }
    // "Resolved 14/06/9.01": the register number of the resolution
    // follows the word, and stays in the value.
    labels = labels || (value == std::string_view::npos && slashed_minute_number(trim(line.substr(end))));
    if (labels) {
      match.label = anchor->label;
      match.in_prose = anchor->phrase.starts_with("it was agreed");
      // A sentence of the minutes keeps its words: it is the decision's record.
      match.value = match.in_prose ? line : trim(line.substr(value == std::string_view::npos ? end : value));
      return match;
    }
  }
  if (phrase) {
    const std::size_t end = after_words(line, phrase->words);
    const std::size_t value = skip_separator(line, end);
    if (value == std::string_view::npos) return match;  // the label's words begin a sentence
    match.label = phrase->label;
    match.value = trim(line.substr(value));
  }
  return match;
}

// find_section_label(), and where it finds none, a decision after a
// minute's title run in before it ("Appointment of the Clerk: Resolved
// 16/05/05.1 …").
LineLabel find_section_or_run_in_label(std::string_view line) {
  LineLabel match = find_section_label(line);
  if (match.label != SectionLabel::kNone) return match;
  line = trim(line);
  if (const std::size_t at = run_in_decision_at(line); at != std::string_view::npos) {
    match = find_section_label(line.substr(at));
    match.run_in_title = trim(line.substr(0, line.rfind(':', at)));
  }
  return match;
}

}  // namespace

LabelMatch match_section_label(std::string_view line) {
  const LineLabel found = find_section_label(line);
  return {found.label, std::string(found.value), found.in_prose};
}

namespace {

bool may_hold_labels(const Block& b) {
  return !b.debris &&
         (b.kind == BlockKind::kHeading || b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem);
}

// The label of a raw line of a block that may hold labels. The line is
// cleaned into `cleaned`, a buffer kept from line to line, unless it is
// the block's only line, whose clean text is the block's; the label's
// value is a view of that text. With `run_in`, a decision after a run-in
// minute title counts too.
LineLabel label_of_line(const Block& b, std::string_view raw, std::string& cleaned, bool run_in) {
  if (b.debris) return {};
  if (!could_start_label(raw) && resolution_identifier_length(trim(raw)) == 0) {
    // A line seldom holds a run-in title: a colon is looked for only when
    // it could.
    if (!run_in || run_in_decision_at(trim(raw)) == std::string_view::npos) return {};
  }
  const auto find = run_in ? find_section_or_run_in_label : find_section_label;
  if (b.raw_lines.single()) return find(b.text);
  cleaned.clear();
  append_clean_inline(raw, cleaned);
  return find(cleaned);
}

}  // namespace

namespace {

// Adds the labels of the blocks' lines to `labels` in reading order, and
// stops once `done` says the labels found so far are enough.
template <typename Done>
void collect_section_labels(const std::vector<Block>& blocks, SectionLabelSet& labels, Done done) {
  std::string cleaned;
  for (const Block& b : blocks) {
    if (!may_hold_labels(b)) continue;
    RawLineReader lines(b.raw_lines);
    for (std::string_view raw; lines.next(raw);) {
      // Run-in titles are left to segment_blocks: they are looked for in
      // decision records only, which labels at the start of lines tell.
      const LineLabel m = label_of_line(b, raw, cleaned, /*run_in=*/false);
      if (m.label == SectionLabel::kNone) continue;
      labels.insert(m.label);
      if (done(labels)) return;
    }
  }
}

}  // namespace

SectionLabelSet section_labels(const std::vector<Block>& blocks) {
  SectionLabelSet labels;
  collect_section_labels(blocks, labels, [](const SectionLabelSet&) { return false; });
  return labels;
}

bool section_labels_satisfy(const std::vector<Block>& blocks, bool (*test)(const SectionLabelSet&)) {
  SectionLabelSet labels;
  collect_section_labels(blocks, labels, test);
  return test(labels);
}

std::vector<Segment> segment_blocks(const std::vector<Block>& blocks, TextArena& arena) {
  std::vector<Segment> segments;
  // One segment a block, and for each further line of a block that a label
  // may cut, at most two more: the label and the text after it. Room for
  // them all is reserved once, since growing holds the old room and the
  // new at once, and a paragraph of a million labelled lines is two
  // million segments. Room never written costs address space, not memory.
  std::size_t room = blocks.size();
  for (const Block& b : blocks) {
    if (may_hold_labels(b) && !b.raw_lines.single()) room += 2 * (b.raw_lines.size() - 1);
  }
  segments.reserve(room);
  // Buffers kept from line to line: a line's cleaned text (which a label's
  // value is a view of), a piece's lines and its cleaned text.
  std::string cleaned;
  std::string joined;
  std::string piece_text;
  for (const Block& b : blocks) {
    Segment base;
    base.lines = b.lines;
    base.debris = b.debris;
    switch (b.kind) {
      case BlockKind::kPipeTable:
      case BlockKind::kHtmlTable:
      case BlockKind::kTabTable:
      case BlockKind::kTextTable:
      case BlockKind::kGridTable:
        base.kind = SegmentKind::kTable;
        segments.push_back(std::move(base));
        continue;
      case BlockKind::kPageBreak:
        base.kind = SegmentKind::kPageBreak;
        segments.push_back(std::move(base));
        continue;
      case BlockKind::kHeading:
      case BlockKind::kParagraph:
      case BlockKind::kListItem:
        break;
    }
    // Cut the block at every line that is a label.
    Segment current;
    bool first_piece = true;
    // The piece is the `lines_in_piece` raw lines that `piece_first` reads
    // next; its text is joined and cleaned only when it is not the whole
    // block.
    RawLineReader lines(b.raw_lines);
    RawLineReader piece_first = lines;
    std::size_t lines_in_piece = 0;
    auto start_piece = [&](int line) {
      current = Segment();
      current.debris = b.debris;
      current.lines = {line, line};
      if (first_piece && b.kind == BlockKind::kListItem) {
        current.kind = SegmentKind::kListItem;
        current.marker = b.marker();
        current.loose_marker = b.loose_marker;
        current.indent = b.indent;
      } else {
        current.kind = b.kind == BlockKind::kHeading ? SegmentKind::kHeading : SegmentKind::kParagraph;
      }
    };
    // Whether a line of the piece has text; a piece of blank lines makes
    // no segment.
    bool piece_has_text = false;
    auto flush = [&](bool block_ended) {
      if (first_piece && block_ended) {
        // A piece that is the whole block has the block's cleaned text.
        if (piece_has_text && !b.text.empty()) {
          current.text = b.text;
          segments.push_back(std::move(current));
        }
      } else if (piece_has_text) {
        joined.clear();
        RawLineReader piece_lines = piece_first;
        std::string_view piece_line;
        for (std::size_t k = 0; k < lines_in_piece && piece_lines.next(piece_line); ++k) {
          if (!joined.empty()) joined.push_back('\n');
          joined.append(piece_line);
        }
        piece_text.clear();
        append_clean_inline(joined, piece_text);
        current.text = arena.copy(piece_text);
        if (!current.text.empty()) segments.push_back(std::move(current));
      }
      first_piece = false;
      lines_in_piece = 0;
      piece_has_text = false;
    };
    start_piece(b.lines.first);
    std::size_t i = 0;
    std::string_view raw_text;
    for (RawLineReader at_line = lines; lines.next(raw_text); at_line = lines, ++i) {
      const int line = b.lines.first + static_cast<int>(i);
      const LineLabel m = label_of_line(b, raw_text, cleaned, /*run_in=*/true);
      if (m.label != SectionLabel::kNone) {
        flush(false);
        if (!m.run_in_title.empty()) {
          // The minute's title, a paragraph of its own before the label.
          Segment title;
          title.text = arena.copy(m.run_in_title);
          title.lines = {line, line};
          title.debris = b.debris;
          segments.push_back(std::move(title));
        }
        Segment label;
        label.kind = SegmentKind::kLabel;
        label.label = m.label;
        label.in_prose = m.in_prose;
        label.text = arena.copy(m.value);
        label.lines = {line, line};
        // A numbered proforma heading ("3. Reasons for the Decision") is a
        // label; its number stays only as the label's marker, which tells
        // minute tracking that "8. RESOLVED that …" is minute 8.
        if (i == 0 && b.kind == BlockKind::kListItem) label.marker = b.marker();
        segments.push_back(std::move(label));
        first_piece = false;
        start_piece(line + 1);
        continue;
      }
      if (lines_in_piece == 0) piece_first = at_line;
      ++lines_in_piece;
      piece_has_text = piece_has_text || !raw_text.empty();
      current.lines.last = line;
    }
    flush(true);
  }
  return segments;
}

}  // namespace docket
