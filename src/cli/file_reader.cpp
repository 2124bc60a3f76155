#include "file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

namespace docket::cli {

namespace {

// Reads from `fd` until end of file into `bytes`, starting with room for
// `expected` bytes (the size of a regular file, so that one read fills it
// and a second, empty one confirms the end).
bool read_to_end(int fd, std::string& bytes, std::size_t expected) {
  constexpr std::size_t kChunk = 1 << 16;
  std::size_t size = 0;
  bytes.resize(expected > 0 ? expected + 1 : kChunk);
  while (true) {
    if (size == bytes.size()) bytes.resize(std::max(bytes.size() * 2, size + kChunk));
    const ssize_t n = ::read(fd, bytes.data() + size, bytes.size() - size);
    if (n < 0) {
      if (errno == EINTR) continue;
      bytes.resize(size);
      return false;
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
  }
  bytes.resize(size);
  return true;
}

}  // namespace

bool read_whole_file(const std::string& path, std::string& bytes, std::string& error) {
  bytes.clear();
  if (path == "-") {
    if (!read_to_end(STDIN_FILENO, bytes, 0)) {
      error = "-: " + std::string(std::strerror(errno));
      return false;
    }
    return true;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = path + ": " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0;
  if (ok && S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    ok = false;
  }
  if (ok) {
    // A regular file is read at its known size, so the buffer is allocated
    // once; anything else (a pipe, a device) is read until it ends.
    ok = read_to_end(fd, bytes, S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
  }
  const int saved = errno;
  ::close(fd);
  if (!ok) {
    error = path + ": " + std::strerror(saved);
    return false;
  }
  return true;
}

}  // namespace docket::cli
