// Deadlines of appendix task tables: the time column of a table, several steps in one time cell,
// and gazette tables flattened into text (one cell per line, reflowed). Phrases are invented.
#include "analysis/deadline_pass.hpp"

#include <gtest/gtest.h>

#include "text/text_kit.hpp"

namespace vanban {
namespace {

using Values = std::vector<std::string>;

Paragraph para(std::string text) {
  Paragraph p;
  p.text = std::move(text);
  return p;
}

TableRow row(std::vector<std::string> cells) {
  TableRow r;
  for (auto& c : cells) {
    TableCell cell;
    cell.paragraphs.push_back(para(std::move(c)));
    r.cells.push_back(std::move(cell));
  }
  return r;
}

class DeadlineAppendixTest : public ::testing::Test {
 protected:
  Values run() {
    DeadlinePass(kit).run(doc);
    Values v;
    for (const auto& d : doc.deadlines)
      if (!d.value.empty()) v.push_back(d.value);
    return v;
  }
  /// Paragraphs after a closing, all of them in the appendix range.
  Values appendix(const std::vector<std::string>& paragraphs) {
    doc = Document{};
    doc.blocks.push_back(para("Nơi nhận:"));
    doc.closing = {0, 1};
    for (const auto& t : paragraphs) doc.blocks.push_back(para(t));
    doc.appendices = {1, doc.blocks.size()};
    return run();
  }
  text::TextKit kit;
  Document doc;
};

TEST_F(DeadlineAppendixTest, TimeColumnWithSeveralStepsInOneCell) {
  Table t;
  t.rows.push_back(row({"TT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện/hoàn thành"}));
  t.rows.push_back(row({"1", "Kiểm tra công tác văn thư", "Văn phòng",
                        "Ban hành kế hoạch trong tháng 02/2027, tự kiểm tra chậm nhất trong tháng 7/2027 và báo cáo kết "
                        "quả trong tháng 9/2027"}));
  t.rows.push_back(row({"2", "Tổng kết", "Sở Nội vụ", "Quý IV/2027"}));
  doc.blocks.push_back(para("Phụ lục"));
  doc.blocks.push_back(std::move(t));
  doc.appendices = {0, 2};
  EXPECT_EQ(run(), (Values{"2027-02", "2027-07", "2027-09", "2027-Q4"}));
}

TEST_F(DeadlineAppendixTest, TimeOfAPhaseWithoutItsOwnTriggerStaysOne) {
  Table t;
  t.rows.push_back(row({"TT", "Nội dung", "Thời gian"}));
  // Near miss: a second date that only explains the first (no trigger, no clause break) adds nothing.
  t.rows.push_back(row({"1", "Rà soát hồ sơ", "Tháng 5/2027 (số liệu tính đến ngày 30/4/2027)"}));
  doc.blocks.push_back(std::move(t));
  EXPECT_EQ(run(), Values{"2027-05"});
}

TEST_F(DeadlineAppendixTest, FlattenedGazetteTableCells) {
  EXPECT_EQ(appendix({"Phụ lục", "NHIỆM VỤ CỤ THỂ NĂM 2027",
                      "TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành 1 Hoàn thiện cơ sở dữ liệu "
                      "địa chính các xã. Sở Nông nghiệp và Môi trường UBND các xã Quý IV/2027 2 Số hóa hồ sơ địa chính.",
                      "Văn phòng đăng ký đất đai Sở Khoa học và Công nghệ Tháng 9/2027 3 Duy trì cập nhật biến động.",
                      "UBND các xã Sở Tư pháp 6 tháng đầu năm 2027"}),
            (Values{"2027-Q4", "2027-09", "2027-H1"}));
}

TEST_F(DeadlineAppendixTest, DatesInRunningTextOfAnAppendixNeedATrigger) {
  // Near miss: no flattened time column, so a bare month in the text is no limit.
  EXPECT_TRUE(appendix({"Phụ lục", "KẾT QUẢ KIỂM TRA", "Đoàn kiểm tra làm việc tại xã Tân An Tháng 9/2027 2 xã còn lại."})
                  .empty());
  // Near miss: after a flattened header, a month inside a task's text is followed by more words.
  EXPECT_TRUE(appendix({"TT Nhiệm vụ Cơ quan chủ trì Thời gian 1 Tổng kết Tháng 9/2027 của các xã."}).empty());
}

}  // namespace
}  // namespace vanban
