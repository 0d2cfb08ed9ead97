#include "analysis/labels.hpp"

#include <gtest/gtest.h>

namespace vanban::analysis {
namespace {

class LabelsTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  LabelMatcher labels{kit};
};

TEST_F(LabelsTest, RomanArabicDottedLettered) {
  auto l = labels.match("II. NỘI DUNG TRỌNG TÂM");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Roman);
  EXPECT_EQ(l->key, "II");
  EXPECT_EQ(l->text, "II.");
  EXPECT_EQ(l->rest, "NỘI DUNG TRỌNG TÂM");

  l = labels.match("7. Tăng cường kiểm tra");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Numbered);
  EXPECT_EQ(l->key, "7");

  l = labels.match("2.3.1. Rà soát hồ sơ");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Dotted);
  EXPECT_EQ(l->key, "2.3.1");
  EXPECT_EQ(l->numbers, (std::vector<int>{2, 3, 1}));

  l = labels.match("đ) Phối hợp với Công an xã");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Lettered);
  EXPECT_EQ(l->key, "đ");
}

TEST_F(LabelsTest, PartyDashLabels) {
  auto l = labels.match("I- MỤC ĐÍCH, YÊU CẦU");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Roman);
  EXPECT_EQ(l->key, "I");
  l = labels.match("3- Các chi bộ trực thuộc");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Numbered);
  EXPECT_EQ(l->key, "3");
}

TEST_F(LabelsTest, NormativeLabels) {
  auto l = labels.match("Điều 5. Trách nhiệm thi hành");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Article);
  EXPECT_EQ(l->key, "5");
  EXPECT_EQ(l->text, "Điều 5.");
  EXPECT_EQ(l->rest, "Trách nhiệm thi hành");
  l = labels.match("Chương II");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Chapter);
  EXPECT_EQ(l->key, "II");
  EXPECT_TRUE(l->rest.empty());
  l = labels.match("Mục 2. QUẢN LÝ GIÁ");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Division);
  l = labels.match("PHẦN THỨ NHẤT");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Part);
}

TEST_F(LabelsTest, NotLabels) {
  EXPECT_FALSE(labels.match("1.000 người dân tham gia hội thi"));
  EXPECT_FALSE(labels.match("2025 là năm bản lề"));
  EXPECT_FALSE(labels.match("(1) Hoàn thiện thể chế"));
  EXPECT_FALSE(labels.match("- Tuyên truyền trên loa truyền thanh"));
  EXPECT_FALSE(labels.match("“5. Tổ chức, cá nhân lập phương án giá”"));
  EXPECT_FALSE(labels.match("Mục tiêu của kế hoạch là"));
  EXPECT_FALSE(labels.match("Mục 2 của Quyết định này được sửa đổi"));
  EXPECT_FALSE(labels.match("1.5 triệu đồng mỗi hộ"));
  EXPECT_FALSE(labels.match("3."));
}

TEST(SectionTitle, ShortHeadingIsKept) {
  EXPECT_EQ(section_title("Mục đích, yêu cầu:", false), "Mục đích, yêu cầu");
  EXPECT_EQ(section_title("Tập trung nâng cao hiệu lực, hiệu quả quản lý; tăng cường kỷ luật, kỷ cương; đẩy mạnh cải cách", false),
            "Tập trung nâng cao hiệu lực, hiệu quả quản lý; tăng cường kỷ luật, kỷ cương; đẩy mạnh cải cách");
}

TEST(SectionTitle, LongParagraphGivesItsOpeningWords) {
  EXPECT_EQ(section_title("Giao Phòng Kinh tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này và có trách "
                          "nhiệm: theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ủy ban nhân dân xã trước ngày 15/12/2025.",
                          false),
            "Giao Phòng Kinh tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch");  // 20 words
  EXPECT_EQ(section_title("Việc tổ chức hội thi phải thiết thực, tiết kiệm. Không phô trương hình thức.", false),
            "Việc tổ chức hội thi phải thiết thực, tiết kiệm");
}

TEST(Quotes, BalanceOfQuotedProvisions) {
  EXPECT_TRUE(opens_with_quote("“c) Đối với hàng hóa dự trữ;”;"));
  EXPECT_EQ(quote_balance("“c) Đối với hàng hóa dự trữ;”;"), 0);
  EXPECT_EQ(quote_balance("“4. Các bộ cung cấp thông tin như sau:"), 1);
  EXPECT_EQ(quote_balance("g) Bộ Xây dựng cung cấp thông tin.”."), -1);
}

}  // namespace
}  // namespace vanban::analysis

namespace vanban::analysis {
namespace {

TEST_F(LabelsTest, LabelGluedToACapitalIsStillALabel) {
  auto l = labels.match("1.Mục đích");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->key, "1");
  EXPECT_EQ(l->rest, "Mục đích");
  l = labels.match("II.NỘI DUNG");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Roman);
  l = labels.match("2.1.Xây dựng kế hoạch");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Dotted);
  EXPECT_FALSE(labels.match("2-3 ngày làm việc"));
}

}  // namespace
}  // namespace vanban::analysis

