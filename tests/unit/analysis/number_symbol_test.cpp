#include "analysis/number_symbol.hpp"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(NumberSymbol, CompactRemovesSpaces) {
  EXPECT_EQ(compact_number_symbol("231 /BC-CAT-PC02"), "231/BC-CAT-PC02");
  EXPECT_EQ(compact_number_symbol("12/ KH-UBND"), "12/KH-UBND");
}

TEST(NumberSymbol, KeyIsCaseInsensitiveButKeepsĐ) {
  text::Folder f;
  EXPECT_EQ(number_symbol_key(f, "08-QĐi/TW"), number_symbol_key(f, "08-qđi/tw"));
  EXPECT_NE(number_symbol_key(f, "12/QĐ-UBND"), number_symbol_key(f, "12/QD-UBND"));
}

TEST(NumberSymbol, NumberPart) {
  EXPECT_EQ(number_of("69/KH-UBND"), "69");
  EXPECT_EQ(number_of("111-KH/ĐU"), "111");
  EXPECT_EQ(number_of("48.3/2026/NQ-CP"), "48.3") << "a series' dotted sub-number belongs to the number";
  EXPECT_EQ(number_of("12/KH.UBND"), "12") << "a dot inside the symbol is not a sub-number";
}

TEST(NumberSymbol, TypeCodeAfterADottedNumber) {
  text::Folder f;
  EXPECT_EQ(type_code_from_symbol(f, "48.3/2026/NQ-CP"), "NQ");
}

TEST(NumberSymbol, TypeCodeFromStatePartyAndNormativeSymbols) {
  text::Folder f;
  EXPECT_EQ(type_code_from_symbol(f, "69/KH-UBND"), "KH");
  EXPECT_EQ(type_code_from_symbol(f, "111-KH/ĐU"), "KH");
  EXPECT_EQ(type_code_from_symbol(f, "11-QĐi/TW"), "QĐi");
  EXPECT_EQ(type_code_from_symbol(f, "59/2023/NĐ-CP"), "NĐ");
  EXPECT_EQ(type_code_from_symbol(f, "5/QyĐ-UBND"), "QyĐ");
  EXPECT_EQ(type_code_from_symbol(f, "2932/UBND-NC"), std::nullopt);
  EXPECT_EQ(type_code_from_symbol(f, "88/2019/QH14"), std::nullopt);
}

TEST(NumberSymbol, TypeCodeFromTypeWord) {
  EXPECT_EQ(type_code_for_word("to trinh"), "TTr");
  EXPECT_EQ(type_code_for_word("quy đinh"), "QyĐ");
  EXPECT_EQ(type_code_for_word("chuong trinh"), "CTr");
  EXPECT_EQ(type_code_for_word("luat"), std::nullopt);
}

}  // namespace
}  // namespace vanban
