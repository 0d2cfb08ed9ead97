#include <gtest/gtest.h>

#include "ingest/markdown/line_shape.hpp"
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

namespace vanban {
namespace {

// A clause list cut by a page break after a full line ending with ';' goes on in lower case on the
// next page; a short line ending with ';' (the last item) does not (near miss).
TEST(MarkdownPlainText, JoinsAClauseListCutAfterASemicolonAtAPageBreak) {
  const std::string page_header = "BẢN TIN NỘI BỘ/Số 3/Tháng 02-2025\n";
  std::string text;
  for (int i = 0; i < 3; ++i) text += "Sở Tài chính tổng hợp số liệu thu, chi ngân sách của các huyện trong năm;\n";
  text += "số liệu về tài sản công, nợ công và các khoản tạm ứng của ngân sách tỉnh;\n\n" + page_header + "2\n\n";
  text += "lưu chuyển tiền tệ của ngân sách tỉnh trong năm báo cáo.\n\n";
  text += "- Lưu: VT;\n\n" + page_header + "3\n\nsố liệu năm trước được giữ nguyên.\n";
  const Document doc = read_md(text);
  const auto texts = paragraph_texts(doc);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_NE(texts[0].find("ngân sách tỉnh; lưu chuyển tiền tệ"), std::string::npos);
  EXPECT_EQ(texts[2], "số liệu năm trước được giữ nguyên.");
}

TEST(MarkdownPlainText, NumberedItemsAfterAPartLabelKeepTheirOwnNumbers) {
  // md4c sees one ordered list (1., 2., 1.) with "II. …" as a lazy continuation line.
  const Document doc = testing::read_md(
      "I. MỤC ĐÍCH\n1. Nâng cao chất lượng công tác kiểm tra.\n2. Phát hiện kịp thời sai sót.\n"
      "II. NỘI DUNG\n1. Kiểm tra việc ban hành văn bản.\n");
  EXPECT_EQ(testing::paragraph_texts(doc),
            (std::vector<std::string>{"I. MỤC ĐÍCH", "1. Nâng cao chất lượng công tác kiểm tra.",
                                      "2. Phát hiện kịp thời sai sót.", "II. NỘI DUNG",
                                      "1. Kiểm tra việc ban hành văn bản."}));
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[3]).location.line, 4u);
}

const char* const kLayoutDump =
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    " HUYỆN SƠN HÀ                            Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "Số: 45/KH-UBND                        Sơn Hà, ngày 12 tháng 3 năm 2025\n"
    "\n"
    "                                 KẾ HOẠCH\n"
    "              Kiểm tra công tác cải cách hành chính năm 2025\n"
    "\n"
    "1. Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị\n"
    "trên địa bàn huyện.\n"
    "\n"
    "Nơi nhận:                                            KT. CHỦ TỊCH\n"
    "- Sở Nội vụ;                                         PHÓ CHỦ TỊCH\n"
    "- Lưu: VT.\n"
    "                                                     Trần Văn Nam\n";

std::vector<std::string> cell_texts(const TableCell& cell) {
  std::vector<std::string> out;
  for (const auto& p : cell.paragraphs) out.push_back(p.text);
  return out;
}

TEST(MarkdownPlainText, LayoutColumnsBecomeBorderlessTables) {
  const Document doc = testing::read_md(kLayoutDump);
  ASSERT_EQ(doc.blocks.size(), 5u);
  const auto& header = std::get<Table>(doc.blocks[0]);
  EXPECT_TRUE(header.borderless);
  ASSERT_EQ(header.rows.size(), 1u);
  ASSERT_EQ(header.rows[0].cells.size(), 2u);
  EXPECT_EQ(cell_texts(header.rows[0].cells[0]),
            (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÀ", "Số: 45/KH-UBND"}));
  EXPECT_EQ(cell_texts(header.rows[0].cells[1]),
            (std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                      "Sơn Hà, ngày 12 tháng 3 năm 2025"}));
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[1]).text, "KẾ HOẠCH");
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[2]).text, "Kiểm tra công tác cải cách hành chính năm 2025");
  const auto& closing = std::get<Table>(doc.blocks[4]);
  EXPECT_EQ(cell_texts(closing.rows[0].cells[0]), (std::vector<std::string>{"Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT."}));
  EXPECT_EQ(cell_texts(closing.rows[0].cells[1]),
            (std::vector<std::string>{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Nam"}));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(MarkdownPageFurniture, PageNumbersGluedToAlternatingHeadersShareOneKey) {
  std::string text =
      "BẢN TIN TƯ PHÁP/Số 8/Ngày 10-3-2025 5\n\nNội dung trang năm.\n\n"
      "6 BẢN TIN TƯ PHÁP/Số 8/Ngày 10-3-2025\n\nNội dung trang sáu.\n";
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.page_headers, 2u);
  EXPECT_EQ(text.find("BẢN TIN"), std::string::npos);
  EXPECT_NE(text.find("Nội dung trang sáu."), std::string::npos);
}

/// Every word of the input (but page furniture) is somewhere in the blocks: nothing is lost.
TEST(MarkdownPlainText, NeverLosesText) {
  const Document doc = testing::read_md(kGazette);
  std::string all;
  for (const auto& b : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) all += p->text + "\n";
  }
  std::string text = kGazette;
  md::remove_page_furniture(text);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = text.find_first_of(" \n", pos);
    const std::string word = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (!word.empty() && word.find('_') == std::string::npos)
      EXPECT_NE(all.find(word), std::string::npos) << "lost: " << word;
    if (end == std::string::npos) break;
    pos = end + 1;
  }
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(MarkdownPageFurniture, DecorativeRulesAreBlankedButDashesInTextStay) {
  std::string text = "BỘ TƯ PHÁP\n————————\nĐộc lập – Tự do – Hạnh phúc\n───\n";
  EXPECT_EQ(md::blank_decorative_rules(text), 2u);
  EXPECT_EQ(text.find("—"), std::string::npos);
  EXPECT_NE(text.find("Độc lập – Tự do – Hạnh phúc"), std::string::npos);
  const Document doc = testing::read_md("BỘ TƯ PHÁP\n————————\nSố: 12/TB-BTP\n");
  EXPECT_EQ(testing::paragraph_texts(doc), (std::vector<std::string>{"BỘ TƯ PHÁP", "Số: 12/TB-BTP"}));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(MarkdownPageFurniture, TheGazetteHeaderIsFurnitureEvenOnAOnePageDocument) {
  std::string text = "CÔNG BÁO/Số 95/Ngày 14-02-2025\n27\n\nBỘ TÀI CHÍNH\n\nNgười ký: Bộ Tài chính\nEmail: vp@example.vn\n"
                     "Thời gian ký: 14.02.2025 08:00:00 +07:00\n";
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.page_headers, 1u);
  EXPECT_EQ(f.page_numbers, 1u);
  EXPECT_EQ(f.signature_stamps, 1u);
  EXPECT_EQ(md::trim(text.substr(0, text.find("BỘ TÀI CHÍNH"))).find_first_not_of(" \n"), std::string::npos);
}

