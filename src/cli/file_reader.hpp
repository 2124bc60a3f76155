// Reads a whole input into memory: a file in one read of its known size, or
// standard input ("-") and pipes in chunks.
#ifndef DOCKET_CLI_FILE_READER_HPP
#define DOCKET_CLI_FILE_READER_HPP

#include <cstddef>
#include <string>

namespace docket::cli {

// Replaces `bytes` with the contents of `path`. On failure returns false
// and sets `error` to "PATH: reason".
bool read_whole_file(const std::string& path, std::string& bytes, std::string& error);

// The same for a regular file of at most `limit` bytes. Anything else
// (standard input, a FIFO, a larger file) is not read: `skipped` is set
// and true returned. One open and one fstat serve both the choice and the
// read.
bool read_small_file(const std::string& path, std::size_t limit, std::string& bytes, std::string& error,
                     bool& skipped);

}  // namespace docket::cli

#endif  // DOCKET_CLI_FILE_READER_HPP
