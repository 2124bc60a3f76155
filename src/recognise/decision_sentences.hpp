// Decisions that minutes tell in a sentence of their prose, with no
// "RESOLVED" to label them:
//
//   3096. Approval of minutes of previous meeting: Approved & signed as correct.
//   3098. Accounts for payment:- … - All approved for payment.
//   3100. Updates:- … Cllrs approved in principle to take on the radios.
//
// A sentence records a decision when it opens with the verb ("Approved
// …", "Agreed."), with "All" and the verb, or with the body as subject
// ("Members agreed …", "The Council unanimously resolved …", "It was
// decided …"). Reporting verbs ("noted", "suggested") decide nothing.
#ifndef DOCKET_DECISION_SENTENCES_HPP
#define DOCKET_DECISION_SENTENCES_HPP

#include <cstddef>
#include <string_view>

namespace docket {

// Whether `sentence` (trimmed, one sentence or clause) records a decision.
bool tells_decision(std::string_view sentence);

// The next sentence of `text` that records a decision, at or after `from`:
// sentences end at ". " and clauses at " - " or a run-in title's colon.
// Its bounds, or an empty view at text.size() when there is none.
struct SentenceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};
SentenceSpan next_told_decision(std::string_view text, std::size_t from);

}  // namespace docket

#endif  // DOCKET_DECISION_SENTENCES_HPP
