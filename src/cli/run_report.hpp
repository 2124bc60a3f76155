// What docket says on stderr about a run as it goes: progress on a
// terminal, the totals of --stats, and why a paper gave no item.
#ifndef DOCKET_CLI_RUN_REPORT_HPP
#define DOCKET_CLI_RUN_REPORT_HPP

#include <chrono>
#include <cstddef>
#include <string>

#include "docket/model.hpp"

namespace docket::cli {

// "files done / total, MB/s, ETA" on one line of a terminal, redrawn in
// place; only when stderr is a terminal and the run has lasted a second.
class Progress {
 public:
  Progress(bool enabled, std::size_t total) : enabled_(enabled), total_(total), start_(Clock::now()) {}

  void advance(std::size_t bytes);
  // Clears the line before anything else is written to stderr.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t bytes_ = 0;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool shown_ = false;
};

// What a run did, for --stats.
class Totals {
 public:
  void add_skipped() { ++skipped_; }
  // A parsed paper of `bytes` that gave `items` (with `actions` among them)
  // and `warnings`.
  void add_paper(std::size_t bytes, std::size_t items, std::size_t actions, std::size_t warnings);
  // One line to stderr: papers, items, actions, warnings, MB/s.
  void print() const;

 private:
  std::size_t papers_ = 0;
  std::size_t skipped_ = 0;
  std::size_t items_ = 0;
  std::size_t actions_ = 0;
  std::size_t warnings_ = 0;
  std::size_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Why a paper of `kind` gave no item, so that a batch run shows which
// papers gave nothing and what to try.
std::string no_items_reason(DocumentKind kind);

}  // namespace docket::cli

#endif  // DOCKET_CLI_RUN_REPORT_HPP
