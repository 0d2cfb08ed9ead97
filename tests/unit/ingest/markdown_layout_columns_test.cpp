#include <gtest/gtest.h>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::paragraph_texts;
using testing::read_md;

std::size_t table_count(const Document& doc) {
  std::size_t n = 0;
  for (const auto& b : doc.blocks) n += std::holds_alternative<Table>(b);
  return n;
}

// A run of spaces inside a sentence ("cấp từ          số 01") is a gap in running prose, not the
// gap between two layout columns: the item stays one paragraph with its label.
TEST(MarkdownLayoutColumns, ASpaceRunInsideASentenceIsNotAColumnGap) {
  const Document doc = read_md(
      "**Điều 1. Cấp phép**\n\n"
      "1. Giấy phép được cấp từ          số 01 đến số 05 cho các trạm bơm.\n\n"
      "2. Thời hạn của giấy phép là 05 năm.\n\n"
      "Công ty được khai thác nước từ ngày cấp          phép đến hết thời hạn, nếu không vi phạm.\n");
  EXPECT_EQ(table_count(doc), 0u);
  EXPECT_EQ(paragraph_texts(doc),
            (std::vector<std::string>{"Điều 1. Cấp phép", "1. Giấy phép được cấp từ số 01 đến số 05 cho các trạm bơm.",
                                      "2. Thời hạn của giấy phép là 05 năm.",
                                      "Công ty được khai thác nước từ ngày cấp phép đến hết thời hạn, nếu không vi phạm."}));
}

// Near misses: side-by-side header and closing lines still become layout tables, with right
// cells opening with a bracket ("(đã ký)") or a capital even when the left ends in lower case.
TEST(MarkdownLayoutColumns, SideBySideHeaderAndClosingLinesStayTables) {
  const Document doc = read_md(
      "ỦY BAN NHÂN DÂN XÃ AN HÒA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
      "Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN\n"
      "- Các thôn, tổ dân phố                               (đã ký)\n"
      "- Lưu: VT, văn phòng                                 Lê Thị Hoa\n");
  ASSERT_EQ(table_count(doc), 2u);
  const auto& closing = std::get<Table>(doc.blocks.back());
  ASSERT_EQ(closing.rows.at(0).cells.size(), 2u);
  EXPECT_EQ(closing.rows[0].cells[1].paragraphs.size(), 3u);
}

// An item with its code set off by a wide gap is body text: the khoản keeps its label and its line.
TEST(MarkdownLayoutColumns, ALabelledItemWithACodeAfterAGapStaysAParagraph) {
  const Document doc = read_md(
      "Điều 2. Chức danh gồm:\n"
      "1. Kiểm định viên hạng II                          Mã số: V.11.02.01\n"
      "2. Kiểm định viên hạng III                         Mã số: V.11.02.02\n");
  EXPECT_EQ(table_count(doc), 0u);
  EXPECT_EQ(paragraph_texts(doc),
            (std::vector<std::string>{"Điều 2. Chức danh gồm:", "1. Kiểm định viên hạng II Mã số: V.11.02.01",
                                      "2. Kiểm định viên hạng III Mã số: V.11.02.02"}));
}

// A line opening with an outline label after a split line that continues a layout run (Markdown
// reads it as the lazy continuation of the item) is body text again, not part of the left column.
TEST(MarkdownLayoutColumns, AnOutlineLabelEndsAContinuingRun) {
  const Document doc = read_md(
      "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
      "- Văn phòng UBND                               Độc lập - Tự do - Hạnh phúc\n"
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n");
  ASSERT_EQ(table_count(doc), 1u);
  ASSERT_TRUE(std::holds_alternative<Paragraph>(doc.blocks.back()));
  EXPECT_EQ(std::get<Paragraph>(doc.blocks.back()).text, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.");
}

}  // namespace
}  // namespace vanban
