// SIGINT and SIGTERM end a run cleanly: the command stops between inputs
// (or in a read that was waiting), writes nothing more, and removes its
// temporary output, so no truncated file is ever left behind.
#ifndef DOCKET_CLI_INTERRUPT_HPP
#define DOCKET_CLI_INTERRUPT_HPP

namespace docket::cli {

// Installs the handlers (without SA_RESTART, so a blocked read returns).
void catch_interrupts();
// The signal that arrived, or 0.
int interrupt_signal();

}  // namespace docket::cli

#endif  // DOCKET_CLI_INTERRUPT_HPP
