// Room that emitted plan items leave behind, for the items built after
// them. Internal to build/.
#ifndef DOCKET_BUILD_ITEM_SPARES_HPP
#define DOCKET_BUILD_ITEM_SPARES_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docket/model.hpp"

namespace docket {

// Strings and lists that emitted items leave behind, emptied with their
// room kept, for the items built after them. An item's text, measures and
// dates would otherwise take a dozen allocations, and as many frees, for
// every item; when the receiver of an item only reads it, the next item
// reuses that room. An item the receiver moved from leaves nothing.
class Spares {
 public:
  // A string holding `text`, in the room of a spare string when there is one.
  std::string string(std::string_view text) {
    if (strings_.empty()) return std::string(text);
    std::string s = std::move(strings_.back());
    strings_.pop_back();
    s.assign(text);
    return s;
  }

  void keep(std::string& s) {
    // A string short enough for its own storage has no room to hand on.
    if (s.capacity() > std::string().capacity()) strings_.push_back(std::move(s));
    s.clear();
  }
  void keep(std::optional<std::string>& s) {
    if (!s) return;
    keep(*s);
    s.reset();
  }
  void keep(std::vector<std::string>& list) {
    for (std::string& s : list) keep(s);
    list.clear();
  }

  // An empty action, with the room of an emitted one when there is one.
  Action action() {
    if (actions_.empty()) return Action{};
    Action a = std::move(actions_.back());
    actions_.pop_back();
    return a;
  }
  void keep(std::vector<Action>& actions) {
    for (Action& a : actions) {
      a.text.clear();
      keep(a.success_measures);
      a.due.clear();
      a.status.reset();
      a.lines = {};
      actions_.push_back(std::move(a));
    }
    actions.clear();
  }

  // Empty savings, with the room of an emitted item's when there are some.
  Savings savings() {
    Savings s = std::move(savings_);
    s.text.clear();
    s.amounts.clear();
    s.same_as.reset();
    return s;
  }
  void keep(std::optional<Savings>& s) {
    if (!s) return;
    savings_ = std::move(*s);
    s.reset();
  }

  // Empties `item` as a default Item, keeping what room it has here or in
  // its own lists.
  void empty(Item& item) {
    item.number.clear();
    item.parent.reset();
    item.type = ItemType::kRecommendation;
    item.text.clear();
    keep(item.refs);
    keep(item.actions);
    keep(item.success_measures);
    keep(item.savings);
    keep(item.lead);
    keep(item.finance_manager);
    keep(item.owners);
    keep(item.priority);
    keep(item.status);
    keep(item.comments);
    item.due.clear();
    item.extra.clear();
    item.lines = {};
  }

 private:
  std::vector<std::string> strings_;
  std::vector<Action> actions_;
  Savings savings_;
};

}  // namespace docket

#endif  // DOCKET_BUILD_ITEM_SPARES_HPP
