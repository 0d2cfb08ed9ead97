#include <gtest/gtest.h>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::paragraph_texts;
using testing::read_md;

constexpr const char* kPageBreak = "\n \nTẠP CHÍ NỘI VỤ/Số 8/Ngày 02-02-2026 \n7\n \n";
constexpr const char* kPageBreak2 = "\n \nTẠP CHÍ NỘI VỤ/Số 8/Ngày 02-02-2026 \n8\n \n";

// A superscript marker flattened to digits glued to a word, its text at the page foot after the
// (blank) footnote rule and before the next page's header.
TEST(MarkdownPageFootnotes, AGluedMarkerAndItsTextAtThePageFoot) {
  const std::string input = std::string(
                                "Điều 1. Phạm vi\n"
                                "Quy chế này áp dụng theo quy định tại Điều 5 của Luật2 và các văn bản\n"
                                "hướng dẫn.\n"
                                "                                        \n"
                                "2 Luật số 10/2025/QH15 được sửa đổi năm 2026.\n") +
                            kPageBreak + "Điều 2. Hiệu lực\nQuy chế có hiệu lực từ ngày ký.\n" + kPageBreak2;
  const Document doc = read_md(input);
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, "2");
  EXPECT_EQ(doc.footnotes[0].text, "Luật số 10/2025/QH15 được sửa đổi năm 2026.");
  const auto texts = paragraph_texts(doc);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[1], "Quy chế này áp dụng theo quy định tại Điều 5 của Luật và các văn bản hướng dẫn.");
  const auto& p = testing::paragraph_at(doc, 1);
  ASSERT_EQ(p.footnote_marks.size(), 1u);
  EXPECT_EQ(p.footnote_marks[0].id, "2");
  EXPECT_EQ(std::string_view(p.text).substr(0, p.footnote_marks[0].offset),
            "Quy chế này áp dụng theo quy định tại Điều 5 của Luật");
}

// A marker after closing punctuation and a space; two notes in one foot block, the second wrapped.
TEST(MarkdownPageFootnotes, AMarkerAfterClosingPunctuationAndConsecutiveNotes) {
  const std::string input = std::string(
                                "Điều 3. Giải thích từ ngữ\n"
                                "Cụm từ “kho chuyên dụng” được hiểu như sau:” 4\n"
                                "Kho được xây dựng theo thiết kế mẫu của Bộ5.\n"
                                "\n"
                                "4 Cụm từ này được bổ sung năm 2025.\n"
                                "5 Thiết kế mẫu ban hành kèm theo Thông tư số 02/2025/TT-BNV ngày 10 tháng\n"
                                "01 năm 2025.\n") +
                            kPageBreak + "Điều 4. Hiệu lực\nThông tư có hiệu lực từ ngày ký.\n" + kPageBreak2;
  const Document doc = read_md(input);
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].id, "4");
  EXPECT_EQ(doc.footnotes[1].id, "5");
  EXPECT_EQ(doc.footnotes[1].text,
            "Thiết kế mẫu ban hành kèm theo Thông tư số 02/2025/TT-BNV ngày 10 tháng 01 năm 2025.");
  const auto texts = paragraph_texts(doc);
  EXPECT_EQ(texts[1], "Cụm từ “kho chuyên dụng” được hiểu như sau:” Kho được xây dựng theo thiết kế mẫu của Bộ.");
}

// Markers glued to the first word of a text, after a label: "1.4Việc", "5. 3Căn cứ"; a code such
// as "5G" is no marker.
TEST(MarkdownPageFootnotes, AMarkerGluedToTheFirstWordAfterALabel) {
  const std::string input = std::string(
                                "Điều 8. Trả lương\n"
                                "1.4Việc trả lương thực hiện hằng tháng qua tài khoản, kể cả mạng 5G của đơn vị.\n"
                                "2. 5Căn cứ quỹ tiền lương, đơn vị quyết định mức trích lập.\n"
                                "\n"
                                "4 Khoản này được sửa đổi năm 2025.\n"
                                "5 Khoản này được bổ sung năm 2025.\n") +
                            kPageBreak + "Điều 9. Hiệu lực\nThông tư có hiệu lực từ ngày ký.\n" + kPageBreak2;
  const Document doc = read_md(input);
  ASSERT_EQ(doc.footnotes.size(), 2u);
  const auto texts = paragraph_texts(doc);
  EXPECT_EQ(texts[1], "1. Việc trả lương thực hiện hằng tháng qua tài khoản, kể cả mạng 5G của đơn vị.");
  EXPECT_EQ(texts[2], "2. Căn cứ quỹ tiền lương, đơn vị quyết định mức trích lập.");
}

