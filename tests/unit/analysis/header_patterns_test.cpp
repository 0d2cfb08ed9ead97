#include "analysis/header_patterns.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/doc_types.hpp"
#include "text/text_kit.hpp"

namespace vanban::analysis {
namespace {

class HeaderPatternsTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  HeaderPatterns patterns;
  text::MatchText m(const char* s) { return kit.folder.prepare(s); }
};

TEST_F(HeaderPatternsTest, StateNumberSymbol) {
  auto ns = patterns.number_symbol(m("Số: 57/KH-SNN"));
  ASSERT_TRUE(ns);
  EXPECT_EQ(ns->number.value_or(""), "57");
  EXPECT_EQ(ns->symbol, "KH-SNN");
  EXPECT_EQ(ns->number_symbol, "57/KH-SNN");
}

TEST_F(HeaderPatternsTest, DottedNumberOfASeries) {
  auto ns = patterns.number_symbol(m("Số: 48.3/2026/NQ-CP"));
  ASSERT_TRUE(ns);
  EXPECT_EQ(ns->number.value_or(""), "48.3");
  EXPECT_EQ(ns->number_symbol, "48.3/2026/NQ-CP");
}

TEST_F(HeaderPatternsTest, DotsOfADraftBlankAreNoSubNumber) {
  auto ns = patterns.number_symbol(m("Số: ....../KH-UBND"));
  ASSERT_TRUE(ns);
  EXPECT_FALSE(ns->number);
  EXPECT_EQ(ns->symbol, "KH-UBND");
}

TEST_F(HeaderPatternsTest, PartyNumberSymbol) {
  auto ns = patterns.number_symbol(m("Số 45-KH/ĐU"));
  ASSERT_TRUE(ns);
  EXPECT_EQ(ns->number.value_or(""), "45");
  EXPECT_EQ(ns->symbol, "KH/ĐU");
  EXPECT_EQ(ns->number_symbol, "45-KH/ĐU");
}

TEST_F(HeaderPatternsTest, NormativeNumberSymbolKeepsTheYearInTheSymbol) {
  auto ns = patterns.number_symbol(m("Số:  45/2025/NĐ-CP"));
  ASSERT_TRUE(ns);
  EXPECT_EQ(ns->number.value_or(""), "45");
  EXPECT_EQ(ns->symbol, "2025/NĐ-CP");
}

TEST_F(HeaderPatternsTest, BlankNumberOfADraft) {
  auto ns = patterns.number_symbol(m("Số:           /UBND-KT"));
  ASSERT_TRUE(ns);
  EXPECT_FALSE(ns->number);
  EXPECT_EQ(ns->symbol, "UBND-KT");
  EXPECT_EQ(ns->number_symbol, "/UBND-KT");
}

TEST_F(HeaderPatternsTest, SoNoiVuIsNotANumberLine) {
  EXPECT_FALSE(patterns.number_symbol(m("SỞ NỘI VỤ")));
  EXPECT_EQ(patterns.classify(m("SỞ NỘI VỤ")), HeaderLineKind::Other);
}

TEST_F(HeaderPatternsTest, PlaceAndFullDate) {
  auto pd = patterns.place_date(m("Khánh Hưng, ngày 07 tháng 4 năm 2025"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place.value_or(""), "Khánh Hưng");
  EXPECT_EQ(pd->date.iso(), "2025-04-07");
  EXPECT_FALSE(pd->blank);
}

TEST_F(HeaderPatternsTest, PlaceAndNumericDate) {
  auto pd = patterns.place_date(m("Buôn Ma Thuột, ngày 5/3/2027"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->place, "Buôn Ma Thuột");
  EXPECT_EQ(pd->date.year, 2027);
  EXPECT_EQ(pd->date.month, 3);
  EXPECT_EQ(pd->date.day, 5);
  EXPECT_EQ(patterns.classify(m("Buôn Ma Thuột, ngày 5/3/2027")), HeaderLineKind::PlaceDate);
  // A body sentence that opens with a numeric date is no place-date line.
  EXPECT_NE(patterns.classify(m("Ngày 5/3/2027, Sở Y tế tổ chức hội nghị.")), HeaderLineKind::PlaceDate);
}

TEST_F(HeaderPatternsTest, BlankDayGivesYearAndMonth) {
  auto pd = patterns.place_date(m("Khánh Hưng, ngày       tháng 12 năm 2025"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->date.iso(), "2025-12");
  EXPECT_TRUE(pd->blank);
}

TEST_F(HeaderPatternsTest, BlankDayAndMonthGivesTheYear) {
  auto pd = patterns.place_date(m("Phú An, ngày     tháng     năm 2026"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->date.iso(), "2026");
}

// A draft that dropped "ngày" with its blank, or left the blank as dots or an ellipsis.
TEST_F(HeaderPatternsTest, DraftDateWithoutADayGivesYearAndMonth) {
  auto pd = patterns.place_date(m("Tân Phong, tháng 12 năm 2027"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->date.iso(), "2027-12");
  EXPECT_EQ(pd->place.value_or(""), "Tân Phong");
  EXPECT_TRUE(pd->blank);
  pd = patterns.place_date(m("Tân Phong, ngày \u2026\u2026 tháng 12 năm 2027"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->date.iso(), "2027-12");
  EXPECT_TRUE(pd->blank);
  pd = patterns.place_date(m("Tân Phong, ngày....tháng....năm 2027"));
  ASSERT_TRUE(pd);
  EXPECT_EQ(pd->date.iso(), "2027");
}

TEST_F(HeaderPatternsTest, SentenceOpeningWithAMonthIsNoDateLine) {  // near misses
  EXPECT_EQ(patterns.classify(m("Tháng 12 năm 2027, Sở Y tế tổ chức kiểm tra")), HeaderLineKind::Other);
  EXPECT_FALSE(patterns.place_date(m("Tháng hành động vì môi trường năm 2027")));
}

TEST_F(HeaderPatternsTest, CellRunIntoOneParagraphIsCutBeforeTheNumber) {
  using Parts = std::vector<std::string>;
  EXPECT_EQ(patterns.split_joined_columns(m("ỦY BAN NHÂN DÂN THỊ XÃ HÀ TRUNG Số: 318/KH-UBND")),
            (Parts{"ỦY BAN NHÂN DÂN THỊ XÃ HÀ TRUNG", "Số: 318/KH-UBND"}));
  EXPECT_EQ(patterns.split_joined_columns(m("UBND TỈNH AN HẢI SỞ Y TẾ Số: 92/SYT-VP Hà Trung, ngày 04 tháng 3 năm 2025")),
            (Parts{"UBND TỈNH AN HẢI SỞ Y TẾ", "Số: 92/SYT-VP", "Hà Trung, ngày 04 tháng 3 năm 2025"}));
  // A sentence mentioning a number is not a header cell.
  EXPECT_EQ(patterns.split_joined_columns(m("Thực hiện Văn bản số: 12/UBND-VP của tỉnh")).size(), 1u);
}

TEST_F(HeaderPatternsTest, PlaceHalfOfASplitBodyName) {
  EXPECT_TRUE(patterns.starts_place_name(m("HUYỆN TRÀ LĨNH ĐÔNG")));
  EXPECT_TRUE(patterns.starts_place_name(m("THÀNH PHỐ LONG PHÚ")));
  EXPECT_FALSE(patterns.starts_place_name(m("HUYỆN ỦY TRÀ LĨNH")));
  EXPECT_FALSE(patterns.starts_place_name(m("SỞ Y TẾ")));
}

TEST_F(HeaderPatternsTest, ClassifiesHeaderLines) {
  EXPECT_EQ(patterns.classify(m("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")), HeaderLineKind::National);
  EXPECT_EQ(patterns.classify(m("Độc lập - Tự do - Hạnh phúc")), HeaderLineKind::Motto);
  EXPECT_EQ(patterns.classify(m("ĐẢNG CỘNG SẢN VIỆT NAM")), HeaderLineKind::Party);
  EXPECT_EQ(patterns.classify(m("_________")), HeaderLineKind::Separator);
  EXPECT_EQ(patterns.classify(m("DỰ THẢO")), HeaderLineKind::Draft);
  EXPECT_EQ(patterns.classify(m("MẬT")), HeaderLineKind::Secrecy);
  EXPECT_EQ(patterns.classify(m("HỎA TỐC")), HeaderLineKind::Urgency);
  EXPECT_EQ(patterns.classify(m("V/v tăng cường quản lý chợ")), HeaderLineKind::Subject);
  EXPECT_EQ(patterns.classify(m("Kính gửi: Sở Công Thương")), HeaderLineKind::Addressee);
}

TEST(DocTypes, TypeCodeFromSymbols) {
  EXPECT_EQ(symbol_type_code("KH-UBND"), "KH");
  EXPECT_EQ(symbol_type_code("KH/ĐU"), "KH");
  EXPECT_EQ(symbol_type_code("2025/NĐ-CP"), "NĐ");
  EXPECT_EQ(symbol_type_code("UBND-KT"), "UBND");
}

TEST(DocTypes, SymbolChoosesAmongTheCodesOfAType) {
  DocTypeTable table;
  const auto* quy_dinh = table.by_folded_name("quy đinh");
  ASSERT_NE(quy_dinh, nullptr);
  EXPECT_EQ(table.code_for(*quy_dinh, "QĐi").value_or(""), "QĐi");
  EXPECT_EQ(table.code_for(*quy_dinh, "").value_or(""), "QyĐ");
  const auto* cong_van = table.by_folded_name("cong van");
  EXPECT_FALSE(table.code_for(*cong_van, "UBND"));
  EXPECT_EQ(table.code_for(*cong_van, "CV").value_or(""), "CV");
  EXPECT_EQ(table.by_code("QĐ")->name, "Quyết định");
  EXPECT_EQ(table.by_code("TTr")->name, "Tờ trình");
}

}  // namespace
}  // namespace vanban::analysis
