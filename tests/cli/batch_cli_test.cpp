// `docket extract` over many inputs, as an archive user runs it: order and
// bytes independent of -j, directory walks, --files-from, a bad input in the
// middle of a batch, a reader that goes away, atomic -o and --output-dir.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

class BatchTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_test_dir("docket-batch");
    fs::create_directories(dir_ / "in" / "sub");
    // 40 papers in two folders, named so that sorted order differs from
    // creation order.
    const fs::path samples = fs::path(DOCKET_SOURCE_DIR) / "samples";
    int n = 0;
    for (int round = 0; round < 8; ++round) {
      for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() != ".txt") continue;
        const fs::path folder = n % 2 == 0 ? dir_ / "in" : dir_ / "in" / "sub";
        fs::copy_file(entry.path(), folder / ("p" + std::to_string(99 - n) + ".txt"));
        ++n;
      }
    }
    std::ofstream(dir_ / "in" / "notes.odt") << "not picked by the walk";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string q(const fs::path& p) const { return "'" + p.string() + "'"; }
  fs::path dir_;
};

std::vector<std::string> paths_of_ndjson(const std::string& out) {
  std::vector<std::string> paths;
  std::size_t start = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    paths.push_back(nlohmann::json::parse(out.substr(start, end - start))["source"]["path"]);
    start = end + 1;
  }
  return paths;
}

TEST_F(BatchTest, OrderAndBytesDoNotDependOnJobs) {
  const CommandResult one = run_docket("extract " + q(dir_ / "in") + " -f ndjson -q -j 1");
  const CommandResult four = run_docket("extract " + q(dir_ / "in") + " -f ndjson -q -j 4");
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(four.status, 0);
  EXPECT_TRUE(one.out == four.out);
  const std::vector<std::string> paths = paths_of_ndjson(four.out);
  ASSERT_EQ(paths.size(), 40u);  // the .odt is not walked
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
  // Parallel workers write each paper's output apart; the one JSON array,
  // the CSV header and every row must still come out as from one thread.
  for (const char* format : {"json", "csv", "tsv"}) {
    const CommandResult one_thread = run_docket("extract " + q(dir_ / "in") + " -f " + format + " -q -j 1");
    const CommandResult four_threads = run_docket("extract " + q(dir_ / "in") + " -f " + format + " -q -j 4");
    ASSERT_EQ(four_threads.status, 0) << format;
    EXPECT_FALSE(one_thread.out.empty()) << format;
    EXPECT_TRUE(one_thread.out == four_threads.out) << format;
  }
}

TEST_F(BatchTest, GlobChoosesOtherFiles) {
  std::ofstream(dir_ / "in" / "extra.plan") << "| No. | Recommendation | Lead | Date |\n|--|--|--|--|\n| 1 | x | y | 2015 |\n";
  const CommandResult result = run_docket("extract " + q(dir_ / "in") + " --glob '*.plan' -f ndjson -q");
  EXPECT_EQ(paths_of_ndjson(result.out).size(), 1u);
}

// The walk picks files by extension whatever its case, not a hidden file
// named only ".md"; it reads links to files and does not follow links to
// directories; paths are the argument as given with the names appended.
TEST_F(BatchTest, WalkPicksFilesAndLinksToFilesOnly) {
  const fs::path tree = dir_ / "tree";
  fs::create_directories(tree / "a" / "b");
  fs::create_directories(tree / "c");
  const fs::path paper = dir_ / "in" / "p99.txt";
  fs::copy_file(paper, tree / "a" / "x.MD");
  fs::copy_file(paper, tree / "a" / "b" / "y.txt");
  fs::copy_file(paper, tree / ".md");
  fs::create_symlink(tree / "a" / "x.MD", tree / "c" / "link.md");
  fs::create_directory_symlink(tree / "a", tree / "c" / "dirlink");
  fs::create_symlink(tree / "nowhere", tree / "c" / "broken.md");
  const CommandResult result = run_docket("extract " + q(tree / ".") + "/ -f ndjson -q");
  EXPECT_EQ(result.status, 0);
  const std::string base = (tree / ".").string() + "/";
  EXPECT_EQ(paths_of_ndjson(result.out),
            (std::vector<std::string>{base + "a/b/y.txt", base + "a/x.MD", base + "c/link.md"}));

  const CommandResult mirrored = run_docket("extract " + q(tree) + " --output-dir " + q(dir_ / "out") + " -q");
  EXPECT_EQ(mirrored.status, 0);
  EXPECT_TRUE(fs::exists(dir_ / "out" / "a" / "b" / "y.txt.json"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "c" / "link.md.json"));
}

