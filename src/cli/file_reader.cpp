#include "cli/file_reader.hpp"

#include "cli/interrupt.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <optional>

#include "base/huge_pages.hpp"

namespace docket::cli {

char* FileBytes::room(std::size_t count) {
  if (capacity_ - size_ < count) {
    const std::size_t capacity = std::max(size_ + count, capacity_ * 2);
    // Left unfilled: only bytes read into it are ever looked at.
    std::unique_ptr<char[]> data = std::make_unique_for_overwrite<char[]>(capacity);
    advise_huge_pages(data.get(), capacity);
    if (size_ > 0) std::memcpy(data.get(), data_.get(), size_);
    data_ = std::move(data);
    capacity_ = capacity;
  }
  return data_.get() + size_;
}

namespace {

// No council paper comes near this; an input past it is a device or a
// mistake (`docket extract /dev/zero`), and reading on would only exhaust
// memory.
constexpr std::size_t kMaxInputBytes = std::size_t{512} << 20;

// Reads from `fd` until end of file into `bytes`. `expected` is the size
// of a regular file (0 for anything else): once that many bytes are in,
// the file as it stood when opened has been read, and no second, empty
// read is spent confirming it. On an archive of small papers that read was
// an eighth of the system calls.
bool read_to_end(int fd, FileBytes& bytes, std::size_t expected) {
  constexpr std::size_t kChunk = 1 << 16;
  if (expected > kMaxInputBytes) {
    // Refused before any of it is allocated.
    errno = EFBIG;
    return false;
  }
  // A regular file is asked for one byte more than it holds, so that one
  // read finds it whole and a file that grew since is read on.
  std::size_t wanted = expected > 0 ? expected + 1 : kChunk;
  while (expected == 0 || bytes.size() != expected) {
    char* into = bytes.room(wanted);
    wanted = kChunk;
    const ssize_t n = ::read(fd, into, bytes.capacity() - bytes.size());
    if (n < 0) {
      if (errno == EINTR && interrupt_signal() == 0) continue;
      return false;
    }
    if (n == 0) break;
    bytes.add(static_cast<std::size_t>(n));
    if (bytes.size() > kMaxInputBytes) {
      errno = EFBIG;
      return false;
    }
  }
  return true;
}

}  // namespace

namespace {

// read_whole_file and read_small_file: `limit`, when set, skips anything
// but a regular file of at most that many bytes, before reading.
bool read_file(const std::string& path, std::optional<std::size_t> limit, FileBytes& bytes, std::string& error,
               bool& skipped) {
  bytes.clear();
  skipped = false;
  if (limit && path == "-") {
    skipped = true;
    return true;
  }
  if (path == "-") {
    if (!read_to_end(STDIN_FILENO, bytes, 0)) {
      error = "-: " + std::string(std::strerror(errno));
      return false;
    }
    return true;
  }
  // O_NONBLOCK: opening a FIFO that no one writes to must not wait for
  // ever. It is cleared before reading anything but a regular file (where
  // it has no effect), so reads block as usual.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = path + ": " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0;
  if (ok && limit && (!S_ISREG(st.st_mode) || static_cast<std::size_t>(st.st_size) > *limit)) {
    ::close(fd);
    skipped = true;
    return true;
  }
  if (ok && !S_ISREG(st.st_mode)) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
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
    error = path + ": " + (saved == EFBIG ? "larger than " + std::to_string(kMaxInputBytes >> 20) + " MiB; not read"
                                          : std::string(std::strerror(saved)));
    bytes.clear();
    return false;
  }
  if (S_ISFIFO(st.st_mode) && bytes.empty()) {
    error = path + ": a FIFO with no writer";
    return false;
  }
  return true;
}

}  // namespace

bool read_whole_file(const std::string& path, FileBytes& bytes, std::string& error) {
  bool skipped = false;
  return read_file(path, std::nullopt, bytes, error, skipped);
}

bool read_small_file(const std::string& path, std::size_t limit, FileBytes& bytes, std::string& error,
                     bool& skipped) {
  return read_file(path, limit, bytes, error, skipped);
}

}  // namespace docket::cli
