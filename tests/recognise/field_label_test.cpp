#include "recognise/field_label.hpp"

#include <gtest/gtest.h>

namespace docket {
namespace {

TEST(FieldLabel, ValueAfterTheLabelAndItsSeparator) {
  for (const char* line : {"Contact Officer: Sam Lee", "CONTACT OFFICER - Sam Lee", "contact officer.  Sam Lee ",
                           "Contact officer \xE2\x80\x93 Sam Lee", "Contact Officer Sam Lee"}) {
    const LabelledValue field = match_label(line, "contact officer");
    EXPECT_TRUE(field.found) << line;
    EXPECT_EQ(field.value, "Sam Lee") << line;
  }
}

TEST(FieldLabel, ALabelWithNothingAfterItIsFoundEmpty) {
  const LabelledValue field = match_label("Subject:", "subject");
  EXPECT_TRUE(field.found);
  EXPECT_EQ(field.value, "");
}

TEST(FieldLabel, ALongerWordOrAnotherStartIsNoLabel) {
  EXPECT_FALSE(match_label("Contactable by phone", "contact").found);
  EXPECT_FALSE(match_label("Tel2 01234", "tel").found);
  EXPECT_FALSE(match_label("The contact: Sam Lee", "contact").found);
  EXPECT_FALSE(match_label("Con", "contact").found);
  EXPECT_FALSE(match_label("", "contact").found);
}

}  // namespace
}  // namespace docket
