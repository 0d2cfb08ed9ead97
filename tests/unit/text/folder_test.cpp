#include "text/match_text.hpp"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

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


// The table is built quickly (getDecomposition, blocks without decompositions or case skipped); every code
// unit must still fold to the lowercase of the first code point of its NFD, as normalizing it one by one says.
TEST(FolderTable, EveryCodeUnitIsTheLowercaseOfItsDecompositionsFirstLetter) {
  const Folder folder;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (UChar32 c = 0x80; c < 0x10000; ++c) {
    if (U_IS_SURROGATE(c) || c == 0x0110 || c == 0x0111 || (c >= 0xFF01 && c <= 0xFF5E)) continue;
    icu::UnicodeString decomposed;
    UErrorCode st = U_ZERO_ERROR;
    nfd->normalize(icu::UnicodeString(c), decomposed, st);
    UChar32 base = u_tolower(decomposed.char32At(0));
    if (base > 0xFFFF) base = c;
    const char16_t folded = folder.fold_unit(static_cast<char16_t>(c));
    if (folded == u' ' || folded == u'-' || folded == u'"' || folded == u'\'' || folded == u'.' || folded == u'/')
      continue;  // typographic variants the table maps on purpose
    ASSERT_EQ(folded, static_cast<char16_t>(base)) << std::hex << c;
  }
}


// prepare() keeps lately folded texts; what a caller does to its copy never reaches the next caller.
TEST(FolderCache, APreparedTextIsTheSameEveryTimeAndCopiesAreIndependent) {
  const Folder folder;
  const std::string text = "Ủy ban nhân dân huyện ban hành Kế hoạch số 12/KH-UBND ngày 05/3/2026";
  MatchText first = folder.prepare(text);
  first.folded.setCharAt(0, u'X');
  first.original.setCharAt(0, u'X');
  const MatchText second = folder.prepare(text);
  EXPECT_EQ(second.original, icu::UnicodeString::fromUTF8(text));
  EXPECT_EQ(second.folded.charAt(0), u'u');
  for (int i = 0; i < 5000; ++i) folder.prepare("một đoạn văn bản dài hơn hai mươi bốn byte số " + std::to_string(i));
  EXPECT_EQ(folder.prepare(text).folded, second.folded) << "evicted entries are folded again";
}

}  // namespace
}  // namespace vanban::text
