#include "tables/columns.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "base/text_util.hpp"

namespace docket {

namespace {

// The rules that match a word of the header by its start, in the order
// classify_column tries them.
enum StemRule : unsigned {
  kFinanceStems,
  kStatusStems,
  kPriorityStems,
  kDueStems,
  kSuccessStems,
  kSavingsStems,
  kLeadStems,
  kActionStems,
  kCommentStems,
  kRecommendationStems,
};

struct Stem {
  std::string_view text;
  StemRule rule;
};

constexpr Stem kStems[] = {
    {"accountant", kFinanceStems},
    {"status", kStatusStems}, {"rag", kStatusStems},
    {"priority", kPriorityStems}, {"priorit", kPriorityStems},
    {"date", kDueStems}, {"timescale", kDueStems}, {"deadline", kDueStems}, {"when", kDueStems}, {"due", kDueStems},
    {"timeline", kDueStems}, {"timeframe", kDueStems}, {"timing", kDueStems}, {"completion", kDueStems},
    {"success", kSuccessStems}, {"outcome", kSuccessStems}, {"measure", kSuccessStems}, {"kpi", kSuccessStems},
    {"indicator", kSuccessStems}, {"evidence", kSuccessStems}, {"criteria", kSuccessStems},
    {"performance", kSuccessStems}, {"target", kSuccessStems},
    {"saving", kSavingsStems}, {"cost", kSavingsStems}, {"budget", kSavingsStems}, {"resourc", kSavingsStems},
    {"financ", kSavingsStems}, {"funding", kSavingsStems}, {"efficienc", kSavingsStems},
    {"lead", kLeadStems}, {"responsib", kLeadStems}, {"owner", kLeadStems}, {"officer", kLeadStems},
    {"who", kLeadStems}, {"accountab", kLeadStems}, {"contact", kLeadStems},
    {"action", kActionStems}, {"task", kActionStems}, {"step", kActionStems}, {"activit", kActionStems},
    {"how", kActionStems}, {"implementation", kActionStems}, {"milestone", kActionStems}, {"commit", kActionStems},
    {"proposed", kActionStems}, {"response", kActionStems}, {"answer", kActionStems},
    {"comment", kCommentStems}, {"progress", kCommentStems}, {"update", kCommentStems}, {"note", kCommentStems},
    {"remark", kCommentStems}, {"position", kCommentStems},
    {"recommendation", kRecommendationStems}, {"resolution", kRecommendationStems},
    {"decision", kRecommendationStems}, {"objective", kRecommendationStems}, {"issue", kRecommendationStems},
    {"proposal", kRecommendationStems}, {"agreed", kRecommendationStems}, {"what", kRecommendationStems},
    {"aim", kRecommendationStems}, {"finding", kRecommendationStems}, {"area", kRecommendationStems},
    {"question", kRecommendationStems},
};

// kStems grouped by first letter at compile time: a word is compared only
// with the few stems that start with its letter, and once, whatever the
// number of rules.
class StemIndex {
 public:
  static constexpr std::size_t kSize = std::size(kStems);

  consteval StemIndex() {
    std::size_t next = 0;
    for (std::size_t letter = 0; letter < 26; ++letter) {
      first_of_[letter] = static_cast<std::uint8_t>(next);
      for (const Stem& s : kStems) {
        if (s.text.empty()) throw "StemIndex: a stem is empty";
        if (s.text.size() < 2) throw "StemIndex: a stem is shorter than two letters";
        for (char c : s.text) {
          if (c < 'a' || c > 'z') throw "StemIndex: a stem is not lowercase letters";
        }
        if (static_cast<std::size_t>(s.text[0] - 'a') == letter) stems_[next++] = s;
      }
    }
    first_of_[26] = static_cast<std::uint8_t>(next);
  }

  // One bit (1 << rule) for each rule with a stem that `word` starts with.
  unsigned rules_matching(std::string_view word) const {
    if (word.empty() || word[0] < 'a' || word[0] > 'z') return 0;
    const auto letter = static_cast<std::size_t>(word[0] - 'a');
    unsigned rules = 0;
    for (std::size_t k = first_of_[letter]; k < first_of_[letter + 1]; ++k) {
      // Every stem has two letters or more, and most stems that share the
      // word's first letter differ at the second, compared in place.
      const std::string_view stem = stems_[k].text;
      if (word.size() >= stem.size() && word[1] == stem[1] && word.starts_with(stem)) rules |= 1U << stems_[k].rule;
    }
    return rules;
  }

