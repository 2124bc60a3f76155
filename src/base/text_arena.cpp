#include "base/text_arena.hpp"

#include <cstring>

namespace docket {

std::string_view TextArena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* out = static_cast<char*>(texts_.allocate(text.size(), 1));
  std::memcpy(out, text.data(), text.size());
  return {out, text.size()};
}

std::string_view TextArena::adopt(std::string&& text) {
  if (text.empty()) return {};
  return *adopted_.emplace_back(std::make_unique<std::string>(std::move(text)));
}

}  // namespace docket
