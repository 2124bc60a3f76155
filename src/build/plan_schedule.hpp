// What a line of a work programme says about who, when and how urgent:
// "Review X – By end October 2015 - LF", "by the end of Sept 15 - JJ",
// "– high priority". Project plans read it from each item and step.
#ifndef DOCKET_PLAN_SCHEDULE_HPP
#define DOCKET_PLAN_SCHEDULE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docket/model.hpp"

namespace docket {

struct Schedule {
  std::vector<Date> due;
  std::vector<std::string> owners;  // initials or names, in order
  std::optional<std::string> priority;
  bool ongoing = false;
  // The whole text is only a deadline and owners ("By end October 2015 LF
  // in conjunction with RK/ AW/ PB"), a line that belongs to the item
  // above it.
  bool meta_only = false;
};

Schedule read_schedule(std::string_view text);

// Where a date of the text starts and how long it is written.
struct Located {
  std::size_t pos;
  std::size_t length;
};

using DashSegment = std::pair<std::size_t, std::string_view>;

// The working lists of read_schedule, whose room is kept from one call to
// the next: read_schedule runs for every item and line of a plan.
struct ScheduleScratch {
  std::vector<Date> dates;       // the dates of the text, in order
  std::vector<Located> located;  // where each of them is
  std::vector<DashSegment> segments;
  std::vector<char> chosen;      // per date: a date of the work
};

// read_schedule, into `s` (emptied first), with working lists whose room
// is kept between calls: it runs for every item and line of a plan.
void read_schedule(std::string_view text, Schedule& s, ScheduleScratch& scratch);

// Adds `owner` to `owners` unless it is there already.
void add_owner(std::vector<std::string>& owners, std::string_view owner);

}  // namespace docket

#endif  // DOCKET_PLAN_SCHEDULE_HPP
