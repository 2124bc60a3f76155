#include <array>
#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"
#include "layout/html_syntax.hpp"
#include "layout/inline_chars.hpp"
#include "layout/inline_paths.hpp"

// How it works: a tokenizer turns the fragment into text, whitespace, break
// and delimiter-run tokens, dropping tags and link targets as it goes. The
// CommonMark "process emphasis" pass then decides which '*' and '_' runs are
// emphasis, and a renderer prints what is left with whitespace collapsed.
//
// Linear time: every scan that looks ahead (tags, autolinks, link targets,
// comments, blank lines) either consumes what it scanned or stops at the next
// character that would start a scan of its own kind ('<' or '>' for tags and
// autolinks, ']' for link targets), so no byte is looked at more than a
// constant number of times.

namespace docket::inline_markup {

namespace {

// Length of "(destination "title")" starting at raw[i], right after a
// link's ']', or 0. No part may hold an unescaped ']' (URLs percent-encode
// it), so the scan stops at the next ']' the tokenizer will look at anyway.
std::size_t match_link_tail(std::string_view raw, std::size_t i) {
  const std::size_t n = raw.size();
  if (i >= n || raw[i] != '(') return 0;
  std::size_t j = i + 1;
  const auto skip_spaces = [&] {
    while (j < n && is_tag_space(raw[j])) ++j;
  };
  const auto step = [&] { j += (raw[j] == '\\' && j + 1 < n) ? 2 : 1; };

  skip_spaces();
  if (j < n && raw[j] == '<') {
    ++j;
    while (j < n && raw[j] != '>' && raw[j] != '<' && raw[j] != '\n' && raw[j] != ']') step();
    if (j >= n || raw[j] != '>') return 0;
    ++j;
  } else {
    std::size_t depth = 0;
    while (j < n) {
      const auto c = static_cast<unsigned char>(raw[j]);
      if (c <= 0x20 || c == 0x7F || c == ']') break;
      if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (depth == 0) break;
        --depth;
      }
      step();
    }
  }
  const std::size_t destination_end = j;
  skip_spaces();
  if (j > destination_end && j < n && (raw[j] == '"' || raw[j] == '\'' || raw[j] == '(')) {
    const char close = raw[j] == '(' ? ')' : raw[j];
    ++j;
    while (j < n && raw[j] != close && raw[j] != ']') step();
    if (j >= n || raw[j] != close) return 0;
    ++j;
    skip_spaces();
  }
  if (j < n && raw[j] == ')') return j + 1 - i;
  return 0;
}

bool is_plain_at(std::string_view raw, std::size_t i) {
  return i < raw.size() && kPlain[static_cast<unsigned char>(raw[i])];
}

// Where the run of plain text of `raw` that reaches `from` ends: at the
// first byte that is neither plain nor a single space before a plain byte.
// Runs are most of the text, so they are walked sixteen bytes at a time
// while the byte after a block can be read as well.
std::size_t plain_run_end(std::string_view raw, std::size_t from) {
  const std::size_t n = raw.size();
  for (; n - from > kBlockSize; from += kBlockSize) {
    const ByteBlock bytes = load_block(raw.data() + from);
    const auto continues = plain_lanes(bytes) | ((bytes == ' ') & plain_lanes(load_block(raw.data() + from + 1)));
    const std::size_t lane = first_marked_lane(~continues);
    if (lane < kBlockSize) return from + lane;
  }
  while (from < n) {
    if (is_plain_at(raw, from)) {
      ++from;
    } else if (raw[from] == ' ' && is_plain_at(raw, from + 1)) {
      from += 2;
    } else {
      break;
    }
  }
  return from;
}

enum class TokenKind : unsigned char {
  kText,       // pool[begin, end)
  kBracket,    // "[" or "![" that a link may still swallow: pool[begin, end)
  kSpace,      // collapsible whitespace
  kWrap,       // line break inside a paragraph: prints as a space
  kBreak,      // <br>: one is a wrap, two in a row a paragraph break
  kParagraph,  // paragraph break
  kDelimiter,  // run of '*' or '_'; begin indexes Inline::delimiters
};

struct Token {
  TokenKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

constexpr std::ptrdiff_t kNone = -1;

struct Delimiter {
  char marker = '*';
  std::size_t length = 0;     // as written; the "rule of three" needs it
  std::size_t remaining = 0;  // not used up as emphasis; printed as written
  bool can_open = false;
  bool can_close = false;
  std::ptrdiff_t prev = kNone;  // the CommonMark delimiter stack, as a list
  std::ptrdiff_t next = kNone;
};

// Its storage comes from the arena append_clean_inline() gives it.
struct Inline {
  explicit Inline(std::pmr::memory_resource* arena) : pool(arena), tokens(arena), delimiters(arena) {}
  std::pmr::string pool;
  std::pmr::vector<Token> tokens;
  std::pmr::vector<Delimiter> delimiters;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view raw, Inline& result) : raw_(raw), result_(result) {}

