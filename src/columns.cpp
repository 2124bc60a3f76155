#include "columns.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "text_util.hpp"

namespace docket {

namespace {

// The words of a folded key (lowercase words separated by single spaces),
// split once: the rules below try some eighty stems on every header cell.
class KeyWords {
 public:
  explicit KeyWords(std::string_view key) : key_(key) {
    std::size_t pos = 0;
    while (pos < key.size()) {
      std::size_t end = key.find(' ', pos);
      if (end == std::string_view::npos) end = key.size();
      if (count_ == words_.size()) {
        count_ = 0;  // too many words to hold: has_word_starting scans the key
        return;
      }
      words_[count_++] = key.substr(pos, end - pos);
      if (end > pos) initials_ |= letter_bit(key[pos]);
      pos = end + 1;
    }
  }

  std::string_view key() const { return key_; }

  // False when `phrase` (words separated by single spaces) cannot occur in
  // the key: its second word would start a word of the key, so that word's
  // first letter must be among the key's initials. A quick test before
  // searching; the first word may match the tail of a longer word.
  bool may_hold(std::string_view phrase) const {
    const std::size_t space = phrase.find(' ');
    if (count_ == 0 || space == std::string_view::npos || space + 1 >= phrase.size()) return true;
    return (initials_ & letter_bit(phrase[space + 1])) != 0;
  }

  // True when some word starts with `stem`: "responsib" matches
  // "responsibility".
  bool has_word_starting(std::string_view stem) const {
    if (count_ == 0) return scan_for_word_starting(stem);
    if ((initials_ & letter_bit(stem[0])) == 0) return false;
    for (std::size_t k = 0; k < count_; ++k) {
      const std::string_view w = words_[k];
      if (w.size() >= stem.size() && w[0] == stem[0] && w.starts_with(stem)) return true;
    }
    return false;
  }

 private:
  bool scan_for_word_starting(std::string_view stem) const {
    std::size_t pos = 0;
    while (pos < key_.size()) {
      std::size_t end = key_.find(' ', pos);
      if (end == std::string_view::npos) end = key_.size();
      if (key_.substr(pos, end - pos).starts_with(stem)) return true;
      pos = end + 1;
    }
    return false;
  }

  // One bit per letter a-z that starts some word, and bit 26 for any other
  // first byte: most stems are ruled out by their first letter alone.
  static std::uint32_t letter_bit(char c) {
    return c >= 'a' && c <= 'z' ? std::uint32_t{1} << (c - 'a') : std::uint32_t{1} << 26;
  }

  std::string_view key_;
  std::uint32_t initials_ = 0;
  std::array<std::string_view, 16> words_;
  std::size_t count_ = 0;
};

// Whether some word of the key starts with one of `stems` (single words).
bool has_any(const KeyWords& key, std::initializer_list<std::string_view> stems) {
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return key.has_word_starting(s); });
}

// Whether the key holds one of `phrases` (several words each) anywhere.
bool has_phrase(const KeyWords& key, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
    return key.may_hold(p) && key.key().find(p) != std::string_view::npos;
  });
}

bool is_any(std::string_view key, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

}  // namespace

