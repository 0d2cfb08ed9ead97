#include "text/clean_text.hpp"

#include <gtest/gtest.h>

namespace vanban::text {
namespace {

TEST(CleanText, DropsInvisibleCharactersAndUnbreaksSpaces) {
  EXPECT_EQ(clean_text("\xEF\xBB\xBFKế ho\xC2\xADạch\xC2\xA0số 12"), "Kế hoạch số 12");
  EXPECT_EQ(clean_text("Ủy ban\u200B nhân dân\u2060"), "Ủy ban nhân dân");
  EXPECT_EQ(clean_text("10\u202F000\u2007đồng"), "10 000 đồng");
}

TEST(CleanText, KeepsEverythingElseAsWritten) {
  const std::string text = "“Kế hoạch” số 12/KH-UBND – giai đoạn 2024 – 2029…";
  EXPECT_EQ(clean_text(text), text);
  EXPECT_EQ(clean_text(""), "");
  EXPECT_EQ(clean_text("ASCII only"), "ASCII only");
}

TEST(CleanText, InvalidUtf8PassesThrough) {
  const std::string bad("a\xC2", 2);
  EXPECT_EQ(clean_text(bad), bad);
  const std::string bad2("\xEF\xBB", 2);
  EXPECT_EQ(clean_text(bad2), bad2);
}

}  // namespace
}  // namespace vanban::text
