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

TEST(SectionTitle, SemicolonAfterAFewWordsSplitsAnEnumerationNotTheTitle) {
  EXPECT_EQ(section_title("Các phòng, ban, ngành; Ủy ban nhân dân các xã, thị trấn và các trường học, trạm y tế, "
                          "đồn công an trên địa bàn huyện Ngọc Sơn.",
                          false),
            "Các phòng, ban, ngành; Ủy ban nhân dân các xã, thị trấn và các trường học, trạm y tế, đồn");  // 20 words
  EXPECT_EQ(section_title("Phòng Nội vụ theo dõi, tổng hợp kết quả thực hiện; báo cáo Ủy ban nhân dân huyện trước "
                          "ngày 20 hằng tháng và đột xuất khi có yêu cầu của cấp trên.",
                          false),
            "Phòng Nội vụ theo dõi, tổng hợp kết quả thực hiện");
}

TEST(Quotes, BalanceOfQuotedProvisions) {
  EXPECT_TRUE(opens_with_quote("“c) Đối với hàng hóa dự trữ;”;"));
  EXPECT_EQ(quote_balance("“c) Đối với hàng hóa dự trữ;”;"), 0);
  EXPECT_EQ(quote_balance("“4. Các bộ cung cấp thông tin như sau:"), 1);
  EXPECT_EQ(quote_balance("g) Bộ Xây dựng cung cấp thông tin.”."), -1);
}

TEST(Quotes, GazetteFontsOpenWithReversedQuotes) {
  EXPECT_TRUE(opens_with_quote("‟3. Định mức giờ giảng được xác định theo năm học."));
  EXPECT_EQ(quote_balance("‟3. Định mức giờ giảng được xác định theo năm học:"), 1);
  EXPECT_TRUE(opens_with_quote("„b) Hồ sơ gồm:"));
  EXPECT_FALSE(opens_with_quote("3. Định mức giờ giảng."));
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

TEST_F(LabelsTest, PartyDottedItemWithADash) {
  auto l = labels.match("2.3- Công tác kiểm tra, giám sát");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Dotted);
  EXPECT_EQ(l->key, "2.3");
  EXPECT_EQ(l->rest, "Công tác kiểm tra, giám sát");
  EXPECT_FALSE(labels.match("1.5-2 lần so với cùng kỳ"));
}

}  // namespace
}  // namespace vanban::analysis


namespace vanban::analysis {
namespace {

TEST_F(LabelsTest, LetteredPointsWithAPeriodOrADash) {
  auto l = labels.match("a. Tổ chức ra quân dọn vệ sinh");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Lettered);
  EXPECT_EQ(l->key, "a");
  EXPECT_EQ(l->text, "a.");
  EXPECT_EQ(l->rest, "Tổ chức ra quân dọn vệ sinh");
  EXPECT_TRUE(l->loose_letter);
  l = labels.match("đ- Các chi bộ báo cáo kết quả");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Lettered);
  EXPECT_EQ(l->key, "đ");
  EXPECT_EQ(l->text, "đ-");
  l = labels.match("i. Kiểm tra hồ sơ");  // a lowercase 'i' is a point, not the Roman numeral
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Lettered);
  l = labels.match("b) Thu gom rác thải");
  ASSERT_TRUE(l);
  EXPECT_FALSE(l->loose_letter);
}

TEST_F(LabelsTest, InitialsAndAbbreviationsAreNotLetteredPoints) {
  EXPECT_FALSE(labels.match("A. Nguyễn là tác giả cuốn sách"));  // an initial: capital letter
  EXPECT_FALSE(labels.match("v.v. các nội dung khác"));
  EXPECT_FALSE(labels.match("ă. Không phải nhãn"));
  EXPECT_FALSE(labels.match("á. Không phải nhãn"));
  EXPECT_FALSE(labels.match("a."));
  EXPECT_FALSE(labels.match("a.b Không phải nhãn"));
  EXPECT_FALSE(labels.match("ab. Không phải nhãn"));
}

TEST(PointLetters, FollowTheVietnameseOrLatinAlphabet) {
  EXPECT_TRUE(follows_point_letter("a", "b"));
  EXPECT_TRUE(follows_point_letter("d", "đ"));
  EXPECT_TRUE(follows_point_letter("đ", "e"));
  EXPECT_TRUE(follows_point_letter("e", "g"));  // Vietnamese has no f
  EXPECT_TRUE(follows_point_letter("e", "f"));  // some documents use the Latin alphabet
  EXPECT_TRUE(follows_point_letter("i", "k"));
  EXPECT_TRUE(follows_point_letter("v", "x"));
  EXPECT_FALSE(follows_point_letter("", "b"));
  EXPECT_FALSE(follows_point_letter("a", "c"));
  EXPECT_TRUE(follows_point_letter("d", "e"));   // lists that skip đ (Latin alphabet)
  EXPECT_FALSE(follows_point_letter("đ", "f"));
  EXPECT_FALSE(follows_point_letter("b", "a"));
}

TEST_F(LabelsTest, OrdinalPartInCapitalsHasALowerCaseKey) {
  auto l = labels.match("PHẦN THỨ HAI");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Part);
  EXPECT_EQ(l->key, "thứ hai");
  l = labels.match("Phần III. KIẾN NGHỊ");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->key, "III");
}

TEST_F(LabelsTest, CapitalLetterPartWithACapitalsTitle) {
  auto l = labels.match("B. NHIỆM VỤ, GIẢI PHÁP NĂM 2019");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Part);
  EXPECT_TRUE(l->letter_part);
  EXPECT_EQ(l->key, "B");
  EXPECT_EQ(l->text, "B.");
  EXPECT_EQ(l->rest, "NHIỆM VỤ, GIẢI PHÁP NĂM 2019");
  EXPECT_FALSE(labels.match("A. Đánh giá kết quả năm 2018"));  // sentence case: only when bold
  l = labels.match("A. Đánh giá kết quả năm 2018", /*emphasized=*/true);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->letter_part);
  // An initial before a name, or a sentence, is not a part.
  EXPECT_FALSE(labels.match("A. Lincoln từng nói về dân chủ."));
  EXPECT_FALSE(labels.match("Ă. KẾT QUẢ"));
}

TEST_F(LabelsTest, SlashLabels) {
  auto l = labels.match("I/ MỤC ĐÍCH, YÊU CẦU");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Roman);
  EXPECT_EQ(l->key, "I");
  EXPECT_EQ(l->rest, "MỤC ĐÍCH, YÊU CẦU");
  l = labels.match("2/ Yêu cầu: thiết thực, hiệu quả.");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->kind, SectionKind::Numbered);
  EXPECT_EQ(l->key, "2");
  // A fraction or a date at the start of a sentence is no label.
  EXPECT_FALSE(labels.match("1/2 số hộ đã được hỗ trợ."));
  EXPECT_FALSE(labels.match("15/3 là ngày hết hạn nộp hồ sơ."));
}

}  // namespace
}  // namespace vanban::analysis
