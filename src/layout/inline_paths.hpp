// The three paths of the inline cleaner (inline_text.hpp), each in a file of
// its own. The tokenizer (inline_tokens.cpp) handles every fragment and is
// the reference; the plain path (inline_plain.cpp) and the light markup path
// (inline_light_markup.cpp) are shortcuts for the fragments most papers are
// made of, and tests/layout/inline_text_test.cpp checks both against the
// tokenizer on generated fragments. Internal to layout/.
#ifndef DOCKET_LAYOUT_INLINE_PATHS_HPP
#define DOCKET_LAYOUT_INLINE_PATHS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace docket::inline_markup {

enum class Plain : std::uint8_t {
  kNo,         // the tokenizer must clean it
  kCleaned,    // plain, and its clean text was appended
  kUnchanged,  // plain, and its clean text is itself
};

// Cleans `raw` if it is plain: appends its clean text and returns kCleaned,
// or returns kUnchanged when that text is `raw` as written, appending it
// only if `append_unchanged` is set. Returns kNo with `out` as it was when
// `raw` is not plain.
Plain clean_if_plain(std::string_view raw, std::string& out, bool append_unchanged);

// The clean text of `raw`, which is not plain, appended to `out`: by the
// light markup path when it can, else by the tokenizer. `wraps`, when
// given, gets the offset from `base` in `out` of each space written for a
// single <br> (see GapWriter).
void append_marked_up(std::string_view raw, std::string& out, std::vector<std::uint32_t>* wraps = nullptr,
                      std::size_t base = 0);

// The tokenizer's clean text of `raw`, appended to `out`.
void append_tokenized(std::string_view raw, std::string& out, std::vector<std::uint32_t>* wraps = nullptr,
                      std::size_t base = 0);

}  // namespace docket::inline_markup

#endif  // DOCKET_LAYOUT_INLINE_PATHS_HPP
