#include "analysis/pattern.hpp"

#include <gtest/gtest.h>

#include <unicode/uchar.h>
#include <unicode/regex.h>

namespace vanban {
namespace {

icu::UnicodeString u(const char* s) { return icu::UnicodeString::fromUTF8(s); }

TEST(Pattern, DigitsAreAsciiDigits) {
  const Pattern number("\\d{1,5}/\\d{4}");
  EXPECT_TRUE(number.whole(u("59/2023")));
  EXPECT_FALSE(number.whole(u("５９/２０２３"))) << "fullwidth digits are not read as numbers";
  const Pattern in_set("[\\p{L}\\d]+");
  EXPECT_TRUE(in_set.whole(u("QĐ12")));
}

TEST(Pattern, AnEscapedBackslashBeforeADStaysLiteral) {
  const Pattern literal("a\\\\d");
  EXPECT_TRUE(literal.whole(u("a\\d")));
  EXPECT_FALSE(literal.whole(u("a\\7")));
}

// "\\p{L}" and "\\p{M}" become explicit sets of the Latin, Greek and Cyrillic blocks (and the combining
// marks); in those blocks they must hold exactly the code points of ICU's own properties.
TEST(Pattern, LetterAndMarkSetsAreIcusPropertiesInTheirBlocks) {
  const Pattern letter("\\p{L}");
  const Pattern mark("\\p{M}");
  const std::pair<UChar32, UChar32> blocks[] = {{0x0000, 0x052F}, {0x1AB0, 0x1AFF}, {0x1C80, 0x1C8F},
                                                {0x1D00, 0x1FFF}, {0x20D0, 0x20FF}, {0xFE20, 0xFE2F}};
  for (const auto& [first, last] : blocks) {
    for (UChar32 c = first; c <= last; ++c) {
      const icu::UnicodeString s(c);
      const int8_t type = u_charType(c);
      const bool is_letter = type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER || type == U_TITLECASE_LETTER ||
                             type == U_MODIFIER_LETTER || type == U_OTHER_LETTER;
      const bool is_mark = type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
      ASSERT_EQ(letter.whole(s), is_letter) << std::hex << c;
      ASSERT_EQ(mark.whole(s), is_mark) << std::hex << c;
    }
  }
  EXPECT_TRUE(letter.whole(u("ệ")));
  EXPECT_TRUE(Pattern("[^\\p{L}]").whole(u("中"))) << "letters of other scripts are outside the set";
}

TEST(Pattern, ABadPatternThrows) {  // at first use; debug builds at construction
  EXPECT_THROW(
      {
        const Pattern bad("(unclosed");
        bad.find(u("unclosed"));
      },
      std::logic_error);
}

// A Lead only skips ICU where no match can start: every match found with it is the one ICU finds alone.
TEST(Pattern, ALeadFindsWhatThePlainSearchFinds) {
  const char* source = "(?<![\\p{L}\\d])(ke hoach|quyet đinh|luat)[ ]+so[ ]+(\\d+)";
  const Pattern plain(source);
  const Pattern led(source, Lead{"ke hoach|quyet đinh|luat", true});
  const icu::UnicodeString text = u("theo ke hoach so 12, bke hoach so 3, quyet đinh so 7 va luat so 9; 2luat so 4 ke hoach so");
  auto a = plain.matcher(text);
  auto b = led.matcher(text);
  int32_t pa = 0, pb = 0;
  int found = 0;
  for (;;) {
    const bool fa = find_in(*a, pa, text.length());
    const bool fb = led.find_in(*b, pb, text.length());
    ASSERT_EQ(fa, fb);
    if (!fa) break;
    ASSERT_EQ(group_span(*a, 0).start, group_span(*b, 0).start);
    ASSERT_EQ(group_span(*a, 0).end, group_span(*b, 0).end);
    ASSERT_EQ(group_span(*a, 2).start, group_span(*b, 2).start);
    pa = group_span(*a, 0).end;
    pb = group_span(*b, 0).end;
    ++found;
  }
  EXPECT_EQ(found, 3);
}

TEST(Pattern, NextLeadFindsWordStartsOnly) {
  const Pattern led("(?<![\\p{L}\\d])(?:ngay|thang) [0-9]", Lead{"ngay|thang", true});
  const icu::UnicodeString text = u("hang ngay 5, thang 6");
  EXPECT_EQ(led.next_lead(text, 0, text.length()), 5);
  EXPECT_EQ(led.next_lead(text, 6, text.length()), 13);
  EXPECT_EQ(led.next_lead(text, 14, text.length()), -1);
  EXPECT_EQ(led.next_lead(text, 0, 7), -1) << "a lead word must fit before the limit";
  const Pattern anywhere("[0-9]+", Lead{"0|1|2|3|4|5|6|7|8|9"});
  EXPECT_EQ(anywhere.next_lead(u("ab12"), 0, 4), 2);
}

TEST(Pattern, ALeadMustBeMatchedExactly) {
  EXPECT_THROW(Pattern("x", Lead{"x"}, UREGEX_CASE_INSENSITIVE), std::logic_error);
}

}  // namespace
}  // namespace vanban
