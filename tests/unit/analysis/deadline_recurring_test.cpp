// Recurring limits: a day of every month, a month or a day of every year. Phrases are invented.
#include "analysis/deadline_pass.hpp"

#include <gtest/gtest.h>

#include "deadline_test_support.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

using Values = std::vector<std::string>;

class DeadlineRecurringTest : public ::testing::Test {
 protected:
  Values values_of(const std::string& text) {
    doc = Document{};
    doc.metadata.issue_date = PartialDate{2027, 1, 5};
    return testing::deadline_values(kit, doc, text);
  }
  text::TextKit kit;
  Document doc;
};

TEST_F(DeadlineRecurringTest, PeriodicReportDaysWithoutAYear) {
  EXPECT_EQ(values_of("Sở báo cáo định kỳ 06 tháng (trước ngày 20 tháng 6), hằng năm (trước ngày 20 tháng 12) về Bộ."),
            (Values{"XXXX-06-20", "XXXX-12-20"}));
}

TEST_F(DeadlineRecurringTest, NearMissPeriodicWordWithAFullDate) {
  EXPECT_EQ(values_of("Sở tổng hợp báo cáo định kỳ, gửi Bộ trước ngày 20 tháng 6 năm 2027."), Values{"2027-06-20"});
}

TEST_F(DeadlineRecurringTest, DayWithoutAYearInANormativeActIsEveryYear) {
  doc = Document{};
  doc.metadata.issue_date = PartialDate{2027, 1, 5};
  doc.metadata.symbol = "2027/TT-BNNMT";
  EXPECT_EQ(testing::deadline_values(kit, doc, "Sở Nông nghiệp gửi báo cáo về Bộ trước ngày 25 tháng 11."),
            Values{"XXXX-11-25"});
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "XXXX-11-25");
  EXPECT_EQ(doc.deadlines[0].kind, "recurring");
}

TEST_F(DeadlineRecurringTest, NearMissDayWithoutAYearInAPlanIsThisYear) {
  EXPECT_EQ(values_of("Các phòng gửi báo cáo về Ủy ban trước ngày 25 tháng 11."), Values{"2027-11-25"});
}

TEST_F(DeadlineRecurringTest, DayOfEveryMonth) {
  EXPECT_EQ(values_of("Các phòng báo cáo kết quả trước ngày 10 hằng tháng."), Values{"XXXX-XX-10"});
  EXPECT_EQ(values_of("Gửi số liệu về Sở trước ngày 05 của tháng liền kề."), Values{"XXXX-XX-05"});
  EXPECT_EQ(values_of("Ngày nhận báo cáo: Ngày 18 tháng kế tiếp sau tháng báo cáo."), Values{"XXXX-XX-18"});
  EXPECT_EQ(values_of("Định kỳ hằng tháng, các xã tổng hợp tiến độ, gửi Phòng Kinh tế trước ngày 20 để theo dõi."),
            Values{"XXXX-XX-20"});
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].text, "trước ngày 20");
  EXPECT_EQ(doc.deadlines[0].kind, "recurring");
}

TEST_F(DeadlineRecurringTest, BareDayWithoutAMonthlyCueIsNothing) {
  EXPECT_TRUE(values_of("Các xã tổng hợp tiến độ, gửi Phòng Kinh tế trước ngày 20 để theo dõi.").empty());
  EXPECT_TRUE(values_of("Hằng tháng tổ chức giao ban vào ngày 20.").empty());
}

TEST_F(DeadlineRecurringTest, ListOfDaysOfEveryYear) {
  EXPECT_EQ(values_of("Các phòng báo cáo Sở trước ngày 15 tháng 6 và 15 tháng 12 hằng năm."),
            (Values{"XXXX-06-15", "XXXX-12-15"}));
}

TEST_F(DeadlineRecurringTest, MonthOfEveryYear) {
  EXPECT_EQ(values_of("Các sở tổng kết, báo cáo UBND tỉnh trong tháng 01 hằng năm."), Values{"XXXX-01"});
  // Near miss: a month with its year is a single limit.
  EXPECT_EQ(values_of("Các sở báo cáo UBND tỉnh trong tháng 11/2027."), Values{"2027-11"});
}

TEST_F(DeadlineRecurringTest, DayOfTheAdjacentYear) {
  EXPECT_EQ(values_of("Tổng hợp, gửi Bộ Tài chính trước ngày 31/01 năm liền kề."), Values{"XXXX-01-31"});
  EXPECT_EQ(values_of("Các đơn vị gửi kế hoạch chậm nhất ngày 31/12 năm trước liền kề."), Values{"XXXX-12-31"});
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].text, "chậm nhất ngày 31/12 năm trước liền kề");
  // Near miss: counted from a named year, the date has no calendar value of its own.
  EXPECT_TRUE(values_of("Các xã gửi danh mục chậm nhất ngày 31/12 năm trước liền kề năm kế hoạch.").empty());
  EXPECT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].kind, "relative");
}

}  // namespace
}  // namespace vanban
