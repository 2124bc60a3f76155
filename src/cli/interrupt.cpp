#include "cli/interrupt.hpp"

#include <atomic>
#include <csignal>

namespace docket::cli {

namespace {

// The one piece of process-wide state docket keeps, because signals are
// process-wide. A lock-free atomic, not a volatile sig_atomic_t: the handler
// runs on one thread and any thread passing output on reads the flag, and
// only an atomic makes that well defined (and a handler may set it).
std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "a signal handler may only touch lock-free atomics");

extern "C" void record_signal(int signal) { g_signal.store(signal, std::memory_order_relaxed); }

}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() { return g_signal.load(std::memory_order_relaxed); }

}  // namespace docket::cli
