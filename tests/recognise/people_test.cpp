#include "recognise/people.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docket {
namespace {

std::vector<Person> people_in(std::string_view text) {
  const SplitBlocks blocks(text);
  return find_people(blocks);
}

TEST(People, ContactBlock) {
  const std::vector<Person> people = people_in(
      "**Name of Contact Officer:** Peter Smith\n\n**Post Title:** Scrutiny Officer\n\n"
      "**Telephone No.** 01642 528957\n\n**Email Address:** [peter.smith@example.gov.uk](mailto:peter.smith@example.gov.uk)\n");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Peter Smith");
  EXPECT_EQ(people[0].role, "Scrutiny Officer");
  EXPECT_EQ(people[0].phone, "01642 528957");
  EXPECT_EQ(people[0].email, "peter.smith@example.gov.uk");
}

TEST(People, ContactOnOneLine) {
  const std::vector<Person> people = people_in("Contact: Sam Lee, Democratic Services Officer, sam.lee@example.gov.uk\n");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Sam Lee");
  EXPECT_EQ(people[0].email, "sam.lee@example.gov.uk");
}

TEST(People, LeadOfficerRunIntoOtherText) {
  const std::vector<Person> people =
      people_in("Review of Street Lighting Action Plan Lead Officer: Jane Doe, Head of Highways\n");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Jane Doe");
  EXPECT_EQ(people[0].role, "Head of Highways");
}

TEST(People, TheSameNameTwiceIsOnePersonWithWhatBothGave) {
  const std::vector<Person> people = people_in(
      "Contact: Sam Lee\n\nTelephone: 01234 567890\n\nLead Officer: Sam Lee, Head of Parks\n\n"
      "Author: Kim Park\n");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].name, "Sam Lee");
  EXPECT_EQ(people[0].phone, "01234 567890");
  EXPECT_EQ(people[0].role, "Head of Parks");
  EXPECT_EQ(people[1].name, "Kim Park");
}

TEST(People, ATelephoneLabelWithoutANumberGivesNoPhone) {
  const std::vector<Person> people = people_in("Contact: Sam Lee\n\nTelephone: see the council's website\n");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_FALSE(people[0].phone);
}

TEST(People, ANameLabelBeforeASentenceNamesNobody) {
  EXPECT_TRUE(people_in("Contact: the team will answer every letter within ten working days\n").empty());
  EXPECT_TRUE(people_in("The report was written with care and checked twice.\n").empty());
}

TEST(People, PersonNames) {
  EXPECT_TRUE(looks_like_person_name("Graham Waller"));
  EXPECT_TRUE(looks_like_person_name("Mary-Ann O'Neil"));
  EXPECT_FALSE(looks_like_person_name("Head of Children and Young People's Strategy"));
  EXPECT_FALSE(looks_like_person_name("Corporate Director, CESC"));
  EXPECT_FALSE(looks_like_person_name("Service Manager"));
  EXPECT_FALSE(looks_like_person_name("Smith"));
}

TEST(People, TextBeforeANameLabel) {
  EXPECT_EQ(before_name_label("Review of Parks Lead Officer: Jane Doe"), "Review of Parks ");
  EXPECT_EQ(before_name_label("Review of Parks Report Author: Jane Doe"), "Review of Parks ");
  // A label at the start is the line's own label, not text run into it.
  EXPECT_EQ(before_name_label("Lead Officer: Jane Doe"), "Lead Officer: Jane Doe");
  EXPECT_EQ(before_name_label("Review of Parks"), "Review of Parks");
}

}  // namespace
}  // namespace docket
