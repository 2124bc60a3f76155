// PDFs through the real binary: a paper made into a PDF at test time gives
// the items of the same paper as text, and a PDF that pdftotext cannot
// read, or that it hangs on, or a missing pdftotext, each give a clear
// error for that input alone.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"
#include "docket/docket.hpp"
#include "pdf_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

const std::vector<std::vector<std::string>> kDecisionPages = {
    {"Record of Decision", "", "Cabinet", "Date of decision: 12 May 2027", "", "Library Opening Hours", "",
     "RESOLVED that:", "", "1. the revised opening hours be adopted from 1 April 2027;", "",
     "2. the Head of Libraries consult users on Sunday opening (see paragraph 4.2); and"},
    {"3. the savings be noted.", "", "Reasons for the decision:", "To match opening hours to use."},
};

std::string as_text(const std::vector<std::vector<std::string>>& pages) {
  std::string text;
  for (const auto& page : pages) {
    for (const std::string& line : page) text += line + "\n";
    text += "\n";
  }
  return text;
}

// The items with their lines left out: lines of a PDF are lines of
// pdftotext's output, not of the text file.
nlohmann::json items_without_lines(const nlohmann::json& doc) {
  nlohmann::json items = doc["items"];
  for (auto& item : items) {
    item.erase("lines");
    for (auto& action : item["actions"]) action.erase("lines");
  }
  return items;
}

class PdfInput : public testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_test_dir("docket-pdf"); }
  void TearDown() override {
    ::unsetenv("DOCKET_PDFTOTEXT");
    ::unsetenv("DOCKET_PDF_TIMEOUT_MS");
    fs::remove_all(dir_);
  }
  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(PdfInput, APaperAsPdfGivesTheItemsOfTheSamePaperAsText) {
  const std::string pdf = make_pdf(kDecisionPages);
  const std::string pdf_path = write("decision.pdf", pdf);
  const std::string text_path = write("decision.md", as_text(kDecisionPages));
  const CommandResult from_pdf = run_docket("extract '" + pdf_path + "' -f json");
  const CommandResult from_text = run_docket("extract '" + text_path + "' -f json");
  ASSERT_EQ(from_pdf.status, 0) << from_pdf.out;
  const nlohmann::json a = nlohmann::json::parse(from_pdf.out);
  const nlohmann::json b = nlohmann::json::parse(from_text.out);
  EXPECT_EQ(a["source"]["format"], "pdf");
  EXPECT_EQ(a["source"]["bytes"], pdf.size());
  EXPECT_EQ(b["source"]["format"], "text");
  EXPECT_EQ(a["kind"], "decision_record");
  EXPECT_EQ(a["kind"], b["kind"]);
  EXPECT_EQ(a["title"], b["title"]);
  EXPECT_EQ(a["meeting"], b["meeting"]);
  ASSERT_EQ(a["items"].size(), 3u);
  EXPECT_EQ(items_without_lines(a), items_without_lines(b));
  // The third resolution is on the second page, after the form feed.
  EXPECT_GT(a["items"][2]["lines"][0].get<int>(), a["items"][1]["lines"][1].get<int>());
}

TEST_F(PdfInput, AMissingPdftotextIsNamedWithItsPackage) {
  const std::string pdf_path = write("decision.pdf", make_pdf(kDecisionPages));
  ::setenv("DOCKET_PDFTOTEXT", "docket-test-no-such-program", 1);
  const CommandResult r = run_docket("extract '" + pdf_path + "'", Stderr::kKeep);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(pdf_path + ": a PDF: reading it needs docket-test-no-such-program (Debian package "
                                  "poppler-utils), not found"),
            std::string::npos)
      << r.out;
}

TEST_F(PdfInput, APdftotextThatHangsIsStoppedAtTheTimeLimit) {
  const std::string pdf_path = write("decision.pdf", make_pdf(kDecisionPages));
  const std::string hang = write("hang.sh", "#!/bin/sh\nexec sleep 30\n");
  fs::permissions(hang, fs::perms::owner_all);
  ::setenv("DOCKET_PDFTOTEXT", hang.c_str(), 1);
  ::setenv("DOCKET_PDF_TIMEOUT_MS", "300", 1);
  const auto start = std::chrono::steady_clock::now();
  const CommandResult r = run_docket("extract '" + pdf_path + "'", Stderr::kKeep);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(pdf_path + ": a PDF: pdftotext took longer than 300 ms and was stopped"), std::string::npos)
      << r.out;
}

TEST_F(PdfInput, StandardInputIsConvertedToo) {
  const std::string pdf_path = write("decision.pdf", make_pdf(kDecisionPages));
  const CommandResult r = run_docket("extract - < '" + pdf_path + "' -f json");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["source"]["format"], "pdf");
}

// The parser runs no programs: given a PDF's bytes, it says what to do.
TEST(PdfBytes, TheParserSaysAPdfIsToBeConvertedFirst) {
  ParseOptions options;
  options.path = "a.pdf";
  const ParseResult result = parse_document(make_pdf(kDecisionPages), options);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error, "a PDF; the parser reads its text: convert it with pdftotext -layout (the docket command does)");
}

}  // namespace
}  // namespace docket
