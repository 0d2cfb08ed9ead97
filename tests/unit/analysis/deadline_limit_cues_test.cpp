// Words around a date that make it a limit ("phấn đấu đến ngày …", a dating heading) or only a
// description (an open-ended scope, a plan, the sites meant, the background of a report, a ministry's
// own timetable). Phrases are invented.
#include "analysis/deadline_pass.hpp"

#include <gtest/gtest.h>

#include "deadline_test_support.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

using Values = std::vector<std::string>;

class DeadlineLimitCuesTest : public ::testing::Test {
 protected:
  Values values_of(const std::string& text, const char* type_code = nullptr) {
    doc = Document{};
    if (type_code) doc.metadata.doc_type_code = type_code;
    return testing::deadline_values(kit, doc, text);
  }
  text::TextKit kit;
  Document doc;
};

// Class: "đến (ngày) DD/MM/YYYY" as a target.
TEST_F(DeadlineLimitCuesTest, TargetDateAfterDenIsALimit) {
  EXPECT_EQ(values_of("Giao Ban Quản lý dự án khu vực Bắc Sơn, yêu cầu đến 15/7/2027 phải hoàn thành bàn giao mặt bằng."),
            Values{"2027-07-15"});
  EXPECT_EQ(values_of("Chủ đầu tư đẩy nhanh tiến độ, phấn đấu đến ngày 31/8/2027 giải ngân 90% kế hoạch vốn."),
            Values{"2027-08-31"});
  EXPECT_EQ(values_of("Đến ngày 31/10/2027, các xã phải hoàn thành kiểm đếm."), Values{"2027-10-31"});
  // Near miss: what was done by then is an account, not a limit.
  EXPECT_TRUE(values_of("Đến ngày 31/10/2027, các xã đã hoàn thành kiểm đếm.").empty());
  EXPECT_TRUE(values_of("Từ nay đến ngày 31/10/2027 tiếp tục theo dõi diễn biến thời tiết.").empty());
  EXPECT_EQ(values_of("Các xã tập trung chỉ đạo, đến ngày 30/9/2027 phải hoàn thành việc chi trả."), Values{"2027-09-30"});
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].text, "đến ngày 30/9/2027");
  EXPECT_EQ(doc.deadlines[0].kind, "by");
}

TEST_F(DeadlineLimitCuesTest, CutOffsAndWindowsAfterDenAreNot) {
  EXPECT_TRUE(values_of("Tính đến ngày 30/9/2027, hoàn thành 12/15 công trình.").empty());
  EXPECT_TRUE(values_of("Quyết định có hiệu lực đến ngày 31/12/2027 phải được rà soát lại.").empty());
  // Effective dates: the text asks for an act so that a rule takes effect then, not by then.
  EXPECT_TRUE(values_of("Khẩn trương hoàn thiện hồ sơ để Nghị định có hiệu lực từ ngày 01 tháng 7 năm 2027.").empty());
  EXPECT_TRUE(values_of("Số liệu báo cáo từ ngày 01/8/2027 đến ngày 31/8/2027 của các phòng.").empty());
  // A period of data may run long before its end: "số liệu từ ngày 01 tháng 01 đến hết ngày …".
  EXPECT_TRUE(values_of("Báo cáo quý II: số liệu từ ngày 01 tháng 01 đến hết ngày 20 tháng 6 năm 2027 để ước tính.").empty());
  // Near miss: after a clause break the limit counts again.
  EXPECT_EQ(values_of("Số liệu từ ngày 01 tháng 01 đến ngày 20 tháng 6, gửi Sở trước ngày 25/6/2027."), Values{"2027-06-25"});
}

// Class: an open-ended scope, "… và thời gian tới", is not a limit, even in a heading.
TEST_F(DeadlineLimitCuesTest, OpenEndedScopeIsNotALimit) {
  EXPECT_TRUE(values_of("PHƯƠNG HƯỚNG CÔNG TÁC TRONG QUÝ III NĂM 2027 VÀ THỜI GIAN TỚI").empty());
  EXPECT_TRUE(values_of("duy trì nhịp độ sản xuất của nhà máy trong tháng 8/2027 và các tháng tiếp theo.").empty());
  EXPECT_TRUE(values_of("giữ vững đà tăng trưởng xuất khẩu trong quý IV/2027 và những năm tiếp theo.").empty());
}

