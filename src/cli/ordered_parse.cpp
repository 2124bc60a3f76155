#include "cli/ordered_parse.hpp"

#include <algorithm>
#include <array>

#include "cli/packed_input.hpp"
#include "cli/pdf_text.hpp"

namespace docket::cli {

namespace {

// Inputs up to this size are parsed and serialised by whichever thread takes
// them, so that serialising runs in parallel too; larger ones are parsed
// when output reaches them, which passes their output on item by item
// instead of holding the paper, or its output, whole.
constexpr std::size_t kSerializeInWorkerBytes = 4 << 20;

// A gzip input unpacking past this is a bomb, not a paper (as large as
// file_reader lets a file be).
constexpr std::size_t kMaxUnpackedBytes = std::size_t{512} << 20;

// A window holds at most this many papers, and stops growing once its
// files reach kWindowBytes: enough papers for each kind to run several in a
// row, few enough that the window's blocks and tables stay small.
constexpr std::size_t kWindowPapers = 64;
constexpr std::size_t kWindowBytes = 2 << 20;

// What parse_and_write reports of a parsed document, `sink` having
// written its head and items to `out`.
Outcome outcome_of(const std::string& path, std::size_t bytes, ParseResult& result, const WriterSink& sink,
                   DocumentWriter& writer, std::string& out) {
  Outcome outcome;
  outcome.path = path;
  outcome.bytes = bytes;
  if (!result.ok) {
    outcome.error = path + (result.error_line > 0 ? ":" + std::to_string(result.error_line) : "") + ": " + result.error;
    return outcome;
  }
  outcome.parsed = true;
  outcome.kind = result.document.kind;
  outcome.items = sink.items();
  outcome.actions = sink.actions();
  writer.write_tail(result.document, out);
  outcome.warnings = std::move(result.document.warnings);
  return outcome;
}

// Parses `bytes`, read from `path`, writing its document to `out` through
// `writer` as it is built: separate() first when `separate`, then head,
// items and tail. A document that cannot be parsed writes nothing.
Outcome parse_and_write(const std::string& path, const FileBytes& file, KindHint kind, DocumentWriter& writer,
                        bool separate, std::string& out, const std::function<void()>& drain) {
  Outcome outcome;
  outcome.path = path;
  outcome.bytes = file.size();
  ParseOptions options;
  options.path = path;
  options.kind = kind;
  std::string_view bytes = file.view();
  // When what is parsed is made from the file, source.bytes and
  // source.sha256 still describe the file.
  if (is_gzip(bytes)) {
    options.original = bytes;
    options.compression = "gzip";
  }
  std::string unpacked;
  if (auto error = unpack_input(bytes, unpacked, kMaxUnpackedBytes)) {
    outcome.error = path + ": " + *error;
    return outcome;
  }
  // A PDF is parsed as the text pdftotext makes of it.
  std::string pdf_text;
  if (looks_like_pdf(bytes)) {
    PdfText pdf = pdf_to_text(bytes, pdf_limits_from_environment());
    if (!pdf.ok) {
      outcome.error = path + ": " + pdf.error;
      return outcome;
    }
    pdf_text = std::move(pdf.text);
    options.format = "pdf";
    if (!options.original) options.original = bytes;
  }
  WriterSink sink(writer, separate, out, drain);
  const std::string_view parsed = options.format == "pdf" ? std::string_view(pdf_text) : bytes;
  ParseResult result = parse_document(parsed, options, sink);
  return outcome_of(path, file.size(), result, sink, writer, out);
}

}  // namespace

// The same, reading `path` first.
Outcome read_parse_and_write(const std::string& path, KindHint kind, DocumentWriter& writer, bool separate,
                             std::string& out, const std::function<void()>& drain) {
  FileBytes bytes;
  std::string error;
  if (!read_whole_file(path, bytes, error)) {
    Outcome outcome;
    outcome.path = path;
    outcome.error = std::move(error);
    return outcome;
  }
  return parse_and_write(path, bytes, kind, writer, separate, out, drain);
}

std::size_t PaperWindow::parse(const std::vector<Input>& inputs, std::size_t first, std::size_t last) {
  last = std::min(last, inputs.size());
  outcomes_.clear();
  std::vector<PreparedDocument> prepared;
  std::vector<std::size_t> prepared_at;  // index in outcomes_ of each
  std::size_t bytes = 0;
  std::size_t next = first;
  for (; next < last && outcomes_.size() < kWindowPapers && bytes < kWindowBytes; ++next) {
    const std::size_t i = outcomes_.size();
    if (files_.size() <= i) files_.emplace_back();
    Outcome& outcome = outcomes_.emplace_back();
    outcome.path = inputs[next].path;
    FileBytes& file = files_[i];
    bool skipped = false;
    if (!read_small_file(outcome.path, kSerializeInWorkerBytes, file, outcome.error, skipped)) continue;
    if (skipped) {
      outcome.deferred = true;
      continue;
    }
    bytes += file.size();
    const std::string_view text = file.view();
    if (is_gzip(text) || looks_like_pdf(text)) {
      // Made into text first: parsed whole, in its place.
      std::string body = spare_body();
      outcome = parse_and_write(outcome.path, file, kind_, body_writer_, /*separate=*/false, body, {});
      if (outcome.parsed) outcome.body = std::move(body);
      continue;
    }
    ParseOptions options;
    options.path = outcome.path;
    options.kind = kind_;
    prepared.push_back(prepare_document(text, options));
    prepared_at.push_back(i);
  }
  // Kind by kind, in the order the pipeline lists them; a paper that could
  // not be read as text says so in its turn.
  std::vector<std::size_t> order(prepared.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return prepared[a].kind() < prepared[b].kind();
  });
  const std::function<void()> no_drain;  // a body is written out whole
  for (const std::size_t k : order) {
    const std::size_t i = prepared_at[k];
    std::string body = spare_body();
    WriterSink sink(body_writer_, /*separate=*/false, body, no_drain);
    ParseResult result = finish_document(prepared[k], sink);
    Outcome outcome = outcome_of(outcomes_[i].path, files_[i].size(), result, sink, body_writer_, body);
    if (outcome.parsed) outcome.body = std::move(body);
    outcomes_[i] = std::move(outcome);
  }
  return next;
}

std::string PaperWindow::spare_body() {
  if (spare_bodies_.empty()) return {};
  std::string body = std::move(spare_bodies_.back());
  spare_bodies_.pop_back();
  return body;
}

void PaperWindow::take_back_bodies() {
  for (Outcome& outcome : outcomes_) {
    if (outcome.body.capacity() == 0 || outcome.body.capacity() > kKeptBodyBytes) continue;
    outcome.body.clear();
    spare_bodies_.push_back(std::move(outcome.body));
  }
}

}  // namespace docket::cli