 private:
  std::array<Stem, kSize> stems_{};
  std::array<std::uint8_t, 27> first_of_{};  // stems starting with letter l: [first_of_[l], first_of_[l + 1])
};

// One bit per letter a-z, and bit 26 for any other first byte.
std::uint32_t letter_bit(char c) {
  return c >= 'a' && c <= 'z' ? std::uint32_t{1} << (c - 'a') : std::uint32_t{1} << 26;
}

// The words of a folded key (lowercase words separated by single spaces),
// read once: which stem rules they match, and the letters they start with.
class KeyWords {
 public:
  explicit KeyWords(std::string_view key) : key_(key) {
    static constexpr StemIndex kIndex;
    std::size_t pos = 0;
    while (pos < key.size()) {
      std::size_t end = key.find(' ', pos);
      if (end == std::string_view::npos) end = key.size();
      if (end > pos) initials_ |= letter_bit(key[pos]);
      rules_ |= kIndex.rules_matching(key.substr(pos, end - pos));
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
    if (space == std::string_view::npos || space + 1 >= phrase.size()) return true;
    return (initials_ & letter_bit(phrase[space + 1])) != 0;
  }

  // True when some word starts with one of the rule's stems: "responsib"
  // matches "responsibility".
  bool matches(StemRule rule) const { return (rules_ & (1U << rule)) != 0; }

 private:
  std::string_view key_;
  std::uint32_t initials_ = 0;
  unsigned rules_ = 0;
};

// Whether the key holds one of `phrases` (several words each) anywhere.
bool has_phrase(const KeyWords& key, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
    return key.may_hold(p) && key.key().find(p) != std::string_view::npos;
  });
}

bool is_any(std::string_view key, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

// Whole keys that name the number column.
constexpr std::string_view kNumberNames[] = {
    "no", "number", "ref", "ref no", "reference", "item", "item no", "rec", "rec no", "rec ref",
    "recommendation no", "recommendation number", "recommendation ref", "action no", "action ref", "action number",
    "id", "para", "paragraph", "para no", "resolution no", "objective no"};

}  // namespace

ColumnRole classify_column(std::string_view header) {
  static constexpr InitialIndex kNumberIndex(kNumberNames);
  const std::string_view raw = trim(header);
  if (raw == "#" || raw == "No" || raw == "No.") return ColumnRole::kNumber;
  const FoldedKey folded(raw);
  const std::string_view key = folded.view();
  if (key.empty()) return ColumnRole::kUnknown;
  const KeyWords words(key);
  // Rules run from the most specific to the most general; the first match
  // wins ("Target Date" is a due date before "target" is a measure,
  // "Action No." is a number before "action" is an action).
  if (kNumberIndex.contains(key)) return ColumnRole::kNumber;
  if (has_phrase(words, {"finance manager", "finance officer", "finance lead", "finance contact",
                         "finance business partner"}) ||
      words.matches(kFinanceStems)) {
    return ColumnRole::kFinanceManager;
  }
  if (words.matches(kStatusStems)) return ColumnRole::kStatus;
  if (words.matches(kPriorityStems)) return ColumnRole::kPriority;
  if (words.matches(kDueStems) || has_phrase(words, {"time frame", "milestone date"}) ||
      is_any(key, {"by", "target", "end"})) {
    return ColumnRole::kDue;
  }
  if (words.matches(kSuccessStems)) return ColumnRole::kSuccessMeasures;
  if (words.matches(kSavingsStems) || raw.find("\xC2\xA3") != std::string_view::npos) return ColumnRole::kSavings;
  if (words.matches(kLeadStems) || has_phrase(words, {"by whom", "led by"})) return ColumnRole::kLead;
  if (words.matches(kActionStems)) return ColumnRole::kActions;
  if (words.matches(kCommentStems)) return ColumnRole::kComments;
  if (words.matches(kRecommendationStems)) return ColumnRole::kRecommendation;
  return ColumnRole::kUnknown;
}

namespace {

// How surely a header names its role: "Target Date" is the deadline more
// surely than "Date" (raised, agreed) is, "Recommendation" the item more
// surely than "Area". When two columns name one role, the surer takes it.
int strength_of(ColumnRole role, std::string_view header) {
  const FoldedKey folded(trim(header));
  const std::string_view key = folded.view();
  const auto holds = [&](std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return key.find(p) != std::string_view::npos; });
  };
  switch (role) {
    case ColumnRole::kRecommendation: return holds({"recommendation", "resolution", "proposal"}) ? 3 : 1;
    case ColumnRole::kDue:
      return holds({"target", "due", "deadline", "timescale", "when", "complet", "timeframe", "time frame", "timeline",
                    "by"})
                 ? 3
                 : 1;
    case ColumnRole::kLead: return holds({"lead", "responsib", "owner"}) ? 3 : 2;
    // "Action to be taken" is the action before "Cabinet response" is:
    // a response column beside an action column holds the verdict.
    case ColumnRole::kActions: return holds({"action", "task", "step", "activit", "milestone"}) ? 3 : 1;
    default: return 2;
  }
}

