#include "analysis/deadline_pass.hpp"

#include <gtest/gtest.h>

#include "text/text_kit.hpp"

namespace vanban {
namespace {

Paragraph para(std::string text) {
  Paragraph p;
  p.text = std::move(text);
  return p;
}

TableCell cell(std::string text) {
  TableCell c;
  c.paragraphs.push_back(para(std::move(text)));
  return c;
}

TableRow row(std::vector<std::string> cells) {
  TableRow r;
  for (auto& c : cells) r.cells.push_back(cell(std::move(c)));
  return r;
}

class DeadlinePassTest : public ::testing::Test {
 protected:
  void run() { DeadlinePass(kit).run(doc); }
  std::vector<std::string> values() {
    std::vector<std::string> v;
    for (const auto& d : doc.deadlines) v.push_back(d.value);
    return v;
  }
  std::vector<std::string> values_of(const std::string& text) {
    doc = Document{};
    doc.blocks.push_back(para(text));
    run();
    return values();
  }
  text::TextKit kit;
  Document doc;
};

using Values = std::vector<std::string>;

TEST_F(DeadlinePassTest, BeforeDateWithAssigneeFromGiao) {
  doc.blocks.push_back(para("1. Giao Văn phòng tham mưu, theo dõi. Báo cáo kết quả về UBND huyện trước ngày 25/5/2024 đối với báo cáo 6 tháng."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  const auto& d = doc.deadlines[0];
  EXPECT_EQ(d.value, "2024-05-25");
  EXPECT_EQ(d.kind, "before");
  EXPECT_EQ(d.text, "trước ngày 25/5/2024");
  EXPECT_EQ(d.sentence, "Báo cáo kết quả về UBND huyện trước ngày 25/5/2024 đối với báo cáo 6 tháng.");
  EXPECT_EQ(d.assignee, "Văn phòng");
}

TEST_F(DeadlinePassTest, ByDateAndUnitThatLeads) {
  doc.blocks.push_back(para("Sở Tư pháp chủ trì xây dựng kế hoạch, gửi Sở Nội vụ chậm nhất là ngày 30/01/2026."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "2026-01-30");
  EXPECT_EQ(doc.deadlines[0].kind, "by");
  EXPECT_EQ(doc.deadlines[0].assignee, "Sở Tư pháp");
}

TEST_F(DeadlinePassTest, MonthQuarterHalfAndSplitDates) {
  EXPECT_EQ(values_of("Hoàn thành trong tháng 6/2026."), Values{"2026-06"});
  EXPECT_EQ(values_of("Trong tháng 11/2025, tập trung tuyên truyền."), Values{"2025-11"});
  EXPECT_EQ(values_of("xong trước quý II/2026"), Values{"2026-Q2"});
  EXPECT_EQ(values_of("hoàn thành trong 6 tháng đầu năm 2026"), Values{"2026-H1"});
  EXPECT_EQ(values_of("hoàn thành trước ngày 30\ntháng 6 năm 2026."), Values{"2026-06-30"});
  EXPECT_EQ(values_of("Hạn chót: 15/8/2026"), Values{"2026-08-15"});
  EXPECT_EQ(values_of("Thời gian hoàn thành: Quý III năm 2026"), Values{"2026-Q3"});
}

TEST_F(DeadlinePassTest, TimeOfDayAndDeadlineLabels) {
  EXPECT_EQ(values_of("gửi hồ sơ trước 17 giờ ngày 20/6/2026"), Values{"2026-06-20"});
  EXPECT_EQ(values_of("Thời hạn hoàn thành: 30/6/2026."), Values{"2026-06-30"});
  EXPECT_EQ(values_of("chậm nhất đến ngày 05/8/2026"), Values{"2026-08-05"});
}

TEST_F(DeadlinePassTest, DateWindowInATableCountsByItsEnd) {
  Table t;
  t.rows.push_back(row({"Nội dung", "Thời gian thực hiện"}));
  t.rows.push_back(row({"Tổ chức hội thi", "Từ ngày 01/3 đến ngày 15/3/2026"}));
  doc.blocks.push_back(t);
  run();
  EXPECT_EQ(values(), Values{"2026-03-15"});
}

TEST_F(DeadlinePassTest, NotLaterThanAndLastDayOfAnAction) {
  using V = std::vector<std::string>;
  EXPECT_EQ(values_of("Các xã gửi dự thảo không muộn hơn ngày 28/11/2025."), V{"2025-11-28"});
  EXPECT_EQ(values_of("Hạn cuối nộp hồ sơ dự tuyển là ngày 17/10/2025."), V{"2025-10-17"});
  EXPECT_EQ(values_of("Thời gian gia hạn không quá ngày 31/3/2026."), V{"2026-03-31"});
}

TEST_F(DeadlinePassTest, BareDayMonthInATimeColumn) {
  doc.metadata.issue_date = PartialDate{2026, 1, 12};
  Table t;
  t.rows.push_back(row({"Nội dung", "Thời gian hoàn thành"}));
  t.rows.push_back(row({"Hội chợ nông sản", "Trước 30/6"}));
  t.rows.push_back(row({"Tổng hợp báo cáo", "Hoàn thành trước 31/10."}));
  t.rows.push_back(row({"Tỷ lệ xã đạt chuẩn", "09/13 xã"}));  // a ratio, not a date
  doc.blocks.push_back(t);
  run();
  EXPECT_EQ(values(), (Values{"2026-06-30", "2026-10-31"}));
}

TEST_F(DeadlinePassTest, TwoLinkedLimitsInATimeCellCountTwice) {
  Table t;
  t.rows.push_back(row({"Nhiệm vụ", "Thời hạn"}));
  t.rows.push_back(row({"Báo cáo sơ kết, tổng kết", "Trước ngày 15/6/2026 và trước ngày 15/11/2026"}));
  t.rows.push_back(row({"Hoàn thiện hồ sơ", "Tháng 5/2026 (trước ngày 20/5/2026)"}));
  t.rows.push_back(row({"Ra quân cao điểm", "Đợt 1: tháng 4/2026; Đợt 2: tháng 10/2026"}));
  doc.blocks.push_back(t);
  run();
  EXPECT_EQ(values(), (Values{"2026-06-15", "2026-11-15", "2026-05", "2026-04", "2026-10"}));
}

TEST_F(DeadlinePassTest, ScheduleLinesThatOpenWithTheirTime) {
  EXPECT_EQ(values_of("- Quý II/2026: Tổ chức hội nghị sơ kết."), Values{"2026-Q2"});
  EXPECT_EQ(values_of("+ Tháng 9/2026: kiểm tra tại các xã."), Values{"2026-09"});
  EXPECT_TRUE(values_of("- Ngày 20/5/2026, Sở đã tổ chức hội nghị.").empty());
  EXPECT_TRUE(values_of("Năm 2026: hoàn thiện thể chế.").empty());
}

TEST_F(DeadlinePassTest, RecurringEveryYear) {
  doc.blocks.push_back(para("Các xã báo cáo trước ngày 15/12 hằng năm."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "XXXX-12-15");
  EXPECT_EQ(doc.deadlines[0].kind, "recurring");
}

TEST_F(DeadlinePassTest, NotDeadlines) {
  EXPECT_TRUE(values_of("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND huyện về du lịch.").empty());
  EXPECT_TRUE(values_of("Tính đến ngày 20/9/2025, toàn tỉnh đã cấp 1.200 tài khoản.").empty());
  EXPECT_TRUE(values_of("số liệu từ ngày 15/9/2025 đến ngày 14/10/2025").empty());
  EXPECT_TRUE(values_of("giai đoạn 2021-2025, nhiệm kỳ 2024-2029, năm 2024 và tầm nhìn đến năm 2030").empty());
  EXPECT_TRUE(values_of("Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026.").empty());
  EXPECT_EQ(values_of("trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ"), Values{""});  // relative: no date value
  EXPECT_TRUE(values_of("báo cáo vào thứ Sáu hằng tuần").empty());
}

TEST_F(DeadlinePassTest, PastDatesOfAReportAreNotDeadlines) {
  doc.metadata.issue_date = PartialDate{2025, 11, 0};
  doc.blocks.push_back(para("Trong tháng 10/2025, đã tổ chức 12 hội nghị. Trong tháng 11/2025, tập trung triển khai."));
  run();
  EXPECT_EQ(values(), Values{"2025-11"});
}

TEST_F(DeadlinePassTest, PastTenseWithoutADocumentDate) {
  EXPECT_TRUE(values_of("Trong tháng 9/2025, UBND xã đã tổ chức 3 hội nghị.").empty());
  EXPECT_EQ(values_of("Trong tháng 9/2026, các xã tổ chức hội nghị; đã có kế hoạch."), Values{"2026-09"});
}

TEST_F(DeadlinePassTest, AssigneeFromAUnitHeading) {
  doc.blocks.push_back(para("4. Ủy ban nhân dân các tỉnh, thành phố"));
  doc.blocks.push_back(para("a) Rà soát các thôn, tổ dân phố; hoàn thành trước ngày 10 tháng 6 năm 2026."));
  Section unit;
  unit.label = "4.";
  unit.key = "4";
  unit.path = "II.4";
  unit.title = "Ủy ban nhân dân các tỉnh, thành phố";
  unit.heading_block = 0;
  Section point;
  point.label = "a)";
  point.key = "a";
  point.kind = SectionKind::Lettered;
  point.path = "II.4.a";
  point.title = "Rà soát các thôn, tổ dân phố";
  point.heading_block = 1;
  unit.children.push_back(point);
  doc.sections.push_back(unit);
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].path, "II.4.a");
  EXPECT_EQ(doc.deadlines[0].assignee, "Ủy ban nhân dân các tỉnh, thành phố");
}

TEST_F(DeadlinePassTest, ScheduleTableWithYearInHeader) {
  Table t;
  t.rows.push_back(row({"TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian (Năm 2026)"}));
  t.rows.push_back(row({"1", "Tọa đàm về cải cách hành chính", "Lãnh đạo Sở Xây dựng", "Từ 19 giờ 30 - 20 giờ ngày 14 tháng 2"}));
  t.rows.push_back(row({"2", "Tọa đàm về chuyển đổi số", "Lãnh đạo Sở Tài chính", "ngày 08 tháng 5"}));
  doc.blocks.push_back(t);
  run();
  ASSERT_EQ(doc.deadlines.size(), 2u);
  EXPECT_EQ(doc.deadlines[0].value, "2026-02-14");
  EXPECT_EQ(doc.deadlines[0].kind, "on");
  EXPECT_EQ(doc.deadlines[0].assignee, "Lãnh đạo Sở Xây dựng");
  EXPECT_EQ(doc.deadlines[1].value, "2026-05-08");
}

TEST_F(DeadlinePassTest, InspectionTableOneDeadlinePerRow) {
  doc.metadata.title = "Kiểm tra công tác cải cách hành chính năm 2026";
  Table t;
  t.rows.push_back(row({"STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"}));
  t.rows.push_back(row({"1", "Sở Y tế", "Từ tháng 3 đến tháng 9/2026"}));
  t.rows.push_back(row({"2", "Xã Tân Lập", "Quý II/2026"}));
  t.rows.push_back(row({"3", "Xã Hòa Bình", "Tháng 8"}));
  t.rows.push_back(row({"4", "Xã Yên Thế", "Thường xuyên"}));
  doc.blocks.push_back(t);
  run();
  EXPECT_EQ(values(), (Values{"2026-09", "2026-Q2", "2026-08"}));
  EXPECT_EQ(doc.deadlines[0].kind, "during");
}

TEST_F(DeadlinePassTest, DayOfAnOccasionTakesThePlanYear) {
  doc.metadata.title = "Tuyên truyền phổ biến pháp luật năm 2026";
  doc.blocks.push_back(para("3. Sở Tư pháp: Chủ trì tổ chức các hoạt động hưởng ứng nhân ngày Pháp luật Việt Nam 9/11."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "2026-11-09");
  EXPECT_EQ(doc.deadlines[0].assignee, "Sở Tư pháp");
}

TEST_F(DeadlinePassTest, OccasionBeforeALimitIsNotCountedTwice) {
  doc.metadata.title = "Chăm lo gia đình chính sách năm 2026";
  doc.blocks.push_back(para("1. Hoàn thành thăm hỏi, tặng quà nhân dịp ngày Thương binh - Liệt sĩ trước ngày 20/7/2026."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "2026-07-20");
  EXPECT_EQ(doc.deadlines[0].kind, "before");
}

TEST_F(DeadlinePassTest, FrontMatterAndClosingAreSkipped) {
  doc.blocks.push_back(para("Hà Nội, ngày 20 tháng 5 năm 2026"));
  doc.blocks.push_back(para("Gửi báo cáo trước ngày 25/6/2026."));
  doc.blocks.push_back(para("Hạn chót: trước ngày 1/7/2026"));
  doc.front = {0, 1};
  doc.body = {1, 2};
  doc.closing = {2, 3};
  run();
  EXPECT_EQ(values(), Values{"2026-06-25"});
}


TEST_F(DeadlinePassTest, MonthWindowInProseCountsByItsEnd) {
  EXPECT_EQ(values_of("Từ tháng 4 đến tháng 7/2026, các xã tổ chức tập huấn cho cán bộ thôn."), Values{"2026-07"});
  EXPECT_EQ(values_of("Rà soát, chỉnh lý hồ sơ địa chính từ tháng 9 đến tháng 11/2026."), Values{"2026-11"});
  EXPECT_EQ(doc.deadlines[0].kind, "during");
  // "tỉnh từ" folds like "tính từ" (a cut-off) but is not one
  EXPECT_EQ(values_of("Cập nhật cơ sở dữ liệu dân cư của tỉnh từ tháng 5 đến tháng 6/2026."), Values{"2026-06"});
  EXPECT_TRUE(values_of("Từ tháng 1 đến tháng 3/2026, toàn huyện đã mở 6 lớp.").empty());  // a past event
  EXPECT_TRUE(values_of("số liệu từ tháng 1 đến tháng 5/2026 do Chi cục Thống kê cung cấp").empty());
  EXPECT_EQ(values_of("Các hộ trong tỉnh đến hết ngày 31/8/2026 phải kê khai."), Values{"2026-08-31"});
  EXPECT_TRUE(values_of("Số liệu tính đến ngày 31/8/2026.").empty());
}

TEST_F(DeadlinePassTest, DeadlineLabelWithANounBeforeTheColon) {
  EXPECT_EQ(values_of("Hạn chót nhận bài dự thi: 20/10/2026."), Values{"2026-10-20"});
  EXPECT_EQ(doc.deadlines[0].kind, "by");
  EXPECT_EQ(doc.deadlines[0].text, "Hạn chót nhận bài dự thi: 20/10/2026");
  EXPECT_EQ(values_of("Thời hạn gửi hồ sơ đề nghị: 05/11/2026"), Values{"2026-11-05"});
}

TEST_F(DeadlinePassTest, RecurringEveryMonth) {
  doc.blocks.push_back(para("Các phòng chuyên môn báo cáo tiến độ về Văn phòng trước ngày 25 hằng tháng."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].value, "XXXX-XX-25");
  EXPECT_EQ(doc.deadlines[0].kind, "recurring");
  EXPECT_EQ(doc.deadlines[0].text, "trước ngày 25 hằng tháng");
  EXPECT_EQ(values_of("Tổ chức giao ban vào ngày 05 hàng tháng."), Values{"XXXX-XX-05"});
  EXPECT_TRUE(values_of("báo cáo vào ngày làm việc cuối cùng hằng tháng").empty());
}

TEST_F(DeadlinePassTest, RecurringTextKeepsItsQualifier) {
  doc.blocks.push_back(para("Các trường gửi kế hoạch trước ngày 10/9 hằng năm."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 1u);
  EXPECT_EQ(doc.deadlines[0].text, "trước ngày 10/9 hằng năm");
}

TEST_F(DeadlinePassTest, AssigneeStopsAtItsVerb) {
  doc.blocks.push_back(para("Ủy ban nhân dân các xã, thị trấn bố trí kinh phí, hoàn thành trước ngày 30/9/2026."));
  doc.blocks.push_back(para("Phòng Tư pháp là cơ quan thường trực, tổng hợp trước ngày 15/10/2026."));
  doc.blocks.push_back(para("Các tổ dân phố lập danh sách, gửi UBND phường chậm nhất ngày 20/10/2026."));
  // a capitalised word inside a unit's name is no verb; after a colon it opens the task
  doc.blocks.push_back(para("Công chức Địa chính - Xây dựng - Đô thị phối hợp rà soát, xong trước ngày 25/10/2026."));
  doc.blocks.push_back(para("Trung tâm Y tế huyện: Tổ chức tiêm bổ sung trong tháng 11/2026."));
  run();
  ASSERT_EQ(doc.deadlines.size(), 5u);
  EXPECT_EQ(doc.deadlines[3].assignee, "Công chức Địa chính - Xây dựng - Đô thị");
  EXPECT_EQ(doc.deadlines[4].assignee, "Trung tâm Y tế huyện");
  EXPECT_EQ(doc.deadlines[0].assignee, "Ủy ban nhân dân các xã, thị trấn");
  EXPECT_EQ(doc.deadlines[1].assignee, "Phòng Tư pháp");
  EXPECT_EQ(doc.deadlines[2].assignee, "Các tổ dân phố");
}

TEST_F(DeadlinePassTest, APeriodAloneOnAnItemLineHeadsWhatIsDueThen) {
  using V = std::vector<std::string>;
  EXPECT_EQ(values_of("2. Tháng 5/2025"), V{"2025-05"});
  EXPECT_EQ(values_of("Quý III/2025:"), V{"2025-Q3"});
  // A period inside a sentence, or a day, is not such a heading.
  EXPECT_EQ(values_of("2. Tháng 5/2025 là tháng cao điểm của mùa khô."), V{});
  EXPECT_EQ(values_of("3. Ngày 19/5/2025"), V{});
}

}  // namespace
}  // namespace vanban
