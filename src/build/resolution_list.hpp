// A numbered list of resolutions, read segment by segment.
//
// A list is one level of markers ("1.", "(a)", "i)") with deeper levels
// as sub-parts of the item they sit under; bullets inside an item are its
// text, and a paragraph that finishes a sentence cut by a page break is
// joined back. Numbering that starts again, or a number further out than
// the list, ends it.
#ifndef DOCKET_RESOLUTION_LIST_HPP
#define DOCKET_RESOLUTION_LIST_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docket/model.hpp"
#include "layout/list_markers.hpp"
#include "recognise/sections.hpp"

namespace docket {

// One numbered list of resolutions, with sub-parts as children.
class ResolutionList {
 public:
  explicit ResolutionList(std::vector<Item>& out) : out_(out) {}

  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }

  // Tries to add a list item; false when the marker does not belong to
  // this list (and so ends it).
  bool add_list_item(const Segment& s);

  // A paragraph after an item: the tail of an item cut by a page break when
  // it starts in lowercase or the item stops mid-sentence; else the list
  // has ended.
  bool add_paragraph(const Segment& s);

  // Moves the items read to the output.
  void finish();

 private:
  int level_of(const MarkerInfo& m);
  int value_at_level(const MarkerInfo& m, int level) const;
  void join_text(const Segment& s);
  void join_paragraph(const Segment& s);

  std::vector<Item>& out_;
  std::vector<Item> items_;
  int first_indent_ = 0;
  std::array<MarkerClass, 3> level_class_ = {MarkerClass::kBullet, MarkerClass::kBullet, MarkerClass::kBullet};
  std::array<std::string, 3> current_number_;
  std::array<int, 3> last_value_ = {0, 0, 0};
};

// Reads the list that starts at or after `i` (before `end`), stopping at the
// first thing that is not part of it. Returns the index after the list.
std::size_t read_list(const std::vector<Segment>& segments, std::size_t i, std::size_t end, ResolutionList& list);

// "This Council believes that: a) … d) And; This Council calls on …: a)
// b)": after a list read from `from`, each further list under a lead-in of
// its own (a paragraph ending in a colon, a connective before it at most)
// goes on the same resolution list; its items to `out`. Returns the index
// after the last list read, or `from`.
std::size_t read_lists_after_lead_ins(const std::vector<Segment>& segments, std::size_t from, std::size_t end,
                                      std::vector<Item>& out);

// A list item with a number, letter or roman numeral (not a bullet).
bool is_ordered(const Segment& s);

// Page furniture and page breaks, which a list or a section reads through.
inline bool skippable(const Segment& s) { return s.debris || s.kind == SegmentKind::kPageBreak; }

// A short line that is not a sentence, with the list going on after it:
// it heads a group of the list's items rather than ending it.
bool groups_list_items(const std::vector<Segment>& segments, std::size_t i, std::size_t end);

// True when the text ends a sentence (or is empty).
bool ends_sentence(std::string_view text);

// The resolution's words: without a leading bullet or opening quote, and
// one leading "That".
std::string_view resolution_words(std::string_view text);

}  // namespace docket

#endif  // DOCKET_RESOLUTION_LIST_HPP
