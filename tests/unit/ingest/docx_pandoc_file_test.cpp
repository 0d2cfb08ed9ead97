// A realistic plan written as Markdown (tests/data/docx/ke-hoach-pandoc.md) and turned into .docx by
// pandoc (`pandoc -f markdown -t docx`): another producer's package layout, styles and numbering.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> cell_texts(const Table& t, std::size_t row, std::size_t cell) {
  std::vector<std::string> out;
  for (const auto& p : t.rows.at(row).cells.at(cell).paragraphs) out.push_back(p.text);
  return out;
}

TEST(DocxPandocFile, ReadsThePandocPlan) {
  const std::string bytes = slurp(std::string(VANBAN_TEST_DATA) + "/docx/ke-hoach-pandoc.docx");
  ASSERT_FALSE(bytes.empty());
  const auto doc = read_docx_bytes(bytes);
  ASSERT_FALSE(doc.diagnostics.has_fatal());

  const auto& header = std::get<Table>(doc.blocks.at(0));
  EXPECT_TRUE(header.borderless);
  EXPECT_EQ(cell_texts(header, 0, 0), (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "Số: 27/KH-UBND"}));
  EXPECT_EQ(cell_texts(header, 0, 1).back(), "Tân Hưng, ngày 09 tháng 3 năm 2026");

  std::vector<std::string> body;
  const Paragraph* cited = nullptr;
  for (const auto& b : doc.blocks)
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      body.push_back(p->text);
      if (!p->footnote_marks.empty()) cited = p;
    }
  const std::vector<std::string> expected = {
      "KẾ HOẠCH",
      "Tổ chức Ngày hội đọc sách năm 2026",
      "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân huyện Mỹ Tân, Ủy ban nhân dân xã ban hành "
      "Kế hoạch như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Khơi dậy phong trào đọc sách trong thanh thiếu niên.",
      "2. Bảo đảm tiết kiệm, hiệu quả.",
      "II. NỘI DUNG",
      "1. Trưng bày sách tại nhà văn hóa xã.",
      "- Thời gian: trước ngày 20/4/2026.",
      "- Địa điểm: Nhà văn hóa xã Tân Hưng.",
      "2. Tổ chức cuộc thi kể chuyện theo sách.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Giao Văn phòng UBND xã theo dõi, báo cáo kết quả trước ngày 15/5/2026."};
  EXPECT_EQ(body, expected);

  ASSERT_NE(cited, nullptr);
  ASSERT_EQ(cited->footnote_marks.size(), 1u);
  EXPECT_EQ(cited->text.substr(0, cited->footnote_marks[0].offset),
            "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân huyện Mỹ Tân");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, cited->footnote_marks[0].id);
  EXPECT_EQ(doc.footnotes[0].text, "Kế hoạch số 15/KH-UBND ngày 20/01/2026 về phát triển văn hóa đọc giai đoạn 2026-2030.");

  // The task table keeps its rows and cells.
  const Table* tasks = nullptr;
  const Table* closing = nullptr;
  for (const auto& b : doc.blocks)
    if (const auto* t = std::get_if<Table>(&b)) {
      if (t->rows.size() == 3) tasks = t;
      closing = t;
    }
  ASSERT_NE(tasks, nullptr);
  EXPECT_EQ(cell_texts(*tasks, 2, 2), (std::vector<std::string>{"Trường Tiểu học Tân Hưng"}));
  EXPECT_EQ(cell_texts(*tasks, 2, 3), (std::vector<std::string>{"Quý II/2026"}));
  ASSERT_NE(closing, nullptr);
  EXPECT_EQ(cell_texts(*closing, 0, 0), (std::vector<std::string>{"Nơi nhận:", "- UBND huyện Mỹ Tân;", "- Lưu: VT."}));
  EXPECT_EQ(cell_texts(*closing, 0, 1), (std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Hoa"}));
}

}  // namespace
}  // namespace vanban
