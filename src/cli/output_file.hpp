// Where extract output goes: standard output, or a file written to a
// temporary name beside it and renamed into place when complete, so that an
// interrupted run never leaves a truncated file under the real name. A
// device or FIFO (`-o /dev/null`) is written in place, never replaced.
#ifndef DOCKET_CLI_OUTPUT_FILE_HPP
#define DOCKET_CLI_OUTPUT_FILE_HPP

#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace docket::cli {

class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  // Opens `path`, or standard output when path is empty or "-". On failure
  // returns false and error() says why.
  bool open(const std::string& path);
  // Writes out the buffer; false on a write error.
  bool write(std::string_view data);
  // Writes out the pieces one after another, in as few system calls as
  // the OS allows; false on a write error.
  bool write(std::span<const std::string_view> pieces);
  // Hands what is buffered to the OS now; false on a write error.
  bool flush();
  // Flushes and, for a file, renames the temporary into place.
  bool commit();
  const std::string& error() const { return error_; }
  // errno of the last failure (EPIPE when the reader has gone away).
  int error_number() const { return errno_; }
  // Whether something may be reading the output while it is written: a
  // pipe, a socket or a terminal, rather than a file or a device.
  bool has_waiting_reader() const { return has_waiting_reader_; }

 private:
  void unbuffer();
  bool fail_write();

  std::FILE* file_ = nullptr;
  bool is_stdout_ = true;
  bool has_waiting_reader_ = false;
  std::string path_;       // as given, for messages
  std::string target_;     // what the temporary file replaces: path_ with links followed
  std::string temp_path_;  // empty when writing in place (a device or FIFO)
  std::string error_;
  int errno_ = 0;
};

}  // namespace docket::cli

#endif  // DOCKET_CLI_OUTPUT_FILE_HPP