ColumnRole classify_column(std::string_view header) {
  const std::string_view raw = trim(header);
  if (raw == "#" || raw == "No" || raw == "No.") return ColumnRole::kNumber;
  const std::string folded = fold_key(raw);
  if (folded.empty()) return ColumnRole::kUnknown;
  const std::string_view key = folded;
  const KeyWords words(key);
  // Rules run from the most specific to the most general; the first match
  // wins ("Target Date" is a due date before "target" is a measure,
  // "Action No." is a number before "action" is an action).
  if (is_any(key, {"no", "number", "ref", "ref no", "reference", "item", "item no", "rec", "rec no", "rec ref",
                   "recommendation no", "recommendation number", "recommendation ref", "action no", "action ref",
                   "action number", "id", "para", "paragraph", "para no", "resolution no", "objective no"})) {
    return ColumnRole::kNumber;
  }
  if (has_phrase(words, {"finance manager", "finance officer", "finance lead", "finance contact",
                         "finance business partner"}) ||
      has_any(words, {"accountant"})) {
    return ColumnRole::kFinanceManager;
  }
  if (has_any(words, {"status", "rag"})) return ColumnRole::kStatus;
  if (has_any(words, {"priority", "priorit"})) return ColumnRole::kPriority;
  if (has_any(words, {"date", "timescale", "deadline", "when", "due", "timeline", "timeframe", "timing", "completion"}) ||
      has_phrase(words, {"time frame", "milestone date"}) || is_any(key, {"by", "target", "end"})) {
    return ColumnRole::kDue;
  }
  if (has_any(words, {"success", "outcome", "measure", "kpi", "indicator", "evidence", "criteria", "performance",
                      "target"})) {
    return ColumnRole::kSuccessMeasures;
  }
  if (has_any(words, {"saving", "cost", "budget", "resourc", "financ", "funding", "efficienc"}) ||
      raw.find("\xC2\xA3") != std::string_view::npos) {
    return ColumnRole::kSavings;
  }
  if (has_any(words, {"lead", "responsib", "owner", "officer", "who", "accountab", "contact"}) ||
      has_phrase(words, {"by whom"})) {
    return ColumnRole::kLead;
  }
  if (has_any(words, {"action", "task", "step", "activit", "how", "implementation", "milestone", "proposed"})) {
    return ColumnRole::kActions;
  }
  if (has_any(words, {"comment", "progress", "update", "note", "remark", "position"})) return ColumnRole::kComments;
  if (has_any(words, {"recommendation", "resolution", "decision", "objective", "issue", "proposal", "agreed", "what",
                      "aim", "finding", "area"})) {
    return ColumnRole::kRecommendation;
  }
  return ColumnRole::kUnknown;
}

std::vector<ColumnRole> classify_columns(const std::vector<std::string>& headers) {
  std::vector<ColumnRole> roles;
  roles.reserve(headers.size());
  for (const std::string& h : headers) {
    ColumnRole role = classify_column(h);
    if (role != ColumnRole::kUnknown && std::find(roles.begin(), roles.end(), role) != roles.end()) {
      role = ColumnRole::kUnknown;
    }
    roles.push_back(role);
  }
  return roles;
}

int count_known_columns(const RowCells& cells) {
  int n = 0;
  for (std::string_view c : cells) {
    // Headers are short; a long cell that happens to say "action" is data.
    if (words_at_most(c, 6) && classify_column(c) != ColumnRole::kUnknown) ++n;
  }
  return n;
}

bool is_plan_table(const std::vector<ColumnRole>& roles) {
  auto has = [&](ColumnRole r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); };
  const bool what = has(ColumnRole::kRecommendation) || has(ColumnRole::kActions);
  const bool who_or_when = has(ColumnRole::kLead) || has(ColumnRole::kDue) || has(ColumnRole::kSuccessMeasures);
  return what && who_or_when;
}

const char* to_string(ColumnRole role) {
  switch (role) {
    case ColumnRole::kUnknown: return "unknown";
    case ColumnRole::kNumber: return "number";
    case ColumnRole::kRecommendation: return "recommendation";
    case ColumnRole::kActions: return "actions";
    case ColumnRole::kSuccessMeasures: return "success_measures";
    case ColumnRole::kSavings: return "savings";
    case ColumnRole::kLead: return "lead";
    case ColumnRole::kFinanceManager: return "finance_manager";
    case ColumnRole::kDue: return "due";
    case ColumnRole::kStatus: return "status";
    case ColumnRole::kPriority: return "priority";
    case ColumnRole::kComments: return "comments";
  }
  return "unknown";
}

}  // namespace docket
