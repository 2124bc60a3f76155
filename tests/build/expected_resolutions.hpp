// The resolutions a whole-paper test expects: number, text and status.
#ifndef DOCKET_TESTS_EXPECTED_RESOLUTIONS_HPP
#define DOCKET_TESTS_EXPECTED_RESOLUTIONS_HPP

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "docket/model.hpp"

namespace docket {

struct ExpectedResolution {
  std::string number;
  std::string text;
  std::string status;  // "" for none
};

inline void expect_resolutions(const Document& doc, const std::vector<ExpectedResolution>& expected) {
  ASSERT_EQ(doc.items.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Item& item = doc.items[i];
    EXPECT_EQ(item.type, ItemType::kResolution);
    EXPECT_EQ(item.number, expected[i].number) << "item " << i;
    EXPECT_EQ(item.text, expected[i].text) << "item " << item.number;
    EXPECT_EQ(item.status.value_or(""), expected[i].status) << "item " << item.number;
  }
}

}  // namespace docket

#endif  // DOCKET_TESTS_EXPECTED_RESOLUTIONS_HPP
