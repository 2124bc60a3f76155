// Runs that used to lose or garble output with exit 0: outputs of
// --output-dir that met, a NUL-separated path list read by lines, -o FILE
// written in the wrong format or with the wrong mode, papers that gave no
// item without a word, and kind names spelt as the output spells them.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

class SilentLossTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_test_dir("docket-loss");
    paper_ = fs::path(DOCKET_SOURCE_DIR) / "samples" / "000_dc07fa3fb43c23f7.txt";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string q(const fs::path& p) const { return "'" + p.string() + "'"; }
  fs::path dir_;
  fs::path paper_;
};

TEST_F(SilentLossTest, OutputDirKeepsWholeNamesAndTheTreeOfNamedFiles) {
  fs::create_directories(dir_ / "c1");
  fs::create_directories(dir_ / "c2");
  fs::copy_file(paper_, dir_ / "c1" / "x.txt");
  fs::copy_file(paper_, dir_ / "c1" / "x.md");
  fs::copy_file(paper_, dir_ / "c2" / "x.txt");
  const CommandResult result =
      run_docket("extract c1/x.txt c1/x.md c2/x.txt --output-dir od -f csv -q", Stderr::kKeep, dir_);
  ASSERT_EQ(result.status, 0) << result.out;
  EXPECT_TRUE(fs::exists(dir_ / "od" / "c1" / "x.txt.csv"));
  EXPECT_TRUE(fs::exists(dir_ / "od" / "c1" / "x.md.csv"));
  EXPECT_TRUE(fs::exists(dir_ / "od" / "c2" / "x.txt.csv"));
}

TEST_F(SilentLossTest, OutputDirRefusesTwoInputsForOneOutputBeforeWritingAny) {
  fs::create_directories(dir_ / "c1");
  fs::create_directories(dir_ / "c2");
  fs::copy_file(paper_, dir_ / "c1" / "x.txt");
  fs::copy_file(paper_, dir_ / "c2" / "x.txt");
  // Each directory walked gives x.txt: both would be od/x.txt.json.
  const CommandResult result = run_docket("extract c1 c2 --output-dir od", Stderr::kKeep, dir_);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.out.find("docket: --output-dir: c1/x.txt and c2/x.txt"), std::string::npos) << result.out;
  EXPECT_FALSE(fs::exists(dir_ / "od"));
}

TEST_F(SilentLossTest, NulSeparatedListWithoutNullIsAnErrorNamingTheFix) {
  std::ofstream(dir_ / "list", std::ios::binary) << paper_.string() << '\0' << paper_.string() << '\0';
  const CommandResult result = run_docket("extract --files-from - < " + q(dir_ / "list"), Stderr::kKeep);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.out.find("docket: --files-from -: the list holds NUL bytes; add -0"), std::string::npos)
      << result.out;
}

TEST_F(SilentLossTest, OutputFormatComesFromTheExtensionUnlessGiven) {
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -o " + q(dir_ / "plans.csv")).status, 0);
  EXPECT_EQ(read_file(dir_ / "plans.csv").rfind("path,", 0), 0u);
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -o " + q(dir_ / "plans.tsv")).status, 0);
  EXPECT_EQ(read_file(dir_ / "plans.tsv").rfind("path\t", 0), 0u);
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -o " + q(dir_ / "plans.ndjson")).status, 0);
  EXPECT_EQ(read_file(dir_ / "plans.ndjson").rfind("{\"", 0), 0u);
  // -f wins over the extension.
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -f json -o " + q(dir_ / "plans2.csv")).status, 0);
  EXPECT_TRUE(nlohmann::json::parse(read_file(dir_ / "plans2.csv")).is_object());
}

TEST_F(SilentLossTest, OutputKeepsAnExistingFilesMode) {
  const fs::path target = dir_ / "private.json";
  std::ofstream(target) << "old\n";
  ASSERT_EQ(::chmod(target.c_str(), 0600), 0);
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -o " + q(target)).status, 0);
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  ASSERT_EQ(::chmod(target.c_str(), 0640), 0);
  ASSERT_EQ(run_docket("extract " + q(paper_) + " -q -o " + q(target)).status, 0);
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST_F(SilentLossTest, APaperWithNoItemSaysSo) {
  std::ofstream(dir_ / "empty.md") << "# Minutes\n\nThe meeting opened and closed.\n";
  const CommandResult result = run_docket("extract " + q(dir_ / "empty.md") + " -f ndjson", Stderr::kKeep);
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("empty.md: warning: no items: "), std::string::npos) << result.out;
  // -q silences it, as it does every warning.
  EXPECT_EQ(run_docket("extract " + q(dir_ / "empty.md") + " -f ndjson -q", Stderr::kKeep).out.find("no items"),
            std::string::npos);
}

TEST_F(SilentLossTest, KindsAreAcceptedAsTheOutputSpellsThem) {
  const CommandResult dashed = run_docket("extract " + q(paper_) + " -q --kind action-plan");
  const CommandResult underscored = run_docket("extract " + q(paper_) + " -q --kind action_plan");
  ASSERT_EQ(dashed.status, 0);
  ASSERT_EQ(underscored.status, 0);
  EXPECT_EQ(dashed.out, underscored.out);
  EXPECT_EQ(nlohmann::json::parse(dashed.out)["kind"], "action_plan");
}

TEST_F(SilentLossTest, EnumOptionsRefuseNumbers) {
  const CommandResult result = run_docket("extract " + q(paper_) + " -f 2", Stderr::kKeep);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.out.find("docket: "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("json|ndjson|csv|tsv"), std::string::npos) << result.out;
}

TEST_F(SilentLossTest, PackedInputsAreUnpackedOrNamedWithWhatToDo) {
  // gzip is read through; what it holds is the paper.
  ASSERT_EQ(std::system(("gzip -c " + q(paper_) + " > " + q(dir_ / "paper.txt.gz")).c_str()), 0);
  const CommandResult plain = run_docket("extract " + q(paper_) + " -q");
  const CommandResult unpacked = run_docket("extract " + q(dir_ / "paper.txt.gz") + " -q");
  ASSERT_EQ(unpacked.status, 0);
  const nlohmann::json expected = nlohmann::json::parse(plain.out)["items"];
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(nlohmann::json::parse(unpacked.out)["items"], expected);
  // A PDF, whatever its name, is read as one: this one has no pages.
  std::ofstream(dir_ / "plan.txt", std::ios::binary) << "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
  const CommandResult pdf = run_docket("extract " + q(dir_ / "plan.txt"), Stderr::kKeep);
  EXPECT_EQ(pdf.status, 1);
  EXPECT_NE(pdf.out.find("plan.txt: a PDF pdftotext cannot read ("), std::string::npos) << pdf.out;
  std::ofstream(dir_ / "minutes.docx", std::ios::binary) << std::string("PK\x03\x04\x14\0\0\0word/document.xml", 25);
  const CommandResult docx = run_docket("extract " + q(dir_ / "minutes.docx"), Stderr::kKeep);
  EXPECT_EQ(docx.status, 1);
  EXPECT_NE(docx.out.find("minutes.docx: a zip archive (as a Word file is) that cannot be opened: "), std::string::npos)
      << docx.out;
  // Corrupt gzip is an error, not a parse of its bytes.
  std::ofstream(dir_ / "bad.gz", std::ios::binary) << std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03garbage", 17);
  const CommandResult bad = run_docket("extract " + q(dir_ / "bad.gz"), Stderr::kKeep);
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.out.find("bad.gz: gzip: "), std::string::npos) << bad.out;
}

}  // namespace
}  // namespace docket
