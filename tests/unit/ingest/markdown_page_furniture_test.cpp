#include <gtest/gtest.h>

#include "ingest/markdown/page_furniture.hpp"
#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::find_diagnostic;
using testing::paragraph_texts;
using testing::read_md;

// Two pages of a gazette dump: running header + page number, a signature stamp, a paragraph cut
// by the page break.
const char* const kGazette =
    "TẠP CHÍ PHÁP LUẬT/Số 17/Ngày 03-02-2025 \n"
    "12\n"
    " \n"
    "ỦY BAN NHÂN DÂN \n"
    "TỈNH BẮC SƠN \n"
    "_________ \n"
    " \n"
    "Số: 45/QĐ-UBND \n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
    "Độc lập - Tự do - Hạnh phúc \n"
    "_______________________________________ \n"
    "Bắc Sơn, ngày 20 tháng 01 năm 2025 \n"
    " \n"
    "QUYẾT ĐỊNH \n"
    "Ban hành quy chế phối hợp trong công tác kiểm tra văn bản quy phạm \n"
    "pháp luật trên địa bàn tỉnh \n"
    " \n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác \n"
    "kiểm tra văn bản quy phạm pháp luật trên địa bàn tỉnh Bắc Sơn. \n"
    "Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành và Ủy ban \n"
    "nhân dân cấp xã tổ chức triển khai thực hiện Quy chế này; định kỳ hằng năm \n"
    "Ký bởi: TẠP CHÍ PHÁP LUẬT\n"
    "Cơ quan: SỞ TƯ PHÁP\n"
    "Ngày ký: 2025-02-03 09:15:00 +07:00\n"
    "\n"
    "TẠP CHÍ PHÁP LUẬT/Số 17/Ngày 03-02-2025 \n"
    "13\n"
    " \n"
    "tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện. \n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. \n"
    " \n"
    "Nơi nhận: \n"
    "- Như Điều 3; \n"
    "- Lưu: VT, NC. \n"
    "TM. ỦY BAN NHÂN DÂN \n"
    "CHỦ TỊCH \n"
    " \n"
    "Lê Văn Hùng \n";

TEST(MarkdownPageFurniture, FindsHeadersNumbersAndStampsAndKeepsOffsets) {
  std::string text = kGazette;
  const std::size_t size = text.size();
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.page_headers, 2u);
  EXPECT_EQ(f.page_numbers, 2u);
  EXPECT_EQ(f.signature_stamps, 1u);
  EXPECT_EQ(f.total_lines(), 7u);
  EXPECT_EQ(text.size(), size);
  EXPECT_EQ(text.find("TẠP CHÍ PHÁP LUẬT/"), std::string::npos);
  EXPECT_EQ(text.find("Ký bởi"), std::string::npos);
  EXPECT_TRUE(f.any_between(0, 10));
}

TEST(MarkdownPageFurniture, AHeaderOnOnePageOnlyOrARepeatedNumberIsKept) {
  std::string text = "Tổng cộng kinh phí\n5\n\nNội dung khác.\n\nTổng cộng kinh phí\n5\n";
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.page_headers, 0u);
  EXPECT_NE(text.find("Tổng cộng kinh phí"), std::string::npos);
}

TEST(MarkdownPageFurniture, AStampNeedsItsFields) {
  std::string text = "Ký bởi: ông Nguyễn Văn A vào sổ.\nNội dung tiếp theo.\n";
  EXPECT_EQ(md::remove_page_furniture(text).signature_stamps, 0u);
}

TEST(MarkdownPlainText, ReadsAGazetteDumpIntoLogicalParagraphs) {
  const Document doc = read_md(kGazette);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(paragraph_texts(doc),
            (std::vector<std::string>{
                "ỦY BAN NHÂN DÂN", "TỈNH BẮC SƠN", "Số: 45/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Bắc Sơn, ngày 20 tháng 01 năm 2025", "QUYẾT ĐỊNH",
                "Ban hành quy chế phối hợp trong công tác kiểm tra văn bản quy phạm pháp luật trên địa bàn tỉnh",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác kiểm tra văn bản quy phạm "
                "pháp luật trên địa bàn tỉnh Bắc Sơn.",
                "Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân cấp xã tổ chức "
                "triển khai thực hiện Quy chế này; định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả "
                "thực hiện.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, NC.",
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"}));
  const Diagnostic* info = find_diagnostic(doc, "md.page-furniture-removed");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->severity, Severity::Info);
  EXPECT_NE(info->message.find("2 page headers, 2 page numbers, 1 digital-signature stamp"), std::string::npos)
      << info->message;
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).location.line, 4u);
}

TEST(MarkdownPlainText, JoinsACapitalizedContinuationRightAfterAPageBreak) {
  const std::string page_header = "BẢN TIN NỘI BỘ/Số 3/Tháng 02-2025\n";
  std::string text;
  for (int i = 0; i < 3; ++i) text += "Ủy ban nhân dân huyện chỉ đạo các phòng, ban chuyên môn phối hợp chặt chẽ với\n";
  text += "Ủy ban nhân dân các xã thực hiện tốt công tác tuyên truyền, phổ biến đến\n\n" + page_header + "2\n\n";
  text += "Nhân dân trên địa bàn huyện.\n\n" + page_header + "3\n";
  const Document doc = read_md(text);
  ASSERT_EQ(doc.blocks.size(), 1u) << std::get<Paragraph>(doc.blocks.back()).text;
  const auto& p = std::get<Paragraph>(doc.blocks[0]);
  EXPECT_NE(p.text.find("phổ biến đến Nhân dân trên địa bàn huyện."), std::string::npos);
}

}  // namespace
}  // namespace vanban
