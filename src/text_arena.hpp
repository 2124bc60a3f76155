// Storage for the text the parser makes (cleaned paragraphs, label values),
// handed out as views that stay valid as long as the arena.
//
// Every block and segment of a paper has a text; as a std::string each was
// a heap allocation of its own and 32 bytes in the struct, which for a
// paper of many short paragraphs was most of its memory and a good part of
// its parsing time. Here a paper's texts share a few large allocations.
#ifndef DOCKET_TEXT_ARENA_HPP
#define DOCKET_TEXT_ARENA_HPP

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace docket {

class TextArena {
 public:
  TextArena() = default;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;
  // Views stay valid across a move: the chunks do not move.
  TextArena(TextArena&&) = default;
  TextArena& operator=(TextArena&&) = default;

  // A copy of `text` that lives as long as the arena.
  std::string_view copy(std::string_view text);

  // Bytes held in chunks, for tests.
  std::size_t capacity() const { return held_; }

 private:
  // A paper's texts fit in the first chunk or two; each further chunk is
  // twice the last, up to kLargestChunk, so that a long document needs few.
  static constexpr std::size_t kFirstChunk = 4096;
  static constexpr std::size_t kLargestChunk = std::size_t{1} << 20;

  char* allocate(std::size_t size);

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t next_chunk_ = kFirstChunk;
  std::size_t held_ = 0;
};

}  // namespace docket

#endif  // DOCKET_TEXT_ARENA_HPP
