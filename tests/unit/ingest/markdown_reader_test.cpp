#include <gtest/gtest.h>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using Texts = std::vector<std::string>;
using testing::find_diagnostic;
using testing::paragraph_at;
using testing::paragraph_texts;
using testing::read_md;

TEST(MarkdownReader, NormalizesDecomposedTextToNfc) {
  // "Kế hoạch" written with combining marks (NFD).
  const Document doc = read_md("Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h na\xCC\x86m 2026\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Kế hoạch năm 2026"}));
}

TEST(MarkdownReader, StripsEmphasisAndKeepsLinkText) {
  const Document doc = read_md("Thực hiện **nghiêm túc** phương châm *\"Dân biết, dân bàn\"* và _kịp thời_ "
                               "theo [Kế hoạch số 15/KH-UBND](https://example.vn/kh15).\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Thực hiện nghiêm túc phương châm \"Dân biết, dân bàn\" và kịp thời theo Kế hoạch số "
                          "15/KH-UBND."}));
}

TEST(MarkdownReader, HeadingsKeepTheirLevelAndBoldOnlyParagraphsAreBold) {
  const Document doc = read_md("## KẾ HOẠCH\n\n#### **II. NHIỆM VỤ TRỌNG TÂM**\n\n**CHỦ TỊCH**\n\nBáo cáo **tháng** 5.\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(paragraph_at(doc, 0).text, "KẾ HOẠCH");
  EXPECT_EQ(paragraph_at(doc, 0).style.heading_level, 2);
  EXPECT_EQ(paragraph_at(doc, 1).text, "II. NHIỆM VỤ TRỌNG TÂM");
  EXPECT_EQ(paragraph_at(doc, 1).style.heading_level, 4);
  EXPECT_TRUE(paragraph_at(doc, 1).style.bold);
  EXPECT_TRUE(paragraph_at(doc, 2).style.bold);
  EXPECT_EQ(paragraph_at(doc, 2).style.heading_level, 0);
  EXPECT_FALSE(paragraph_at(doc, 3).style.bold);
}

TEST(MarkdownReader, ParagraphLocationIsItsFirstVisibleCharacter) {
  const Document doc = read_md("Dòng đầu.\n\n### **3. Gắn với cơ sở**\n\n> Trích dẫn của Ban Dân vận.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(paragraph_at(doc, 0).location.line, 1u);
  EXPECT_EQ(paragraph_at(doc, 1).location.line, 3u);
  EXPECT_EQ(paragraph_at(doc, 1).location.column, 7u);  // "3" after "### **"
  EXPECT_EQ(paragraph_at(doc, 2).location.line, 5u);
  EXPECT_EQ(paragraph_at(doc, 2).location.column, 3u);
  EXPECT_EQ(paragraph_at(doc, 2).text, "Trích dẫn của Ban Dân vận.");
}

TEST(MarkdownReader, BlankFieldsOfADraftAreNotLayoutColumns) {
  // A draft leaves the number, day and month blank; those gaps are not two side-by-side columns.
  const Document doc = read_md("Số:       /BC-UBND\n\n*Phú Xuân, ngày      tháng 5 năm 2025*\n\n"
                               "Hà Nội, ngày       tháng       năm 2026\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Số: /BC-UBND", "Phú Xuân, ngày tháng 5 năm 2025", "Hà Nội, ngày tháng năm 2026"}));
}

TEST(MarkdownReader, OrderedListsKeepTheirNumbersAsWritten) {
  const Document doc = read_md("7. Tăng cường kiểm tra, đôn đốc.\n8. Báo cáo kết quả.\n\n"
                               "1) Giao Văn phòng tham mưu.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"7. Tăng cường kiểm tra, đôn đốc.", "8. Báo cáo kết quả.", "1) Giao Văn phòng tham mưu."}));
  EXPECT_EQ(paragraph_at(doc, 1).location.line, 2u);
  EXPECT_EQ(paragraph_at(doc, 1).location.column, 1u);  // the label is the first character
}

