#include <gtest/gtest.h>

#include <string>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::find_diagnostic;
using testing::paragraph_at;
using testing::read_md;

// A gazette page: running header and page number, then the page's text (invented).
std::string page(int number, const std::string& text) {
  return "CÔNG BÁO/Số 118/Ngày 14-03-2027\n" + std::to_string(number) + "\n\n" + text + "\n";
}

constexpr const char* kHeaderLines =
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 07/2027/TT-BNNMT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 02 tháng 3 năm 2027\n";

constexpr const char* kOpening =
    "THÔNG TƯ\nQuy định về quản lý giống cây trồng lâm nghiệp\n\n"
    "Căn cứ Luật Lâm nghiệp số 16/2017/QH14;\n\n"
    "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định về quản lý giống cây trồng.\n\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về quản lý giống cây trồng lâm nghiệp.\n\n";

constexpr const char* kRest =
    "Điều 2. Đối tượng áp dụng\nThông tư này áp dụng đối với tổ chức, cá nhân có liên quan.\n\n"
    "Điều 3. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2027.\n";

// The header's lines were printed at the foot of the first page: they go back to the start.
TEST(MarkdownHeaderLines, HeaderLinesAtTheFootOfTheFirstPageMoveToTheStart) {
  const Document doc = read_md(page(21, std::string(kOpening) + "\n" + kHeaderLines) + page(22, kRest) +
                               page(23, "BỘ TRƯỞNG\n\nTrần Văn Lâm\n"));
  EXPECT_EQ(paragraph_at(doc, 0).text, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  EXPECT_EQ(paragraph_at(doc, 1).text, "Số: 07/2027/TT-BNNMT");
  EXPECT_EQ(paragraph_at(doc, 5).text, "THÔNG TƯ");
  ASSERT_NE(find_diagnostic(doc, "md.header-lines-moved"), nullptr);
}

// Near miss: a form's header on a later page (an attached "Mẫu") stays where it is.
TEST(MarkdownHeaderLines, AFormHeaderOnALaterPageStays) {
  const Document doc = read_md(page(21, kOpening) + page(22, std::string(kRest) + "\nMẫu số 01\n\n" + kHeaderLines) +
                               page(23, "BỘ TRƯỞNG\n\nTrần Văn Lâm\n"));
  EXPECT_EQ(paragraph_at(doc, 0).text, "THÔNG TƯ");
  EXPECT_EQ(find_diagnostic(doc, "md.header-lines-moved"), nullptr);
}

// Near miss: a header already at the top is not moved.
TEST(MarkdownHeaderLines, AHeaderAtTheTopStays) {
  const Document doc = read_md(page(21, std::string(kHeaderLines) + "\n" + kOpening) + page(22, kRest) +
                               page(23, "BỘ TRƯỞNG\n\nTrần Văn Lâm\n"));
  EXPECT_EQ(paragraph_at(doc, 0).text, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  EXPECT_EQ(find_diagnostic(doc, "md.header-lines-moved"), nullptr);
}

}  // namespace
}  // namespace vanban
