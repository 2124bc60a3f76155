// Storage for the text the parser makes (cleaned paragraphs, label values),
// handed out as views that stay valid as long as the arena.
//
// Every block and segment of a paper has a text; as a std::string each was
// a heap allocation of its own and 32 bytes in the struct, which for a
// paper of many short paragraphs was most of its memory and a good part of
// its parsing time. Here a paper's texts share a few large allocations of a
// monotonic resource, which grows geometrically and frees all at once.
#ifndef DOCKET_TEXT_ARENA_HPP
#define DOCKET_TEXT_ARENA_HPP

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

namespace docket {

class TextArena {
 public:
  TextArena() = default;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;

  // A copy of `text` that lives as long as the arena.
  std::string_view copy(std::string_view text);
  // `text` itself, kept as long as the arena: a text of many megabytes is
  // not copied, and so not held twice while it is.
  std::string_view adopt(std::string&& text);

 private:
  // A paper's texts fit in the first allocation or two.
  static constexpr std::size_t kFirstChunk = 4096;

  std::pmr::monotonic_buffer_resource texts_{kFirstChunk};
  // Each on the heap: moving a short string, held in the string itself,
  // would move its bytes. (Most papers adopt none, and an empty vector
  // allocates nothing.)
  std::vector<std::unique_ptr<std::string>> adopted_;
};

}  // namespace docket

#endif  // DOCKET_TEXT_ARENA_HPP