  void run() {
    const std::size_t n = raw_.size();
    while (pos_ < n) {
      const auto c = static_cast<unsigned char>(raw_[pos_]);
      if (kPlain[c]) {
        // A single space between plain bytes is already collapsed: keeping
        // it inside the run saves two tokens per word of prose.
        const std::size_t end = plain_run_end(raw_, pos_ + 1);
        add_text(raw_.substr(pos_, end - pos_));
        pos_ = end;
        continue;
      }
      switch (c) {
        case '\n': on_newline(); break;
        case '\\': on_backslash(); break;
        case '<': on_angle(); break;
        case '&': on_ampersand(); break;
        case '[': on_open_bracket(1); break;
        case ']': on_close_bracket(); break;
        case '!':
          if (pos_ + 1 < n && raw_[pos_ + 1] == '[') {
            on_open_bracket(2);
          } else {
            add_text("!");
            ++pos_;
          }
          break;
        case '*':
        case '_': on_delimiter_run(); break;
        default:
          add_code_point(take_code_point(raw_, pos_));
      }
    }
  }

 private:
  void add_token(TokenKind kind, std::size_t begin = 0, std::size_t end = 0) {
    result_.tokens.push_back(Token{kind, begin, end});
  }

  void add_text(std::string_view text) {
    std::pmr::string& pool = result_.pool;
    auto& tokens = result_.tokens;
    if (!tokens.empty() && tokens.back().kind == TokenKind::kText &&
        tokens.back().end == pool.size()) {
      pool += text;
      tokens.back().end = pool.size();
      return;
    }
    const std::size_t begin = pool.size();
    pool += text;
    add_token(TokenKind::kText, begin, pool.size());
  }

  void add_space() {
    if (result_.tokens.empty() || result_.tokens.back().kind != TokenKind::kSpace) {
      add_token(TokenKind::kSpace);
    }
  }

  void add_code_point(char32_t cp) {
    switch (role_of(cp)) {
      case CodePointRole::kDropped: return;
      case CodePointRole::kSpace: add_space(); return;
      case CodePointRole::kText: break;
    }
    char encoded[4];
    add_text(std::string_view(encoded, encode_utf8(cp, encoded)));
  }

  void on_newline() {
    if (const std::size_t end = end_of_paragraph_break(raw_, pos_); end != 0) {
      add_token(TokenKind::kParagraph);
      pos_ = end;
      return;
    }
    add_token(TokenKind::kWrap);
    ++pos_;
  }

  void on_backslash() {
    const std::size_t next = pos_ + 1;
    if (next < raw_.size() && (raw_[next] == '\n' || raw_[next] == '\r')) {
      ++pos_;  // a hard line break: the newline that follows is the break
      return;
    }
    if (next < raw_.size() && is_ascii_punctuation(static_cast<unsigned char>(raw_[next]))) {
      add_text(raw_.substr(next, 1));
      pos_ += 2;
      return;
    }
    add_text("\\");
    ++pos_;
  }

  void on_angle() {
    if (const std::size_t length = match_autolink(raw_, pos_)) {
      // The address is text as written, but invisible characters still go.
      const std::size_t end = pos_ + length - 1;
      for (std::size_t i = pos_ + 1; i < end;) {
        const CodePoint cp = decode_utf8_at(raw_, i);
        add_code_point(cp.value);
        i += cp.length;
      }
      pos_ += length;
      return;
    }
    if (raw_.substr(pos_, 4) == "<!--" && !comment_end_missing_) {
      const std::size_t end = raw_.find("-->", pos_ + 4);
      if (end != std::string_view::npos) {
        pos_ = end + 3;
        return;
      }
      // No "-->" anywhere after here, so later "<!--" need not look again.
      comment_end_missing_ = true;
    }
    const TagMatch tag = match_tag(raw_, pos_);
    if (tag.length == 0) {
      add_text("<");
      ++pos_;
      return;
    }
    switch (boundary_of(tag.name)) {
      case TagBoundary::kNone: break;
      case TagBoundary::kStruck:
        if (const std::size_t end = struck_text_end(raw_, pos_, tag)) {
          pos_ = end;
          return;
        }
        break;
      case TagBoundary::kBreak: add_token(TokenKind::kBreak); break;
      case TagBoundary::kParagraph: add_token(TokenKind::kParagraph); break;
      case TagBoundary::kSpace: add_space(); break;
    }
    pos_ += tag.length;
  }

