#include "text/vietnamese_letters.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "vietnamese_alphabet.hpp"

namespace vanban::text {
namespace {

TEST(VietnameseLetters, UnicodeHas67LowercaseAnd67UppercaseLettersWithDiacritics) {
  const auto lower = testing::vietnamese_lowercase_letters();
  const auto upper = testing::vietnamese_uppercase_letters();
  EXPECT_EQ(lower.size(), 67u);
  EXPECT_EQ(upper.size(), 67u);
  for (std::size_t i = 0; i < upper.size(); ++i) EXPECT_NE(lower[i], upper[i]) << testing::utf8(lower[i]);
}

TEST(VietnameseLetters, OwnListMatchesTheUnicodeEnumeration) {
  auto mine = lowercase_letters_with_diacritics();
  auto reference = testing::vietnamese_lowercase_letters();
  std::sort(mine.begin(), mine.end());
  std::sort(reference.begin(), reference.end());
  EXPECT_EQ(mine, reference);
}

TEST(VietnameseLetters, SplitsAndRestoresEveryTone) {
  for (bool upper : {false, true}) {
    const auto letters = upper ? testing::vietnamese_uppercase_letters() : testing::vietnamese_lowercase_letters();
    for (UChar32 c : letters) {
      const ToneSplit s = split_tone(c);
      EXPECT_EQ(with_tone(s.base, s.tone), c) << testing::utf8(c);
    }
  }
  EXPECT_EQ(split_tone(U'ở').base, U'ơ');
  EXPECT_EQ(split_tone(U'ở').tone, Tone::Hook);
  EXPECT_EQ(split_tone(U'Ấ').base, U'Â');
  EXPECT_EQ(split_tone(U'Ấ').tone, Tone::Acute);
  EXPECT_EQ(split_tone(U'đ').tone, Tone::None);
  EXPECT_EQ(split_tone(U'ç').base, U'ç');  // not Vietnamese: untouched
  EXPECT_EQ(with_tone(U'ư', Tone::Dot), U'ự');
}

}  // namespace
}  // namespace vanban::text
