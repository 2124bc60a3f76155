// Bad input, run through the real binary in the middle of a batch of good
// papers: each gets a diagnostic naming its path (and line where there is
// one) and the exit status of the contract, and the good papers' output is
// byte for byte what it is without the bad one.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"
#include "docx_support.hpp"
#include "pdf_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  std::string out;
  std::string err;
  int status = -1;
};

class BadInput : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_test_dir("docket-bad");
    good1_ = std::string(DOCKET_SOURCE_DIR) + "/samples/000_dc07fa3fb43c23f7.txt";
    good2_ = std::string(DOCKET_SOURCE_DIR) + "/samples/003_0f4cc045f2bc76c1.txt";
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome run(const std::string& args) {
    const std::string err_file = (dir_ / "stderr").string();
    const std::string command = "'" + std::string(DOCKET_BINARY) + "' " + args + " 2>'" + err_file + "'";
    Outcome r;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
    const int status = ::pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = read_file(err_file);
    return r;
  }

  // Runs the bad input between two good papers and checks that the good
  // papers' lines are exactly those of a run without it. The bad input's
  // own line, if it has one, is skipped as it streams past: it can be
  // hundreds of megabytes.
  Outcome run_between(const std::string& bad) {
    const std::string err_file = (dir_ / "stderr").string();
    const std::string command = "'" + std::string(DOCKET_BINARY) + "' extract '" + good1_ + "' '" + bad + "' '" +
                                good2_ + "' -f ndjson -q -j 2 2>'" + err_file + "'";
    const std::string skip = "{\"schema_version\":1,\"source\":{\"path\":\"" + bad + "\"";
    Outcome with_bad;
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string head;  // the start of the current line, until it is judged
    bool judged = false;
    bool dropping = false;
    int c = 0;
    while ((c = std::fgetc(pipe)) != EOF) {
      if (!judged) {
        head.push_back(static_cast<char>(c));
        if (head.size() == skip.size() || c == '\n') {
          judged = true;
          dropping = head == skip;
          if (!dropping) with_bad.out += head;
          head.clear();
        }
      } else if (!dropping) {
        with_bad.out.push_back(static_cast<char>(c));
      }
      if (c == '\n') judged = dropping = false;
    }
    with_bad.out += head;
    const int status = ::pclose(pipe);
    with_bad.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    with_bad.err = read_file(err_file);
    const Outcome without = run("extract '" + good1_ + "' '" + good2_ + "' -f ndjson -q -j 2");
    EXPECT_TRUE(with_bad.out == without.out) << "the good papers' output changed";
    return with_bad;
  }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  fs::path dir_;
  std::string good1_;
  std::string good2_;
};

TEST_F(BadInput, EmptyFile) {
  const std::string bad = write("empty.md", "");
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
}

TEST_F(BadInput, BinaryFile) {
  const std::string bad = (dir_ / "program").string();
  fs::copy_file(DOCKET_BINARY, bad);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ":1: binary file"), std::string::npos) << r.err;
}

TEST_F(BadInput, NulBytesInsideText) {
  std::string text = read_file(good1_);
  text.insert(text.size() / 2, std::string(1, '\0'));
  const std::string bad = write("nul.txt", text);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);  // a stray NUL is dropped; the paper is read
  EXPECT_NE(run("extract '" + bad + "'").err.find(bad + ":"), std::string::npos);
}

TEST_F(BadInput, InvalidUtf8ThatIsNotWindows1252Either) {
  const std::string bad = write("invalid.txt", "first line\nsecond \x81\x8d line\n");
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ":2: "), std::string::npos) << r.err;
}

TEST_F(BadInput, OneLineOf100Megabytes) {
  std::string line;
  line.reserve(100'000'000);
  while (line.size() < 100'000'000) line += "word word word word word word word word word ";
  const std::string bad = write("long.txt", line);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
}

TEST_F(BadInput, TableWith5000Columns) {
  std::string header = "|";
  std::string rule = "|";
  std::string row = "|";
  for (int i = 0; i < 5000; ++i) {
    header += " c" + std::to_string(i) + " |";
    rule += "---|";
    row += " x |";
  }
  const std::string bad = write("wide.md", header + "\n" + rule + "\n" + row + "\n");
  EXPECT_EQ(run_between(bad).status, 0);
}

TEST_F(BadInput, TableWithAMillionRows) {
  std::string text = "| No. | Recommendation | Lead | Date |\n|---|---|---|---|\n";
  text.reserve(40'000'000);
  for (int i = 1; i <= 1'000'000; ++i) text += "| " + std::to_string(i) + " | Do " + std::to_string(i) + " | X | 2015 |\n";
  const std::string bad = write("long_table.md", text);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
}

TEST_F(BadInput, HtmlNested100000Deep) {
  std::string html = "<table><tr><td>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</td></tr></table>\n";
  const std::string bad = write("deep.html", html);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(run("extract '" + bad + "'").err.find(bad + ":1: warning: HTML nested deeper"), std::string::npos);
}

// A whole web page nested as deep: the page parser walks it without
// recursion and says where structure stopped being kept.
TEST_F(BadInput, HtmlPageNested100000Deep) {
  std::string html = "<!DOCTYPE html>\n<html><body><main><p>RESOLVED that the report be noted.</p>\n";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>deep</p></main></body></html>\n";
  const std::string bad = write("deep_page.html", html);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(run("extract '" + bad + "'").err.find(bad + ":3: warning: HTML nested deeper"), std::string::npos);
}