  void on_ampersand() {
    const EntityMatch entity = match_entity(raw_.substr(pos_));
    if (entity.length == 0) {
      add_text("&");
      ++pos_;
      return;
    }
    add_code_point(entity.code_point);
    pos_ += entity.length;
  }

  void on_open_bracket(std::size_t marker_length) {
    std::pmr::string& pool = result_.pool;
    const std::size_t begin = pool.size();
    pool += raw_.substr(pos_, marker_length);
    add_token(TokenKind::kBracket, begin, pool.size());
    open_brackets_.push_back(result_.tokens.size() - 1);
    pos_ += marker_length;
  }

  void on_close_bracket() {
    if (!open_brackets_.empty()) {
      const std::size_t opener = open_brackets_.back();
      open_brackets_.pop_back();
      if (const std::size_t tail = match_link_tail(raw_, pos_ + 1)) {
        Token& bracket = result_.tokens[opener];
        bracket.end = bracket.begin;  // the link text stays, its markup goes
        pos_ += 1 + tail;
        return;
      }
    }
    add_text("]");
    ++pos_;
  }

  // Classifies a run of '*' or '_' by CommonMark's flanking rules, using the
  // characters around it as written.
  void on_delimiter_run() {
    const std::size_t n = raw_.size();
    const char marker = raw_[pos_];
    const std::size_t begin = pos_;
    while (pos_ < n && raw_[pos_] == marker) ++pos_;

    const RunFlanks flanks = flanks_of(raw_, begin, pos_);
    Delimiter delimiter;
    delimiter.marker = marker;
    delimiter.length = pos_ - begin;
    delimiter.remaining = delimiter.length;
    delimiter.can_open = flanks.can_open;
    delimiter.can_close = flanks.can_close;
    result_.delimiters.push_back(delimiter);
    add_token(TokenKind::kDelimiter, result_.delimiters.size() - 1);
  }