TEST_F(DeadlineLimitCuesTest, HeadingThatDatesWhatFollowsIsALimit) {
  EXPECT_EQ(values_of("NHIỆM VỤ CẦN TRIỂN KHAI NGAY TRONG THÁNG 3/2027"), Values{"2027-03"});
  EXPECT_EQ(values_of("II. NHIỆM VỤ TRỌNG TÂM TRONG QUÝ II NĂM 2027"), Values{"2027-Q2"});
}

// Class: a plan ("dự kiến") and the sites a month picks out are no limits for the work asked.
TEST_F(DeadlineLimitCuesTest, PlannedDatesAreNotLimits) {
  EXPECT_TRUE(values_of("Bộ Giao thông dự kiến công bố kết quả vào tháng 5/2027.").empty());
  EXPECT_TRUE(values_of("Ưu tiên chi trả bồi thường tại các gói thầu dự kiến khởi công trước ngày 20/6/2027.").empty());
  // Near miss: a time label with "dự kiến" still gives the time of the work.
  EXPECT_EQ(values_of("Hoàn thành dự thảo trong tháng 6/2027, thời gian dự kiến trình: trước ngày 15/7/2027."),
            (Values{"2027-06", "2027-07-15"}));
}

TEST_F(DeadlineLimitCuesTest, SitesOfTheMonthAreNotLimits) {
  EXPECT_TRUE(values_of("Lập tiến độ chi tiết cho nhà thầu, chú ý các điểm thi công trong tháng 9/2027.").empty());
  EXPECT_TRUE(values_of("ưu tiên nhân lực cho các vị trí triển khai thi công trong tháng 10/2027.").empty());
  // Near miss: completing the works of the month is a limit.
  EXPECT_EQ(values_of("Hoàn thành các hạng mục còn lại trong tháng 9/2027."), Values{"2027-09"});
}

TEST_F(DeadlineLimitCuesTest, BackgroundPurposeOfAReportIsNotALimit) {
  EXPECT_TRUE(values_of("Để thực hiện nhiệm vụ trong 6 tháng đầu năm 2027, Sở đã ban hành kế hoạch và hướng dẫn các phòng.").empty());
  // Near miss: a purpose with the work still to be done.
  EXPECT_EQ(values_of("Để thực hiện nhiệm vụ trong 6 tháng đầu năm 2027, các phòng xây dựng kế hoạch chi tiết."),
            Values{"2027-H1"});
}

TEST_F(DeadlineLimitCuesTest, MinistryTimetableRelayedInAReportIsNotALimit) {
  EXPECT_EQ(values_of("Theo hướng dẫn, các huyện gửi hồ sơ đề nghị trong tháng 01/2027, Bộ Văn hóa thẩm định, "
                      "công nhận danh hiệu vào tháng 4/2027.",
                      "BC"),
            Values{"2027-01"});
  // Near miss: outside a report the same words set the ministry's limit.
  EXPECT_EQ(values_of("Bộ Văn hóa thẩm định, công nhận danh hiệu vào tháng 4/2027.", "QĐ"), Values{"2027-04"});
}

// A law's name may run on into the limit of the task ("… dự án Luật sửa đổi …, trình Chính phủ trước
// ngày …"); a document is dated "ngày …", never "trước ngày …".
TEST_F(DeadlineLimitCuesTest, LimitAfterALawNameIsNotTheLawsDate) {
  EXPECT_EQ(values_of("Bộ Xây dựng chủ trì xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật Nhà ở, trình "
                      "Chính phủ trước ngày 20 tháng 8 năm 2027."),
            Values{"2027-08-20"});
  // Near miss: the date of a cited document is no limit.
  EXPECT_TRUE(values_of("Thực hiện Quyết định số 35/QĐ-UBND ngày 20 tháng 8 năm 2027 của Ủy ban nhân dân tỉnh.").empty());
}

// Class: several limits in one sentence.
TEST_F(DeadlineLimitCuesTest, SeveralLimitsInOneSentence) {
  EXPECT_EQ(values_of("Ban hành kế hoạch trong tháng 02/2027, tự kiểm tra chậm nhất trong tháng 7/2027 và báo cáo kết quả "
                      "trong tháng 9/2027."),
            (Values{"2027-02", "2027-07", "2027-09"}));
  EXPECT_EQ(values_of("Gửi dự thảo trước ngày 10/3/2027; tổng hợp ý kiến, hoàn thành trước ngày 25/3/2027 và trình ký "
                      "trong quý II/2027."),
            (Values{"2027-03-10", "2027-03-25", "2027-Q2"}));
}

}  // namespace
}  // namespace vanban
