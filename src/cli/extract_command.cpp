#include "cli/extract_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <span>
#include <thread>

#include "cli/choice_option.hpp"
#include "cli/file_reader.hpp"
#include "cli/input_files.hpp"
#include "cli/interrupt.hpp"
#include "cli/output_file.hpp"
#include "cli/output_names.hpp"
#include "cli/ordered_parse.hpp"
#include "cli/packed_input.hpp"
#include "cli/pdf_text.hpp"
#include "cli/pending_output.hpp"
#include "cli/run_report.hpp"

namespace docket::cli {

namespace {

namespace fs = std::filesystem;

// Output is handed to the OS in pieces of about this size: large enough to
// keep write calls rare, small enough that the buffer stays in the
// processor's cache from one write to the next (at a megabyte, filling
// fresh memory cost more than the calls saved) and memory stays flat.
constexpr std::size_t kFlushBytes = 64 << 10;
bool is_broken_pipe(const OutputFile& out) { return out.error_number() == EPIPE; }

// Writes `outcome`'s document through `writer`, parsing it first when it
// was left for later and calling `drain` between its items; reports its
// error or its warnings. False when the input was skipped. A body already
// serialised is added to `out` as it lies, so `outcome` must outlive what
// `out` holds now.
bool write_outcome(Outcome& outcome, KindHint kind, DocumentWriter& writer, PendingOutput& out,
                   const std::function<void()>& drain, bool quiet, Progress& progress, Totals& totals) {
  if (outcome.deferred) {
    outcome = read_parse_and_write(outcome.path, kind, writer, /*separate=*/true, out.text(), drain);
  } else if (outcome.parsed) {
    writer.separate(out.text());
    out.add_body(outcome.body);
  }
  progress.advance(outcome.bytes);
  if (!outcome.parsed) {
    totals.add_skipped();
    progress.clear();
    std::cerr << "docket: " << outcome.error << '\n';
    return false;
  }
  totals.add_paper(outcome.bytes, outcome.items, outcome.actions,
                   outcome.warnings.size() + (outcome.items == 0 ? 1 : 0));
  if (!quiet && !outcome.warnings.empty()) {
    progress.clear();
    for (const Warning& w : outcome.warnings) {
      std::cerr << "docket: " << outcome.path << ':' << w.line << ": warning: " << w.message << " [" << w.code
                << "]\n";
    }
  }
  if (!quiet && outcome.items == 0) {
    progress.clear();
    std::cerr << "docket: " << outcome.path << ": warning: no items: " << no_items_reason(outcome.kind)
              << " [no-items]\n";
  }
  return true;
}

// One output per input under DIR, mirroring where each input sat.
int run_output_dir(const ExtractOptions& options, OutputFormat format, const std::vector<Input>& inputs,
                   const std::vector<fs::path>& targets, unsigned jobs, int status, Totals& totals) {
  Progress progress(!options.quiet && ::isatty(STDERR_FILENO) == 1, inputs.size());
  std::size_t index = 0;
  auto make_body_writer = [&] { return make_writer(format, options.array, options.fields); };
  // False when the run is to stop.
  auto write_one = [&](Outcome& outcome) {
    if (interrupt_signal() != 0) return false;
    const fs::path& target = targets[index++];
    OutputFile out;
    PendingOutput pending;
    std::error_code ec;
    bool opened = false;
    bool written = true;
    // The file is created when there is output for it, so that an input
    // that cannot be parsed leaves nothing behind.
    auto put = [&] {
      if (!opened) {
        opened = true;
        fs::create_directories(target.parent_path(), ec);
        written = !ec && out.open(target.string());
      }
      if (written) {
        written = pending.write_to(out);
      } else {
        pending.clear();
      }
    };
    const std::function<void()> drain = [&] {
      if (pending.size() >= kFlushBytes) put();
    };
    const std::unique_ptr<DocumentWriter> writer = make_writer(format, options.array, options.fields);
    writer->begin(pending.text());
    if (!write_outcome(outcome, options.kind, *writer, pending, drain, options.quiet, progress, totals)) {
      status = 1;
      return !options.fail_fast;
    }
    writer->end(pending.text());
    put();
    if (!written || !out.commit()) {
      progress.clear();
      std::cerr << "docket: " << (ec ? target.parent_path().string() + ": " + ec.message() : out.error()) << '\n';
      status = 1;
      return !options.fail_fast;
    }
    return true;
  };
  parse_in_order(inputs, jobs, options.kind, make_body_writer, [&](std::span<Outcome> run) {
    return std::all_of(run.begin(), run.end(), write_one);
  });
  progress.clear();
  if (const int signal = interrupt_signal(); signal != 0) return 128 + signal;
  return status;
}

}  // namespace

void setup_extract(CLI::App& app, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Extract the plan of each paper as JSON, NDJSON, CSV or TSV");
  cmd->add_option("PATH", options.paths,
                  "Files, directories (walked for .md .markdown .txt .htm .html .pdf .docx, and these .gz) or - for standard input; "
                  "none reads standard input");
  add_choice<OutputFormat>(*cmd, "-f,--format",
                           {{"json", OutputFormat::kJson},
                            {"ndjson", OutputFormat::kNdjson},
                            {"csv", OutputFormat::kCsv},
                            {"tsv", OutputFormat::kTsv}},
                           [&options](OutputFormat f) { options.format = f; },
                           "Output format (default: from the extension of -o FILE, else json)");
  auto* output = cmd->add_option("-o,--output", options.output, "Write to FILE instead of standard output (atomically)")
                     ->type_name("FILE");
  cmd->add_option("--output-dir", options.output_dir,
                  "Write one output per input under DIR, mirroring the inputs (x.md gives DIR/x.md.json)")
      ->excludes(output)
      ->type_name("DIR");
  cmd->add_option("-j,--jobs", options.jobs, "Parse N inputs in parallel, 1 to 1024 (default: one per core)")
      ->check(CLI::Validator(
          [](const std::string& value) -> std::string {
            unsigned jobs = 0;
            if (CLI::detail::lexical_cast(value, jobs) && jobs >= 1 && jobs <= 1024) return {};
            return "expected a number from 1 to 1024, got '" + value + "'";
          },
          "", "jobs"))
      ->type_name("N");
  add_choice<KindHint>(*cmd, "--kind",
                       {{"auto", KindHint::kAuto},
                        {"action-plan", KindHint::kActionPlan},
                        {"decision-record", KindHint::kDecisionRecord},
                        {"project-plan", KindHint::kProjectPlan}},
                       [&options](KindHint k) { options.kind = k; },
                       "Document kind (default: auto; action_plan and the like work too)");
  cmd->add_option("--glob", options.globs,
                  "File-name pattern that directory walks pick up instead of the default extensions (repeatable)")
      ->type_name("PATTERN");
  cmd->add_option("--files-from", options.files_from, "Read input paths from FILE (- for standard input), one a line")
      ->type_name("FILE");
  cmd->add_flag("-0,--null", options.nul_separated, "--files-from paths are separated by NUL, as find -print0 writes");
  cmd->add_flag("--array", options.array, "JSON: always an array, even for one input");
  cmd->add_option("--fields", options.fields, "CSV/TSV: only these columns, in this order (comma-separated)")
      ->delimiter(',')
      ->type_name("NAME,...");
  cmd->add_flag("--stats", options.stats, "Print papers, items, actions, warnings and MB/s to stderr at the end");
  cmd->add_flag("--fail-fast", options.fail_fast, "Stop at the first input that cannot be read or parsed");
  cmd->add_flag("-q,--quiet", options.quiet, "Print no warnings and no progress");
}

int run_extract(const ExtractOptions& options) {
  Totals totals;
  const OutputFormat format =
      options.format.value_or(format_of_extension(options.output).value_or(OutputFormat::kJson));
  if (!options.fields.empty()) {
    if (format != OutputFormat::kCsv && format != OutputFormat::kTsv) {
      std::cerr << "docket: --fields chooses CSV and TSV columns; add -f csv or -f tsv\n";
      return 2;
    }
    if (const std::vector<std::string> unknown = unknown_fields(options.fields); !unknown.empty()) {
      std::string names;
      for (const std::string_view name : csv_columns()) names += (names.empty() ? "" : ",") + std::string(name);
      std::cerr << "docket: --fields: no column named '" << unknown.front() << "'; the columns are " << names << '\n';
      return 2;
    }
  }
  int status = 0;
  std::vector<std::string> arguments = options.paths;
  if (!options.files_from.empty()) {
    FileBytes list;
    std::string error;
    if (!read_whole_file(options.files_from, list, error)) {
      std::cerr << "docket: " << error << '\n';
      return 2;
    }
    if (!options.nul_separated && list.view().find('\0') != std::string_view::npos) {
      // Read by lines, a NUL-separated list is one path with NULs inside.
      std::cerr << "docket: --files-from " << options.files_from
                << ": the list holds NUL bytes; add -0 (--null) to read paths separated by NUL, "
                   "as find -print0 writes them\n";
      return 2;
    }
    for (std::string& p : split_path_list(list.view(), options.nul_separated)) arguments.push_back(std::move(p));
  }
  // An empty --files-from list means no inputs, not standard input.
  const InputList inputs = arguments.empty() && !options.files_from.empty()
                               ? InputList{}
                               : collect_inputs(arguments, InputOptions{options.globs});
  for (const std::string& e : inputs.errors) {
    std::cerr << "docket: " << e << '\n';
    status = 1;
  }
  if (status != 0 && options.fail_fast) return status;
  const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto finish = [&](int code) {
    if (options.stats) totals.print();
    return code;
  };
  if (!options.output_dir.empty()) {
    const std::vector<fs::path> targets = output_dir_targets(options.output_dir, inputs.inputs, format);
    if (const std::string collisions = output_collisions(inputs.inputs, targets); !collisions.empty()) {
      std::cerr << collisions;
      return 2;
    }
    return finish(run_output_dir(options, format, inputs.inputs, targets, jobs, status, totals));
  }

  OutputFile out;
  if (!out.open(options.output)) {
    std::cerr << "docket: " << out.error() << '\n';
    return 2;
  }
  const bool several = options.array || inputs.inputs.size() != 1;
  const std::unique_ptr<DocumentWriter> writer = make_writer(format, several, options.fields);
  PendingOutput pending;
  bool write_failed = false;
  bool failed_fast = false;
  // Stream formats are written as soon as each document is ready when a
  // reader takes them as they come (a pipe, a terminal), so that it sees
  // them at once. A file or a device is written kFlushBytes at a time: no
  // one reads it meanwhile, and a system call per paper was a tenth of the
  // time spent on an archive of small papers.
  const bool streaming = format != OutputFormat::kJson && out.has_waiting_reader();
  auto flush = [&](bool force) {
    if (write_failed) {
      pending.clear();  // nothing more can be written; do not hold it
      return;
    }
    if (!force && pending.size() < kFlushBytes) return;
    if (!pending.write_to(out) || (streaming && !out.flush())) write_failed = true;
  };
  Progress progress(!options.quiet && ::isatty(STDERR_FILENO) == 1, inputs.inputs.size());
  // A paper with very many items is passed on as it is written.
  const std::function<void()> drain = [&] { flush(false); };
  writer->begin(pending.text());
  auto make_body_writer = [&] { return make_writer(format, several, options.fields); };
  parse_in_order(inputs.inputs, jobs, options.kind, make_body_writer, [&](std::span<Outcome> run) {
    for (Outcome& outcome : run) {
      if (write_failed) return false;
      if (interrupt_signal() != 0) {
        pending.clear();  // nothing more is written
        return false;
      }
      // A paper parsed now may take long (or wait on a FIFO): what is
      // ready goes to a reader first.
      if (outcome.deferred && streaming) flush(true);
      if (!write_outcome(outcome, options.kind, *writer, pending, drain, options.quiet, progress, totals)) {
        status = 1;
        failed_fast = options.fail_fast;
        if (failed_fast) break;
      }
    }
    // A stream is passed on as soon as no finished paper is waiting. The
    // bodies added are the run's, reused once it is passed on, so they are
    // written now in any format.
    flush(streaming || pending.has_bodies());
    return !failed_fast && !write_failed;
  });
  progress.clear();
  if (const int signal = interrupt_signal(); signal != 0) {
    // Nothing more is written; `out` removes its temporary file.
    return 128 + signal;
  }
  writer->end(pending.text());
  flush(true);
  if (write_failed && is_broken_pipe(out)) {
    // The reader went away (`| head -1`): what it wanted was written.
    return status;
  }
  if (failed_fast && !options.output.empty()) {
    // A file stopped half way is not committed under its name.
    return status;
  }
  if (write_failed || !out.commit()) {
    if (is_broken_pipe(out)) return status;
    std::cerr << "docket: " << out.error() << '\n';
    return 1;
  }
  return finish(status);
}

}  // namespace docket::cli
