// Leads and finance managers that are named people belong with the
// contacts, so that every person a paper names can be found in one list.
#ifndef DOCKET_NAMED_OFFICERS_HPP
#define DOCKET_NAMED_OFFICERS_HPP

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "docket/model.hpp"

namespace docket {

// Adds the lead and finance manager of each item it is shown to `people`,
// once each, when the text is a person's name and not yet listed.
class NamedOfficers {
 public:
  explicit NamedOfficers(std::vector<Person>& people) : people_(people) {}

  void add(const Item& item);

 private:
  void add(const std::optional<std::string>& name, const char* role);

  std::vector<Person>& people_;
  // A plan names the same few officers on item after item, so each name is
  // judged once: seen again, it was added already or is not a person's.
  // Hashed, as a plan of many rows may name as many officers.
  std::unordered_set<std::string> judged_;
};

}  // namespace docket

#endif  // DOCKET_NAMED_OFFICERS_HPP
