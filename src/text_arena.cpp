#include "text_arena.hpp"

#include <cstring>

namespace docket {

std::string_view TextArena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* out = static_cast<char*>(texts_.allocate(text.size(), 1));
  std::memcpy(out, text.data(), text.size());
  return {out, text.size()};
}

}  // namespace docket
