#include "text/vietnamese_case.hpp"

#include <gtest/gtest.h>

namespace vanban::text {
namespace {

TEST(VietnameseCase, UpperAndLowerCoverEveryVietnameseLetter) {
  EXPECT_EQ(to_upper_vi("đường ước ơn ỷ lại"), "ĐƯỜNG ƯỚC ƠN Ỷ LẠI");
  EXPECT_EQ(to_lower_vi("ĐƯỜNG ƯỚC ƠN Ỷ LẠI"), "đường ước ơn ỷ lại");
  EXPECT_EQ(to_lower_vi("I"), "i");  // no Turkish dotless i in "vi"
}

TEST(VietnameseCase, TitleCapitalisesEachWord) {
  EXPECT_EQ(title_case("ủy ban nhân dân xã đông sơn"), "Ủy Ban Nhân Dân Xã Đông Sơn");
}

TEST(VietnameseCase, SentenceCaseOfACapitalHeading) {
  EXPECT_EQ(sentence_case("KẾ HOẠCH TRIỂN KHAI"), "Kế hoạch triển khai");
  EXPECT_EQ(sentence_case("QUYẾT ĐỊNH"), "Quyết định");
  EXPECT_EQ(sentence_case("ĐIỀU LỆ HỘI NGHỀ CÁ"), "Điều lệ hội nghề cá");
}

TEST(VietnameseCase, SentenceCaseKeepsAbbreviationsAndNumerals) {
  EXPECT_EQ(sentence_case("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA UBND XÃ NĂM 2026"),
            "Kế hoạch cải cách hành chính của UBND xã năm 2026");
  EXPECT_EQ(sentence_case("PHẦN II. NHIỆM VỤ VÀ GIẢI PHÁP"), "Phần II. Nhiệm vụ và giải pháp");
  EXPECT_EQ(sentence_case("NGHỊ ĐỊNH SỐ 12/2025/NĐ-CP"), "Nghị định số 12/2025/NĐ-CP");
}

TEST(VietnameseCase, SentenceCaseLeavesMixedCaseWordsAlone) {
  EXPECT_EQ(sentence_case("Báo cáo tại Hà Nội"), "Báo cáo tại Hà Nội");
  EXPECT_EQ(sentence_case("BÁO CÁO tình hình tại Hà Nội"), "Báo cáo tình hình tại Hà Nội");
}

}  // namespace
}  // namespace vanban::text
