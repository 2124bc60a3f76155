#include "cli/output_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace docket::cli {

OutputFile::~OutputFile() {
  if (!is_stdout_ && file_ != nullptr) {
    std::fclose(file_);
    if (!temp_path_.empty()) std::remove(temp_path_.c_str());
  }
}

bool OutputFile::open(const std::string& path) {
  if (path.empty() || path == "-") {
    file_ = stdout;
    is_stdout_ = true;
    unbuffer();
    return true;
  }
  is_stdout_ = false;
  path_ = path;
  target_ = path;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) {
      // A device, FIFO or socket (`-o /dev/null`, a named pipe) is written
      // in place: renaming a file over it would put a regular file where
      // the device was. There is nothing to keep whole there anyway.
      const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0 || (file_ = ::fdopen(fd, "wb")) == nullptr) {
        error_ = path + ": cannot open: " + std::strerror(errno);
        if (fd >= 0) ::close(fd);
        return false;
      }
      unbuffer();
      return true;
    }
    // A symbolic link keeps pointing where it did: the file it names is
    // the one replaced.
    if (char* real = ::realpath(path.c_str(), nullptr)) {
      target_ = real;
      std::free(real);
    }
  }
  // The file replaced keeps its permissions (a file kept private stays
  // private); a new file gets those any other new file would get.
  mode_t mode = 0;
  bool keep_mode = false;
  if (::stat(target_.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    mode = st.st_mode & 07777;
    keep_mode = true;
  }
  std::string pattern = target_ + ".tmp.XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    error_ = path + ": cannot create: " + std::strerror(errno);
    return false;
  }
  temp_path_ = pattern;
  // mkstemp creates the file private to its owner.
  if (!keep_mode) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  file_ = ::fdopen(fd, "wb");
  if (file_ == nullptr) {
    error_ = path + ": cannot open: " + std::strerror(errno);
    ::close(fd);
    std::remove(temp_path_.c_str());
    return false;
  }
  unbuffer();
  return true;
}

// Callers hand over output in pieces of their own (a paper, or a megabyte
// of a long one): stdio's buffer of a few kilobytes only split each piece
// into two system calls. Whether a reader takes the output as it comes is
// learnt here too, once the stream is set up.
void OutputFile::unbuffer() {
  std::setvbuf(file_, nullptr, _IONBF, 0);
  const int fd = ::fileno(file_);
  struct stat st {};
  has_waiting_reader_ = ::isatty(fd) == 1 || (::fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)));
}

bool OutputFile::write(std::string_view data) {
  if (data.empty()) return true;
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) return fail_write();
  return true;
}

bool OutputFile::write(std::span<const std::string_view> pieces) {
  // The stream is unbuffered (see unbuffer), so nothing of it waits in
  // stdio and its descriptor can be written directly.
  std::vector<iovec> vectors;
  vectors.reserve(pieces.size());
  for (const std::string_view piece : pieces) {
    if (!piece.empty()) vectors.push_back({const_cast<char*>(piece.data()), piece.size()});
  }
  const int fd = ::fileno(file_);
  std::size_t next = 0;
  while (next < vectors.size()) {
    const int count = static_cast<int>(std::min<std::size_t>(vectors.size() - next, IOV_MAX));
    ssize_t written = ::writev(fd, &vectors[next], count);
    if (written <= 0) {
      if (written == 0) errno = EIO;  // no progress: would loop for ever
      return fail_write();
    }
    // A partial write (a pipe, a full disk) goes on from where it stopped.
    while (written > 0) {
      iovec& first = vectors[next];
      const std::size_t taken = std::min(static_cast<std::size_t>(written), first.iov_len);
      first.iov_base = static_cast<char*>(first.iov_base) + taken;
      first.iov_len -= taken;
      written -= static_cast<ssize_t>(taken);
      if (first.iov_len == 0) ++next;
    }
  }
  return true;
}

bool OutputFile::fail_write() {
  errno_ = errno;
  error_ = (is_stdout_ ? std::string("standard output") : path_) + ": write failed: " + std::strerror(errno_);
  return false;
}

bool OutputFile::flush() {
  if (std::fflush(file_) != 0) return fail_write();
  return true;
}

bool OutputFile::commit() {
  if (!flush()) return false;
  if (is_stdout_) return true;
  // The first step that fails names the error: a later step would
  // overwrite errno with its own.
  int error = 0;
  if (::fsync(::fileno(file_)) != 0 && errno != EINVAL) error = errno;
  if (std::fclose(file_) != 0 && error == 0) error = errno;
  file_ = nullptr;
  if (error == 0 && !temp_path_.empty() && std::rename(temp_path_.c_str(), target_.c_str()) != 0) error = errno;
  if (error != 0) {
    error_ = path_ + ": cannot write: " + std::strerror(error);
    if (!temp_path_.empty()) std::remove(temp_path_.c_str());
    return false;
  }
  return true;
}

}  // namespace docket::cli
