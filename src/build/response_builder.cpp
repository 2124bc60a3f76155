#include "build/response_builder.hpp"

#include <string>

#include "base/text_util.hpp"
#include "recognise/response_paper.hpp"

namespace docket {

namespace {

std::optional<MarkerInfo> block_number(const Block& b, std::string_view& text) {
  if (b.kind == BlockKind::kListItem) {
    MarkerInfo m = classify_marker(b.marker());
    if (m.cls == MarkerClass::kNumber || m.cls == MarkerClass::kDotted) return m;
  }
  if (auto lead = recommendation_number(text)) {
    text = trim(text.substr(lead->second));
    return std::move(lead->first);
  }
  return std::nullopt;
}

class ResponseBuilder {
 public:
  explicit ResponseBuilder(const ItemEmitter& emit) : emit_(emit) {}

  // `next`: the block after `b` that is not page furniture, or null.
  void read(const Block& b, const Block* next) {
    if (b.debris || b.kind == BlockKind::kPageBreak) return;
    std::string_view text = trim(b.text);
    if (text.empty()) return;
    if (const std::optional<RecommendationLabel> label = read_label_block(b)) {
      finish_box();
      in_box_ = true;
      if (label->number) start(*label->number, label->rest, b.lines);
      return;
    }
    // A numbered recommendation with a response label after it is a box of
    // its own, with or without a label over it.
    if ((!in_box_ || responding_) && next != nullptr && next->kind == BlockKind::kParagraph &&
        response_label_length(*next) > 0 && opens_with_number(b)) {
      std::string_view rest = text;
      if (std::optional<MarkerInfo> number = block_number(b, rest)) {
        finish_box();
        in_box_ = true;
        start(*number, rest, b.lines);
        return;
      }
    }
    if (!in_box_) return;
    if (b.kind == BlockKind::kHeading) {
      // A heading that is no label ends the paper's run of boxes.
      finish_box();
      return;
    }
    if (!responding_) {
      if (const std::size_t label = box_.empty() ? 0 : response_label_length(b)) {
        // "Government response", "Executive response: Agreed …": the
        // label goes, the response starts.
        responding_ = true;
        response_lines_.first = b.lines.first;
        response_lines_.last = b.lines.last;
        text = trim(text.substr(label));
        if (text.empty()) return;
      } else {
        std::string_view rest = text;
        if (std::optional<MarkerInfo> number = block_number(b, rest)) {
          if (!rest.empty()) {
            start(*number, rest, b.lines);
          } else if (!box_.empty()) {
            // "(paragraph\n4.41)." broken off the recommendation's end.
            append_joined(box_.back().text, text);
          }
          return;
        }
        if (!box_.empty() && (b.kind == BlockKind::kListItem || is_ascii_lower(text.front()))) {
          // A bullet of the recommendation, or its text going on after a
          // page break: the response has not started.
          append_joined(box_.back().text, text);
          box_.back().lines.last = b.lines.last;
          return;
        }
        if (box_.empty()) {
          // A bare label's recommendation, unnumbered.
          start(MarkerInfo{}, text, b.lines);
          return;
        }
      }
    }
    if (box_.empty()) return;
    responding_ = true;
    if (!response_.empty()) response_.push_back('\n');
    response_.append(text);
    response_lines_.last = b.lines.last;
    if (response_lines_.first == 0) response_lines_.first = b.lines.first;
  }

  void finish_box() {
    for (Item& item : box_) {
      if (!response_.empty()) {
        Action& action = item.actions.emplace_back();
        action.text = response_;
        action.lines = response_lines_;
        item.lines.last = std::max(item.lines.last, response_lines_.last);
      }
      emit_(std::move(item));
    }
    box_.clear();
    response_.clear();
    response_lines_ = {};
    in_box_ = false;
    responding_ = false;
  }

 private:
  void start(const MarkerInfo& number, std::string_view text, LineSpan lines) {
    Item& item = box_.emplace_back();
    item.type = ItemType::kRecommendation;
    item.number = number.label;
    item.text = std::string(text);
    item.lines = lines;
  }

  const ItemEmitter& emit_;
  std::vector<Item> box_;
  std::string response_;
  LineSpan response_lines_;
  bool in_box_ = false;
  // The box's response has started: numbered text is no recommendation.
  bool responding_ = false;
};

}  // namespace

void build_response_items(const std::vector<Block>& blocks, const ItemEmitter& emit) {
  ResponseBuilder builder(emit);
  const auto is_furniture = [](const Block& b) { return b.debris || b.kind == BlockKind::kPageBreak; };
  std::size_t next = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (next <= i) {
      next = i + 1;
      while (next < blocks.size() && is_furniture(blocks[next])) ++next;
    }
    builder.read(blocks[i], next < blocks.size() ? &blocks[next] : nullptr);
  }
  builder.finish_box();
}

}  // namespace docket
