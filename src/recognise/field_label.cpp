#include "recognise/field_label.hpp"

#include "base/text_util.hpp"

namespace docket {

LabelledValue match_label_after_initial(std::string_view line, std::string_view label) {
  LabelledValue result;
  if (!istarts_with(line, label)) return result;
  std::string_view rest = line.substr(label.size());
  if (!rest.empty() && (is_ascii_alpha(rest.front()) || is_ascii_digit(rest.front()))) return result;
  std::size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == ':' || rest[i] == '.' || rest[i] == '-' || rest[i] == '?')) {
    ++i;
  }
  if (rest.substr(i).starts_with("\xE2\x80\x93")) i += 3;  // en dash
  result.value = trim(rest.substr(i));
  result.found = true;
  return result;
}

}  // namespace docket
