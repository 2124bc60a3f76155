#include "recognise/people.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string>

#include "base/text_util.hpp"
#include "layout/inline_text.hpp"
#include "recognise/field_label.hpp"

namespace docket {

namespace {

// Words of a post rather than of a person's name.
constexpr std::string_view kRoleWords[] = {
    "head",     "manager",   "director",   "officer",     "service",    "services", "team",     "council",
    "children", "corporate", "assistant",  "chief",       "executive",  "group",    "board",    "committee",
    "lead",     "partners",  "partnership", "department", "adult",      "adults",   "cabinet",  "member",
    "members",  "strategy",  "operations", "development", "and",        "of",       "the",      "for",
    "finance",  "business",  "support",    "unit",        "directorate", "trust",   "nhs",      "borough",
    "county",   "city",      "district",   "authority",   "scrutiny",   "policy",   "planning", "care",
    "health",   "housing",   "education",  "social",      "school",     "schools",  "all",      "tbc",
    "none",     "various",   "n/a"};

// Labels that introduce a person, in the order they are tried.
constexpr std::string_view kNameLabels[] = {"name of contact officer", "contact officer", "name of officer",
                                            "contact name", "report author", "lead officer", "author",
                                            "officer contact", "contact", "name"};
constexpr std::string_view kRoleLabels[] = {"post title", "job title", "position", "designation", "role"};
constexpr std::string_view kPhoneLabels[] = {"telephone no", "telephone number", "telephone", "tel no", "tel",
                                             "phone", "direct line", "contact number", "mobile"};
constexpr std::string_view kEmailLabels[] = {"email address", "e-mail address", "email", "e-mail"};

std::optional<std::string> find_email(std::string_view s) {
  const std::size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0) return std::nullopt;
  auto is_email_char = [](char c) {
    return is_ascii_alpha(c) || is_ascii_digit(c) || c == '.' || c == '_' || c == '-' || c == '+';
  };
  std::size_t b = at;
  while (b > 0 && is_email_char(s[b - 1])) --b;
  std::size_t e = at + 1;
  while (e < s.size() && is_email_char(s[e])) ++e;
  while (e > at + 1 && s[e - 1] == '.') --e;
  const std::string_view email = s.substr(b, e - b);
  if (b == at || email.find('.', at - b) == std::string_view::npos) return std::nullopt;
  return std::string(email);
}

// The value after the first of `labels` that starts `line` with a value
// that `fits`, or nothing.
template <std::size_t N, typename Fits>
std::optional<std::string_view> labelled_value(std::string_view line, const std::string_view (&labels)[N], Fits fits) {
  // match_label needs the line to start with the label's first letter,
  // which most labels do not share with it.
  const char initial = ascii_lower(line[0]);
  for (std::string_view label : labels) {
    if (label[0] != initial) continue;
    const LabelledValue l = match_label(line, label);
    if (l.found && fits(l.value)) return l.value;
  }
  return std::nullopt;
}

// The first word of every contact label above, from the tables themselves.
consteval FirstWords<32> contact_label_first_words() {
  FirstWords<32> words;
  for (const std::string_view label : kNameLabels) words.add_first_word_of(label);
  for (const std::string_view label : kRoleLabels) words.add_first_word_of(label);
  for (const std::string_view label : kPhoneLabels) words.add_first_word_of(label);
  for (const std::string_view label : kEmailLabels) words.add_first_word_of(label);
  return words;
}

// Whether a raw line may hold a contact label: it starts with the first word
// of one, or has a colon for a label run into other text. Most lines of a
// paper do neither and are never cleaned.
bool may_name_a_person(std::string_view raw) {
  static constexpr FirstWords<32> kFirstWords = contact_label_first_words();
  if (raw.find(':') != std::string_view::npos) return true;
  std::size_t i = 0;
  while (i < raw.size() && (raw[i] == '*' || raw[i] == '_' || raw[i] == ' ' || raw[i] == '[' || raw[i] == '>')) ++i;
  static constexpr InitialIndex<kFirstWords.size> kFirstWordIndex(kFirstWords.exactly<kFirstWords.size>());
  return kFirstWordIndex.starts_any(raw.substr(i));
}

// Where "label:" first occurs in `line` (any case), or npos. Only the
// colons are candidates, so a line is scanned once with memchr rather than
// compared at every byte.
std::size_t find_label_before_colon(std::string_view line, std::string_view label) {
  for (std::size_t colon = line.find(':'); colon != std::string_view::npos; colon = line.find(':', colon + 1)) {
    // The byte before the colon rules out most colons before the whole label
    // is compared.
    if (colon >= label.size() && (label.empty() || ascii_lower(line[colon - 1]) == ascii_lower(label.back())) &&
        iequals(line.substr(colon - label.size(), label.size()), label)) {
      return colon - label.size();
    }
  }
  return std::string_view::npos;
}

constexpr std::size_t kNameLabelCount = std::size(kNameLabels);

// find_label_before_colon(line, label) for each of kNameLabels that has a
// space in it (npos for the others), reading the line's colons once for all
// of them.
std::array<std::size_t, kNameLabelCount> name_labels_before_colons(std::string_view line) {
  std::array<std::size_t, kNameLabelCount> at;
  at.fill(std::string_view::npos);
  for (std::size_t colon = line.find(':'); colon != std::string_view::npos; colon = line.find(':', colon + 1)) {
    const char before = ascii_lower(colon > 0 ? line[colon - 1] : '\0');
    for (std::size_t k = 0; k < kNameLabelCount; ++k) {
      const std::string_view label = kNameLabels[k];
      // The byte before the colon rules out most labels before the whole
      // label is compared.
      if (at[k] != std::string_view::npos || label.find(' ') == std::string_view::npos || colon < label.size() ||
          before != label.back() || !iequals(line.substr(colon - label.size(), label.size()), label)) {
        continue;
      }
      at[k] = colon - label.size();
    }
  }
  return at;
}

// The value after the first of kNameLabels that starts `line`, or that
// stands in it after other text before a colon ("… Action Plan Lead Officer:
// Jane Doe, Assistant Director": a lead-officer line run into the title
// by the converter), when the value is not empty.
std::optional<std::string_view> name_label_value(std::string_view line) {
  // match_label needs the line to start with the label's first letter,
  // which most labels do not share with it.
  const char initial = ascii_lower(line[0]);
  // Where the labels stand before a colon, found on first need.
  std::optional<std::array<std::size_t, kNameLabelCount>> before_colons;
  for (std::size_t k = 0; k < kNameLabelCount; ++k) {
    const std::string_view label = kNameLabels[k];
    LabelledValue l = label[0] == initial ? match_label(line, label) : LabelledValue{};
    if (!l.found && label.find(' ') != std::string_view::npos) {
      if (!before_colons) before_colons = name_labels_before_colons(line);
      const std::size_t at = (*before_colons)[k];
      if (at != std::string_view::npos && at > 0) {
        l.found = true;
        l.value = trim(line.substr(at + label.size() + 1));
      }
    }
    if (l.found && !l.value.empty()) return l.value;
  }
  return std::nullopt;
}

}  // namespace

