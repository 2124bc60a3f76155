#include "cli/pdf_text.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <vector>

extern char** environ;

namespace docket::cli {

namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

struct Pipe {
  Fd read;
  Fd write;
};

// Close-on-exec, so that a child started by another thread at the same
// moment does not hold this pipe open.
bool make_pipe(Pipe& p) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  p.read.reset(fds[0]);
  p.write.reset(fds[1]);
  return true;
}

void set_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

// The first line of what the child wrote to standard error (poppler's
// "Syntax Error: ..."): it says what failed.
std::string first_line(const std::string& s) {
  const std::size_t end = s.find('\n');
  return s.substr(0, end == std::string::npos ? std::min<std::size_t>(s.size(), 200) : std::min<std::size_t>(end, 200));
}

// Waits for the child and says how it ended, or "" for a clean exit.
std::string reap(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "exit status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

PdfLimits pdf_limits_from_environment() {
  PdfLimits limits;
  if (const char* program = std::getenv("DOCKET_PDFTOTEXT"); program != nullptr && *program != '\0') {
    limits.program = program;
  }
  if (const char* ms = std::getenv("DOCKET_PDF_TIMEOUT_MS"); ms != nullptr && *ms != '\0') {
    limits.time_limit = std::chrono::milliseconds(std::strtol(ms, nullptr, 10));
  }
  return limits;
}

PdfText pdf_to_text(std::string_view pdf, const PdfLimits& limits) {
  PdfText result;
  Pipe in;
  Pipe out;
  Pipe err;
  if (!make_pipe(in) || !make_pipe(out) || !make_pipe(err)) {
    result.error = std::string("cannot start pdftotext: ") + std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.write.get(), STDERR_FILENO);
  // Text as UTF-8 whatever the locale; the page layout kept in columns.
  std::vector<std::string> args = {limits.program, "-layout", "-enc", "UTF-8", "-", "-"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, limits.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    result.error = spawned == ENOENT
                       ? "a PDF: reading it needs " + limits.program + " (Debian package poppler-utils), not found"
                       : "cannot run " + limits.program + ": " + std::strerror(spawned);
    return result;
  }
  in.read.reset();
  out.write.reset();
  err.write.reset();
  set_nonblocking(in.write.get());
  set_nonblocking(out.read.get());
  set_nonblocking(err.read.get());

  // Standard input is fed while both outputs are drained, so that neither
  // side waits on a full pipe.
  const auto deadline = std::chrono::steady_clock::now() + limits.time_limit;
  std::string errors;
  std::size_t fed = 0;
  if (pdf.empty()) in.write.reset();
  bool too_long = false;
  bool too_big = false;
  char buffer[65536];
  while (out.read.get() >= 0 || err.read.get() >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      too_long = true;
      break;
    }
    pollfd fds[3] = {{in.write.get(), POLLOUT, 0}, {out.read.get(), POLLIN, 0}, {err.read.get(), POLLIN, 0}};
    const int ready = ::poll(fds, 3, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    if (fds[0].revents & (POLLOUT | POLLERR | POLLHUP)) {
      const ssize_t n = ::write(in.write.get(), pdf.data() + fed, std::min<std::size_t>(pdf.size() - fed, 65536));
      if (n > 0) fed += static_cast<std::size_t>(n);
      // Done, or the child stopped reading (EPIPE): either way no more.
      if (fed == pdf.size() || (n < 0 && errno != EAGAIN && errno != EINTR)) in.write.reset();
    }
    for (int i = 1; i <= 2; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Fd& fd = i == 1 ? out.read : err.read;
      const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
      if (n > 0) {
        std::string& to = i == 1 ? result.text : errors;
        if (i == 2 && errors.size() > 65536) continue;
        to.append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        fd.reset();
      }
    }
    if (result.text.size() > limits.most_text_bytes) {
      too_big = true;
      break;
    }
  }
  if (too_long || too_big) ::kill(pid, SIGKILL);
  const std::string ended = reap(pid);
  if (too_long) {
    result.error = "a PDF: pdftotext took longer than " + std::to_string(limits.time_limit.count()) +
                   " ms and was stopped";
  } else if (too_big) {
    result.error = "a PDF: its text is larger than " + std::to_string(limits.most_text_bytes >> 20) + " MiB; not read";
  } else if (!ended.empty()) {
    const std::string why = first_line(errors);
    result.error = "a PDF pdftotext cannot read (" + ended + (why.empty() ? "" : ": " + why) + ")";
  } else {
    result.ok = true;
  }
  if (!result.ok) result.text.clear();
  return result;
}

}  // namespace docket::cli