// A converter writes "#### Mục 2" with the title on the next heading line: the numbered label
// looks like a header with a page number glued to it, but it is structure.
TEST(MarkdownPageFurniture, NumberedStructureLabelsAreNotRunningHeaders) {
  const std::string input =
      "## Chương II\n\n## QUẢN LÝ KHO\n\n#### Mục 1\n\n## KHO CẤP TỈNH\n\n**Điều 2. Kho cấp tỉnh**\n\n"
      "Kho do tỉnh quản lý.\n\n#### Mục 2\n\n## QUẢN LÝ HỒ SƠ TRONG KHO\n\n**Điều 3. Quản lý hồ sơ**\n\n"
      "Hồ sơ được lập theo mẫu.\n\nPHỤ LỤC 1\n\nMẫu tờ khai\n\nPHỤ LỤC 2\n\nMẫu báo cáo\n";
  std::string text = input;
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.total_lines(), 0u);
  EXPECT_EQ(text, input);
}

// Near miss: a running header with its page number glued on stays furniture.
TEST(MarkdownPageFurniture, AHeaderWithAGluedPageNumberIsStillFurniture) {
  std::string text = "BẢN TIN NỘI BỘ SỞ 1\n\nMục tiêu của kế hoạch.\n\nBẢN TIN NỘI BỘ SỞ 2\n\nNội dung tiếp theo.\n";
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.page_headers, 2u);
}

// The gazette marks where the signature was with "[daky]" on its own line: furniture, so the
// signer's name stays alone; the same word inside a sentence is text.
TEST(MarkdownPageFurniture, TheSignedMarkLineIsAStamp) {
  const Document doc = read_md("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Thành Luân\n \n[daky] \n\nGhi chú: ô [daky] để trống.\n");
  const auto texts = paragraph_texts(doc);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Võ Thành Luân"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Ghi chú: ô [daky] để trống."), texts.end());
  EXPECT_EQ(std::count_if(texts.begin(), texts.end(), [](const std::string& t) { return t.find("[daky]") != std::string::npos; }), 1);
}

// Some converters keep only the mark's opening bracket: the signer's name is not glued to it. A
// closing bracket alone (a formula cut over lines) stays.
TEST(MarkdownPageFurniture, ALoneOpeningBracketIsTheCutSignedMark) {
  const Document doc = read_md("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n[\nVõ Thành Luân\n\nTỷ lệ = [A + B\n]\n");
  const auto texts = paragraph_texts(doc);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Võ Thành Luân"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Tỷ lệ = [A + B ]"), texts.end());
}

// Numbered notes with the same wording ("8 Điều này được bãi bỏ …", "16 Điều này được bãi bỏ …")
// look like a header with a glued page number, but they go on on the next line: text, not furniture.
TEST(MarkdownPageFurniture, RepeatedNumberedNotesThatGoOnAreNotRunningHeaders) {
  const std::string input =
      "Điều 3. (được bãi bỏ)\n\n"
      "3 Điều này được bãi bỏ theo quy định tại Thông tư số 05/2024/TT-\n"
      "BNV ngày 10 tháng 3 năm 2024.\n\n"
      "Điều 7. (được bãi bỏ)\n\n"
      "7 Điều này được bãi bỏ theo quy định tại Thông tư số 05/2024/TT-\n"
      "BNV ngày 10 tháng 3 năm 2024.\n";
  std::string text = input;
  const md::PageFurniture f = md::remove_page_furniture(text);
  EXPECT_EQ(f.total_lines(), 0u);
  EXPECT_EQ(text, input);
}

}  // namespace
}  // namespace vanban
