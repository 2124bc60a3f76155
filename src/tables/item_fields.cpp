#include "tables/item_fields.hpp"

#include <algorithm>
#include <iterator>

#include "base/text_util.hpp"
#include "layout/list_markers.hpp"

namespace docket {

namespace {

// A label is a column's name: a few words, well before the value.
constexpr std::size_t kLongestLabel = 32;
constexpr int kMostLabelWords = 4;

// Two labelled items are a pattern; one may be a note.
constexpr int kMinItemsWithFields = 2;

bool is_field_role(ColumnRole role) {
  switch (role) {
    case ColumnRole::kLead:
    case ColumnRole::kDue:
    case ColumnRole::kStatus:
    case ColumnRole::kPriority:
    case ColumnRole::kSuccessMeasures:
    case ColumnRole::kFinanceManager: return true;
    default: return false;
  }
}

// Line `k` of `b` as its lines are read, if it has that many.
std::optional<std::string_view> nth_line(const Block& b, std::size_t k) {
  for (auto it = b.raw_lines.begin(); it != b.raw_lines.end(); ++it, --k) {
    if (k == 0) return *it;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ItemField> read_item_field(std::string_view line) {
  line = trim(line);
  // Markup around the label: "**Lead:** …", "*Timescale*: …".
  while (!line.empty() && (line.front() == '*' || line.front() == '_')) line.remove_prefix(1);
  const std::size_t colon = line.substr(0, kLongestLabel + 1).find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view label = trim(line.substr(0, colon));
  while (!label.empty() && (label.back() == '*' || label.back() == '_')) label.remove_suffix(1);
  if (label.empty() || !is_ascii_alpha(label.front())) return std::nullopt;
  int words = 1;
  for (char c : label) {
    if (is_ascii_digit(c)) return std::nullopt;
    if (c == ' ' && ++words > kMostLabelWords) return std::nullopt;
  }
  const ColumnRole role = classify_column(label);
  if (!is_field_role(role)) return std::nullopt;
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == '*' || value.front() == '_')) value.remove_prefix(1);
  return ItemField{role, trim(value)};
}

std::size_t first_field_line(const Block& b, std::size_t from, std::size_t last) {
  // Every block of a plan is asked, so only the first lines are read, and
  // of each only as far as a label may reach: a colon there is the cheap
  // test. The lines are cut from the block's span here, as the iterator
  // of RawLines would trim each whole.
  const std::string_view span = b.raw_lines.span();
  std::size_t start = 0;
  std::size_t end = b.raw_lines.front().size();
  for (std::size_t k = 0; k <= last; ++k) {
    if (k >= from) {
      std::string_view head = span.substr(start, std::min(end - start, kLongestLabel + 8));
      while (!head.empty() && (head.front() == ' ' || head.front() == '\t')) head.remove_prefix(1);
      if (head.find(':') != std::string_view::npos && read_item_field(span.substr(start, end - start))) return k;
    }
    // The next line starts after the next newline: the first line as read
    // may stop short of it (its trailing spaces dropped), as RawLines reads it.
    const std::size_t newline = span.find('\n', end);
    if (newline == std::string_view::npos) break;
    start = newline + 1;
    end = span.find('\n', start);
    if (end == std::string_view::npos) end = span.size();
  }
  return kNoFieldLine;
}

bool lists_items_with_fields(const std::vector<Block>& blocks) {
  int items = 0;
  // Whether the block before is a list item: a paragraph of fields after
  // it is its fields, set apart by a blank line.
  bool after_item = false;
  for (const Block& b : blocks) {
    if (b.debris) continue;
    std::size_t from = kNoFieldLine;
    if (b.kind == BlockKind::kListItem) {
      // Most items are one line: their marker is not read.
      if (!b.raw_lines.single()) from = 1;
    } else if (b.kind == BlockKind::kParagraph && after_item) {
      from = 0;
    }
    after_item = b.kind == BlockKind::kListItem;
    if (from == kNoFieldLine) continue;
    if (from == 1) {
      const MarkerClass cls = classify_marker(b.marker()).cls;
      if (cls != MarkerClass::kNumber && cls != MarkerClass::kDotted) continue;
    }
    const std::size_t at = first_field_line(b, from, from == 0 ? 0 : kLastFieldLineTried);
    if (at == kNoFieldLine) continue;
    const std::optional<std::string_view> line = nth_line(b, at);
    const std::optional<ItemField> field = line ? read_item_field(*line) : std::nullopt;
    if (!field) continue;
    if ((field->role == ColumnRole::kLead || field->role == ColumnRole::kDue) && ++items >= kMinItemsWithFields) {
      return true;
    }
  }
  return false;
}

}  // namespace docket
