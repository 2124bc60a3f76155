// Papers parsed in input order, on one thread or several, and handed on
// with their documents serialised (or left for the caller to parse when
// large): the engine under `docket extract`'s output to one stream and to
// --output-dir.
#ifndef DOCKET_CLI_ORDERED_PARSE_HPP
#define DOCKET_CLI_ORDERED_PARSE_HPP

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "cli/file_reader.hpp"
#include "cli/input_files.hpp"
#include "docket/docket.hpp"
#include "write/writer.hpp"

namespace docket::cli {

// A thread takes this many inputs at a time, and parses them as a window
// (PaperWindow): fewer left too few papers of each kind in a row (at 16,
// -j 2 gained 2% where 64 gained 8%).
constexpr std::size_t kPapersPerTake = 64;
// Inputs are parsed at most this many per thread ahead of the output (two
// takes), so memory does not grow with the number of inputs: about 4 MB a
// thread more than one paper at a time held.
constexpr std::size_t kWindowPerThread = 2 * kPapersPerTake;

// Bodies that have been written out are kept for their room and serialise
// later papers, up to this size each: a body is not grown, and freed, again
// for every paper, and one very large paper is not held on to.
constexpr std::size_t kKeptBodyBytes = 256 << 10;

struct Outcome {
  std::string path;
  // Left to be read, parsed and written when output reaches it (see
  // read_parse_and_write); nothing else is set.
  bool deferred = false;
  bool parsed = false;
  std::string error;  // "PATH[:LINE]: message" when the input was skipped
  std::size_t bytes = 0;
  DocumentKind kind = DocumentKind::kUnknown;
  std::size_t items = 0;
  std::size_t actions = 0;
  std::vector<Warning> warnings;  // of the parsed document
  // The document's body as the output format writes it (see
  // DocumentWriter::write_body), serialised by the thread that parsed it.
  std::string body;
};

// Reads `path` and parses it, writing its document to `out` through
// `writer` as it is built: separate() first when `separate`, then head,
// items and tail, calling `drain` between items. A document that cannot be
// parsed writes nothing; the Outcome says why.
Outcome read_parse_and_write(const std::string& path, KindHint kind, DocumentWriter& writer, bool separate,
                             std::string& out, const std::function<void()>& drain);

// The papers of one thread, a window at a time: each paper of the window is
// read and parsed as far as its kind (prepare_document), then the items of
// the window's papers are built and serialised kind by kind
// (finish_document), each into its own body, handed on in input order. On
// an archive of small papers of mixed kinds this took a fifth off the CPU
// time (docs/performance.md): the builders of one kind run one after
// another rather than in turn with the others'. Large inputs and those
// that are not regular files are deferred, for the calling thread to parse.
class PaperWindow {
 public:
  PaperWindow(KindHint kind, DocumentWriter& body_writer) : kind_(kind), body_writer_(body_writer) {}
  // Parses a window of `inputs` from `first`, and before `last`; returns
  // where the next starts.
  std::size_t parse(const std::vector<Input>& inputs, std::size_t first, std::size_t last = SIZE_MAX);
  // The window's outcomes, in input order; their bodies are the window's
  // until take_back_bodies().
  std::span<Outcome> outcomes() { return outcomes_; }
  // Keeps the bodies' room for the next window, once they are written out.
  void take_back_bodies();
  // A body written out elsewhere, for its room.
  void give_body(std::string body) { spare_bodies_.push_back(std::move(body)); }

 private:
  std::string spare_body();