// A note cut by the page break goes on at the top of the next page's foot, before the note
// numbered next: its rest is appended to it, not left in the body.
TEST(MarkdownPageFootnotes, ANoteContinuedAtTheNextFootIsJoined) {
  const std::string input = std::string(
                                "Điều 4. Phạm vi\n"
                                "Quy chế áp dụng cho các kho lưu trữ cấp huyện6 và cấp xã.\n"
                                "\n"
                                "6 Cụm từ này được sửa đổi theo Thông tư số 04/2025/TT-BNV ngày 12 tháng\n") +
                            kPageBreak +
                            "Điều 5. Trách nhiệm\n"
                            "Sở Nội vụ hướng dẫn thực hiện quy chế7.\n"
                            "\n"
                            "3 năm 2025 của Bộ trưởng Bộ Nội vụ.\n"
                            "7 Khoản này được bổ sung năm 2025.\n" +
                            kPageBreak2;
  const Document doc = read_md(input);
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].id, "6");
  EXPECT_EQ(doc.footnotes[0].text,
            "Cụm từ này được sửa đổi theo Thông tư số 04/2025/TT-BNV ngày 12 tháng 3 năm 2025 của Bộ trưởng Bộ Nội vụ.");
  EXPECT_EQ(doc.footnotes[1].id, "7");
  for (const auto& t : paragraph_texts(doc)) EXPECT_EQ(t.find("Bộ trưởng Bộ Nội vụ."), std::string::npos) << t;
}

// A note left open at a page foot (mid-sentence or after a ';') goes on alone at the next foot:
// in lower case, or with the next clause of its list ("Căn cứ …"). A labelled body line or a
// capitalized sentence there is body text (near misses).
TEST(MarkdownPageFootnotes, ANoteContinuedAloneAtTheNextFootIsJoined) {
  const std::string input = std::string(
                                "Điều 1. Phạm vi\n"
                                "Thông tư này hướng dẫn việc lập hồ sơ lưu trữ1.\n"
                                "\n"
                                "1 Văn bản này được hợp nhất từ Thông tư số 02/2025/TT-BNV, có căn cứ:\n"
                                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;\n") +
                            kPageBreak +
                            "Điều 2. Hồ sơ\n"
                            "Hồ sơ được lập theo mẫu.\n"
                            "\n"
                            "Căn cứ Nghị định số 30/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ\n"
                            "quy định chức năng của Bộ Nội vụ;\n" +
                            kPageBreak2 +
                            "Điều 3. Lưu giữ\n"
                            "Hồ sơ được lưu giữ 10 năm.\n"
                            "\n"
                            "Các đơn vị báo cáo kết quả trước ngày 15 tháng 12.\n"
                            "\n \nTẠP CHÍ NỘI VỤ/Số 8/Ngày 02-02-2026 \n9\n \n"
                            "Điều 4. Hiệu lực\n";
  const Document doc = read_md(input);
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text,
            "Văn bản này được hợp nhất từ Thông tư số 02/2025/TT-BNV, có căn cứ:\n"
            "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; Căn cứ Nghị định số 30/2025/NĐ-CP ngày 05 tháng 3 năm "
            "2025 của Chính phủ quy định chức năng của Bộ Nội vụ;");
  const auto texts = paragraph_texts(doc);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Các đơn vị báo cáo kết quả trước ngày 15 tháng 12."), texts.end());
}

// Near misses: a page foot line starting with a number is body text when it continues a sentence
// ("1 và khoản 2 …"), when no marker of that number stands earlier on the page ("khoản 3" is a
// reference, "50 m2" an area), or when the number has a leading zero ("01 bộ hồ sơ").
TEST(MarkdownPageFootnotes, NumberedLinesAtThePageFootWithoutMarkersStayText) {
  const std::string input = std::string(
                                "Điều 6. Hồ sơ\n"
                                "Hồ sơ lập theo khoản 3 Điều 2, diện tích kho tối thiểu 50 m2.\n"
                                "\n"
                                "1 và khoản 2 Điều này.\n"
                                "\n"
                                "3 Điều 18a Luật Lưu trữ.\n"
                                "\n"
                                "2 Phòng đọc bố trí riêng.\n"
                                "\n"
                                "01 bộ hồ sơ gửi Sở Nội vụ.\n") +
                            kPageBreak + "Điều 7. Hiệu lực\nQuy định có hiệu lực từ ngày ký.\n" + kPageBreak2;
  const Document doc = read_md(input);
  EXPECT_TRUE(doc.footnotes.empty());
  const auto texts = paragraph_texts(doc);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "01 bộ hồ sơ gửi Sở Nội vụ."), texts.end());
  EXPECT_EQ(texts[1], "Hồ sơ lập theo khoản 3 Điều 2, diện tích kho tối thiểu 50 m2.");
}

// Near miss: text without page furniture (a Markdown file) has no page feet.
TEST(MarkdownPageFootnotes, TextWithoutPageFurnitureHasNoPageFeet) {
  const Document doc = read_md("Căn cứ Luật Lưu trữ2;\n\n2 Luật số 33/2024/QH15.\n");
  EXPECT_TRUE(doc.footnotes.empty());
  EXPECT_EQ(paragraph_texts(doc), (std::vector<std::string>{"Căn cứ Luật Lưu trữ2;", "2 Luật số 33/2024/QH15."}));
}

}  // namespace
}  // namespace vanban
