// A plan written as HTML (tests/data/docx/ke-hoach-libreoffice.html) and saved as .docx by LibreOffice
// (`soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML"`): a second
// producer, whose outline is automatic numbering (upperRoman / decimal / lowerLetter levels of one list),
// whose header lines are joined by w:br, and whose footnote ids start at 2.
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

TEST(DocxLibreOfficeFile, ReadsTheLibreOfficePlan) {
  const std::string bytes = slurp(std::string(VANBAN_TEST_DATA) + "/docx/ke-hoach-libreoffice.docx");
  ASSERT_FALSE(bytes.empty());
  const auto doc = read_docx_bytes(bytes);
  ASSERT_FALSE(doc.diagnostics.has_fatal());

  const auto& header = std::get<Table>(doc.blocks.at(0));
  EXPECT_TRUE(header.borderless);
  ASSERT_EQ(header.rows.at(0).cells.size(), 2u);
  EXPECT_EQ(header.rows[0].cells[0].paragraphs.at(0).text, "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA AN");
  EXPECT_EQ(header.rows[0].cells[0].paragraphs.at(1).text, "Số: 58/KH-UBND");
  EXPECT_EQ(header.rows[0].cells[1].paragraphs.at(1).text, "Hòa An, ngày 16 tháng 4 năm 2026");

  std::vector<std::string> numbered;
  const Paragraph* cited = nullptr;
  for (const auto& b : doc.blocks)
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      if (p->style.auto_numbered) numbered.push_back(p->text);
      if (!p->footnote_marks.empty()) cited = p;
    }
  EXPECT_EQ(numbered, (std::vector<std::string>{"I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao ý thức giữ gìn vệ sinh của người dân.",
                                                "2. Huy động các tổ dân phố cùng tham gia.", "II. NỘI DUNG",
                                                "1. Ra quân tổng vệ sinh", "a. Tổ chức vào ngày Chủ nhật cuối tháng.",
                                                "b. Hoàn thành đợt đầu trước ngày 31/5/2026.", "2. Thu gom rác thải nhựa",
                                                "III. TỔ CHỨC THỰC HIỆN"}));

  ASSERT_NE(cited, nullptr);
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(cited->footnote_marks.at(0).id, doc.footnotes[0].id);
  EXPECT_EQ(cited->text.substr(0, cited->footnote_marks[0].offset),
            "Căn cứ Kế hoạch số 21/KH-UBND ngày 03/02/2026 của Ủy ban nhân dân thành phố");
  EXPECT_EQ(doc.footnotes[0].text, "Kế hoạch số 21/KH-UBND ngày 03/02/2026 về bảo vệ môi trường.");

  // The task table has borders (LibreOffice writes them on every cell); the closing table has none.
  std::vector<const Table*> tables;
  for (const auto& b : doc.blocks)
    if (const auto* t = std::get_if<Table>(&b)) tables.push_back(t);
  ASSERT_EQ(tables.size(), 3u);
  EXPECT_FALSE(tables[1]->borderless);
  EXPECT_EQ(tables[1]->rows.at(1).cells.at(2).paragraphs.at(0).text, "Tổ dân phố 3");
  EXPECT_TRUE(tables[2]->borderless);
  EXPECT_EQ(tables[2]->rows.at(0).cells.at(0).paragraphs.at(0).text, "Nơi nhận:\n- UBND thành phố;\n- Lưu: VT.");
  EXPECT_EQ(tables[2]->rows.at(0).cells.at(1).paragraphs.back().text, "Phạm Văn Tâm");
}

}  // namespace
}  // namespace vanban
