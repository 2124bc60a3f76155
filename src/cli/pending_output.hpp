// Output waiting to be written: the text the writers append, and between
// it document bodies that other threads serialised, which are written from
// where they lie instead of being copied into the text first.
#ifndef DOCKET_CLI_PENDING_OUTPUT_HPP
#define DOCKET_CLI_PENDING_OUTPUT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cli/output_file.hpp"

namespace docket::cli {

class PendingOutput {
 public:
  // What writers append to; it follows any body added so far.
  std::string& text() { return text_; }
  // Adds `body` after the text so far. It is not copied: it must stay
  // valid until the next write_to() or clear().
  void add_body(std::string_view body);
  bool has_bodies() const { return !bodies_.empty(); }
  std::size_t size() const { return text_.size() + body_bytes_; }
  // Writes everything in order, in one system call where it can, and
  // clears; false on a write error (then `out` says why).
  bool write_to(OutputFile& out);
  // Drops everything.
  void clear();

 private:
  struct Body {
    std::size_t text_before;  // how much of text_ comes before it
    std::string_view bytes;
  };
  std::string text_;
  std::vector<Body> bodies_;
  std::size_t body_bytes_ = 0;
  std::vector<std::string_view> pieces_;  // kept for its room
};

}  // namespace docket::cli

#endif  // DOCKET_CLI_PENDING_OUTPUT_HPP
