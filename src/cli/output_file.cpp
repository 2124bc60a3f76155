#include "output_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
  std::string pattern = target_ + ".tmp.XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    error_ = path + ": cannot create: " + std::strerror(errno);
    return false;
  }
  temp_path_ = pattern;
  // mkstemp creates the file private to its owner; give it the mode any
  // other new file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
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
// into two system calls.
void OutputFile::unbuffer() { std::setvbuf(file_, nullptr, _IONBF, 0); }

bool OutputFile::write(std::string_view data) {
  if (data.empty()) return true;
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
    errno_ = errno;
    error_ = (is_stdout_ ? std::string("standard output") : path_) + ": write failed: " + std::strerror(errno_);
    return false;
  }
  return true;
}

bool OutputFile::flush() {
  if (std::fflush(file_) != 0) {
    errno_ = errno;
    error_ = (is_stdout_ ? std::string("standard output") : path_) + ": write failed: " + std::strerror(errno_);
    return false;
  }
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
