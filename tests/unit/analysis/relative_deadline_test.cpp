#include <gtest/gtest.h>

#include "analysis/deadline_pass.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

class RelativeDeadlineTest : public ::testing::Test {
 protected:
  const std::vector<Deadline>& run_on(const std::string& text) {
    doc = Document{};
    Paragraph p;
    p.text = text;
    doc.blocks.push_back(p);
    DeadlinePass(kit).run(doc);
    return doc.deadlines;
  }
  text::TextKit kit;
  Document doc;
};

TEST_F(RelativeDeadlineTest, DaysFromReceivingTheDocument) {
  const auto& d = run_on("Các xã gửi báo cáo về Phòng Nội vụ trong thời hạn 15 ngày kể từ ngày nhận được văn bản này.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].value.empty());
  EXPECT_EQ(d[0].kind, "relative");
  EXPECT_EQ(d[0].duration, "P15D");
  EXPECT_FALSE(d[0].working_days);
  EXPECT_EQ(d[0].anchor, "ngày nhận được văn bản này");
  EXPECT_EQ(d[0].text, "trong thời hạn 15 ngày kể từ ngày nhận được văn bản này");
}

TEST_F(RelativeDeadlineTest, AtTheLatestDaysAfterAnEvent) {
  const auto& d = run_on("Đoàn kiểm tra gửi báo cáo chậm nhất 30 ngày sau khi kết thúc đợt kiểm tra, đồng thời lưu hồ sơ.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].duration, "P30D");
  EXPECT_EQ(d[0].anchor, "kết thúc đợt kiểm tra");
  EXPECT_EQ(d[0].kind, "relative");
}

TEST_F(RelativeDeadlineTest, WorkingDaysAreFlagged) {
  const auto& d = run_on("Trong vòng 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Văn phòng trình Chủ tịch xem xét.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].duration, "P5D");
  EXPECT_TRUE(d[0].working_days);
  EXPECT_EQ(d[0].anchor, "ngày nhận đủ hồ sơ");
}

TEST_F(RelativeDeadlineTest, DaysBeforeAnEventComparedWith) {
  const auto& d = run_on("Ban Tổ chức gửi giấy mời trước 10 ngày so với ngày tổ chức hội nghị.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].duration, "P10D");
  EXPECT_EQ(d[0].anchor, "ngày tổ chức hội nghị");
}

TEST_F(RelativeDeadlineTest, MonthsAndWeeks) {
  auto months = run_on("Hoàn thiện hồ sơ trong thời hạn 01 tháng kể từ ngày Quyết định được ban hành.");
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].duration, "P1M");
  auto weeks = run_on("Nộp sản phẩm dự thi chậm nhất là 2 tuần trước ngày tổng kết.");
  ASSERT_EQ(weeks.size(), 1u);
  EXPECT_EQ(weeks[0].duration, "P2W");
  EXPECT_EQ(weeks[0].anchor, "ngày tổng kết");
}

TEST_F(RelativeDeadlineTest, DateOfThePreviousYearIsRelative) {
  const auto& d = run_on("Các đơn vị gửi dự toán chậm nhất là ngày 31/12 năm trước liền kề năm kế hoạch.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].value.empty());
  EXPECT_EQ(d[0].kind, "relative");
  EXPECT_EQ(d[0].anchor, "năm trước liền kề");
  EXPECT_FALSE(d[0].duration);
  EXPECT_EQ(d[0].text, "chậm nhất là ngày 31/12 năm trước liền kề");
}

TEST_F(RelativeDeadlineTest, AnchorEndsWhereTheNextClauseStarts) {
  const auto& d = run_on("Cơ quan được yêu cầu cung cấp thông tin tối đa 20 ngày kể từ ngày nhận được văn bản đề nghị và chịu trách nhiệm về nội dung cung cấp.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].anchor, "ngày nhận được văn bản đề nghị");
  const auto& e = run_on("Trong vòng 48 giờ kể từ khi phát hiện ổ dịch thì xã phải báo cáo Trung tâm Y tế.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].duration, "PT48H");
  EXPECT_EQ(e[0].anchor, "khi phát hiện ổ dịch");
}

TEST_F(RelativeDeadlineTest, EffectiveDateIsNoLimit) {
  EXPECT_TRUE(run_on("Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.").empty());
  EXPECT_TRUE(run_on("Quy định này có hiệu lực thi hành trong thời hạn 15 ngày kể từ ngày ký ban hành.").empty());
}

TEST_F(RelativeDeadlineTest, DurationWithoutAnEventIsNoRelativeLimit) {
  EXPECT_TRUE(run_on("Tổ chức tập huấn trong 03 ngày cho cán bộ cấp xã.").empty());
  EXPECT_TRUE(run_on("Kết quả thực hiện trong 6 tháng đầu năm được đánh giá tốt.").empty());
}

TEST_F(RelativeDeadlineTest, CalendarDeadlinesKeepTheirValue) {
  const auto& d = run_on("Báo cáo về Sở Tư pháp trước ngày 20/11/2026.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value, "2026-11-20");
  EXPECT_FALSE(d[0].duration);
  EXPECT_FALSE(d[0].anchor);
}

}  // namespace
}  // namespace vanban
