#include "interrupt.hpp"

#include <csignal>

namespace docket::cli {

namespace {

// A signal handler can only set a flag of this type; it is the one piece of
// process-wide state docket keeps, because signals are process-wide.
volatile std::sig_atomic_t g_signal = 0;

extern "C" void record_signal(int signal) { g_signal = signal; }

}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() { return g_signal; }

}  // namespace docket::cli
