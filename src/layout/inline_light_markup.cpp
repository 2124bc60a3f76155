#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.hpp"
#include "layout/html_syntax.hpp"
#include "layout/inline_chars.hpp"
#include "layout/inline_paths.hpp"
#include "layout/inline_scan.hpp"

// Most fragments that are not plain hold a little markup of a few kinds: tags
// ("<b>No.</b>", "<br>"), a bold label ("**Name:** Owen Davies"), an entity.
// Their clean text is rendered here straight from the bytes, as the
// tokenizer and render() would render it, without building tokens. Each step
// below does what the tokenizer step of the same name does, with its tokens
// rendered at once. Whatever else a fragment holds (links, escapes, '_',
// autolinks, comments, emphasis other than matched pairs of "**") is left to
// the tokenizer.

namespace docket::inline_markup {

namespace {

class LightMarkup {
 public:
  LightMarkup(std::string_view raw, std::string& out, std::vector<std::uint32_t>* wraps, std::size_t base)
      : raw_(raw), gaps_(out, wraps, base) {
    // Spaces and newlines at the end only widen a gap that nothing follows.
    while (end_ > 0 && is_gap(raw_[end_ - 1])) --end_;
  }

  // Appends the clean text of the fragment and returns true, or returns
  // false, with part of it appended, when the fragment needs the tokenizer.
  bool run() {
    const std::size_t n = raw_.size();
    while (pos_ < end_) {
      const auto c = static_cast<unsigned char>(raw_[pos_]);
      if (kPlain[c]) {
        // Plain bytes and single spaces, up to the next byte the plain path
        // would look at closer, bar a space before it, which is a gap.
        const char* begin = raw_.data() + pos_;
        const char* stop = find_attention(raw_.data(), begin + 1, raw_.data() + end_);
        if (stop[-1] == ' ') --stop;
        gaps_.emit({begin, static_cast<std::size_t>(stop - begin)});
        pos_ = static_cast<std::size_t>(stop - raw_.data());
        continue;
      }
      switch (c) {
        case ' ': gaps_.space(); ++pos_; break;
        case '\n': on_newline(); break;
        case '<':
          if (!on_angle()) return false;
          break;
        case '&': on_ampersand(); break;
        case '!':
          if (pos_ + 1 < n && raw_[pos_ + 1] == '[') return false;
          gaps_.emit("!");
          ++pos_;
          break;
        case '*':
          if (!on_bold_run()) return false;
          break;
        case '\\':
        case '[':
        case ']':
        case '_': return false;
        default:
          add_code_point(take_code_point(raw_, pos_));
      }
    }
    return open_bold_runs_ == 0;
  }

 private:
  void add_code_point(char32_t cp) {
    switch (role_of(cp)) {
      case CodePointRole::kDropped: return;
      case CodePointRole::kSpace: gaps_.space(); return;
      case CodePointRole::kText: break;
    }
    char encoded[4];
    gaps_.emit(std::string_view(encoded, encode_utf8(cp, encoded)));
  }

  void on_newline() {
    if (const std::size_t end = end_of_paragraph_break(raw_, pos_); end != 0) {
      gaps_.paragraph();
      pos_ = end;
      return;
    }
    gaps_.space();
    ++pos_;
  }

  // The tag is matched first, though the tokenizer tries an autolink and a
  // comment before it: a tag's name ends at a space, '>' or "/>", where an
  // autolink would need a ':' or '@', and a comment starts "<!", which no tag
  // does; so where a tag matches, neither of them does.
  bool on_angle() {
    const TagMatch tag = match_tag(raw_, pos_);
    if (tag.length == 0) {
      if (match_autolink(raw_, pos_) != 0 || raw_.substr(pos_, 4) == "<!--") return false;
      gaps_.emit("<");
      ++pos_;
      return true;
    }
    switch (boundary_of(tag.name)) {
      case TagBoundary::kNone: break;
      case TagBoundary::kStruck:
        if (const std::size_t end = struck_text_end(raw_, pos_, tag)) {
          pos_ = end;
          return true;
        }
        break;
      case TagBoundary::kBreak:
        gaps_.line_break();
        break;
      case TagBoundary::kParagraph: gaps_.paragraph(); break;
      case TagBoundary::kSpace: gaps_.space(); break;
    }
    pos_ += tag.length;
    return true;
  }

  void on_ampersand() {
    const EntityMatch entity = match_entity(raw_.substr(pos_));
    if (entity.length == 0) {
      gaps_.emit("&");
      ++pos_;
      return;
    }
    add_code_point(entity.code_point);
    pos_ += entity.length;
  }

  // A run of exactly two '*': with no other delimiter runs in the fragment,
  // match_emphasis pairs each closer with the nearest opener left, so the
  // open runs are a stack, and a matched pair prints nothing. A run that
  // neither closes nor opens, or an opener left over, would be printed or
  // judged by drop_split_bold: the tokenizer's work.
  bool on_bold_run() {
    const std::size_t begin = pos_;
    while (pos_ < raw_.size() && raw_[pos_] == '*') ++pos_;
    if (pos_ - begin != 2) return false;
    const RunFlanks flanks = flanks_of(raw_, begin, pos_);
    if (flanks.can_close && open_bold_runs_ > 0) {
      --open_bold_runs_;
      return true;
    }
    if (!flanks.can_open) return false;
    ++open_bold_runs_;
    return true;
  }

  std::string_view raw_;
  std::size_t pos_ = 0;
  std::size_t end_ = raw_.size();  // past the last byte that is not a gap
  GapWriter gaps_;
  std::size_t open_bold_runs_ = 0;
};

}  // namespace

// The clean text of `raw`, which is not plain, appended to `out`.
void append_marked_up(std::string_view raw, std::string& out, std::vector<std::uint32_t>* wraps, std::size_t base) {
  const std::size_t size_before = out.size();
  const std::size_t wraps_before = wraps != nullptr ? wraps->size() : 0;
  if (LightMarkup(raw, out, wraps, base).run()) return;
  out.resize(size_before);
  if (wraps != nullptr) wraps->resize(wraps_before);
  append_tokenized(raw, out, wraps, base);
}

}  // namespace docket::inline_markup
