#include "analysis/pattern.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace vanban