  KindHint kind_;
  DocumentWriter& body_writer_;
  std::vector<Outcome> outcomes_;
  std::vector<FileBytes> files_;
  std::vector<std::string> spare_bodies_;
};

// Parses inputs on `jobs` threads and hands the results to `consume` in
// input order, in runs of those finished together (so that they can be
// passed on together); `consume` may keep anything but the bodies, which
// are reused once it returns, and returns false to stop early. Output
// order never depends on the number of threads. With
// several threads, each takes kPapersPerTake inputs at a time and
// serialises their bodies with its own writer from `make_body_writer`; with
// one, it takes a window at a time. Either way the inputs taken are parsed
// as a PaperWindow: a large input, or one that is not a regular file, is
// deferred and `consume` parses it.
//
// There is no writing thread. Whichever thread finishes the input that
// output waits for passes it on, with every input finished after it, so a
// thread waits only when it is a whole window ahead. With papers parsed in
// a tenth of a millisecond, waking a writing thread for them, and the
// workers again for room, cost about a tenth of the CPU time of the run.
// Deferred inputs are parsed by the calling thread alone: it is the one a
// SIGINT or SIGTERM interrupts, which matters when it waits on a FIFO.
template <typename MakeBodyWriter, typename Consume>
void parse_in_order(const std::vector<Input>& inputs, unsigned jobs, KindHint kind, MakeBodyWriter make_body_writer,
                    Consume consume) {
  if (inputs.size() <= 1) {
    for (const Input& in : inputs) {
      Outcome outcome;
      outcome.path = in.path;
      outcome.deferred = true;
      if (!consume(std::span<Outcome>(&outcome, 1))) return;
    }
    return;
  }
  if (jobs <= 1) {
    // One thread: a window of papers at a time (see PaperWindow).
    const std::unique_ptr<DocumentWriter> body_writer = make_body_writer();
    PaperWindow window(kind, *body_writer);
    for (std::size_t next = 0; next < inputs.size();) {
      next = window.parse(inputs, next);
      if (!consume(window.outcomes())) return;
      window.take_back_bodies();
    }
    return;
  }
  const std::size_t window = static_cast<std::size_t>(jobs) * kWindowPerThread;
  std::mutex mutex;
  // Threads wait here for room in the window; the calling thread also for a
  // deferred input that output has reached, or for the end.
  std::condition_variable changed;
  // Input i, once finished, waits in finished[i % window] until it is passed
  // on: inputs in flight are never more than a window apart.
  std::vector<std::optional<Outcome>> finished(window);
  std::size_t next_to_take = 0;
  std::size_t next_to_consume = 0;
  bool writing = false;  // a thread is passing outcomes on
  bool stopping = false;
  std::vector<std::string> spare_bodies;  // empty, with room (kKeptBodyBytes)
  // These are called with the mutex held.
  auto head = [&]() -> std::optional<Outcome>& { return finished[next_to_consume % window]; };
  auto head_ready = [&] { return next_to_consume < inputs.size() && head().has_value(); };
  auto can_write = [&](bool calling_thread) {
    return !writing && !stopping && head_ready() && (calling_thread || !head()->deferred);
  };
  auto can_take = [&] { return next_to_take < inputs.size() && next_to_take < next_to_consume + window; };
  // The calling thread stays until all is passed on; the others leave once
  // every input is taken and what they could pass on is passed on.
  auto finished_with = [&](bool calling_thread) {
    return stopping || (calling_thread ? next_to_consume >= inputs.size() : next_to_take >= inputs.size());
  };
  auto work = [&](bool calling_thread) {
    const std::unique_ptr<DocumentWriter> body_writer = make_body_writer();
    PaperWindow paper_window(kind, *body_writer);
    std::vector<Outcome> taken;
    std::vector<Outcome> run;
    std::unique_lock lock(mutex);
    while (true) {
      if (can_write(calling_thread)) {
        writing = true;
        run.clear();
        while (head_ready() && (calling_thread || !head()->deferred)) {
          run.push_back(std::move(*head()));
          head().reset();
          ++next_to_consume;
        }
        lock.unlock();
        changed.notify_all();  // there is room in the window again
        const bool go_on = consume(std::span<Outcome>(run));
        lock.lock();
        writing = false;
        for (Outcome& outcome : run) {
          if (outcome.body.capacity() > kKeptBodyBytes) continue;
          outcome.body.clear();
          spare_bodies.push_back(std::move(outcome.body));
        }
        if (!go_on) stopping = true;
        // Output stopped at an input only the calling thread may parse,
        // or everything stops: either way it has to be told.
        if (!go_on || (!calling_thread && head_ready())) changed.notify_all();
        continue;
      }
      if (finished_with(calling_thread)) break;
      if (can_take()) {
        // A few papers at a time, parsed as a window (kind by kind).
        const std::size_t first = next_to_take;
        const std::size_t last = std::min({inputs.size(), first + kPapersPerTake, next_to_consume + window});
        next_to_take = last;
        for (std::size_t k = first; k < last && !spare_bodies.empty(); ++k) {
          paper_window.give_body(std::move(spare_bodies.back()));
          spare_bodies.pop_back();
        }
        lock.unlock();
        taken.clear();
        for (std::size_t at = first; at < last;) {
          at = paper_window.parse(inputs, at, last);
          for (Outcome& outcome : paper_window.outcomes()) taken.push_back(std::move(outcome));
        }
        lock.lock();
        for (std::size_t k = 0; k < taken.size(); ++k) finished[(first + k) % window] = std::move(taken[k]);
        if (!calling_thread && !writing && head_ready() && head()->deferred) changed.notify_all();
        continue;
      }
      changed.wait(lock, [&] { return can_write(calling_thread) || can_take() || finished_with(calling_thread); });
    }
  };
  std::vector<std::thread> threads;
  const unsigned n = std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size()));
  threads.reserve(n - 1);
  for (unsigned i = 1; i < n; ++i) threads.emplace_back(work, false);
  work(true);
  for (std::thread& t : threads) t.join();
}


}  // namespace docket::cli

#endif  // DOCKET_CLI_ORDERED_PARSE_HPP
