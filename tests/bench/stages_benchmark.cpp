// Google Benchmark of each stage on the papers in samples/: decoding,
// splitting into blocks, assembling tables, the whole parse, and each
// writer. Bytes per second are of the input paper.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "layout/blocks.hpp"
#include "layout/page_debris.hpp"
#include "docket/docket.hpp"
#include "read/source_reader.hpp"
#include "tables/table_assembler.hpp"
#include "write/writer.hpp"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& samples() {
  static const std::vector<std::string> texts = [] {
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(fs::path(DOCKET_SOURCE_DIR) / "samples")) {
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const fs::path& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }();
  return texts;
}

std::size_t total_bytes() {
  std::size_t n = 0;
  for (const std::string& s : samples()) n += s.size();
  return n;
}

void BM_Read(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& s : samples()) benchmark::DoNotOptimize(docket::decode_text(s));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Read);

void BM_Blocks(benchmark::State& state) {
  std::vector<std::string> decoded;
  for (const std::string& s : samples()) decoded.push_back(docket::decode_text(s).text->text);
  for (auto _ : state) {
    for (const std::string& text : decoded) {
      std::vector<docket::Warning> warnings;
      docket::TextArena arena;
      std::vector<docket::Block> blocks = docket::split_blocks(text, arena, warnings);
      docket::mark_page_debris(blocks);
      benchmark::DoNotOptimize(blocks);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Blocks);

void BM_Tables(benchmark::State& state) {
  std::vector<std::string> decoded;
  std::vector<std::vector<docket::Block>> blocks;
  docket::TextArena arena;
  for (const std::string& s : samples()) decoded.push_back(docket::decode_text(s).text->text);
  for (const std::string& text : decoded) {
    std::vector<docket::Warning> warnings;
    blocks.push_back(docket::split_blocks(text, arena, warnings));
    docket::mark_page_debris(blocks.back());
  }
  for (auto _ : state) {
    // assemble_tables takes the rows out of the blocks: each run gets
    // blocks of its own, copied outside the timing.
    state.PauseTiming();
    std::vector<std::vector<docket::Block>> fresh = blocks;
    state.ResumeTiming();
    for (std::vector<docket::Block>& b : fresh) benchmark::DoNotOptimize(docket::assemble_tables(b));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Tables);

void BM_Model(benchmark::State& state) {
  const docket::ParseOptions options;
  for (auto _ : state) {
    for (const std::string& s : samples()) benchmark::DoNotOptimize(docket::parse_document(s, options));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK(BM_Model);

void BM_Writer(benchmark::State& state, docket::OutputFormat format) {
  std::vector<docket::Document> docs;
  const docket::ParseOptions options;
  for (const std::string& s : samples()) docs.push_back(docket::parse_document(s, options).document);
  std::string out;
  for (auto _ : state) {
    out.clear();
    const auto writer = docket::make_writer(format, true);
    writer->begin(out);
    for (const docket::Document& d : docs) writer->write(d, out);
    writer->end(out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes()));
}
BENCHMARK_CAPTURE(BM_Writer, json, docket::OutputFormat::kJson);
BENCHMARK_CAPTURE(BM_Writer, ndjson, docket::OutputFormat::kNdjson);
BENCHMARK_CAPTURE(BM_Writer, csv, docket::OutputFormat::kCsv);
BENCHMARK_CAPTURE(BM_Writer, tsv, docket::OutputFormat::kTsv);

}  // namespace

BENCHMARK_MAIN();
