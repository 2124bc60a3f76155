// How a field is written in CSV and in TSV: the one rule for each, used by
// extract's writers and check's report alike. `Out` is anything with
// put(char) and put(std::string_view): the writers' row buffer, or a
// StringOut on a std::string.
#ifndef DOCKET_WRITE_DELIMITED_FIELDS_HPP
#define DOCKET_WRITE_DELIMITED_FIELDS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "base/byte_scan.hpp"

namespace docket {

// Appends to a string, for output that is not on a hot path.
struct StringOut {
  std::string& text;
  void put(char c) { text.push_back(c); }
  void put(std::string_view s) { text.append(s); }
};

inline bool is_csv_blank(char c) { return c == ' ' || c == '\t'; }

// Position of the first comma, quote, CR or LF at or after `from`, or size().
inline std::size_t next_csv_special(std::string_view value, std::size_t from) {
  return find_marked(value, from, [](auto b) { return (b == ',') | (b == '"') | (b == '\n') | (b == '\r'); });
}

// Position of the first backslash, tab, LF or CR at or after `from`, or size().
inline std::size_t next_tsv_special(std::string_view value, std::size_t from) {
  return find_marked(value, from,
                     [](auto b) { return (b == '\\') | (b == '\t') | (b == '\n') | (b == '\r'); });
}

// The field in quotes, with its quotes doubled; none comes before `special`,
// the first byte that called for quoting (or the end). Kept out of line so
// that append_csv_field, called for every field, stays small.
template <typename Out>
[[gnu::noinline]] void append_quoted_csv_field(std::string_view value, std::size_t special, Out& out) {
  out.put('"');
  std::size_t start = 0;
  for (std::size_t quote = value.find('"', special); quote != std::string_view::npos;
       quote = value.find('"', start)) {
    out.put(value.substr(start, quote + 1 - start));
    out.put('"');
    start = quote + 1;
  }
  out.put(value.substr(start));
  out.put('"');
}

// RFC 4180, quoting only when needed so that plain fields stay readable.
// Leading or trailing blanks are quoted too, because several readers
// (spreadsheets among them) trim unquoted ones.
template <typename Out>
void append_csv_field_to(std::string_view value, Out& out) {
  const std::size_t special = next_csv_special(value, 0);
  const bool needs_quotes =
      special != value.size() || (!value.empty() && (is_csv_blank(value.front()) || is_csv_blank(value.back())));
  if (needs_quotes) {
    append_quoted_csv_field(value, special, out);
  } else {
    out.put(value);
  }
}

// The text-format convention of PostgreSQL COPY and Miller: TSV has no
// quoting, so the four characters that would break a row are escaped.
template <typename Out>
void append_tsv_field_to(std::string_view value, Out& out) {
  std::size_t start = 0;
  for (std::size_t special = next_tsv_special(value, 0); special != value.size();
       special = next_tsv_special(value, start)) {
    out.put(value.substr(start, special - start));
    out.put('\\');
    switch (value[special]) {
      case '\t':
        out.put('t');
        break;
      case '\n':
        out.put('n');
        break;
      case '\r':
        out.put('r');
        break;
      default:
        out.put('\\');
        break;
    }
    start = special + 1;
  }
  out.put(value.substr(start));
}

}  // namespace docket

#endif  // DOCKET_WRITE_DELIMITED_FIELDS_HPP