TEST_F(BatchTest, FilesFromWithNulSeparators) {
  const CommandResult result = run_docket("extract --files-from - -0 -f ndjson -q < /dev/null");
  EXPECT_EQ(result.status, 0);
  EXPECT_TRUE(result.out.empty());
  std::ofstream list(dir_ / "list", std::ios::binary);
  const fs::path a = dir_ / "in" / "p99.txt";
  const fs::path b = dir_ / "in" / "sub" / "p98.txt";
  list << a.string() << '\0' << b.string() << '\0';
  list.close();
  const CommandResult from_file = run_docket("extract --files-from " + q(dir_ / "list") + " -0 -f ndjson -q");
  EXPECT_EQ(paths_of_ndjson(from_file.out), (std::vector<std::string>{a.string(), b.string()}));
  // find … -print0 | docket extract --files-from - -0
  const CommandResult from_find = run_docket("extract --files-from - -0 -f ndjson -q < " + q(dir_ / "list"));
  EXPECT_EQ(from_find.out, from_file.out);
}

TEST_F(BatchTest, ABadInputInTheMiddleIsReportedAndSkipped) {
  const fs::path bad = dir_ / "bad.txt";
  std::ofstream(bad, std::ios::binary) << std::string("\x7f" "ELF\0\0\0\0binary", 15);
  const std::string good1 = q(dir_ / "in" / "p99.txt");
  const std::string good2 = q(dir_ / "in" / "p97.txt");
  const CommandResult with_bad = run_docket("extract " + good1 + " " + q(bad) + " " + good2 + " -f ndjson -q -j 2");
  const CommandResult without = run_docket("extract " + good1 + " " + good2 + " -f ndjson -q -j 2");
  EXPECT_EQ(with_bad.status, 1);
  EXPECT_EQ(without.status, 0);
  EXPECT_TRUE(with_bad.out == without.out);
  const CommandResult fail_fast = run_docket("extract " + good1 + " " + q(bad) + " " + good2 + " -f ndjson -q --fail-fast");
  EXPECT_EQ(fail_fast.status, 1);
  EXPECT_EQ(paths_of_ndjson(fail_fast.out).size(), 1u);
}

TEST_F(BatchTest, AReaderThatGoesAwayIsNotAnError) {
  // `head -1` closes the pipe after one document; docket stops quietly
  // and its own status is 0.
  const fs::path status_file = dir_ / "status";
  const std::string script = "{ '" + std::string(DOCKET_BINARY) + "' extract " + q(dir_ / "in") +
                             " -f ndjson -j 2; echo $? > " + q(status_file) + "; } | head -1 > /dev/null";
  ASSERT_EQ(std::system(script.c_str()), 0);
  EXPECT_EQ(read_file(status_file), "0\n");
}

TEST_F(BatchTest, OutputFileIsWrittenAtomically) {
  const fs::path target = dir_ / "out.csv";
  std::ofstream(target) << "previous contents\n";
  // A run that cannot even start leaves the old file as it was.
  EXPECT_NE(run_docket("extract " + q(dir_ / "missing-dir-xyz") + " --fail-fast -o " + q(target)).status, 0);
  EXPECT_EQ(read_file(target), "previous contents\n");
  ASSERT_EQ(run_docket("extract " + q(dir_ / "in") + " -f csv -q -o " + q(target)).status, 0);
  const CommandResult to_stdout = run_docket("extract " + q(dir_ / "in") + " -f csv -q");
  EXPECT_TRUE(read_file(target) == to_stdout.out);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp."), std::string::npos) << entry.path();
  }
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_NE(st.st_mode & S_IRGRP, 0u);  // the mode of any new file, not mkstemp's 0600
}

