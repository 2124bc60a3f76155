// Reads a whole input into memory: a file in one read of its known size, or
// standard input ("-") and pipes in chunks.
#ifndef DOCKET_CLI_FILE_READER_HPP
#define DOCKET_CLI_FILE_READER_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace docket::cli {

// The bytes of a file, read into room that is not filled first:
// std::string::resize would zero every byte before read() wrote over it,
// a pass over every input for nothing.
class FileBytes {
 public:
  std::string_view view() const { return {data_.get(), size_}; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }

  // Room for at least `count` bytes past those held, which stay as they were.
  char* room(std::size_t count);
  std::size_t capacity() const { return capacity_; }
  // Counts `count` more bytes, written into room(), as held.
  void add(std::size_t count) { size_ += count; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// Replaces `bytes` with the contents of `path`. On failure returns false
// and sets `error` to "PATH: reason".
bool read_whole_file(const std::string& path, FileBytes& bytes, std::string& error);

// The same for a regular file of at most `limit` bytes. Anything else
// (standard input, a FIFO, a larger file) is not read: `skipped` is set
// and true returned. One open and one fstat serve both the choice and the
// read.
bool read_small_file(const std::string& path, std::size_t limit, FileBytes& bytes, std::string& error,
                     bool& skipped);

}  // namespace docket::cli

#endif  // DOCKET_CLI_FILE_READER_HPP
