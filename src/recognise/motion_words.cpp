#include "recognise/motion_words.hpp"

#include "base/byte_scan.hpp"
#include "base/text_util.hpp"

namespace docket {

std::string_view without_line_marks(std::string_view line) {
  line = trim(line);
  while (!line.empty() && (line.front() == '>' || line.front() == '*')) line = trim(line.substr(1));
  return line;
}

namespace {

// Whether `c` may start a line that names a mover, marks before it and all.
bool may_open_mover(char c) {
  c = static_cast<char>(c | 0x20);
  return c == 'm' || c == 's' || c == 'p' || c == 'o' || c == '*' || c == '>' || c == ' ';
}

}  // namespace

bool names_mover(std::string_view line) {
  // Most lines start with none of the words: one byte tells.
  if (line.empty() || !may_open_mover(line.front())) return false;
  line = without_line_marks(line);
  if (line.empty() || !may_open_mover(line.front())) return false;
  return istarts_with(line, "moved by") || istarts_with(line, "seconded by") || istarts_with(line, "proposed by") ||
         istarts_with(line, "proposed:") || istarts_with(line, "seconded:") || istarts_with(line, "on the proposal of") ||
         istarts_with(line, "on the motion of");
}

namespace {

// Marks the bytes where "seconded" may begin: an "s" followed by an "e",
// in either case (`b | 0x20` is a lowercase letter exactly when `b` is that
// letter in either case). Sixteen places are tested at a time: the word is
// looked for in whole paragraphs, where an "s" alone stops often.
constexpr auto kMayStartSeconded = [](ByteBlock, ByteBlock b, ByteBlock after) {
  return ((b | 0x20) == 's') & ((after | 0x20) == 'e');
};

// ifind(text, "seconded").
std::size_t find_seconded(std::string_view text) {
  for (std::size_t i = find_marked_in_context(text, 0, kMayStartSeconded); i < text.size();
       i = find_marked_in_context(text, i + 1, kMayStartSeconded)) {
    if (istarts_with(text.substr(i), "seconded")) return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool names_seconder(std::string_view text) {
  const std::size_t at = find_seconded(text);
  if (at == std::string_view::npos) return false;
  // "seconded by", "seconded:", "Seconded: Councillor": the word with its
  // name after, not "a seconded officer".
  std::string_view after = text.substr(at + 8);
  while (!after.empty() && (after.front() == ' ' || after.front() == '*')) after.remove_prefix(1);
  return after.empty() || after.front() == ':' || istarts_with(after, "by ");
}

}  // namespace docket