  std::string_view raw_;
  Inline& result_;
  std::size_t pos_ = 0;
  std::vector<std::size_t> open_brackets_;  // kBracket tokens not yet closed
  bool comment_end_missing_ = false;
};

// CommonMark's "process emphasis" over all delimiter runs: pairs closers with
// the nearest matching opener, using up one or two characters from each per
// match. The openers_bottom bounds make it linear.
void match_emphasis(std::pmr::vector<Delimiter>& delimiters) {
  const auto count = static_cast<std::ptrdiff_t>(delimiters.size());
  for (std::ptrdiff_t i = 0; i < count; ++i) {
    delimiters[static_cast<std::size_t>(i)].prev = i - 1;
    delimiters[static_cast<std::size_t>(i)].next = i + 1 < count ? i + 1 : kNone;
  }
  const auto at = [&](std::ptrdiff_t i) -> Delimiter& {
    return delimiters[static_cast<std::size_t>(i)];
  };
  const auto unlink = [&](std::ptrdiff_t i) {
    Delimiter& d = at(i);
    if (d.prev != kNone) at(d.prev).next = d.next;
    if (d.next != kNone) at(d.next).prev = d.prev;
  };

  // Per marker, closer-can-open and closer length mod 3: no opener for such
  // a closer exists at or below this index.
  std::ptrdiff_t openers_bottom[2][2][3];
  for (auto& by_marker : openers_bottom) {
    for (auto& by_open : by_marker) {
      for (std::ptrdiff_t& bottom : by_open) bottom = kNone;
    }
  }

  std::ptrdiff_t current = count > 0 ? 0 : kNone;
  while (current != kNone) {
    Delimiter& closer = at(current);
    if (!closer.can_close) {
      current = closer.next;
      continue;
    }
    std::ptrdiff_t& bottom =
        openers_bottom[closer.marker == '*' ? 0 : 1][closer.can_open ? 1 : 0][closer.length % 3];
    std::ptrdiff_t opener = closer.prev;
    for (; opener != kNone && opener > bottom; opener = at(opener).prev) {
      const Delimiter& candidate = at(opener);
      if (candidate.marker != closer.marker || !candidate.can_open) continue;
      // The "rule of three" keeps "*foo**bar*" from pairing the wrong runs.
      const bool both_ways = candidate.can_close || closer.can_open;
      const bool multiple_of_three = (candidate.length + closer.length) % 3 == 0 &&
                                     !(candidate.length % 3 == 0 && closer.length % 3 == 0);
      if (!(both_ways && multiple_of_three)) break;
    }
    if (opener == kNone || opener <= bottom) {
      bottom = closer.prev;
      const std::ptrdiff_t next = closer.next;
      if (!closer.can_open) unlink(current);
      current = next;
      continue;
    }
    Delimiter& open = at(opener);
    const std::size_t used = open.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
    open.remaining -= used;
    closer.remaining -= used;
    // Runs between the pair can no longer match: they stay as written.
    open.next = current;
    closer.prev = opener;
    if (open.remaining == 0) unlink(opener);
    if (closer.remaining == 0) {
      const std::ptrdiff_t next = closer.next;
      unlink(current);
      current = next;
    }
  }
}

// Bold split across lines or cells leaves a lone "**" at one end of a line
// ("By end October 2015 LF**"); it is markup, not text, so it goes.
void drop_split_bold(Inline& parsed) {
  const auto is_boundary = [](const Token& t) {
    return t.kind == TokenKind::kWrap || t.kind == TokenKind::kBreak ||
           t.kind == TokenKind::kParagraph;
  };
  const auto split_bold = [&](const Token& t) -> Delimiter* {
    if (t.kind != TokenKind::kDelimiter) return nullptr;
    Delimiter& d = parsed.delimiters[t.begin];
    return d.marker == '*' && d.remaining >= 2 && d.remaining <= 3 ? &d : nullptr;
  };
  const auto visible = [&](const Token& t) {
    switch (t.kind) {
      case TokenKind::kText:
      case TokenKind::kBracket: return t.end > t.begin;
      case TokenKind::kDelimiter: return parsed.delimiters[t.begin].remaining > 0;
      default: return false;
    }
  };
  const auto sweep = [&](auto first, auto last) {
    bool seen_text = false;
    for (auto it = first; it != last; ++it) {
      if (is_boundary(*it)) {
        seen_text = false;
      } else if (Delimiter* d = split_bold(*it); d != nullptr && !seen_text) {
        d->remaining = 0;
      } else if (visible(*it)) {
        seen_text = true;
      }
    }
  };
  sweep(parsed.tokens.begin(), parsed.tokens.end());
  sweep(parsed.tokens.rbegin(), parsed.tokens.rend());
}

void render(const Inline& parsed, std::string& out, std::vector<std::uint32_t>* wraps, std::size_t base) {
  GapWriter writer(out, wraps, base);
  for (const Token& token : parsed.tokens) {
    switch (token.kind) {
      case TokenKind::kText:
      case TokenKind::kBracket:
        if (token.end > token.begin) writer.emit(std::string_view(parsed.pool).substr(token.begin, token.end - token.begin));
        break;
      case TokenKind::kDelimiter: {
        const Delimiter& d = parsed.delimiters[token.begin];
        if (d.remaining > 0) writer.emit(std::string_view(&d.marker, 1), d.remaining);
        break;
      }
      case TokenKind::kSpace:
      case TokenKind::kWrap: writer.space(); break;
      case TokenKind::kBreak: writer.line_break(); break;
      case TokenKind::kParagraph: writer.paragraph(); break;
    }
  }
}

}  // namespace

// The tokenizer's clean text of `raw`, appended to `out`.
void append_tokenized(std::string_view raw, std::string& out, std::vector<std::uint32_t>* wraps, std::size_t base) {
  // The fragments that need the tokenizer are mostly short cells: their
  // text and tokens fit in a buffer on the stack, where a malloc and a
  // free each would cost more than tokenizing them. Longer ones spill to
  // the heap.
  std::array<std::byte, 4096> stack_buffer;
  std::pmr::monotonic_buffer_resource arena(stack_buffer.data(), stack_buffer.size());
  Inline parsed(&arena);
  // One allocation each up front instead of a series of regrowths: most
  // fragments are short cells, and most of their bytes end up in the pool.
  parsed.pool.reserve(raw.size());
  parsed.tokens.reserve(raw.size() / 8 + 8);
  Tokenizer(raw, parsed).run();
  // Without a run of '*' or '_' there is no emphasis and no split bold:
  // most fragments here hold HTML, not Markdown.
  if (!parsed.delimiters.empty()) {
    match_emphasis(parsed.delimiters);
    drop_split_bold(parsed);
  }
  // Cleaning seldom lengthens text: room for all of it once, rather than
  // regrowing as each piece is rendered.
  out.reserve(out.size() + raw.size());
  render(parsed, out, wraps, base);
}

}  // namespace docket::inline_markup