// Only a regular file is replaced by rename. A FIFO (like /dev/null or a
// terminal, a file that is not a regular one) is written in place and
// stays what it was; a symbolic link keeps pointing at the file it names.
TEST_F(BatchTest, OutputToAFifoOrALinkLeavesItInPlace) {
  const fs::path fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The reader gives up after 10 s, should docket never open the FIFO.
  const std::string script = "timeout 10 cat " + q(fifo) + " > " + q(dir_ / "through-pipe") + " & reader=$!; '" +
                             std::string(DOCKET_BINARY) + "' extract " + q(dir_ / "in") + " -f csv -q -o " + q(fifo) +
                             "; echo $? > " + q(dir_ / "status") + "; wait $reader; true";
  ASSERT_EQ(std::system(("bash -c " + q(script)).c_str()), 0);
  EXPECT_EQ(read_file(dir_ / "status"), "0\n");
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
  const CommandResult to_stdout = run_docket("extract " + q(dir_ / "in") + " -f csv -q");
  EXPECT_TRUE(read_file(dir_ / "through-pipe") == to_stdout.out);

  const fs::path real = dir_ / "real.csv";
  const fs::path link = dir_ / "link.csv";
  std::ofstream(real) << "previous contents\n";
  fs::create_symlink(real, link);
  ASSERT_EQ(run_docket("extract " + q(dir_ / "in") + " -f csv -q -o " + q(link)).status, 0);
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(link)));
  EXPECT_TRUE(read_file(real) == to_stdout.out);
}

TEST_F(BatchTest, OutputDirMirrorsTheInputTree) {
  ASSERT_EQ(run_docket("extract " + q(dir_ / "in") + " --output-dir " + q(dir_ / "out") + " -f json -q").status, 0);
  EXPECT_TRUE(fs::exists(dir_ / "out" / "p99.txt.json"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "sub" / "p98.txt.json"));
  const nlohmann::json doc = nlohmann::json::parse(read_file(dir_ / "out" / "sub" / "p98.txt.json"));
  EXPECT_EQ(doc["source"]["path"], (dir_ / "in" / "sub" / "p98.txt").string());
}

}  // namespace
}  // namespace docket