// Gives each role to one column: the first of those naming it most
// surely. The others stay kUnknown and are kept as extras.
std::vector<ColumnRole> assign_roles(std::vector<ColumnRole> roles, const std::vector<int>& strengths) {
  for (std::size_t i = 0; i < roles.size(); ++i) {
    if (roles[i] == ColumnRole::kUnknown) continue;
    for (std::size_t j = 0; j < roles.size(); ++j) {
      if (j == i || roles[j] != roles[i]) continue;
      if (strengths[j] > strengths[i] || (strengths[j] == strengths[i] && j < i)) {
        roles[i] = ColumnRole::kUnknown;
        break;
      }
    }
  }
  return roles;
}

// Whether another column of `roles` has the role of column i: only then
// does assign_roles compare its strength, and only then is its header
// folded again to weigh it.
bool role_is_shared(const std::vector<ColumnRole>& roles, std::size_t i) {
  if (roles[i] == ColumnRole::kUnknown) return false;
  for (std::size_t j = 0; j < roles.size(); ++j) {
    if (j != i && roles[j] == roles[i]) return true;
  }
  return false;
}

template <typename Cells>
std::vector<ColumnRole> assign_roles_of(const Cells& headers, std::vector<ColumnRole> roles) {
  // assign_roles reads strengths[j] only where roles[j] equals some other
  // column's role, so the rest are left at 0, never read.
  std::vector<int> strengths(roles.size(), 0);
  std::size_t i = 0;
  for (std::string_view h : headers) {
    if (role_is_shared(roles, i)) strengths[i] = strength_of(roles[i], h);
    ++i;
  }
  return assign_roles(std::move(roles), strengths);
}

// Headers are short; a long cell that happens to say "action" is data.
bool may_name_column(std::string_view cell) { return words_at_most(cell, 6); }

}  // namespace

std::vector<ColumnRole> classify_columns(const std::vector<std::string>& headers) {
  std::vector<ColumnRole> roles;
  roles.reserve(headers.size());
  for (const std::string& h : headers) roles.push_back(classify_column(h));
  return assign_roles_of(headers, std::move(roles));
}

int count_known_columns(const RowCells& cells) {
  int n = 0;
  for (std::string_view c : cells) {
    if (may_name_column(c) && classify_column(c) != ColumnRole::kUnknown) ++n;
  }
  return n;
}

HeaderCandidate::HeaderCandidate(const RowCells& cells) : cells_(cells) {
  short_cell_roles_.reserve(cells.size());
  for (std::string_view c : cells) {
    if (!may_name_column(c)) {
      short_cell_roles_.emplace_back();
      continue;
    }
    const ColumnRole role = classify_column(c);
    short_cell_roles_.emplace_back(role);
    if (role != ColumnRole::kUnknown) ++known_;
  }
}

std::vector<ColumnRole> HeaderCandidate::roles() const {
  std::vector<ColumnRole> roles;
  roles.reserve(cells_.size());
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    roles.push_back(short_cell_roles_[i] ? *short_cell_roles_[i] : classify_column(cells_[i]));
  }
  return assign_roles_of(cells_, std::move(roles));
}

bool is_plan_table(const std::vector<ColumnRole>& roles) {
  auto has = [&](ColumnRole r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); };
  const bool what = has(ColumnRole::kRecommendation) || has(ColumnRole::kActions);
  const bool who_or_when = has(ColumnRole::kLead) || has(ColumnRole::kDue) || has(ColumnRole::kSuccessMeasures);
  // An executive response: what was asked beside what is done about it.
  const bool answered = has(ColumnRole::kRecommendation) && has(ColumnRole::kActions);
  return (what && who_or_when) || answered;
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
