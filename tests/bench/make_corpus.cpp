// Writes a benchmark corpus from the papers in samples/: N varied documents
// (rows and list items renumbered, narrative paragraphs shuffled, years
// moved, people renamed) and, optionally, one large file made of many such
// documents one after another. The same seed always gives the same bytes.
//
//   docket_make_corpus SAMPLES_DIR OUT_DIR [--files N] [--big-mb M] [--seed S]
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "docket/docket.hpp"

namespace {

namespace fs = std::filesystem;

// splitmix64: small, fast and, unlike the standard distributions, the same
// sequence on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

constexpr const char* kGivenNames[] = {"Alex", "Sam", "Jordan", "Priya", "Tomasz", "Aisha", "Morgan", "Chris",
                                       "Fiona", "Dev", "Hannah", "Kwame", "Lucy", "Ravi", "Sian", "Owen"};
constexpr const char* kFamilyNames[] = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes",
                                        "Iqbal", "Jones", "Khan", "Lewis", "Morris", "Nowak", "Patel", "Roberts"};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    paragraphs.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return paragraphs;
}

bool is_prose(const std::string& p) {
  return p.size() > 200 && p.find('|') == std::string::npos && p.find('\t') == std::string::npos &&
         p.find('<') == std::string::npos && !(p[0] >= '0' && p[0] <= '9') && p[0] != '-';
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// Moves every year 1990–2039 by the same number of years.
void shift_years(std::string& text, int delta) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    const bool boundary = (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
                          (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
    if (!boundary || !std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    const int year = std::atoi(text.substr(i, 4).c_str());
    if (year < 1990 || year > 2039) continue;
    const std::string moved = std::to_string(year + delta);
    text.replace(i, 4, moved);
  }
}

// Adds `offset` to the number in the first cell of every pipe-table row.
void renumber_rows(std::string& text, int offset) {
  std::size_t pos = 0;
  while ((pos = text.find("\n| ", pos)) != std::string::npos) {
    std::size_t i = pos + 3;
    while (i < text.size() && (text[i] == ' ' || text[i] == '*' || text[i] == '<' || text[i] == 'b' || text[i] == '>')) ++i;
    std::size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end > i && end - i <= 3) {
      const int n = std::atoi(text.substr(i, end - i).c_str());
      text.replace(i, end - i, std::to_string(n + offset));
    }
    pos += 3;
  }
}

std::string vary(const std::string& sample, const std::vector<std::string>& names, Random& rng) {
  std::string text = sample;
  for (const std::string& name : names) {
    const std::string replacement = std::string(kGivenNames[rng.below(16)]) + " " + kFamilyNames[rng.below(16)];
    replace_all(text, name, replacement);
  }
  shift_years(text, static_cast<int>(rng.below(11)) - 5);
  renumber_rows(text, static_cast<int>(rng.below(3)) * 10);
  std::vector<std::string> paragraphs = split_paragraphs(text);
  for (std::size_t i = 1; i < paragraphs.size(); ++i) {
    if (is_prose(paragraphs[i]) && is_prose(paragraphs[i - 1]) && rng.below(2) == 0) {
      std::swap(paragraphs[i], paragraphs[i - 1]);
    }
  }
  std::string out;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) out += "\n\n";
    out += paragraphs[i];
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: docket_make_corpus SAMPLES_DIR OUT_DIR [--files N] [--big-mb M] [--seed S]\n";
    return 2;
  }
  const fs::path samples_dir = argv[1];
  const fs::path out_dir = argv[2];
  std::size_t files = 2000;
  std::size_t big_mb = 0;
  std::uint64_t seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--files") files = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--big-mb") big_mb = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    else {
      std::cerr << "docket_make_corpus: unknown option " << flag << '\n';
      return 2;
    }
  }
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(samples_dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) {
    std::cerr << "docket_make_corpus: no .txt papers in " << samples_dir << '\n';
    return 1;
  }
  std::vector<std::string> samples;
  std::vector<std::vector<std::string>> names;
  for (const fs::path& p : paths) {
    samples.push_back(read_all(p));
    docket::ParseOptions options;
    const docket::ParseResult parsed = docket::parse_document(samples.back(), options);
    std::vector<std::string> people;
    for (const docket::Person& person : parsed.document.people) people.push_back(person.name);
    names.push_back(std::move(people));
  }
  Random rng(seed);
  fs::create_directories(out_dir / "files");
  std::size_t total = 0;
  for (std::size_t i = 0; i < files; ++i) {
    const std::size_t k = rng.below(samples.size());
    const std::string doc = vary(samples[k], names[k], rng);
    char name[64];
    std::snprintf(name, sizeof name, "%03zu/paper_%06zu.txt", i / 500, i);
    const fs::path target = out_dir / "files" / name;
    fs::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary) << doc;
    total += doc.size();
  }
  std::cout << files << " files, " << total << " bytes in " << (out_dir / "files").string() << '\n';
  if (big_mb > 0) {
    const fs::path big = out_dir / "big.txt";
    std::ofstream out(big, std::ios::binary);
    std::size_t written = 0;
    while (written < big_mb * 1000000) {
      const std::size_t k = rng.below(samples.size());
      const std::string doc = vary(samples[k], names[k], rng) + "\n\n";
      out << doc;
      written += doc.size();
    }
    std::cout << "1 file, " << written << " bytes in " << big.string() << '\n';
  }
  return 0;
}
