// Inputs that are not text: a gzip file is unpacked (zlib); an old Word
// (.doc) file is named, with what to run to make text of it, instead of
// being parsed as Windows-1252 bytes. A PDF is left to pdf_text.hpp, a
// .docx (or other zip) to the parser. Told apart by their first
// bytes, not their names: a paper saved as `.txt` is still a PDF. This is
// the one place where the command looks inside a file before the parser
// does, to be replaced as readers for these formats arrive.
#ifndef DOCKET_CLI_PACKED_INPUT_HPP
#define DOCKET_CLI_PACKED_INPUT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace docket::cli {

// Unpacks `bytes` into `unpacked` when they are gzip (of at most `limit`
// bytes unpacked), and points `bytes` at what they unpack to. Returns why
// they cannot be read, with what to do, when they are a format docket does
// not read; nothing when `bytes` are now ready for the parser.
std::optional<std::string> unpack_input(std::string_view& bytes, std::string& unpacked, std::size_t limit);

// True when `bytes` start as a gzip stream does.
bool is_gzip(std::string_view bytes);

}  // namespace docket::cli

#endif  // DOCKET_CLI_PACKED_INPUT_HPP
