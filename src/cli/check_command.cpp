#include "cli/check_command.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include "base/calendar.hpp"
#include "base/text_util.hpp"
#include "check/check_writer.hpp"
#include "cli/choice_option.hpp"
#include "cli/file_reader.hpp"
#include "cli/output_file.hpp"
#include "docket/check.hpp"
#include "docket/docket.hpp"
#include "check/json_reader.hpp"

namespace docket::cli {

namespace {

constexpr int kInputError = 2;

struct Loaded {
  std::optional<Document> document;
  std::string error;
  // The kind the paper read as by itself, before being read as `wanted`.
  DocumentKind detected = DocumentKind::kUnknown;
};

// A paper, or docket's JSON output of one. `wanted` is the kind the
// argument should be; a paper that reads as something else is read again
// as that kind.
Loaded load(const std::string& path, DocumentKind wanted) {
  Loaded loaded;
  FileBytes file;
  if (!read_whole_file(path, file, loaded.error)) return loaded;
  const std::string_view bytes = file.view();
  if (looks_like_json(bytes)) {
    JsonReadResult json = document_from_json(bytes);
    if (!json.document) {
      loaded.error = path + ": " + json.error;
      return loaded;
    }
    if (json.document->source.path.empty()) json.document->source.path = path;
    loaded.detected = json.document->kind;
    loaded.document = std::move(json.document);
    return loaded;
  }
  ParseOptions options;
  options.path = path;
  ParseResult result = parse_document(bytes, options);
  loaded.detected = result.document.kind;
  if (result.ok && result.document.kind != wanted &&
      !(wanted == DocumentKind::kActionPlan && result.document.kind == DocumentKind::kProjectPlan)) {
    options.kind = wanted == DocumentKind::kDecisionRecord ? KindHint::kDecisionRecord : KindHint::kActionPlan;
    result = parse_document(bytes, options);
  }
  if (!result.ok) {
    loaded.error = path + (result.error_line > 0 ? ":" + std::to_string(result.error_line) : "") + ": " + result.error;
    return loaded;
  }
  loaded.document = std::move(result.document);
  return loaded;
}

bool colour_wanted() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

int terminal_width() {
  if (::isatty(STDOUT_FILENO) != 1) return 0;
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// The format -o FILE's extension names: .json, .csv, .html, else text.
CheckFormat check_format_of_extension(const std::string& path) {
  const std::string ext = to_lower_ascii(std::filesystem::path(path).extension().string());
  if (ext == ".json") return CheckFormat::kJson;
  if (ext == ".csv") return CheckFormat::kCsv;
  if (ext == ".html" || ext == ".htm") return CheckFormat::kHtml;
  return CheckFormat::kText;
}

}  // namespace

CLI::App* setup_check(CLI::App& app, CheckCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand("check", "Check that every resolution of a decision has an action row in a plan");
  cmd->add_option("DECISION", options.decision, "Decision record: a paper, docket's JSON or NDJSON of one, or - for standard input")
      ->required();
  cmd->add_option("PLAN", options.plan, "Action or project plan: a paper, docket's JSON or NDJSON of one, or -")->required();
  add_choice<CheckFormat>(*cmd, "-f,--format",
                          {{"text", CheckFormat::kText}, {"json", CheckFormat::kJson}, {"csv", CheckFormat::kCsv},
                           {"html", CheckFormat::kHtml}},
                          [&options](CheckFormat f) { options.format = f; },
                          "Output format (default: from the extension of -o FILE, else text)");
  cmd->add_option("-o,--output", options.output, "Write to FILE instead of standard output (atomically)")
      ->type_name("FILE");
  cmd->add_option("--as-of", options.as_of, "List actions due before this day as overdue (YYYY-MM-DD or today)")
      ->type_name("DAY")
      ->check([](const std::string& value) -> std::string {
        if (value != "today" && !parse_iso_day(value)) {
          return "expected a day as YYYY-MM-DD or today, got '" + value + "'";
        }
        return {};
      });
  return cmd;
}

int run_check(const CheckCommandOptions& options) {
  if (options.decision == "-" && options.plan == "-") {
    std::cerr << "docket: only one of DECISION and PLAN can be standard input\n";
    return kInputError;
  }
  const Loaded decision = load(options.decision, DocumentKind::kDecisionRecord);
  if (!decision.document) {
    std::cerr << "docket: " << decision.error << '\n';
    return kInputError;
  }
  const Loaded plan = load(options.plan, DocumentKind::kActionPlan);
  if (!plan.document) {
    std::cerr << "docket: " << plan.error << '\n';
    return kInputError;
  }
  CheckOptions check_options;
  if (options.as_of == "today") {
    check_options.as_of = format_iso_day(std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())));
  } else if (!options.as_of.empty()) {
    check_options.as_of = options.as_of;
  }
  const CheckReport report = check_plan(*decision.document, *plan.document, check_options);
  if (report.resolutions.empty()) {
    std::cerr << "docket: " << options.decision << ": warning: no resolutions found\n";
  }
  if (plan.detected == DocumentKind::kDecisionRecord && decision.detected != DocumentKind::kDecisionRecord) {
    std::cerr << "docket: hint: " << options.plan << " reads as a decision record and " << options.decision
              << " does not; DECISION comes first: docket check " << options.plan << ' ' << options.decision << '\n';
  }
  const CheckFormat format = options.format.value_or(check_format_of_extension(options.output));
  std::string out;
  switch (format) {
    case CheckFormat::kText: out = render_check_text(report, {options.output.empty() && colour_wanted(), terminal_width()}); break;
    case CheckFormat::kJson: out = render_check_json(report); break;
    case CheckFormat::kCsv: out = render_check_csv(report); break;
    case CheckFormat::kHtml: out = render_check_html(report); break;
  }
  if (!options.output.empty()) {
    OutputFile file;
    if (!file.open(options.output)) {
      std::cerr << "docket: " << file.error() << '\n';
      return kInputError;
    }
    if (!file.write(out) || !file.commit()) {
      std::cerr << "docket: " << file.error() << '\n';
      return 1;
    }
    return all_covered(report) ? 0 : 1;
  }
  std::cout << out;
  std::cout.flush();
  if (!std::cout) return 1;
  return all_covered(report) ? 0 : 1;
}

}  // namespace docket::cli
