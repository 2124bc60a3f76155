// Reads a whole input into memory: a file in one read of its known size, or
// standard input ("-") and pipes in chunks.
#ifndef DOCKET_CLI_FILE_READER_HPP
#define DOCKET_CLI_FILE_READER_HPP

#include <string>

namespace docket::cli {

// Replaces `bytes` with the contents of `path`. On failure returns false
// and sets `error` to "PATH: reason".
bool read_whole_file(const std::string& path, std::string& bytes, std::string& error);

}  // namespace docket::cli

#endif  // DOCKET_CLI_FILE_READER_HPP
