// Response papers written as running text: recommendations in boxes under
// a label ("Committee Recommendation", "Recommendation 4:"), each followed
// by the prose that answers it. build/response_builder.hpp reads them.
#ifndef DOCKET_RESPONSE_PAPER_HPP
#define DOCKET_RESPONSE_PAPER_HPP

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/list_markers.hpp"

namespace docket {

// What a label says: that it is one, and the number and text it may carry
// ("Recommendation 4: Publish …", "Inquiry Recommendation 8.3. We …").
struct RecommendationLabel {
  std::optional<MarkerInfo> number;
  std::string_view rest;  // the text after the label and its number
};

// The label at the start of `text`: a few words ending in
// "recommendation(s)", then nothing, or a number and the recommendation.
std::optional<RecommendationLabel> read_recommendation_label(std::string_view text);

// The label block `b` opens with: read_recommendation_label of its text,
// or a first line that is a label and its number alone ("Recommendation
// 1", the recommendation on the lines below), whose rest is those lines.
std::optional<RecommendationLabel> read_label_block(const Block& b);

// How long the response label is that `b`'s text opens with: a line of its
// own ending in "response" ("Government Response") or a few words ending
// in "response:" ("Executive response: Agreed …"); 0 when none.
std::size_t response_label_length(const Block& b);

// Whether `b` opens with a recommendation's number: a numbered list item,
// or a paragraph starting "8.3." or "4:".
bool opens_with_number(const Block& b);

// At least two blocks are labels of recommendation boxes, or two numbered
// recommendations are each followed by a response label.
bool looks_like_response_paper(const std::vector<Block>& blocks);

// The number at the start of `text` ("8.3. We", "4: Publish", "12"), with
// the length it takes up to the text after it.
std::optional<std::pair<MarkerInfo, std::size_t>> recommendation_number(std::string_view text);

}  // namespace docket

#endif  // DOCKET_RESPONSE_PAPER_HPP
