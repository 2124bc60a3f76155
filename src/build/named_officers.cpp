#include "build/named_officers.hpp"

#include <algorithm>

#include "recognise/people.hpp"

namespace docket {

void NamedOfficers::add(const Item& item) {
  add(item.lead, "Lead Officer");
  add(item.finance_manager, "Finance Manager");
}

void NamedOfficers::add(const std::optional<std::string>& name, const char* role) {
  if (!name || !judged_.insert(*name).second) return;
  if (!looks_like_person_name(*name)) return;
  const bool known = std::any_of(people_.begin(), people_.end(), [&](const Person& p) { return p.name == *name; });
  if (!known) people_.push_back(Person{*name, std::string(role), std::nullopt, std::nullopt});
}

}  // namespace docket
