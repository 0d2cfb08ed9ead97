#include <gtest/gtest.h>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::find_diagnostic;
using testing::read_md;

constexpr const char* kBody =
    "**QUYẾT ĐỊNH**\n\n**Về việc thành lập Tổ kiểm tra liên ngành**\n\n"
    "**Điều 1.** Thành lập Tổ kiểm tra liên ngành của xã.\n\n"
    "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.\n\n";

constexpr const char* kHeaderTable =
    "| **ỦY BAN NHÂN DÂN XÃ HÒA PHÚ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
    "|---|---|\n"
    "| Số: 31/QĐ-UBND | **Độc lập - Tự do - Hạnh phúc** |\n"
    "|  | *Hòa Phú, ngày 02 tháng 6 năm 2025* |\n\n";

bool is_header_table(const Block& b) {
  const auto* t = std::get_if<Table>(&b);
  return t && !t->rows.empty() && t->rows[0].cells.size() == 2 &&
         t->rows[0].cells[1].paragraphs.at(0).text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
}

// A converter moved the header table after the text: it goes back to the start.
TEST(MarkdownHeaderTable, AHeaderTableAfterTheTextIsMovedToTheStart) {
  const Document doc = read_md(std::string(kBody) + kHeaderTable +
                               "| **Nơi nhận:**<br>- Như Điều 2;<br>- Lưu: VT. | **CHỦ TỊCH**<br>**Lê Văn An** |\n"
                               "|---|---|\n");
  ASSERT_GE(doc.blocks.size(), 6u);
  EXPECT_TRUE(is_header_table(doc.blocks.front()));
  EXPECT_EQ(testing::paragraph_at(doc, 1).text, "QUYẾT ĐỊNH");
  EXPECT_TRUE(std::holds_alternative<Table>(doc.blocks.back()));  // the signature stays last
  ASSERT_NE(find_diagnostic(doc, "md.header-table-moved"), nullptr);
}

// Near miss: a header table in its place (after an issuer line) is not moved.
TEST(MarkdownHeaderTable, AHeaderTableInItsPlaceStays) {
  const Document doc = read_md(std::string("ỦY BAN NHÂN DÂN TỈNH AN GIANG\n\n") + kHeaderTable + kBody);
  EXPECT_EQ(testing::paragraph_at(doc, 0).text, "ỦY BAN NHÂN DÂN TỈNH AN GIANG");
  EXPECT_TRUE(is_header_table(doc.blocks[1]));
  EXPECT_EQ(find_diagnostic(doc, "md.header-table-moved"), nullptr);
}

// Near miss: a form attached after a document with its own header keeps its motto table in place.
TEST(MarkdownHeaderTable, AnAttachedFormAfterTheDocumentsOwnHeaderStays) {
  const std::string input = std::string(kHeaderTable) + kBody + "**Mẫu số 01**\n\n" + kHeaderTable;
  const Document doc = read_md(input);
  EXPECT_TRUE(is_header_table(doc.blocks.front()));
  EXPECT_TRUE(is_header_table(doc.blocks.back()));
  EXPECT_EQ(find_diagnostic(doc, "md.header-table-moved"), nullptr);
}

}  // namespace
}  // namespace vanban
