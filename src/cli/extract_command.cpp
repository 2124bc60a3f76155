#include "extract_command.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "file_reader.hpp"
#include "output_file.hpp"
#include "input_files.hpp"

namespace docket::cli {

namespace {

// Output is handed to the OS in pieces of about this size: large enough to
// keep write calls rare, small enough that streaming stays prompt.
constexpr std::size_t kFlushBytes = 1 << 20;

struct Outcome {
  std::optional<Document> document;
  std::string error;  // "PATH[:LINE]: message" when the input was skipped
};

Outcome process(const std::string& path, KindHint kind) {
  Outcome outcome;
  std::string bytes;
  if (!read_whole_file(path, bytes, outcome.error)) return outcome;
  ParseOptions options;
  options.path = path;
  options.kind = kind;
  ParseResult result = parse_document(bytes, options);
  if (!result.ok) {
    outcome.error = path + (result.error_line > 0 ? ":" + std::to_string(result.error_line) : "") + ": " + result.error;
    return outcome;
  }
  outcome.document = std::move(result.document);
  return outcome;
}

// Parses inputs on `jobs` threads and hands the results to `consume` in
// input order. Workers run at most a window ahead of the consumer, so
// memory stays bounded however many inputs there are.
template <typename Consume>
void parse_in_order(const std::vector<std::string>& paths, unsigned jobs, KindHint kind, Consume consume) {
  if (jobs <= 1 || paths.size() <= 1) {
    for (const std::string& p : paths) consume(process(p, kind));
    return;
  }
  const std::size_t window = static_cast<std::size_t>(jobs) * 4;
  std::mutex mutex;
  std::condition_variable ready;
  std::map<std::size_t, Outcome> done;
  std::size_t next_to_take = 0;
  std::size_t next_to_consume = 0;
  auto worker = [&] {
    while (true) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return next_to_take >= paths.size() || next_to_take < next_to_consume + window; });
        if (next_to_take >= paths.size()) return;
        index = next_to_take++;
      }
      Outcome outcome = process(paths[index], kind);
      {
        std::lock_guard lock(mutex);
        done.emplace(index, std::move(outcome));
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const unsigned n = std::min<unsigned>(jobs, static_cast<unsigned>(paths.size()));
  threads.reserve(n);
  for (unsigned i = 0; i < n; ++i) threads.emplace_back(worker);
  while (next_to_consume < paths.size()) {
    Outcome outcome;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return done.count(next_to_consume) > 0; });
      auto node = done.extract(next_to_consume);
      outcome = std::move(node.mapped());
      ++next_to_consume;
    }
    ready.notify_all();
    consume(std::move(outcome));
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace

void setup_extract(CLI::App& app, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Extract the plan of each paper as JSON, NDJSON, CSV or TSV");
  cmd->add_option("PATH", options.paths,
                  "Files, directories (walked for .md .markdown .txt .htm .html) or - for standard input; "
                  "none reads standard input");
  const std::map<std::string, OutputFormat> formats = {
      {"json", OutputFormat::kJson}, {"ndjson", OutputFormat::kNdjson}, {"csv", OutputFormat::kCsv},
      {"tsv", OutputFormat::kTsv}};
  cmd->add_option("-f,--format", options.format, "Output format: json, ndjson, csv or tsv")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("json");
  cmd->add_option("-o,--output", options.output, "Write to FILE instead of standard output (atomically)");
  cmd->add_option("-j,--jobs", options.jobs, "Parse N inputs in parallel (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  const std::map<std::string, KindHint> kinds = {{"auto", KindHint::kAuto},
                                                 {"action-plan", KindHint::kActionPlan},
                                                 {"decision-record", KindHint::kDecisionRecord},
                                                 {"project-plan", KindHint::kProjectPlan}};
  cmd->add_option("--kind", options.kind, "Document kind: auto, action-plan, decision-record or project-plan")
      ->transform(CLI::CheckedTransformer(kinds, CLI::ignore_case))
      ->default_str("auto");
  cmd->add_flag("-q,--quiet", options.quiet, "Do not print warnings");
}

int run_extract(const ExtractOptions& options) {
  int status = 0;
  const InputList inputs = collect_inputs(options.paths);
  for (const std::string& e : inputs.errors) {
    std::cerr << "docket: " << e << '\n';
    status = 1;
  }
  OutputFile out;
  if (!out.open(options.output)) {
    std::cerr << "docket: " << out.error() << '\n';
    return 2;
  }
  const std::unique_ptr<DocumentWriter> writer = make_writer(options.format, inputs.paths.size() != 1);
  std::string buffer;
  bool write_failed = false;
  auto flush = [&](bool force) {
    if (write_failed || (!force && buffer.size() < kFlushBytes)) return;
    if (!out.write(buffer)) write_failed = true;
    buffer.clear();
  };
  writer->begin(buffer);
  const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Stream formats are written as soon as each document is ready.
  const bool streaming = options.format != OutputFormat::kJson;
  parse_in_order(inputs.paths, jobs, options.kind, [&](Outcome outcome) {
    if (!outcome.document) {
      std::cerr << "docket: " << outcome.error << '\n';
      status = 1;
      return;
    }
    const Document& doc = *outcome.document;
    if (!options.quiet) {
      for (const Warning& w : doc.warnings) {
        std::cerr << "docket: " << doc.source.path << ':' << w.line << ": warning: " << w.message << " [" << w.code
                  << "]\n";
      }
    }
    writer->write(doc, buffer);
    flush(streaming);
  });
  writer->end(buffer);
  flush(true);
  if (write_failed || !out.commit()) {
    std::cerr << "docket: " << out.error() << '\n';
    return 1;
  }
  return status;
}

}  // namespace docket::cli
