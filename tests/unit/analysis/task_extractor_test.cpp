#include "analysis/task_extractor.hpp"

#include <gtest/gtest.h>

#include "analysis/deadline_pass.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

Paragraph para(std::string text) {
  Paragraph p;
  p.text = std::move(text);
  return p;
}

Section numbered(std::string path, std::string key, std::string title, std::size_t heading) {
  Section s;
  s.path = std::move(path);
  s.key = std::move(key);
  s.label = s.key + ".";
  s.title = std::move(title);
  s.heading_block = heading;
  s.blocks = {heading + 1, heading + 1};
  return s;
}

TEST(TaskExtractor, ItemsOfTheOrganisationPartBecomeTasks) {
  text::TextKit kit;
  Document doc;
  doc.blocks.push_back(para("III. TỔ CHỨC THỰC HIỆN"));
  doc.blocks.push_back(para("1. Giao Phòng Văn hóa tham mưu tổ chức hội thi, hoàn thành trước ngày 30/9/2026."));
  doc.blocks.push_back(para("2. Trung tâm Y tế phối hợp bảo đảm y tế."));
  doc.blocks.push_back(para("3. Các nội dung khác do Ban Tổ chức quyết định."));
  Section part = numbered("III", "III", "TỔ CHỨC THỰC HIỆN", 0);
  part.kind = SectionKind::Roman;
  part.children.push_back(numbered("III.1", "1", "Giao Phòng Văn hóa tham mưu tổ chức hội thi", 1));
  part.children.push_back(numbered("III.2", "2", "Trung tâm Y tế phối hợp bảo đảm y tế", 2));
  part.children.push_back(numbered("III.3", "3", "Các nội dung khác do Ban Tổ chức quyết định", 3));
  doc.sections.push_back(part);
  DeadlinePass(kit).run(doc);
  ASSERT_EQ(doc.deadlines.size(), 1u);
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].unit, "Phòng Văn hóa");
  EXPECT_EQ(doc.tasks[0].role, "lead");
  EXPECT_EQ(doc.tasks[0].deadline, 0u);
  EXPECT_EQ(doc.tasks[0].path, "III.1");
  EXPECT_EQ(doc.tasks[1].unit, "Trung tâm Y tế");
  EXPECT_FALSE(doc.tasks[1].deadline);
}

TEST(TaskExtractor, TaskTableRowsBecomeTasksWithTheirDeadline) {
  text::TextKit kit;
  Document doc;
  Table t;
  auto row = [](std::vector<std::string> cells) {
    TableRow r;
    for (auto& c : cells) {
      TableCell cell;
      cell.paragraphs.push_back(para(c));
      r.cells.push_back(cell);
    }
    return r;
  };
  t.rows.push_back(row({"TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"}));
  t.rows.push_back(row({"1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý II/2026"}));
  doc.blocks.push_back(t);
  DeadlinePass(kit).run(doc);
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].unit, "Sở Tư pháp");
  EXPECT_EQ(doc.tasks[0].text, "Rà soát thủ tục hành chính");
  EXPECT_EQ(doc.tasks[0].deadline, 0u);
  EXPECT_EQ(doc.deadlines[0].value, "2026-Q2");
  EXPECT_EQ(doc.deadlines[0].assignee, "Sở Tư pháp");
}

}  // namespace
}  // namespace vanban
