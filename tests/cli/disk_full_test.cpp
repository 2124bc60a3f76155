// `docket extract` when the output stops fitting: a write that fails half
// way must leave no truncated file under the output's name, no temporary
// beside it, a diagnostic naming the path and the system error, and a
// non-zero exit status.
//
// A full disk is simulated without root or a mount: the child runs with a
// lowered RLIMIT_FSIZE, so any write past N bytes of a file fails with
// EFBIG, as a disk that fills after N bytes fails with ENOSPC. SIGXFSZ is
// ignored in the child (as a failed write on a full disk sends no signal),
// except in the one test that checks docket ignores it by itself.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

struct LimitedRun {
  std::vector<std::string> args{};           // after the binary's name
  std::string stdout_path = "/dev/null";     // where the child's stdout goes
  std::optional<rlim_t> file_size_limit{};   // bytes any one file may hold; none: unlimited
  bool ignore_file_size_signal = true;       // SIGXFSZ ignored in the child
};

struct LimitedResult {
  int status = -1;  // exit status, or -1 when killed by a signal
  int signal = 0;   // the signal that killed the child, if any
  std::string err;  // everything it wrote to stderr
};

// Runs the docket binary from the source root with the given limit, without
// a shell in between, so that the limit and the signal disposition apply to
// docket alone. stderr comes back through a pipe, which RLIMIT_FSIZE does
// not limit.
LimitedResult run_limited(const LimitedRun& run) {
  LimitedResult result;
  std::vector<std::string> argv_strings = {DOCKET_BINARY};
  argv_strings.insert(argv_strings.end(), run.args.begin(), run.args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  std::array<int, 2> err_pipe{};
  if (::pipe2(err_pipe.data(), O_CLOEXEC) != 0) return result;
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    const int out = ::open(run.stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (out < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err_pipe[1], STDERR_FILENO) < 0) ::_exit(126);
    if (::chdir(DOCKET_SOURCE_DIR) != 0) ::_exit(126);
    if (run.ignore_file_size_signal) ::signal(SIGXFSZ, SIG_IGN);
    if (run.file_size_limit) {
      rlimit limit{};
      if (::getrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
      limit.rlim_cur = *run.file_size_limit;
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(err_pipe[1]);
  std::array<char, 4096> buffer{};
  ssize_t n = 0;
  while ((n = ::read(err_pipe[0], buffer.data(), buffer.size())) != 0) {
    if (n > 0) result.err.append(buffer.data(), static_cast<std::size_t>(n));
    else if (errno != EINTR) break;
  }
  ::close(err_pipe[0]);
  if (pid < 0) return result;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) result.status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

class DiskFullTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_test_dir("docket-disk-full");
    fs::create_directories(dir_ / "out");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Every file under `dir` whose name marks it as docket's temporary.
  static std::vector<std::string> temporaries_in(const fs::path& dir) {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (entry.path().filename().string().find(".tmp.") != std::string::npos) found.push_back(entry.path());
    }
    return found;
  }

  // What docket writes for `args` with no limit: the yardstick for the
  // limit (so the tests follow the parser's output as it changes).
  std::string unlimited_output(std::vector<std::string> args) {
    const fs::path reference = dir_ / "reference";
    args.insert(args.end(), {"-o", reference.string()});
    const LimitedResult result = run_limited({.args = args});
    EXPECT_EQ(result.status, 0) << result.err;
    std::string bytes = read_file(reference);
    fs::remove(reference);
    return bytes;
  }

  static std::string write_failed(const fs::path& path) {
    return "docket: " + path.string() + ": write failed: " + std::strerror(EFBIG) + "\n";
  }

  const std::string samples_ = (fs::path(DOCKET_SOURCE_DIR) / "samples").string();
  fs::path dir_;
};

TEST_F(DiskFullTest, AFullDiskLeavesThePreviousOutputFileUntouched) {
  // JSON is written in one piece at the end with -j 1; NDJSON a paper at a
  // time, so the limit is met after some papers were written out. With
  // -j 2 both are written a run of papers at a time, the bodies from where
  // the threads serialised them, and the limit falls inside such a write.
  for (const std::string format : {"json", "ndjson"}) {
    for (const std::string jobs : {"1", "2"}) {
      SCOPED_TRACE(format + " -j " + jobs);
      const std::string whole = unlimited_output({"extract", samples_, "-f", format, "-q"});
      ASSERT_GT(whole.size(), 4096u);
      const fs::path target = dir_ / "out" / "out.json";
      std::ofstream(target) << "previous contents\n";
      const LimitedResult result = run_limited(
          {.args = {"extract", samples_, "-f", format, "-q", "-j", jobs, "-o", target.string()}, .file_size_limit = whole.size() / 2});
      EXPECT_EQ(result.signal, 0);
      EXPECT_EQ(result.status, 1);
      EXPECT_EQ(result.err, write_failed(target));
      EXPECT_EQ(read_file(target), "previous contents\n");
      EXPECT_EQ(temporaries_in(dir_ / "out"), std::vector<std::string>{});
    }
  }
}

TEST_F(DiskFullTest, AFullDiskCreatesNoOutputFile) {
  const fs::path target = dir_ / "out" / "out.json";
  const std::string whole = unlimited_output({"extract", samples_, "-q"});
  // Half the output: the write itself fails. 100 bytes of a small paper:
  // everything fits in the stdio buffer and the failure comes only when the
  // file is flushed before the rename.
  const std::string small_paper = samples_ + "/003_0f4cc045f2bc76c1.txt";
  const std::string small = unlimited_output({"extract", small_paper, "-q"});
  ASSERT_GT(small.size(), 100u);
  ASSERT_LT(small.size(), 4096u);
  const std::map<std::string, std::pair<std::string, rlim_t>> cases = {
      {"mid-write", {samples_, whole.size() / 2}}, {"at commit", {small_paper, 100}}};
  for (const auto& [name, input_and_limit] : cases) {
    SCOPED_TRACE(name);
    const LimitedResult result =
        run_limited({.args = {"extract", input_and_limit.first, "-q", "-o", target.string()}, .file_size_limit = input_and_limit.second});
    EXPECT_EQ(result.signal, 0);
    EXPECT_EQ(result.status, 1);
    EXPECT_EQ(result.err, write_failed(target));
    EXPECT_FALSE(fs::exists(target));
    EXPECT_EQ(temporaries_in(dir_ / "out"), std::vector<std::string>{});
  }
}

TEST_F(DiskFullTest, OutputDirKeepsTheOutputsThatFitAndDropsThoseThatDidNot) {
  const fs::path reference = dir_ / "reference";
  ASSERT_EQ(run_limited({.args = {"extract", samples_, "-q", "--output-dir", reference.string()}}).status, 0);
  std::map<std::string, std::string> outputs;  // file name -> bytes
  std::vector<std::size_t> sizes;
  for (const auto& entry : fs::directory_iterator(reference)) {
    outputs[entry.path().filename()] = read_file(entry.path());
    sizes.push_back(outputs[entry.path().filename()].size());
  }
  ASSERT_EQ(outputs.size(), 5u);
  // The outputs up to the median size fit, the larger ones do not. (With
  // the samples of today the first output in input order is one that does
  // not fit, so the run must go on past a failure.)
  std::sort(sizes.begin(), sizes.end());
  const rlim_t limit = sizes[2];
  const fs::path out = dir_ / "out";
  const LimitedResult result =
      run_limited({.args = {"extract", samples_, "-q", "-j", "2", "--output-dir", out.string()}, .file_size_limit = limit});
  EXPECT_EQ(result.signal, 0);
  EXPECT_EQ(result.status, 1);
  std::string expected_err;
  std::size_t fitted = 0;
  for (const auto& [name, bytes] : outputs) {
    SCOPED_TRACE(name);
    if (bytes.size() <= limit) {
      ++fitted;
      EXPECT_TRUE(read_file(out / name) == bytes);
    } else {
      EXPECT_FALSE(fs::exists(out / name));
      expected_err += write_failed(out / name);
    }
  }
  ASSERT_GT(fitted, 0u);
  ASSERT_LT(fitted, outputs.size());
  EXPECT_EQ(result.err, expected_err);
  EXPECT_EQ(temporaries_in(out), std::vector<std::string>{});
}

TEST_F(DiskFullTest, StandardOutputOnAFullDeviceIsReported) {
  // docket extract samples/ > /dev/full
  for (const std::string format : {"json", "ndjson", "csv"}) {
    SCOPED_TRACE(format);
    const LimitedResult result = run_limited({.args = {"extract", samples_, "-f", format, "-q"}, .stdout_path = "/dev/full"});
    EXPECT_EQ(result.signal, 0);
    EXPECT_EQ(result.status, 1);
    EXPECT_EQ(result.err, std::string("docket: standard output: write failed: ") + std::strerror(ENOSPC) + "\n");
  }
}

TEST_F(DiskFullTest, AFileSizeLimitIsAWriteErrorNotADeath) {
  // `ulimit -f` as a user sets it: SIGXFSZ left at its default, which kills
  // the process (and would leave the temporary behind) unless docket
  // ignores it and handles the failed write like any other.
  const std::string whole = unlimited_output({"extract", samples_, "-q"});
  const fs::path target = dir_ / "out" / "out.json";
  std::ofstream(target) << "previous contents\n";
  const LimitedResult result = run_limited({.args = {"extract", samples_, "-q", "-o", target.string()},
                                             .file_size_limit = whole.size() / 2,
                                             .ignore_file_size_signal = false});
  EXPECT_EQ(result.signal, 0);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.err, write_failed(target));
  EXPECT_EQ(read_file(target), "previous contents\n");
  EXPECT_EQ(temporaries_in(dir_ / "out"), std::vector<std::string>{});
}

}  // namespace
}  // namespace docket