// A PDF cut off half way: pdftotext's complaint is the diagnostic.
TEST_F(BadInput, TruncatedPdf) {
  const std::string pdf = make_pdf({{"RESOLVED that:", "1. the report be noted."}});
  const std::string bad = write("cut.pdf", pdf.substr(0, pdf.size() / 3));
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": a PDF pdftotext cannot read (exit status "), std::string::npos) << r.err;
}

// A Word file whose body unpacks to 64 MiB from a few dozen kilobytes.
TEST_F(BadInput, ZipBomb) {
  const std::string bad = write("bomb.docx", make_docx(std::string(64 << 20, ' ')));
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": a Word file whose word/document.xml unpacks to more than "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("a zip bomb, not a paper; not read"), std::string::npos) << r.err;
}

TEST_F(BadInput, DocxWithMissingParts) {
  const std::string bad = write("parts.docx", make_zip({{"[Content_Types].xml", "<Types/>"}}));
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": an Office file with no word/document.xml"), std::string::npos) << r.err;
}

// A gzip-compressed web page is unpacked, then read as a page.
TEST_F(BadInput, CompressedPageIsReadAndSaysSo) {
  const std::string page = write("page.html", "<!DOCTYPE html><html><body><main><p>RESOLVED that the report be "
                                              "noted.</p></main></body></html>\n");
  ASSERT_EQ(std::system(("gzip -k '" + page + "'").c_str()), 0);
  const Outcome r = run_between(page + ".gz");
  EXPECT_EQ(r.status, 0);
  const nlohmann::json doc = nlohmann::json::parse(run("extract '" + page + ".gz' -f json").out);
  EXPECT_EQ(doc["source"]["format"], "html");
  EXPECT_EQ(doc["source"]["compression"], "gzip");
  EXPECT_EQ(doc["source"]["bytes"], fs::file_size(page + ".gz"));
}

// Blocks of one character each: past the limit (src/blocks.hpp) the rest
// of the paper is one paragraph, and the warning names where it starts.
TEST_F(BadInput, AMillionParagraphsOfOneCharacter) {
  std::string text;
  text.reserve(3'000'000);
  for (int i = 0; i < 1'000'000; ++i) text += "x\n\n";
  const std::string bad = write("tiny.md", text);
  EXPECT_EQ(run_between(bad).status, 0);
  const Outcome alone = run("extract '" + bad + "' -f json");
  EXPECT_EQ(alone.status, 0);
  EXPECT_NE(alone.err.find(bad + ":"), std::string::npos);
  EXPECT_NE(alone.err.find("[too-many-blocks]"), std::string::npos);
  const nlohmann::json doc = nlohmann::json::parse(alone.out);
  ASSERT_EQ(doc["warnings"].size(), 1u);
  EXPECT_EQ(doc["warnings"][0]["code"], "too-many-blocks");
}

TEST_F(BadInput, UnterminatedTable) {
  const std::string bad = write("open.html", "Intro\n\n<table><tr><td>a</td>\n<tr><td>b\n");
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(run("extract '" + bad + "'").err.find(bad + ":3: warning: <table> is never closed"), std::string::npos);
}

TEST_F(BadInput, DoctypeWithExternalEntitiesIsNeverResolved) {
  const std::string bad = write("xxe.html",
                                "<!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                                "<table><tr><td>&e;</td></tr></table>\n");
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 0);
  const Outcome alone = run("extract '" + bad + "' -f ndjson");
  EXPECT_EQ(alone.out.find("root:"), std::string::npos);
  EXPECT_NE(alone.out.find("&e;"), std::string::npos);
}

// Refused from its size alone: a sparse file takes no disk, and reading it
// would take 600 MB of memory.
TEST_F(BadInput, FileLargerThanTheInputLimit) {
  const std::string bad = write("huge.txt", "");
  fs::resize_file(bad, std::uintmax_t{600} << 20);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": larger than 512 MiB; not read"), std::string::npos) << r.err;
}

TEST_F(BadInput, MissingPath) {
  const std::string bad = (dir_ / "no-such-paper.md").string();
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": no such file or directory"), std::string::npos) << r.err;
}

TEST_F(BadInput, UnreadableFile) {
  // A file the OS refuses to read: as root, permissions do not stop a read,
  // but /proc/self/mem fails with EIO for everyone.
  std::string bad = "/proc/self/mem";
  if (::geteuid() != 0) {
    bad = write("locked.md", "text");
    ::chmod(bad.c_str(), 0);
  }
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": "), std::string::npos) << r.err;
}

TEST_F(BadInput, DirectorySymlinkLoop) {
  fs::create_directories(dir_ / "tree" / "a");
  fs::copy_file(good2_, dir_ / "tree" / "a" / "paper.txt");
  fs::create_directory_symlink(dir_ / "tree", dir_ / "tree" / "a" / "loop");
  const Outcome r = run("extract '" + (dir_ / "tree").string() + "' -f ndjson -q");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

TEST_F(BadInput, FifoWithNoWriter) {
  const std::string bad = (dir_ / "pipe").string();
  ASSERT_EQ(::mkfifo(bad.c_str(), 0600), 0);
  const Outcome r = run_between(bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docket: " + bad + ": a FIFO with no writer"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace docket
