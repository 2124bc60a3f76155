#include "text_arena.hpp"

#include <cstring>

namespace docket {

std::string_view TextArena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* out = allocate(text.size());
  std::memcpy(out, text.data(), text.size());
  return {out, text.size()};
}

char* TextArena::allocate(std::size_t size) {
  if (size <= left_) {
    char* out = next_;
    next_ += size;
    left_ -= size;
    return out;
  }
  if (size > next_chunk_ / 4) {
    // A long text gets an allocation of its own, so that the room left in
    // the current chunk is not thrown away for it.
    chunks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    held_ += size;
    return chunks_.back().get();
  }
  chunks_.push_back(std::make_unique_for_overwrite<char[]>(next_chunk_));
  held_ += next_chunk_;
  next_ = chunks_.back().get() + size;
  left_ = next_chunk_ - size;
  if (next_chunk_ < kLargestChunk) next_chunk_ *= 2;
  return chunks_.back().get();
}

}  // namespace docket
