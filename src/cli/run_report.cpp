#include "cli/run_report.hpp"

#include <cstdio>

namespace docket::cli {

void Progress::advance(std::size_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = static_cast<double>(bytes_) / 1e6 / seconds;
  const double eta = done_ > 0 ? seconds * static_cast<double>(total_ - done_) / static_cast<double>(done_) : 0;
  std::fprintf(stderr, "\r\x1b[Kdocket: %zu/%zu files  %.1f MB/s  ETA %d:%02d", done_, total_, rate,
               static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stderr);
  shown_ = false;
}

void Totals::add_paper(std::size_t bytes, std::size_t items, std::size_t actions, std::size_t warnings) {
  ++papers_;
  bytes_ += bytes;
  items_ += items;
  actions_ += actions;
  warnings_ += warnings;
}

void Totals::print() const {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0;
  std::fprintf(stderr,
               "docket: %zu papers (%zu skipped), %zu items, %zu actions, %zu warnings; "
               "%.1f MB in %.2f s, %.1f MB/s\n",
               papers_, skipped_, items_, actions_, warnings_, static_cast<double>(bytes_) / 1e6, seconds, rate);
}

std::string no_items_reason(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kDecisionRecord: return "decision record with no numbered resolution found";
    case DocumentKind::kActionPlan: return "action plan with no table of recommendations or actions found";
    case DocumentKind::kProjectPlan: return "project plan with no numbered item found";
    case DocumentKind::kUnknown: break;
  }
  return "not recognised as an action plan, project plan or decision record (--kind names the kind)";
}

}  // namespace docket::cli