TEST(MarkdownReader, OrderedItemsNumberedOutOfSequenceKeepTheSourceNumber) {
  // md4c puts both items in one list counted from 3; the page shows "3." then "1.".
  const Document doc = read_md("3. Bộ Tài chính hướng dẫn.\n1. Bộ Nội vụ tổng hợp.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"3. Bộ Tài chính hướng dẫn.", "1. Bộ Nội vụ tổng hợp."}));
}

TEST(MarkdownReader, BulletsBecomeDashOrPlus) {
  const Document doc = read_md("* Thường trực Huyện ủy;\n* Lưu: VT.\n\n+ Phòng Nội vụ;\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"- Thường trực Huyện ủy;", "- Lưu: VT.", "+ Phòng Nội vụ;"}));
}

TEST(MarkdownReader, NestedListsAreFlattenedInReadingOrder) {
  const Document doc = read_md("1. Nhiệm vụ chung:\n   - Rà soát văn bản;\n   - Tổng hợp ý kiến.\n2. Nhiệm vụ riêng.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"1. Nhiệm vụ chung:", "- Rà soát văn bản;", "- Tổng hợp ý kiến.", "2. Nhiệm vụ riêng."}));
}

TEST(MarkdownReader, GfmTablesBecomeTableBlocks) {
  const Document doc = read_md("Phân công:\n\n| STT | Nội dung | Đơn vị chủ trì |\n|---|---|---|\n"
                               "| 1 | Kiểm tra **cải cách** hành chính | Phòng Nội vụ |\n| 2 | Báo cáo | Văn phòng |\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const auto* table = std::get_if<Table>(&doc.blocks[1]);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  ASSERT_EQ(table->rows[1].cells.size(), 3u);
  EXPECT_EQ(table->rows[0].cells[2].paragraphs.at(0).text, "Đơn vị chủ trì");
  EXPECT_EQ(table->rows[1].cells[1].paragraphs.at(0).text, "Kiểm tra cải cách hành chính");
  EXPECT_EQ(table->location.line, 3u);
}

TEST(MarkdownReader, HtmlTablesBecomeTableBlocks) {
  const Document doc = read_md("Phân công:\n\n<table>\n<tr><th>STT</th><th colspan=\"2\">Nội dung</th></tr>\n"
                               "<tr><td>1</td><td>Rà soát</td><td>Quý II<sup>1</sup></td></tr>\n</table>\n\n"
                               "<sup>1</sup> Năm 2025.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const auto& table = std::get<Table>(doc.blocks[1]);
  ASSERT_EQ(table.rows.size(), 2u);
  ASSERT_EQ(table.rows[0].cells.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[1].grid_span, 2);
  EXPECT_EQ(table.rows[0].cells[1].paragraphs.at(0).text, "Nội dung");
  ASSERT_EQ(table.rows[1].cells.size(), 3u);
  const auto& cell = table.rows[1].cells[2].paragraphs.at(0);
  EXPECT_EQ(cell.text, "Quý II");
  ASSERT_EQ(cell.footnote_marks.size(), 1u);
  EXPECT_EQ(cell.footnote_marks[0].id, "1");
  EXPECT_EQ(doc.footnotes.size(), 1u);
}

TEST(MarkdownReader, CodeAndIndentedBlocksKeepTheirText) {
  const Document doc = read_md("Đoạn mở đầu.\n\n```\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n```\n\n        Nguyễn Văn Bình\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Đoạn mở đầu.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"}));
}

TEST(MarkdownReader, SupMarkersBecomeFootnoteMarks) {
  const Document doc = read_md("Thực hiện Kết luận<sup>1</sup> và Quy chế dân chủ<sup>2</sup>.\n\n---\n\n"
                               "<sup>1</sup> Kết luận số 15-KL/TW ngày 05/3/2021.\n\n<sup>2</sup> Luật Thực hiện dân chủ ở cơ sở.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& p = paragraph_at(doc, 0);
  EXPECT_EQ(p.text, "Thực hiện Kết luận và Quy chế dân chủ.");
  ASSERT_EQ(p.footnote_marks.size(), 2u);
  EXPECT_EQ(p.footnote_marks[0].id, "1");
  EXPECT_EQ(p.text.substr(0, p.footnote_marks[0].offset), "Thực hiện Kết luận");
  EXPECT_EQ(p.text.substr(0, p.footnote_marks[1].offset), "Thực hiện Kết luận và Quy chế dân chủ");
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].id, "1");
  EXPECT_EQ(doc.footnotes[0].text, "Kết luận số 15-KL/TW ngày 05/3/2021.");
  EXPECT_EQ(doc.footnotes[0].location.line, 5u);
  EXPECT_EQ(doc.footnotes[1].text, "Luật Thực hiện dân chủ ở cơ sở.");
  EXPECT_EQ(find_diagnostic(doc, "md.footnote-unmatched"), nullptr);
}

TEST(MarkdownReader, BracketedSupMarkersUseTheBareId) {
  const Document doc = read_md("Theo Quyết định<sup>(4)</sup> và Thông báo<sup>[5]</sup>.\n");
  ASSERT_EQ(paragraph_at(doc, 0).footnote_marks.size(), 2u);
  EXPECT_EQ(paragraph_at(doc, 0).footnote_marks[0].id, "4");
  EXPECT_EQ(paragraph_at(doc, 0).footnote_marks[1].id, "5");
  EXPECT_EQ(paragraph_at(doc, 0).text, "Theo Quyết định và Thông báo.");
}

TEST(MarkdownReader, SuperscriptAfterAUnitIsAnExponent) {
  const Document doc = read_md("Diện tích 120 m<sup>2</sup> và 35km<sup>2</sup>, lấy trọng tâm<sup>2</sup>.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"Diện tích 120 m² và 35km², lấy trọng tâm."}));
  ASSERT_EQ(paragraph_at(doc, 0).footnote_marks.size(), 1u);
  EXPECT_EQ(paragraph_at(doc, 0).footnote_marks[0].id, "2");
}

TEST(MarkdownReader, MarkdownFootnoteReferencesAndDefinitions) {
  const Document doc = read_md("Theo Nghị định[^1] và Thông tư[^tt].\n\n[^1]: Nghị định số 30/2020/NĐ-CP.\n"
                               "[^tt]: Thông tư số 01/2011/TT-BNV.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& p = paragraph_at(doc, 0);
  EXPECT_EQ(p.text, "Theo Nghị định và Thông tư.");
  ASSERT_EQ(p.footnote_marks.size(), 2u);
  EXPECT_EQ(p.footnote_marks[1].id, "tt");
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].id, "1");
  EXPECT_EQ(doc.footnotes[0].text, "Nghị định số 30/2020/NĐ-CP.");
  EXPECT_EQ(doc.footnotes[1].id, "tt");
  EXPECT_EQ(doc.footnotes[1].text, "Thông tư số 01/2011/TT-BNV.");
}

TEST(MarkdownReader, ADefinitionOfOneWordIsNotSwallowedAsALinkReference) {
  const Document doc = read_md("Xem ghi chú[^2].\n\n[^2]: Như trên\n");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text, "Như trên");
}

TEST(MarkdownReader, UnmatchedFootnotesAreReported) {
  const Document doc = read_md("Văn bản<sup>4</sup> liên quan.\n\n<sup>5</sup> Ghi chú không có dấu.\n");
  ASSERT_NE(find_diagnostic(doc, "md.footnote-unmatched"), nullptr);
  int count = 0;
  for (const auto& d : doc.diagnostics.items()) count += d.code == "md.footnote-unmatched";
  EXPECT_EQ(count, 2);
}

TEST(MarkdownReader, JoinsAParagraphCutByAPageBreak) {
  const Document doc = read_md("- Nâng cao nhận thức về ý nghĩa của công tác dân vận; vị trí, vai trò, trách nhiệm\n\n"
                               "của cơ quan hành chính và cán bộ, công chức trong thực hiện công tác dân vận.\n\n"
                               "- Tăng cường tuyên truyền.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"- Nâng cao nhận thức về ý nghĩa của công tác dân vận; vị trí, vai trò, trách nhiệm của cơ quan "
                          "hành chính và cán bộ, công chức trong thực hiện công tác dân vận.",
                          "- Tăng cường tuyên truyền."}));
  EXPECT_NE(find_diagnostic(doc, "md.paragraphs-joined"), nullptr);
}

