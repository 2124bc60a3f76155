// Section labels found at the start of a line, wherever the line's first
// word falls against the sixteen-byte blocks its end is looked for in.
#include <gtest/gtest.h>

#include <string>

#include "recognise/sections.hpp"

namespace docket {
namespace {

TEST(SectionLabels, FirstWordEndsAnywhereInABlock) {
  // Marks before the word move its end across every lane of a block and
  // past it; a line shorter than a block is read a byte at a time.
  for (std::size_t marks = 0; marks < 40; ++marks) {
    const std::string lead(marks, '(');
    SCOPED_TRACE(marks);
    EXPECT_EQ(match_section_label(lead + "Reasons").label, SectionLabel::kReasons);
    EXPECT_EQ(match_section_label(lead + "Reasons:").label, SectionLabel::kReasons);
    EXPECT_EQ(match_section_label(lead + "Reasons for the decision").label, SectionLabel::kReasons);
    EXPECT_EQ(match_section_label(lead + "Date of publication: 8 May").label, SectionLabel::kPublished);
    EXPECT_EQ(match_section_label(lead + "Dispensations granted: none recorded at the meeting").label,
              SectionLabel::kDispensations);
    // A longer word that starts with a label's word is not that word.
    EXPECT_EQ(match_section_label(lead + "Reasonsless: none").label, SectionLabel::kNone);
    EXPECT_EQ(match_section_label(lead + "Purposeful and clear: yes").label, SectionLabel::kNone);
    EXPECT_EQ(match_section_label(lead + "Dispensationsandmore").label, SectionLabel::kNone);
    // A word no label starts with.
    EXPECT_EQ(match_section_label(lead + "Members noted the report: yes").label, SectionLabel::kNone);
    // "And" and the word after it: the word past a three-letter one.
    EXPECT_EQ(match_section_label(std::string(marks, ' ') + "And Resolved:").label, SectionLabel::kResolved);
    EXPECT_EQ(match_section_label(std::string(marks, ' ') + "And the clerk left the room.").label, SectionLabel::kNone);
    EXPECT_EQ(match_section_label(std::string(marks, ' ') + "AND RESOLVED:").label, SectionLabel::kResolved);
    EXPECT_EQ(match_section_label(std::string(marks, ' ') + "aNd RESOLVED:").label, SectionLabel::kResolved);
    EXPECT_EQ(match_section_label(std::string(marks, ' ') + "Ant Resolved:").label, SectionLabel::kNone);
  }
}

}  // namespace
}  // namespace docket
