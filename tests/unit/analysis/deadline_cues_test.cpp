// Cues around a date that decide whether it is a time limit: "vào" before a period, a validity that
// runs "đến hết ngày …", and a cut-off cue that a comma closes.
#include "analysis/deadline_pass.hpp"

#include <gtest/gtest.h>

#include "text/text_kit.hpp"

namespace vanban {
namespace {

class DeadlineCuesTest : public ::testing::Test {
 protected:
  std::vector<std::string> values_of(const std::string& text) {
    doc = Document{};
    Paragraph p;
    p.text = text;
    doc.blocks.push_back(std::move(p));
    DeadlinePass(kit).run(doc);
    std::vector<std::string> v;
    for (const auto& d : doc.deadlines)
      if (!d.value.empty()) v.push_back(d.value);
    return v;
  }
  text::TextKit kit;
  Document doc;
};

TEST_F(DeadlineCuesTest, VaoBeforeAPeriodIsALimit) {
  EXPECT_EQ(values_of("Sở Văn hóa sơ kết 3 năm thực hiện Đề án vào quý III năm 2027."),
            (std::vector<std::string>{"2027-Q3"}));
  EXPECT_EQ(values_of("Tổ chức Hội thi cấp tỉnh vào tháng 10/2027."), (std::vector<std::string>{"2027-10"}));
  EXPECT_EQ(values_of("Tổ chức chiến dịch truyền thông vào cuối quý II/2027."), (std::vector<std::string>{"2027-Q2"}));
  EXPECT_EQ(values_of("Tổng kết công tác dân số vào đầu tháng 12/2027."), (std::vector<std::string>{"2027-12"}));
}

TEST_F(DeadlineCuesTest, VaoBeforeADayIsAnEvent) {
  EXPECT_TRUE(values_of("Vòng chung kết tổ chức tại Nhà văn hóa tỉnh vào ngày 14/8/2027 (thứ Bảy).").empty());
}

TEST_F(DeadlineCuesTest, ValidityEndIsNotALimit) {
  EXPECT_TRUE(
      values_of("Nghị quyết này có hiệu lực kể từ ngày ký ban hành đến hết ngày 28 tháng 02 năm 2028.").empty());
}

TEST_F(DeadlineCuesTest, ACommaEndsTheValidityCue) {
  EXPECT_EQ(values_of("b) Số hóa hồ sơ thủ tục hành chính còn hiệu lực, xong trước ngày 30/9/2027."),
            (std::vector<std::string>{"2027-09-30"}));
  EXPECT_TRUE(values_of("Số liệu tính đến ngày 30/11/2027 theo biểu mẫu.").empty());
}

TEST_F(DeadlineCuesTest, MeetingHourAfterThoiGianIsAnEvent) {
  EXPECT_TRUE(values_of("Thời gian: 14 giờ 00, ngày 16/5/2027.").empty());
  EXPECT_EQ(values_of("Thời gian: tháng 6/2027."), (std::vector<std::string>{"2027-06"}));
  EXPECT_EQ(values_of("Thời gian hoàn thành: 16 giờ ngày 20/5/2027."), (std::vector<std::string>{"2027-05-20"}));
}

TEST_F(DeadlineCuesTest, HanCuoiLabel) {
  EXPECT_EQ(values_of("Hạn cuối nhận hồ sơ: 31/7/2027."), (std::vector<std::string>{"2027-07-31"}));
}

TEST_F(DeadlineCuesTest, ListedDatesShareTheirLimit) {
  EXPECT_EQ(values_of("Các xã báo cáo trước ngày 15/9/2027 và ngày 15/12/2027."),
            (std::vector<std::string>{"2027-09-15", "2027-12-15"}));
  EXPECT_EQ(values_of("Các huyện hoàn thành trong tháng 01/2027 và tháng 02/2027."),
            (std::vector<std::string>{"2027-01", "2027-02"}));
  // A new clause after ';' is not part of the list.
  EXPECT_EQ(values_of("Gửi báo cáo trước ngày 15/9/2027; ngày 20/9/2027 họp Ban Chỉ đạo."),
            (std::vector<std::string>{"2027-09-15"}));
}

TEST_F(DeadlineCuesTest, YearlyQualifierAfterAListCoversEveryDate) {
  EXPECT_EQ(values_of("Các sở gửi báo cáo trước ngày 15/6 và ngày 15/12 hằng năm."),
            (std::vector<std::string>{"XXXX-06-15", "XXXX-12-15"}));
}

TEST_F(DeadlineCuesTest, YearlyQualifierOpeningTheSentence) {
  EXPECT_EQ(values_of("Hằng năm, trước ngày 15/11, các sở báo cáo kết quả."), (std::vector<std::string>{"XXXX-11-15"}));
}

}  // namespace
}  // namespace vanban