bool looks_like_person_name(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.size() > 60 || !words_at_most(t, 4)) return false;
  // `t` is trimmed, so it is one word (or none) exactly when it has no space.
  if (std::none_of(t.begin(), t.end(), is_ascii_space)) return false;
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t end = t.find(' ', pos);
    if (end == std::string_view::npos) end = t.size();
    const std::string_view word = t.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!is_ascii_upper(word.front())) return false;
    for (char c : word) {
      const bool ok = is_ascii_alpha(c) || c == '-' || c == '\'' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
      if (!ok) return false;
    }
    // Compared where they stand, ignoring case: no lowercase copy of each word.
    static constexpr InitialIndex kRoleWordIndex(kRoleWords);
    if (kRoleWordIndex.contains(word)) return false;
  }
  return true;
}

std::string_view before_name_label(std::string_view line) {
  for (std::string_view label : kNameLabels) {
    const std::size_t at = find_label_before_colon(line, label);
    if (at != std::string_view::npos && at > 0) line = line.substr(0, at);
  }
  return line;
}

std::vector<Person> find_people(const std::vector<Block>& blocks) {
  std::vector<Person> people;
  // An index, not a pointer: people grows while a person is being filled.
  std::optional<std::size_t> open;
  auto current = [&]() -> Person* { return open ? &people[*open] : nullptr; };
  auto add_person = [&](std::string_view value) {
    std::string_view name = value;
    std::string_view role;
    const std::size_t comma = value.find(',');
    if (comma != std::string_view::npos) {
      name = trim(value.substr(0, comma));
      role = trim(value.substr(comma + 1));
    }
    // A name label followed by a sentence is not a contact line.
    if (name.empty() || !words_at_most(name, 5) || !is_ascii_upper(name.front())) {
      open.reset();
      return;
    }
    people.push_back(Person{std::string(name), std::nullopt, std::nullopt, std::nullopt});
    open = people.size() - 1;
    if (!role.empty()) people.back().role = std::string(role);
  };
  // A line's cleaned text, when cleaning changes it, in a buffer kept from
  // line to line.
  std::string cleaned;
  for (const Block& b : blocks) {
    if (b.debris || (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem)) continue;
    // The line of a one-line block is cleaned already: it is the block's text.
    const bool one_line = b.raw_lines.single();
    RawLineReader raw_lines(b.raw_lines);
    for (std::string_view raw; raw_lines.next(raw);) {
      if (!may_name_a_person(raw)) continue;
      const std::string_view line = one_line ? b.text : clean_inline_view(raw, cleaned);
      if (line.empty()) continue;
      if (const std::optional<std::string_view> value = name_label_value(line)) {
        add_person(*value);
        if (Person* p = current()) {
          if (auto email = find_email(*value)) p->email = *email;
        }
        continue;
      }
      Person* person = current();
      if (person == nullptr) continue;
      // A line names one thing about the person: a role, else a phone
      // number, else an email address.
      if (const auto role = labelled_value(line, kRoleLabels, [](std::string_view v) { return !v.empty(); })) {
        person->role = std::string(*role);
      } else if (const auto phone = labelled_value(line, kPhoneLabels, [](std::string_view v) { return has_digit(v); })) {
        person->phone = std::string(*phone);
      } else if (const auto email = labelled_value(line, kEmailLabels, [](std::string_view) { return true; })) {
        if (auto address = find_email(*email)) person->email = *address;
      }
    }
  }
  // The same person named twice is one person.
  std::vector<Person> unique;
  for (Person& p : people) {
    const auto it = std::find_if(unique.begin(), unique.end(), [&](const Person& u) { return iequals(u.name, p.name); });
    if (it == unique.end()) {
      unique.push_back(std::move(p));
    } else {
      if (!it->role) it->role = p.role;
      if (!it->phone) it->phone = p.phone;
      if (!it->email) it->email = p.email;
    }
  }
  return unique;
}

}  // namespace docket
