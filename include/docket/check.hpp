// docket check: does every resolution of a decision have an action row?
//
// check_plan() pairs each resolution of a decision record with the plan
// rows that carry it out, by text (and by number where the plan is numbered
// like the decision), and lists the rows that answer no resolution and the
// actions that are overdue. It does no I/O; the method and its thresholds
// are described in docs/check.md.
#ifndef DOCKET_CHECK_HPP
#define DOCKET_CHECK_HPP

#include <optional>
#include <string>
#include <vector>

#include "docket/model.hpp"

namespace docket {

// A row scores at least this against a resolution to carry it out.
inline constexpr double kCoverThreshold = 0.5;

enum class Coverage { kCovered, kMissing, kMismatch };

struct RowMatch {
  std::string number;  // the plan row's number
  double score = 0;    // 0..1, rounded to two decimals
  LineSpan lines;
};

struct ResolutionCheck {
  std::string number;
  std::string text;
  LineSpan lines;
  Coverage status = Coverage::kMissing;
  // Notes a report, delegates authority, authorises a consultation or
  // approves minutes: nothing for a plan to do.
  bool procedural = false;
  std::vector<RowMatch> matches;  // best first
};

struct UnrequestedRow {
  std::string number;
  std::string text;
  LineSpan lines;
};

struct OverdueAction {
  std::string number;          // the plan row's number
  std::string recommendation;  // the plan row's own text
  std::string action;          // empty when the row itself is due
  Date due;
  std::optional<std::string> lead;
  LineSpan lines;
  long days_late = 0;  // from the last day of the due period to the as-of day
};

// An action (or a plan row with no actions) that has a due date, for a
// timeline against the as-of day.
struct ScheduledAction {
  std::string number;
  std::string action;  // empty when the row itself is due
  Date due;
  bool complete = false;
};

// Procedural resolutions are counted apart: covered, missing and mismatch
// count only the resolutions a plan has to answer, so the four add up to
// resolutions.
struct CheckSummary {
  int resolutions = 0;
  int covered = 0;
  int missing = 0;
  int mismatch = 0;
  int procedural = 0;
};

struct CheckReport {
  std::string decision_path;
  std::optional<std::string> decision_title;
  std::string plan_path;
  std::optional<std::string> plan_title;
  std::vector<ResolutionCheck> resolutions;
  std::vector<UnrequestedRow> unrequested;
  // Grouped by lead (in order of first appearance, no lead last), then in
  // plan order, so a row's actions stand together under it.
  std::vector<OverdueAction> overdue;
  std::optional<std::string> as_of;  // ISO date the overdue list is for
  std::vector<ScheduledAction> schedule;  // every dated action, in plan order
  CheckSummary summary;
};

struct CheckOptions {
  // An ISO date (YYYY-MM-DD); when set, actions due before it that are not
  // complete are listed as overdue.
  std::optional<std::string> as_of;
};

CheckReport check_plan(const Document& decision, const Document& plan, const CheckOptions& options);

// True when every resolution that is not procedural is covered.
bool all_covered(const CheckReport& report);

// Procedural resolutions, by their wording: "the report be noted",
// "authority be delegated to ...", "consultation be authorised".
bool is_procedural(std::string_view resolution);

const char* to_string(Coverage coverage);

}  // namespace docket

#endif  // DOCKET_CHECK_HPP