namespace docket {
namespace {

// A paper's record reaches a reader on a pipe while docket is still busy
// with the next input; to a file, it is held until there is more to write
// (here: the end of the run). docket waits on a FIFO as its second input,
// whose writer, held open by the shell, writes nothing until the check has
// been made. The check waits until docket has the FIFO open: by then the
// first paper is parsed and its record written or held.
TEST_F(BatchTest, APipeGetsEachPaperAsItIsReadyAFileOnlyWhenThereIsMore) {
  const fs::path paper = dir_ / "in" / "p99.txt";
  auto script = [&](const fs::path& run_dir, bool to_pipe) {
    const std::string docket = "'" + std::string(DOCKET_BINARY) + "' extract " + q(paper) + " fifo -j 1 -q -f ndjson";
    const std::string wait_for_fifo =
        "for i in $(seq 100); do ls -l /proc/$pid/fd 2>/dev/null | grep -q fifo && break; sleep 0.1; done; ";
    std::string s = "cd " + q(run_dir) + " && mkfifo fifo && exec 3<>fifo && ";
    if (to_pipe) {
      s += "mkfifo out && { { head -n 1 > first; cat > /dev/null; } < out 3>&- & } && { " + docket + " > out 3>&- & } && pid=$! && " +
           wait_for_fifo + "for i in $(seq 100); do [ -s first ] && break; sleep 0.1; done; wc -c < first > seen; ";
    } else {
      s += "{ " + docket + " > first 3>&- & } && pid=$! && " + wait_for_fifo + "sleep 0.2; wc -c < first > seen; ";
    }
    // The shell alone holds the FIFO's writing end (3>&- keeps it from the
    // others); closing it lets docket read the FIFO to its end.
    return s + "exec 3>&-; wait; true";
  };
  for (const bool to_pipe : {true, false}) {
    SCOPED_TRACE(to_pipe ? "pipe" : "file");
    const fs::path run_dir = dir_ / (to_pipe ? "pipe" : "file");
    fs::create_directories(run_dir);
    std::ofstream(run_dir / "run.sh") << script(run_dir, to_pipe) << '\n';
    ASSERT_EQ(std::system(("bash " + q(run_dir / "run.sh")).c_str()), 0);
    const std::string seen = read_file(run_dir / "seen");
    if (to_pipe) {
      EXPECT_NE(seen, "0\n");
      EXPECT_EQ(paths_of_ndjson(read_file(run_dir / "first")), std::vector<std::string>{paper.string()});
    } else {
      EXPECT_EQ(seen, "0\n");
      EXPECT_EQ(paths_of_ndjson(read_file(run_dir / "first")).front(), paper.string());
    }
  }
}

TEST_F(BatchTest, AnInterruptedRunLeavesNoTruncatedOutput) {
  // docket reads papers, then waits on a FIFO whose writer never writes;
  // SIGTERM arrives while it waits. The shell holds the FIFO open for
  // writing before docket starts (O_RDWR does not wait for a reader), so
  // that docket never finds it without a writer, however slow the machine.
  // With -j 2, whichever thread takes the longer of two long papers before
  // the FIFO finishes the paper that output waits for and could reach the
  // FIFO first; the FIFO must still be read by the thread the signal
  // interrupts. Which thread that is varies, hence three runs.
  for (const int copies : {5, 10}) {
    std::ofstream long_paper(dir_ / ("long" + std::to_string(copies) + ".txt"));
    for (int copy = 0; copy < copies; ++copy) {
      for (const auto& entry : fs::directory_iterator(dir_ / "in")) {
        if (entry.path().extension() == ".txt") long_paper << read_file(entry.path()) << "\n\n";
      }
    }
  }
  int run = 0;
  for (const std::string jobs : {"1", "2", "2", "2"}) {
    SCOPED_TRACE("-j " + jobs);
    const fs::path run_dir = dir_ / ("run" + std::to_string(++run));
    fs::create_directories(run_dir);
    const fs::path target = run_dir / "out.json";
    std::ofstream(target) << "previous contents\n";
    const std::string script = "cd " + q(run_dir) + " && mkfifo fifo && exec 3<>fifo && "
                               "{ '" + std::string(DOCKET_BINARY) + "' extract " + q(dir_ / "long5.txt") + " " +
                               q(dir_ / "long10.txt") + " fifo -j " + jobs + " -q -o " + q(target) +
                               " & } && pid=$! && sleep 0.5 && kill -TERM $pid; "
                               // A docket that does not stop is killed after 10 s (status 137).
                               "for i in $(seq 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done; "
                               "kill -KILL $pid 2>/dev/null; wait $pid; echo $? > status; exec 3>&-; true";
    std::ofstream(run_dir / "interrupt.sh") << script << '\n';
    ASSERT_EQ(std::system(("bash " + q(run_dir / "interrupt.sh")).c_str()), 0);
    EXPECT_EQ(read_file(run_dir / "status"), "143\n");
    EXPECT_EQ(read_file(target), "previous contents\n");
    for (const auto& entry : fs::directory_iterator(run_dir)) {
      EXPECT_EQ(entry.path().filename().string().find(".tmp."), std::string::npos) << entry.path();
    }
  }
}

}  // namespace
}  // namespace docket
