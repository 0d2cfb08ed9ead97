#include "text/match_text.hpp"

#include <gtest/gtest.h>

#include "text/normalizer.hpp"

namespace vanban::text {
namespace {

TEST(TextFolder, CaseAndDiacriticsFoldButDStaysDistinct) {
  Folder f;
  EXPECT_EQ(f.fold_utf8("KẾ HOẠCH"), "ke hoach");
  EXPECT_EQ(f.fold_utf8("Kế Hoạch"), "ke hoach");
  EXPECT_EQ(f.fold_utf8("ke hoach"), "ke hoach");
  EXPECT_EQ(f.fold_utf8("QĐ-UBND"), "qđ-ubnd");
  EXPECT_NE(f.fold_utf8("QĐ"), f.fold_utf8("QD"));
}

TEST(TextFolder, TypographicVariantsFoldForMatching) {
  Folder f;
  EXPECT_EQ(f.fold_utf8("2024 – 2029"), "2024 - 2029");
  EXPECT_EQ(f.fold_utf8("2024 — 2029"), "2024 - 2029");
  EXPECT_EQ(f.fold_utf8("“Kế hoạch”"), "\"ke hoach\"");
  EXPECT_EQ(f.fold_utf8("‘a’"), "'a'");
  EXPECT_EQ(f.fold_utf8("v.v…"), "v.v.");
  EXPECT_EQ(f.fold_utf8("số\u00A012"), "so 12");
  EXPECT_EQ(f.fold_utf8("số\u202F12"), "so 12");
  EXPECT_EQ(f.fold_utf8("Số １２／ＫＨ"), "so 12/kh");
  // Invisible characters cannot vanish in a length-preserving fold: they become word breaks.
  EXPECT_EQ(f.fold_utf8("\uFEFFĐiều\u200B1"), " đieu 1");
  EXPECT_EQ(f.fold_utf8("a\u00ADb"), "a b");
}

TEST(TextFolder, PrepareKeepsOffsetsOfTheOriginal) {
  Folder f;
  const MatchText m = f.prepare("Căn cứ Nghị định số 12/2025/NĐ-CP");
  EXPECT_EQ(m.folded.length(), m.original.length());
  const int32_t at = m.folded.indexOf(icu::UnicodeString(u"nghi đinh"));
  ASSERT_GE(at, 0);
  EXPECT_EQ(m.utf8(at, at + 9), "Nghị định");
}

TEST(TextFolder, NfdInputFoldsLikeNfcAfterNormalizing) {
  Normalizer n;
  Folder f;
  const std::string nfd = "Ke\u0302\u0301 hoa\u0323ch";  // "Kế hoạch" decomposed
  EXPECT_FALSE(n.is_nfc(nfd));
  EXPECT_EQ(n.nfc(nfd), "Kế hoạch");
  EXPECT_TRUE(n.is_nfc(n.nfc(nfd)));
  EXPECT_EQ(f.fold_utf8(n.nfc(nfd)), f.fold_utf8("Kế hoạch"));
  EXPECT_EQ(n.nfc("plain ASCII"), "plain ASCII");
}

TEST(TextFolder, FirstInvalidUtf8) {
  EXPECT_FALSE(first_invalid_utf8("Kế hoạch").has_value());
  EXPECT_EQ(first_invalid_utf8(std::string_view("ab\xA9n", 4)), 2u);
}

}  // namespace
}  // namespace vanban::text
