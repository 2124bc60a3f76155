// How the block splitter walks the lines of a paper without a table of
// every line. Internal to layout/.
#ifndef DOCKET_LAYOUT_LINE_WINDOW_HPP
#define DOCKET_LAYOUT_LINE_WINDOW_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace docket {

// The lines of the text, found as the splitter reaches them. It reads one
// line past the block it is in and never goes back before that block's
// first line, so only a window of lines is held: a table of every line
// would cost eight bytes a line, more than many one-line blocks hold.
// Line i is line number i + 1. parse_document bounds a document far below
// 4 GiB, so offsets are 32-bit.
class LineWindow {
 public:
  explicit LineWindow(std::string_view text) : text_(text) {
    std::size_t lines = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t stop = end_of_line(start);
      std::size_t first = start;
      while (first < stop && is_ascii_space(text[first])) ++first;
      if (first < stop) ++filled_;
      ++lines;
      start = stop + 1;
    }
    // The most the window holds before forget_before halves it, so that
    // it never regrows.
    window_.reserve(std::min(lines, 2 * kWindowKept));
  }
  // Lines with something other than white space: at most one block each,
  // bar a form feed's page break.
  std::size_t filled() const { return filled_; }
  // Whether there is a line i; finds the lines up to it.
  bool has(std::size_t i) {
    while (first_ + window_.size() <= i) {
      if (next_ >= text_.size()) return false;
      const std::size_t stop = end_of_line(next_);
      window_.push_back({static_cast<std::uint32_t>(next_), static_cast<std::uint32_t>(stop - next_)});
      next_ = stop + 1;
    }
    return true;
  }
  // Line i, which has(i) has found and forget_before has kept.
  std::string_view operator[](std::size_t i) const {
    const Span& span = window_[i - first_];
    return text_.substr(span.begin, span.size);
  }
  static int number(std::size_t i) { return static_cast<int>(i) + 1; }
  // Narrows line i to `part`, a view of some of it.
  void narrow(std::size_t i, std::string_view part) {
    window_[i - first_] = {static_cast<std::uint32_t>(part.data() - text_.data()),
                           static_cast<std::uint32_t>(part.size())};
  }
  // No line before i will be asked for again.
  void forget_before(std::size_t i) {
    // Erasing only once half the window is behind keeps this linear.
    if (i > first_ && 2 * (i - first_) >= window_.size() && window_.size() >= kWindowKept) {
      window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(i - first_));
      first_ = i;
    }
  }

 private:
  static constexpr std::size_t kWindowKept = 64;
  struct Span {
    std::uint32_t begin;
    std::uint32_t size;
  };
  std::size_t end_of_line(std::size_t start) const {
    const void* newline = std::memchr(text_.data() + start, '\n', text_.size() - start);
    return newline == nullptr ? text_.size() : static_cast<std::size_t>(static_cast<const char*>(newline) - text_.data());
  }

  std::string_view text_;
  std::size_t filled_ = 0;
  std::size_t next_ = 0;   // where the first line not yet found starts
  std::size_t first_ = 0;  // the line window_[0] is
  std::vector<Span> window_;
};

// Where a byte next occurs in the text, found once for all the lines before
// it: most lines hold no pipe, tab or form feed, and asking each line for
// each of them cost a memchr call a line and byte.
class NextOccurrence {
 public:
  NextOccurrence(std::string_view text, char byte)
      : text_(text), byte_(byte), next_(std::min(text.find(byte), text.size())) {}
  // Whether `part`, a view of the text, holds the byte.
  bool in(std::string_view part) {
    const auto from = static_cast<std::size_t>(part.data() - text_.data());
    if (from < searched_from_) {
      // Behind the search, as a line asked for again can be: asked itself.
      return part.find(byte_) != std::string_view::npos;
    }
    if (next_ < from) {
      searched_from_ = from;
      next_ = std::min(text_.find(byte_, from), text_.size());
    }
    return next_ < from + part.size();
  }

 private:
  std::string_view text_;
  char byte_;
  // The first place at or after searched_from_ that holds the byte, or the
  // text's size if none does.
  std::size_t searched_from_ = 0;
  std::size_t next_;
};

}  // namespace docket

#endif  // DOCKET_LAYOUT_LINE_WINDOW_HPP