TEST(MarkdownReader, JoinsAcrossAFootnoteBlockAndAQuotedList) {
  const Document doc = read_md("- Hưởng ứng các phong trào thi đua<sup>3</sup>, như: \"Dân vận khéo\",\n\n---\n\n"
                               "<sup>3</sup> Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;\n\n"
                               "“Cả nước chung tay vì người nghèo”, “Toàn dân đoàn kết” tiếp tục được duy trì.\n\n"
                               "- Tổ chức sơ kết.\n");
  EXPECT_EQ(paragraph_texts(doc), (Texts{"- Hưởng ứng các phong trào thi đua, như: \"Dân vận khéo\", “Cả nước chung tay vì người nghèo”, "
                          "“Toàn dân đoàn kết” tiếp tục được duy trì.",
                          "- Tổ chức sơ kết."}));
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, "3");
  EXPECT_EQ(doc.footnotes[0].text, "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;");
  EXPECT_EQ(paragraph_at(doc, 0).footnote_marks.at(0).id, "3");
}

TEST(MarkdownReader, JoinedTextKeepsTheMarksOfBothParts) {
  const Document doc = read_md("Thực hiện các văn bản về dân chủ<sup>1</sup> và\n\n<sup>1</sup> Luật năm 2022.\n\n"
                               "các nghị định<sup>2</sup> hướng dẫn.\n\n<sup>2</sup> Nghị định số 59/2023/NĐ-CP.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& p = paragraph_at(doc, 0);
  EXPECT_EQ(p.text, "Thực hiện các văn bản về dân chủ và các nghị định hướng dẫn.");
  ASSERT_EQ(p.footnote_marks.size(), 2u);
  EXPECT_EQ(p.text.substr(0, p.footnote_marks[1].offset), "Thực hiện các văn bản về dân chủ và các nghị định");
}

TEST(MarkdownReader, DoesNotJoinSentencesHeadingsOrLabels) {
  const Document doc = read_md("Công tác dân vận được tăng cường.\n\nnăm sau tiếp tục triển khai.\n\n"
                               "Các nhiệm vụ gồm\n\n## 2. Tập trung cải cách hành chính\n\n"
                               "Tiếp tục rà soát thủ tục hành chính trên địa bàn\n\na) rà soát quy trình.\n");
  EXPECT_EQ(paragraph_texts(doc).size(), 6u);
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(MarkdownReaderSuperscripts, SuperscriptDigitsAreFootnoteMarkersButNotExponents) {
  const Document doc = testing::read_md("Thực hiện Chỉ thị¹, diện tích 250m² và 10³ hộ dân.\n\n¹ Chỉ thị số 07/CT-UBND.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& p = testing::paragraph_at(doc, 0);
  EXPECT_EQ(p.text, "Thực hiện Chỉ thị, diện tích 250m² và 10³ hộ dân.");
  ASSERT_EQ(p.footnote_marks.size(), 1u);
  EXPECT_EQ(p.footnote_marks[0].id, "1");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text, "Chỉ thị số 07/CT-UBND.");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

std::vector<std::string> cell_texts(const TableCell& cell) {
  std::vector<std::string> out;
  for (const auto& p : cell.paragraphs) out.push_back(p.text);
  return out;
}

TEST(MarkdownSideBySideClosing, RecipientsAndSignatureStayInTheirColumns) {
  // Text extracted with its layout: the recipient list on the left, the signature on the right;
  // the right column's "(đã ký)" sits on the second line of a wrapped recipient.
  const Document doc = read_md(
      "Các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.\n"
      "\n"
      "Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN\n"
      "- Thường trực Huyện ủy (b/c),                       CHỦ TỊCH\n"
      "- Các phòng, ban chuyên môn\n"
      "  thuộc huyện,                                        (đã ký)\n"
      "- Đảng ủy các xã, thị trấn,\n"
      "- Lưu VT.                                           Hoàng Minh Tú\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const auto* table = std::get_if<Table>(&doc.blocks[1]);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 1u);
  ASSERT_EQ(table->rows[0].cells.size(), 2u);
  EXPECT_EQ(cell_texts(table->rows[0].cells[0]),
            (std::vector<std::string>{"Nơi nhận:", "- Thường trực Huyện ủy (b/c),", "- Các phòng, ban chuyên môn thuộc huyện,",
                                      "- Đảng ủy các xã, thị trấn,", "- Lưu VT."}));
  EXPECT_EQ(cell_texts(table->rows[0].cells[1]),
            (std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(đã ký)", "Hoàng Minh Tú"}));
}

TEST(MarkdownSideBySideClosing, ABulletListAfterALayoutHeaderIsBodyText) {
  // The left cell ends with a date line, not a recipient list: the list is the body.
  const Document doc = read_md(
      "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "HUYỆN ĐĂK HÀ                           Độc lập - Tự do - Hạnh phúc\n"
      "\n"
      "- Tổ chức rà soát hồ sơ trước ngày 15/7/2026.\n");
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(paragraph_texts(doc), (std::vector<std::string>{"- Tổ chức rà soát hồ sơ trước ngày 15/7/2026."}));
}

}  // namespace
}  // namespace vanban
