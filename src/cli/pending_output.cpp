#include "cli/pending_output.hpp"

namespace docket::cli {

void PendingOutput::add_body(std::string_view body) {
  bodies_.push_back({text_.size(), body});
  body_bytes_ += body.size();
}

bool PendingOutput::write_to(OutputFile& out) {
  pieces_.clear();
  std::size_t text_done = 0;
  for (const Body& body : bodies_) {
    pieces_.push_back(std::string_view(text_).substr(text_done, body.text_before - text_done));
    pieces_.push_back(body.bytes);
    text_done = body.text_before;
  }
  pieces_.push_back(std::string_view(text_).substr(text_done));
  const bool written = out.write(pieces_);
  clear();
  return written;
}

void PendingOutput::clear() {
  text_.clear();
  bodies_.clear();
  body_bytes_ = 0;
}

}  // namespace docket::cli
