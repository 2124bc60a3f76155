// `docket check -f html`: one page with nothing fetched and nothing run,
// all text escaped, and drawn by a real browser (headless Chromium, when
// the machine has it) into a picture that is not blank.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "cli_support.hpp"

namespace docket {
namespace {

namespace fs = std::filesystem;

const std::string kPair = "samples/001_b43527a70e90cfa2.txt samples/000_dc07fa3fb43c23f7.txt";
const char* const kChromium = "/usr/bin/chromium";

TEST(CheckHtml, SelfContainedPageWithEverySection) {
  const CommandResult result = run_docket("check " + kPair + " -f html --as-of 2012-10-01");
  EXPECT_EQ(result.status, 1);
  const std::string& html = result.out;
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  for (const char* part : {"<h2>Resolutions</h2>", "Overdue as of 2012-10-01", "answer no resolution", "<svg",
                           "class=\"missing\"", "class=\"covered\"", "28 days late", "Children&#39;s Social Care"}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
  // The as-of date is the right end of the timeline: its label reads
  // leftwards from the line, inside the picture.
  EXPECT_NE(html.find("text-anchor=\"end\">as of 2012-10-01</text>"), std::string::npos);
  // Early in the timeline it reads rightwards.
  const std::string early = run_docket("check " + kPair + " -f html --as-of 2012-01-01").out;
  EXPECT_NE(early.find("text-anchor=\"start\">as of 2012-01-01</text>"), std::string::npos);
}

TEST(CheckHtml, OutputExtensionChoosesHtml) {
  const fs::path dir = fresh_test_dir("docket-check-html");
  run_docket("check " + kPair + " -o '" + (dir / "report.html").string() + "'");
  EXPECT_TRUE(read_file(dir / "report.html").starts_with("<!DOCTYPE html>"));
  fs::remove_all(dir);
}

// Tall enough for the whole sample report, the timeline of due dates at its
// foot included: the picture in the README shows all of it.
std::uintmax_t screenshot(const fs::path& page, const fs::path& png, const fs::path& profile) {
  const std::string command = std::string(kChromium) + " --headless --no-sandbox --disable-gpu --user-data-dir='" +
                              profile.string() + "' --screenshot='" + png.string() +
                              "' --window-size=1200,2800 'file://" + page.string() + "' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0 || !fs::exists(png)) return 0;
  return fs::file_size(png);
}

TEST(CheckHtml, ChromiumDrawsIt) {
  if (!fs::exists(kChromium)) GTEST_SKIP() << "no " << kChromium;
  const fs::path dir = fresh_test_dir("docket-check-html");
  const fs::path report = dir / "report.html";
  ASSERT_EQ(run_docket("check " + kPair + " --as-of 2012-10-01 -o '" + report.string() + "'").status, 1);
  std::ofstream(dir / "blank.html") << "<!DOCTYPE html><html><body></body></html>\n";
  const std::uintmax_t blank = screenshot(dir / "blank.html", dir / "blank.png", dir / "profile");
  const std::uintmax_t drawn = screenshot(report, dir / "report.png", dir / "profile");
  ASSERT_GT(blank, 0u) << "chromium drew nothing at all";
  // A blank page compresses to almost nothing; a page of tables, text and
  // a timeline does not.
  EXPECT_GT(drawn, blank * 5) << "blank " << blank << " bytes, report " << drawn << " bytes";
  EXPECT_GT(drawn, 40000u);
  if (std::getenv("DOCKET_UPDATE_SCREENSHOT") != nullptr) {
    fs::copy_file(dir / "report.png", fs::path(DOCKET_SOURCE_DIR) / "docs" / "check-report.png",
                  fs::copy_options::overwrite_existing);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace docket
