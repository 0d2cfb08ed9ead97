#include "analysis/front_matter.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

#include "analysis/outline.hpp"

namespace vanban {
namespace {

// Builders for hand-made documents (realistic, invented units and names).
Paragraph para(std::string text, bool bold = false, bool centered = false, int heading = 0) {
  Paragraph p;
  p.text = std::move(text);
  p.style.bold = bold;
  p.style.centered = centered;
  p.style.heading_level = heading;
  return p;
}

TableCell cell(std::initializer_list<const char*> lines) {
  TableCell c;
  for (const char* l : lines) c.paragraphs.push_back(para(l));
  return c;
}

Table layout_table(std::initializer_list<TableCell> cells) {
  Table t;
  t.borderless = true;
  TableRow row;
  for (const auto& c : cells) row.cells.push_back(c);
  t.rows.push_back(std::move(row));
  return t;
}

void add(Document& d, std::initializer_list<const char*> lines) {
  for (const char* l : lines) d.blocks.push_back(para(l));
}

class FrontMatterTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  FrontMatterPass pass{kit};
  OutlinePass outline{kit};
};

Document state_plan() {
  Document d;
  d.blocks.push_back(layout_table({cell({"UBND TỈNH KHÁNH HƯNG", "SỞ NÔNG NGHIỆP", "______", "Số: 57/KH-SNN"}),
                                   cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "______",
                                         "Khánh Hưng, ngày 07 tháng 4 năm 2025"})}));
  d.blocks.push_back(para("KẾ HOẠCH", true, true));
  d.blocks.push_back(para("Tổ chức hội thi nhà nông giỏi", true, true));
  d.blocks.push_back(para("năm 2025", true, true));
  add(d, {"Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh, Sở Nông nghiệp xây dựng kế hoạch như sau:",
          "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Tôn vinh nông dân sản xuất giỏi.", "2. Yêu cầu",
          "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Trồng trọt chủ trì tổ chức hội thi.", "Trên đây là Kế hoạch tổ chức hội thi./."});
  d.blocks.push_back(layout_table({cell({"Nơi nhận:", "- Như trên;", "- Chủ tịch UBND tỉnh (b/c);", "- Các phòng, đơn vị",
                                         "thuộc Sở;", "- Lưu: VT, KHTC.Lan."}),
                                   cell({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Trần Minh Khôi"})}));
  add(d, {"PHỤ LỤC I", "DANH SÁCH CÁC XÃ THAM GIA", "1. Xã Phú An", "2. Xã Tân Lập"});
  return d;
}

TEST_F(FrontMatterTest, BodyNameSplitOverPlainAndBoldLinesIsOneIssuer) {
  Document d;
  TableCell left;
  left.paragraphs.push_back(para("ỦY BAN NHÂN DÂN", false, true));
  left.paragraphs.push_back(para("HUYỆN TRÀ LĨNH ĐÔNG", true, true));
  left.paragraphs.push_back(para("Số: 318/UBND-VX", false, true));
  d.blocks.push_back(layout_table({left, cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                               "Trà Lĩnh Đông, ngày 04 tháng 9 năm 2025"})}));
  add(d, {"Kính gửi: Ủy ban nhân dân các xã.", "Ủy ban nhân dân huyện đề nghị các xã báo cáo trước ngày 20/9/2025./."});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "ỦY BAN NHÂN DÂN HUYỆN TRÀ LĨNH ĐÔNG");
  EXPECT_FALSE(d.metadata.parent_issuer);
}

TEST_F(FrontMatterTest, PlainParentAndBoldDepartmentStayTwoBodies) {
  Document d;
  TableCell left;
  left.paragraphs.push_back(para("UBND HUYỆN TRÀ LĨNH ĐÔNG", false, true));
  left.paragraphs.push_back(para("PHÒNG TÀI CHÍNH - KẾ HOẠCH", true, true));
  left.paragraphs.push_back(para("Số: 41/TCKH", false, true));
  d.blocks.push_back(layout_table({left, cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                               "Trà Lĩnh Đông, ngày 04 tháng 9 năm 2025"})}));
  add(d, {"Kính gửi: Các cơ quan, đơn vị."});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "PHÒNG TÀI CHÍNH - KẾ HOẠCH");
  EXPECT_EQ(d.metadata.parent_issuer.value_or(""), "UBND HUYỆN TRÀ LĨNH ĐÔNG");
}

TEST_F(FrontMatterTest, StatePlanWithLayoutTables) {
  Document d = state_plan();
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "SỞ NÔNG NGHIỆP");
  EXPECT_EQ(m.parent_issuer.value_or(""), "UBND TỈNH KHÁNH HƯNG");
  EXPECT_EQ(m.number.value_or(""), "57");
  EXPECT_EQ(m.symbol.value_or(""), "KH-SNN");
  EXPECT_EQ(m.number_symbol.value_or(""), "57/KH-SNN");
  EXPECT_EQ(m.place.value_or(""), "Khánh Hưng");
  ASSERT_TRUE(m.issue_date);
  EXPECT_EQ(m.issue_date->iso(), "2025-04-07");
  EXPECT_EQ(m.doc_type.value_or(""), "Kế hoạch");
  EXPECT_EQ(m.doc_type_code.value_or(""), "KH");
  EXPECT_EQ(m.title.value_or(""), "Tổ chức hội thi nhà nông giỏi năm 2025");
  EXPECT_FALSE(m.draft);
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Như trên", "Chủ tịch UBND tỉnh (b/c)",
                                                    "Các phòng, đơn vị thuộc Sở", "Lưu: VT, KHTC.Lan"}));
  EXPECT_EQ(m.signer.authority.value_or(""), "KT. GIÁM ĐỐC");
  EXPECT_EQ(m.signer.position.value_or(""), "PHÓ GIÁM ĐỐC");
  EXPECT_EQ(m.signer.name.value_or(""), "Trần Minh Khôi");
  EXPECT_TRUE(m.inferred.empty());
  EXPECT_EQ(d.front.begin, 0u);
  EXPECT_EQ(d.front.end, 4u);
  EXPECT_EQ(d.body.begin, 4u);
  EXPECT_EQ(d.closing.begin, 12u);
  EXPECT_EQ(d.appendices.begin, 13u);
  EXPECT_EQ(d.appendices.end, d.blocks.size());

  outline.run(d);
  ASSERT_EQ(d.sections.size(), 2u);  // the appendix's "1." items are not outlined
  EXPECT_EQ(d.sections[1].path, "II");
  ASSERT_EQ(d.sections[1].children.size(), 1u);
  EXPECT_EQ(d.sections[1].children[0].path, "II.1");
}

TEST_F(FrontMatterTest, YouthUnionCommitteeUnderItsTwoParents) {
  Document d;
  add(d, {"BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH ĐOÀN HÀ AN", "***", "Số: 88-KH/TĐTN-VP",
          "ĐOÀN TNCS HỒ CHÍ MINH", "Hà An, ngày 02 tháng 3 năm 2024", "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2024",
          "I. MỤC ĐÍCH", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lò Văn Chiến"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "TỈNH ĐOÀN HÀ AN");
  EXPECT_EQ(m.parent_issuer.value_or(""), "ĐOÀN TNCS HỒ CHÍ MINH");
}

TEST_F(FrontMatterTest, PartyPlan) {
  Document d;
  add(d, {"ĐẢNG BỘ TỈNH KHÁNH HƯNG", "ĐẢNG ỦY XÃ PHÚ AN", "*", "Số 45-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
          "Phú An, ngày 12 tháng 01 năm 2025", "KẾ HOẠCH", "thực hiện công tác dân vận năm 2025",
          "I- MỤC ĐÍCH, YÊU CẦU", "1- Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận.",
          "T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Tâm", "Nơi nhận:", "- Ban Thường vụ Huyện ủy,", "- Các chi bộ trực thuộc,",
          "- Lưu Văn phòng Đảng ủy."});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "ĐẢNG ỦY XÃ PHÚ AN");
  EXPECT_EQ(m.parent_issuer.value_or(""), "ĐẢNG BỘ TỈNH KHÁNH HƯNG");
  EXPECT_EQ(m.number.value_or(""), "45");
  EXPECT_EQ(m.symbol.value_or(""), "KH/ĐU");
  EXPECT_EQ(m.number_symbol.value_or(""), "45-KH/ĐU");
  EXPECT_EQ(m.doc_type_code.value_or(""), "KH");
  EXPECT_EQ(m.issue_date->iso(), "2025-01-12");
  EXPECT_EQ(m.title.value_or(""), "Thực hiện công tác dân vận năm 2025");
  EXPECT_EQ(m.signer.authority.value_or(""), "T/M ĐẢNG ỦY");
  EXPECT_EQ(m.signer.position.value_or(""), "BÍ THƯ");
  EXPECT_EQ(m.signer.name.value_or(""), "Lê Văn Tâm");
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Ban Thường vụ Huyện ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"}));
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].path, "I");
  ASSERT_EQ(d.sections[0].children.size(), 1u);
  EXPECT_EQ(d.sections[0].children[0].path, "I.1");
  EXPECT_EQ(d.sections[0].children[0].title, "Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận");
}

TEST_F(FrontMatterTest, DraftCongVanWithVvAndKinhGui) {
  Document d;
  d.blocks.push_back(layout_table({cell({"ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HƯNG", "Số:        /UBND-KT",
                                         "V/v tăng cường quản lý chợ truyền thống", "dịp Tết Nguyên đán"}),
                                   cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                         "Khánh Hưng, ngày      tháng 12 năm 2025"})}));
  add(d, {"Kính gửi: Sở Công Thương tỉnh Khánh Hưng.",
          "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh về bảo đảm cung ứng hàng hóa dịp Tết, Văn phòng UBND tỉnh đề nghị "
          "Sở Công Thương khẩn trương kiểm tra các chợ truyền thống và báo cáo kết quả./."});
  d.blocks.push_back(layout_table({cell({"Nơi nhận:", "- Như trên;", "- Lưu: VT, KT.Hạnh(02b)."}),
                                   cell({"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "[signature]",
                                         "Đỗ Thị Hồng Nhung"})}));
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.doc_type.value_or(""), "Công văn");
  EXPECT_FALSE(m.doc_type_code);
  EXPECT_FALSE(m.number);
  EXPECT_EQ(m.symbol.value_or(""), "UBND-KT");
  EXPECT_EQ(m.number_symbol.value_or(""), "/UBND-KT");
  EXPECT_TRUE(m.draft);
  EXPECT_EQ(m.issue_date->iso(), "2025-12");
  EXPECT_EQ(m.issuer.value_or(""), "ỦY BAN NHÂN DÂN TỈNH KHÁNH HƯNG");
  EXPECT_FALSE(m.parent_issuer);
  EXPECT_EQ(m.title.value_or(""), "Tăng cường quản lý chợ truyền thống dịp Tết Nguyên đán");
  EXPECT_EQ(m.addressees, (std::vector<std::string>{"Sở Công Thương tỉnh Khánh Hưng"}));
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Như trên", "Lưu: VT, KT.Hạnh(02b)"}));
  EXPECT_EQ(m.signer.authority.value_or(""), "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG");
  EXPECT_EQ(m.signer.position.value_or(""), "PHÓ CHÁNH VĂN PHÒNG");
  EXPECT_EQ(m.signer.name.value_or(""), "Đỗ Thị Hồng Nhung");
  EXPECT_EQ(d.front.end, 2u);
  EXPECT_EQ(d.body.begin, 2u);
  EXPECT_EQ(d.body.end, 3u);
}

TEST_F(FrontMatterTest, DecreeFromAGazetteTextWithPreamble) {
  Document d;
  add(d, {"CHÍNH PHỦ", "_______", "Số: 45/2025/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 03 tháng 3 năm 2025", "NGHỊ ĐỊNH",
          "Quy định chi tiết một số điều của Luật Thủy sản", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
          "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường;",
          "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thủy sản.",
          "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
          "Nghị định này quy định chi tiết về nuôi trồng thủy sản.", "Điều 2. Đối tượng áp dụng",
          "1. Cơ quan nhà nước có thẩm quyền.", "2. Tổ chức, cá nhân có liên quan, gồm:", "a) Cơ sở nuôi trồng thủy sản;",
          "đ) Cơ sở chế biến thủy sản.", "Chương II", "QUY ĐỊNH CỤ THỂ", "Điều 3. Sửa đổi, bổ sung Nghị định số 26/2019/NĐ-CP",
          "1. Sửa đổi khoản 2 Điều 5 như sau:", "“2. Cơ sở nuôi trồng thủy sản phải đáp ứng các điều kiện sau:",
          "a) Có địa điểm phù hợp;", "b) Có trang thiết bị cần thiết.”.", "2. Bãi bỏ khoản 4 Điều 7.",
          "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Văn Bình"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "CHÍNH PHỦ");
  EXPECT_EQ(m.number.value_or(""), "45");
  EXPECT_EQ(m.symbol.value_or(""), "2025/NĐ-CP");
  EXPECT_EQ(m.doc_type.value_or(""), "Nghị định");
  EXPECT_EQ(m.doc_type_code.value_or(""), "NĐ");
  EXPECT_EQ(m.place.value_or(""), "Hà Nội");
  EXPECT_EQ(m.title.value_or(""), "Quy định chi tiết một số điều của Luật Thủy sản");
  EXPECT_EQ(d.preamble.begin, 8u);
  EXPECT_EQ(d.preamble.end, 11u);
  EXPECT_EQ(d.body.begin, 11u);
  EXPECT_TRUE(m.recipients.empty());
  EXPECT_EQ(m.signer.position.value_or(""), "PHÓ THỦ TƯỚNG");
  EXPECT_EQ(m.signer.name.value_or(""), "Nguyễn Văn Bình");

  outline.run(d);
  std::vector<std::string> paths;
  std::function<void(const std::vector<Section>&)> walk = [&](const std::vector<Section>& ss) {
    for (const auto& s : ss) {
      paths.push_back(s.path + "|" + s.title);
      walk(s.children);
    }
  };
  walk(d.sections);
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "Chương I|QUY ĐỊNH CHUNG", "Chương I.Điều 1|Phạm vi điều chỉnh",
                       "Chương I.Điều 2|Đối tượng áp dụng", "Chương I.Điều 2.1|Cơ quan nhà nước có thẩm quyền",
                       "Chương I.Điều 2.2|Tổ chức, cá nhân có liên quan, gồm", "Chương I.Điều 2.2.a|Cơ sở nuôi trồng thủy sản",
                       "Chương I.Điều 2.2.đ|Cơ sở chế biến thủy sản", "Chương II|QUY ĐỊNH CỤ THỂ",
                       "Chương II.Điều 3|Sửa đổi, bổ sung Nghị định số 26/2019/NĐ-CP",
                       "Chương II.Điều 3.1|Sửa đổi khoản 2 Điều 5 như sau", "Chương II.Điều 3.2|Bãi bỏ khoản 4 Điều 7"}));
  // The chapter title paragraph is part of the heading, not content.
  EXPECT_EQ(d.sections[0].heading_block, 11u);
  EXPECT_EQ(d.sections[0].blocks.begin, 13u);
  EXPECT_EQ(d.sections[0].level, 1);
  EXPECT_EQ(d.sections[0].children[1].children[1].children[0].level, 4);
}

TEST_F(FrontMatterTest, MarkdownWithoutHeaderInfersTheIssuer) {
  Document d;
  d.blocks.push_back(para("KẾ HOẠCH", false, false, 2));
  d.blocks.push_back(para("Triển khai công tác chuyển đổi số trên địa bàn phường Hòa Bình năm 2025", false, false, 3));
  add(d, {"Thực hiện Kế hoạch số 88/KH-UBND ngày 10/02/2025 của UBND thành phố về chuyển đổi số; UBND phường Hòa Bình "
          "xây dựng kế hoạch triển khai như sau:",
          "I. MỤC ĐÍCH", "1. Mục đích", "II. NHIỆM VỤ", "5. Phát triển hạ tầng số", "7. Phát triển dữ liệu số",
          "Trên đây là Kế hoạch của UBND phường./.", "Nơi nhận:", "- Thường trực Đảng ủy;", "- Lưu: VT.", "CHỦ TỊCH",
          "Phạm Thu Hà"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.doc_type.value_or(""), "Kế hoạch");
  EXPECT_EQ(m.title.value_or(""), "Triển khai công tác chuyển đổi số trên địa bàn phường Hòa Bình năm 2025");
  EXPECT_EQ(m.issuer.value_or(""), "UBND phường Hòa Bình");
  EXPECT_EQ(m.inferred, (std::vector<std::string>{"issuer", "year"}));
  EXPECT_EQ(m.year, 2025);  // from the title; issue_date stays null
  EXPECT_FALSE(m.number);
  EXPECT_FALSE(m.issue_date);
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Thường trực Đảng ủy", "Lưu: VT"}));
  EXPECT_EQ(m.signer.position.value_or(""), "CHỦ TỊCH");
  EXPECT_EQ(m.signer.name.value_or(""), "Phạm Thu Hà");
  EXPECT_EQ(d.body.begin, 2u);
  EXPECT_EQ(d.closing.begin, 9u);

  outline.run(d);
  ASSERT_EQ(d.sections.size(), 2u);
  ASSERT_EQ(d.sections[1].children.size(), 2u);
  EXPECT_EQ(d.sections[1].children[0].path, "II.5");
  EXPECT_EQ(d.sections[1].children[1].path, "II.7");  // a gap is kept as written
}

TEST_F(FrontMatterTest, DecisionAuthorityLineStartsThePreambleAndMarksAreRead) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HƯNG", "Số:     /QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Khánh Hưng, ngày     tháng     năm 2026", "DỰ THẢO", "KHẨN"});
  d.blocks.push_back(para("QUYẾT ĐỊNH", true, true));
  d.blocks.push_back(para("Phê duyệt Quy chế hoạt động của Hội đồng thi đua tỉnh", true, true));
  d.blocks.push_back(para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HƯNG", true, true));
  add(d, {"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Theo đề nghị của Giám đốc Sở Nội vụ.",
          "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Quy chế hoạt động của Hội đồng thi đua tỉnh kèm theo Quyết định này.",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, NC.",
          "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thành Đạt"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.doc_type.value_or(""), "Quyết định");
  EXPECT_EQ(m.doc_type_code.value_or(""), "QĐ");
  EXPECT_EQ(m.title.value_or(""), "Phê duyệt Quy chế hoạt động của Hội đồng thi đua tỉnh");
  EXPECT_EQ(m.issue_date->iso(), "2026");
  EXPECT_TRUE(m.draft);
  EXPECT_EQ(m.urgency.value_or(""), "Khẩn");
  EXPECT_EQ(d.preamble.begin, 10u);
  EXPECT_EQ(d.preamble.end, 14u);
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[0].path, "Điều 1");
  EXPECT_EQ(d.sections[0].title, "Phê duyệt Quy chế hoạt động của Hội đồng thi đua tỉnh kèm theo Quyết định này");
}

TEST_F(FrontMatterTest, EmptyDocumentIsHarmless) {
  Document d;
  pass.run(d);
  outline.run(d);
  EXPECT_TRUE(d.sections.empty());
  EXPECT_FALSE(d.metadata.doc_type);
}

TEST_F(FrontMatterTest, TypeLineContradictingTheSymbolIsReported) {
  Document d;
  add(d, {"SỞ NỘI VỤ", "Số: 12/BC-SNV", "KẾ HOẠCH", "Tổ chức tập huấn nghiệp vụ",
          "Để nâng cao năng lực cán bộ, Sở Nội vụ tổ chức tập huấn như sau:"});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Kế hoạch");
  ASSERT_FALSE(d.diagnostics.items().empty());
  EXPECT_EQ(d.diagnostics.items()[0].code, "front.type-symbol-mismatch");
  EXPECT_NE(d.diagnostics.items()[0].message.find("Báo cáo"), std::string::npos);
}

TEST_F(FrontMatterTest, PdfTextWithColumnsOnOneLine) {
  Document d;
  add(d, {"UBND TỈNH KHÁNH HƯNG       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "SỞ TÀI CHÍNH          Độc lập - Tự do - Hạnh phúc",
          "Số: 08/BC-STC          Khánh Hưng, ngày 02 tháng 6 năm 2025", "BÁO CÁO",
          "Kết quả thực hiện dự toán ngân sách", "6 tháng đầu năm 2025",
          "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tài chính báo cáo kết quả thực hiện dự toán như sau:",
          "I. KẾT QUẢ THỰC HIỆN", "Tổng thu ngân sách đạt 52% dự toán./.",
          "Nơi nhận:          KT. GIÁM ĐỐC", "- UBND tỉnh (b/c);          PHÓ GIÁM ĐỐC", "- Lưu: VT, NS.", "",
          "Lê Văn Hùng"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "SỞ TÀI CHÍNH");
  EXPECT_EQ(m.parent_issuer.value_or(""), "UBND TỈNH KHÁNH HƯNG");
  EXPECT_EQ(m.number_symbol.value_or(""), "08/BC-STC");
  EXPECT_EQ(m.issue_date->iso(), "2025-06-02");
  EXPECT_EQ(m.doc_type.value_or(""), "Báo cáo");
  EXPECT_EQ(m.title.value_or(""), "Kết quả thực hiện dự toán ngân sách 6 tháng đầu năm 2025");
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"UBND tỉnh (b/c)", "Lưu: VT, NS"}));
  EXPECT_EQ(m.signer.authority.value_or(""), "KT. GIÁM ĐỐC");
  EXPECT_EQ(m.signer.position.value_or(""), "PHÓ GIÁM ĐỐC");
  EXPECT_EQ(m.signer.name.value_or(""), "Lê Văn Hùng");
}

TEST_F(FrontMatterTest, SignatureWithoutNoiNhanAtTheEndOfADump) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "XÃ PHÚ AN", "Số: 15/TB-UBND", "THÔNG BÁO", "Lịch tiếp công dân tháng 7 năm 2025",
          "Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã như sau:",
          "1. Thời gian: sáng thứ Năm hằng tuần.", "2. Địa điểm: trụ sở UBND xã.", "CHỦ TỊCH", "Nguyễn Văn An"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.issuer.value_or(""), "ỦY BAN NHÂN DÂN XÃ PHÚ AN");
  EXPECT_EQ(m.doc_type_code.value_or(""), "TB");
  EXPECT_EQ(m.signer.position.value_or(""), "CHỦ TỊCH");
  EXPECT_EQ(m.signer.name.value_or(""), "Nguyễn Văn An");
  EXPECT_FALSE(m.signer.authority);
  EXPECT_TRUE(m.recipients.empty());
  EXPECT_EQ(d.closing.begin, 8u);
  EXPECT_EQ(d.body.end, 8u);
}

TEST_F(FrontMatterTest, HardWrappedSubjectInPlainTextAndVeViec) {
  Document d;
  add(d, {"BỘ NỘI VỤ", "________", "Số: 31/CT-BNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hà Nội, ngày 14 tháng 8 năm 2025", "CHỈ THỊ", "Về việc tăng cường kỷ luật, kỷ cương hành chính",
          "trong các cơ quan, đơn vị thuộc Bộ", "_______",
          "Thời gian qua, công tác chấp hành kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị thuộc Bộ đã có "
          "chuyển biến tích cực."});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Chỉ thị");
  EXPECT_EQ(d.metadata.title.value_or(""),
            "Tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị thuộc Bộ");
  EXPECT_EQ(d.front.end, 10u);
  EXPECT_EQ(d.body.begin, 10u);
}

TEST_F(FrontMatterTest, AppendixAfterTheClosingIsNotBody) {
  Document d;
  add(d, {"KẾ HOẠCH", "Kiểm tra công tác văn thư năm 2025", "I. MỤC ĐÍCH", "II. NỘI DUNG",
          "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Bảo", "Phụ lục II", "(Kèm theo Kế hoạch số   /KH-UBND)",
          "I. ĐƠN VỊ ĐƯỢC KIỂM TRA", "Nơi nhận:", "- Như trên;"});
  pass.run(d);
  EXPECT_EQ(d.closing.begin, 4u);
  EXPECT_EQ(d.closing.end, 7u);
  EXPECT_EQ(d.appendices.begin, 7u);
  EXPECT_EQ(d.appendices.end, 12u);
  EXPECT_TRUE(d.metadata.recipients.empty());  // the appendix's template list is not the plan's
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 2u);
}

TEST_F(FrontMatterTest, HeaderAndClosingColumnsJoinedByAReader) {
  Document d;
  add(d, {"ĐẢNG BỘ TỈNH KHÁNH HƯNG ĐẢNG ỦY XÃ PHÚ AN", "Số 07-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
          "Phú An, ngày 25 tháng 12 năm 2024", "BÁO CÁO", "tổng kết công tác xây dựng Đảng năm 2024",
          "I- KẾT QUẢ", "1- Công tác chính trị tư tưởng", "Nơi nhận: T/M ĐẢNG ỦY", "- Ban Thường vụ Huyện ủy, BÍ THƯ",
          "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.", "Lê Văn Tâm"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.parent_issuer.value_or(""), "ĐẢNG BỘ TỈNH KHÁNH HƯNG");
  EXPECT_EQ(m.issuer.value_or(""), "ĐẢNG ỦY XÃ PHÚ AN");
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Ban Thường vụ Huyện ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"}));
  EXPECT_EQ(m.signer.authority.value_or(""), "T/M ĐẢNG ỦY");
  EXPECT_EQ(m.signer.position.value_or(""), "BÍ THƯ");
  EXPECT_EQ(m.signer.name.value_or(""), "Lê Văn Tâm");
}

TEST_F(FrontMatterTest, BodyNamesThatOnlyLookJoinedStayWhole) {
  Document d;
  add(d, {"BỘ QUỐC PHÒNG", "Số: 12/KH-BQP", "KẾ HOẠCH", "Huấn luyện dự bị động viên năm 2026"});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "BỘ QUỐC PHÒNG");
  Document e;
  add(e, {"UBND TỈNH KHÁNH HƯNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 3/KH-STNMT", "KẾ HOẠCH", "Quan trắc môi trường"});
  pass.run(e);
  EXPECT_EQ(e.metadata.issuer.value_or(""), "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
}

TEST_F(FrontMatterTest, KinhGuiListBelowAndAllCapsName) {
  Document d;
  add(d, {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 210/SGDĐT-VP", "V/v tổ chức hội nghị tổng kết năm học", "Kính gửi:",
          "- Các phòng chuyên môn thuộc Sở;", "- Các trường trung học phổ thông.",
          "Sở Giáo dục và Đào tạo đề nghị các đơn vị chuẩn bị báo cáo tổng kết năm học, nơi nhận hồ sơ là Văn phòng Sở.",
          "Nơi nhận hồ sơ: Văn phòng Sở, tầng 2.", "GIÁM ĐỐC", "NGUYỄN VĂN PHONG"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.doc_type.value_or(""), "Công văn");
  EXPECT_EQ(m.addressees, (std::vector<std::string>{"Các phòng chuyên môn thuộc Sở", "Các trường trung học phổ thông"}));
  EXPECT_EQ(m.title.value_or(""), "Tổ chức hội nghị tổng kết năm học");
  EXPECT_TRUE(m.recipients.empty());  // "Nơi nhận hồ sơ:" is body text, not the Nơi nhận list
  EXPECT_EQ(m.signer.position.value_or(""), "GIÁM ĐỐC");
  EXPECT_EQ(m.signer.name.value_or(""), "NGUYỄN VĂN PHONG");
  EXPECT_EQ(d.body.begin, 6u);
  EXPECT_EQ(d.closing.begin, 8u);
}

TEST_F(FrontMatterTest, RegulationAttachedAfterTheSignatureIsAnAppendix) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HƯNG", "Số: 88/QĐ-UBND", "QUYẾT ĐỊNH",
          "Ban hành Quy chế làm việc của Tổ công tác", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
          "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác.",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "CHỦ TỊCH",
          "Mai Xuân Trường", "QUY CHẾ", "Làm việc của Tổ công tác", "(Ban hành kèm theo Quyết định số 88/QĐ-UBND)",
          "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "CHỦ TỊCH", "Mai Xuân Trường"});
  pass.run(d);
  EXPECT_EQ(d.closing.begin, 9u);
  EXPECT_EQ(d.closing.end, 14u);
  EXPECT_EQ(d.appendices.begin, 14u);
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Mai Xuân Trường");
  EXPECT_EQ(d.metadata.recipients, (std::vector<std::string>{"Như Điều 2", "Lưu: VT"}));
  // A5: the regulation is outlined after the decision's own articles; its type line and subject are not.
  EXPECT_EQ(d.attached.begin, 17u);
  EXPECT_EQ(d.attached.end, d.blocks.size());
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.sections[1].path, "Điều 2");
  EXPECT_EQ(d.sections[2].path, "Chương I");
  EXPECT_EQ(d.sections[2].title, "QUY ĐỊNH CHUNG");
  ASSERT_EQ(d.sections[2].children.size(), 1u);
  EXPECT_EQ(d.sections[2].children[0].path, "Chương I.Điều 1");
}

// A5: an attached regulation with a header of its own and a Phụ lục after it: the header goes with
// the regulation (not the decision's closing), the Phụ lục is not outlined.
TEST_F(FrontMatterTest, AttachedRegulationWithItsOwnHeaderAndAnAppendix) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "HUYỆN MINH LONG", "Số: 214/QĐ-UBND", "QUYẾT ĐỊNH",
          "Ban hành Quy định quản lý nhà văn hóa thôn", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MINH LONG",
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
          "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý nhà văn hóa thôn.",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."});
  d.blocks.push_back(layout_table({cell({"Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."}),
                                   cell({"CHỦ TỊCH", "", "Đinh Văn Lộc"})}));                       // 10
  d.blocks.push_back(layout_table({cell({"ỦY BAN NHÂN DÂN", "HUYỆN MINH LONG"}),
                                   cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"})}));  // 11
  add(d, {"QUY ĐỊNH", "Quản lý nhà văn hóa thôn", "(Ban hành kèm theo Quyết định số 214/QĐ-UBND)",  // 12-14
          "Điều 1. Phạm vi điều chỉnh", "Quy định này áp dụng cho các nhà văn hóa thôn.",            // 15-16
          "Điều 2. Trách nhiệm quản lý", "1. Trưởng thôn quản lý nhà văn hóa.",                       // 17-18
          "PHỤ LỤC", "MẪU SỔ THEO DÕI", "1. Ngày sử dụng", "2. Người sử dụng"});                      // 19-22
  pass.run(d);
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Đinh Văn Lộc");
  EXPECT_EQ(d.metadata.recipients, (std::vector<std::string>{"Như Điều 2", "Lưu: VT"}));
  EXPECT_EQ(d.closing.begin, 10u);
  EXPECT_EQ(d.closing.end, 11u) << "the regulation's header is not the decision's closing";
  EXPECT_EQ(d.appendices.begin, 11u);
  EXPECT_EQ(d.attached.begin, 15u);
  EXPECT_EQ(d.attached.end, 19u);
  outline.run(d);
  ASSERT_EQ(d.sections.size(), 4u);
  EXPECT_EQ(d.sections[2].path, "Điều 1");
  EXPECT_EQ(d.sections[2].heading_block, 15u);
  EXPECT_EQ(d.sections[3].path, "Điều 2");
  ASSERT_EQ(d.sections[3].children.size(), 1u);
  EXPECT_EQ(d.sections[3].children[0].path, "Điều 2.1");
  EXPECT_EQ(d.sections[3].children[0].blocks.end, 19u) << "the Phụ lục is not outlined";
}

TEST_F(FrontMatterTest, ResolutionWithCouncilLinesAboveItsPreamble) {
  Document d;
  add(d, {"HỘI ĐỒNG NHÂN DÂN", "TỈNH KHÁNH HƯNG", "Số: 21/NQ-HĐND", "NGHỊ QUYẾT",
          "Quy định mức chi hỗ trợ hoạt động khuyến nông"});
  d.blocks.push_back(para("HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HƯNG", true, true));
  d.blocks.push_back(para("KHÓA X, KỲ HỌP THỨ 12", true, true));
  add(d, {"Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "Xét Tờ trình số 90/TTr-UBND của Ủy ban nhân dân tỉnh;",
          "QUYẾT NGHỊ:", "Điều 1. Phạm vi điều chỉnh", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Phan Thị Mỹ"});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type_code.value_or(""), "NQ");
  EXPECT_EQ(d.metadata.issuer.value_or(""), "HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HƯNG");
  EXPECT_EQ(d.metadata.title.value_or(""), "Quy định mức chi hỗ trợ hoạt động khuyến nông");
  EXPECT_EQ(d.preamble.begin, 5u);
  EXPECT_EQ(d.preamble.end, 10u);
  EXPECT_EQ(d.metadata.signer.authority.value_or(""), "TM. HỘI ĐỒNG NHÂN DÂN");
  EXPECT_EQ(d.metadata.signer.position.value_or(""), "CHỦ TỊCH");
}

TEST_F(FrontMatterTest, HeaderColumnsJoinedWithSingleSpaces) {
  Document d;
  add(d, {"UBND TỈNH KHÁNH HƯNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc",
          "Số: 123/KH-SYT Khánh Hưng, ngày 10 tháng 5 năm 2025", "KẾ HOẠCH", "Phòng, chống dịch sốt xuất huyết năm 2025"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.parent_issuer.value_or(""), "UBND TỈNH KHÁNH HƯNG");
  EXPECT_EQ(m.issuer.value_or(""), "SỞ Y TẾ");
  EXPECT_EQ(m.number_symbol.value_or(""), "123/KH-SYT");
  EXPECT_EQ(m.place.value_or(""), "Khánh Hưng");
  ASSERT_TRUE(m.issue_date);
  EXPECT_EQ(m.issue_date->iso(), "2025-05-10");
}

TEST_F(FrontMatterTest, FrontLineOfVietnamFatherlandFrontIsKept) {
  Document d;
  add(d, {"ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HƯNG", "Số: 40/KH-MTTQ-BTT", "KẾ HOẠCH", "Tổ chức Ngày hội Đại đoàn kết"});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HƯNG");
  EXPECT_EQ(d.metadata.symbol.value_or(""), "KH-MTTQ-BTT");
}

TEST_F(FrontMatterTest, TextWithoutTypeOrClosingIsReported) {
  Document d;
  add(d, {"Các đơn vị rà soát số liệu và gửi về Văn phòng trước ngày 15 của tháng cuối quý để tổng hợp chung cho toàn tỉnh.",
          "1. Số liệu về cán bộ", "2. Số liệu về tài chính"});
  pass.run(d);
  EXPECT_FALSE(d.metadata.doc_type);
  ASSERT_EQ(d.diagnostics.items().size(), 3u);
  EXPECT_EQ(d.diagnostics.items()[0].code, "front.no-type");
  EXPECT_NE(d.diagnostics.items()[0].message.find("no type line"), std::string::npos);
  EXPECT_EQ(d.diagnostics.items()[1].code, "front.no-header");
  EXPECT_EQ(d.diagnostics.items()[2].code, "front.no-closing");
  EXPECT_EQ(d.body.begin, 0u);
  EXPECT_EQ(d.body.end, 3u);
}

// A3: a long Party subject opening with "thực hiện …" continues the type line in lower case.
TEST_F(FrontMatterTest, LongSubjectOpeningWithThucHienIsStillTheSubject) {
  Document d;
  add(d, {"HUYỆN ỦY ĐỒNG SƠN", "*", "Số 27-CTr/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đồng Sơn, ngày 08 tháng 5 năm 2025",
          "CHƯƠNG TRÌNH",
          "thực hiện Nghị quyết số 19-NQ/TU, ngày 14/3/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp "
          "sinh thái, nông thôn hiện đại và nông dân văn minh trên địa bàn huyện Đồng Sơn giai đoạn 2025 - 2030, tầm "
          "nhìn đến năm 2045",
          "Thực hiện Kế hoạch số 31-KH/TU, ngày 20/3/2025 của Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Chương trình "
          "như sau:",
          "I- MỤC TIÊU", "1- Tăng giá trị sản xuất nông nghiệp bình quân 3,5%/năm.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
          "Lò Văn Quang"});
  pass.run(d);
  const std::string title = d.metadata.title.value_or("");
  EXPECT_EQ(title.rfind("Thực hiện Nghị quyết số 19-NQ/TU", 0), 0u) << title;
  EXPECT_NE(title.find("tầm nhìn đến năm 2045"), std::string::npos) << title;
  EXPECT_EQ(d.front.end, 7u);
  EXPECT_EQ(d.body.begin, 7u) << "the body's first paragraph is not subject";
}

// A3: set off by style and by the separator under it, a capitalised long subject is kept too.
TEST_F(FrontMatterTest, LongStyledSubjectAboveASeparatorIsTheSubject) {
  Document d;
  add(d, {"TỈNH ỦY HẢI TRUNG", "*", "Số 12-CT/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Trung, ngày 02 tháng 6 năm 2025"});
  d.blocks.push_back(para("CHỈ THỊ", true, true));
  d.blocks.push_back(para("Thực hiện Kết luận số 61-KL/TW, ngày 17/8/2023 của Ban Bí thư về tăng cường sự lãnh đạo "
                          "của Đảng đối với công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các khu dân cư, "
                          "cơ sở sản xuất, kinh doanh trên địa bàn tỉnh trong tình hình mới",
                          true, true));
  d.blocks.push_back(para("-----", false, true));
  add(d, {"Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh có chuyển biến tích cực.",
          "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hà Minh Đức"});
  pass.run(d);
  EXPECT_NE(d.metadata.title.value_or("").find("trong tình hình mới"), std::string::npos);
  EXPECT_EQ(d.body.begin, 8u);

  // Markdown joins an escaped "\-----" line to the subject's paragraph: the rule is not subject text.
  Document e;
  add(e, {"ĐẢNG ỦY XÃ AN BÌNH", "*", "Số 09-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "KẾ HOẠCH",
          "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
          "Chí Minh trong cán bộ, đảng viên và Nhân dân trên địa bàn xã An Bình năm 2025 -----",
          "Thực hiện Kế hoạch số 40-KH/HU của Huyện ủy, Đảng ủy xã xây dựng kế hoạch như sau:", "I- MỤC ĐÍCH"});
  pass.run(e);
  const std::string title = e.metadata.title.value_or("");
  EXPECT_EQ(title.substr(title.size() - std::string("năm 2025").size()), "năm 2025") << title;
}

// A3: a subject wrapped before its "thực hiện …" part keeps that part.
TEST_F(FrontMatterTest, SubjectWrappedBeforeThucHienKeepsItsSecondLine) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "XÃ TÂN HỘI", "Số: 18/KH-UBND", "KẾ HOẠCH", "Tổ chức các hoạt động",
          "thực hiện Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm 2025",
          "Thực hiện Kế hoạch số 75/KH-UBND của huyện, Ủy ban nhân dân xã xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH"});
  pass.run(d);
  EXPECT_EQ(d.metadata.title.value_or(""),
            "Tổ chức các hoạt động thực hiện Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa năm 2025");
  EXPECT_EQ(d.body.begin, 6u);
}

// A3: in plain text without style, a long unpunctuated "Thực hiện …" line straight above the first
// label is the subject (a body paragraph ends with ":" or ".").
TEST_F(FrontMatterTest, LongUnpunctuatedSubjectAboveTheFirstLabelIsTheSubject) {
  Document d;
  add(d, {"BAN THƯỜNG VỤ HUYỆN ỦY LẠC SƠN", "Số 52-KH/HU", "KẾ HOẠCH",
          "Thực hiện Chỉ thị số 28-CT/TW, ngày 21/12/2023 của Ban Bí thư về nâng cao chất lượng bảo hiểm xã hội, "
          "bảo hiểm y tế cho cán bộ, đảng viên và Nhân dân trên địa bàn huyện Lạc Sơn giai đoạn 2025 - 2030",
          "I. MỤC ĐÍCH, YÊU CẦU", "1. Quán triệt đầy đủ nội dung Chỉ thị."});
  pass.run(d);
  EXPECT_NE(d.metadata.title.value_or("").find("giai đoạn 2025 - 2030"), std::string::npos);
  EXPECT_EQ(d.body.begin, 4u);
}

// A3 (the other way): an unstyled first body paragraph opening with "Thực hiện" is not a subject.
TEST_F(FrontMatterTest, LongBodyParagraphOpeningWithThucHienIsNotTheSubject) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "XÃ PHÚ THỊNH", "Số: 33/KH-UBND", "Phú Thịnh, ngày 04 tháng 3 năm 2025", "KẾ HOẠCH",
          "Thực hiện Kế hoạch số 120/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện về tổ chức các hoạt động "
          "hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2025, Ủy ban nhân dân xã xây dựng kế hoạch thực hiện "
          "như sau:",
          "I. MỤC ĐÍCH", "1. Nâng cao nhận thức của người sản xuất, kinh doanh."});
  pass.run(d);
  EXPECT_FALSE(d.metadata.title);
  EXPECT_EQ(d.body.begin, 5u);
}

// A4: the "<POSITION> … điện:" line of a công điện addresses it; its bullets are the addressees.
TEST_F(FrontMatterTest, TelegramAddressLineIsNotSubject) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ", "Số: 05/CĐ-UBND", "Bắc Hà, ngày 21 tháng 7 năm 2025", "CÔNG ĐIỆN",
          "Về việc tập trung ứng phó với mưa lũ trên địa bàn tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
          "- Giám đốc các sở: Xây dựng, Công Thương, Y tế;", "- Chủ tịch Ủy ban nhân dân các huyện, thành phố.",
          "Do ảnh hưởng của hoàn lưu bão, từ đêm 20/7 đến nay trên địa bàn tỉnh có mưa to đến rất to, nhiều nơi bị "
          "ngập sâu.",
          "1. Các huyện sơ tán dân khỏi khu vực nguy hiểm.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Lan"});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Công điện");
  EXPECT_EQ(d.metadata.title.value_or(""), "Tập trung ứng phó với mưa lũ trên địa bàn tỉnh");
  EXPECT_EQ(d.metadata.addressees, (std::vector<std::string>{"Giám đốc các sở: Xây dựng, Công Thương, Y tế",
                                                             "Chủ tịch Ủy ban nhân dân các huyện, thành phố"}));
  EXPECT_EQ(d.body.begin, 9u);
}

// A6: tense and manner words between the inferred body and its verb are not part of the name.
TEST_F(FrontMatterTest, InferredIssuerStopsBeforeTenseWords) {
  Document d;
  add(d, {"THAM LUẬN", "Kinh nghiệm xây dựng thôn kiểu mẫu ở xã Hòa Lợi",
          "Năm 2024, Ủy ban nhân dân xã Hòa Lợi đã xây dựng kế hoạch và vận động Nhân dân hiến đất làm đường.",
          "1. Những kết quả đạt được"});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "Ủy ban nhân dân xã Hòa Lợi");
  EXPECT_EQ(d.metadata.inferred, (std::vector<std::string>{"issuer"}));

  Document e;
  add(e, {"BÁO CÁO", "Kết quả sáp nhập thôn năm 2024",
          "Thực hiện chỉ đạo của huyện, UBND xã Ia Sê xây dựng kế hoạch sáp nhập các thôn nhỏ.", "1. Kết quả"});
  pass.run(e);
  EXPECT_EQ(e.metadata.issuer.value_or(""), "UBND xã Ia Sê") << "a capitalised 'Sê' is a name, not 'sẽ'";
}

// A1 (closing side): a side-by-side text closing that a reader cut into a layout table, loose lines
// and another table still gives every Nơi nhận item, and the signature from the right column.
TEST_F(FrontMatterTest, SideBySideClosingCutIntoPiecesKeepsAllRecipients) {
  Document d;
  add(d, {"HUYỆN ỦY TÂN PHONG", "Số 14-CT/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "CHỈ THỊ",
          "về tăng cường công tác phòng, chống dịch bệnh trên đàn gia súc",
          "1. Các chi bộ quán triệt Chỉ thị này đến từng đảng viên.", "Chỉ thị này được phổ biến đến chi bộ./."});
  d.blocks.push_back(layout_table({cell({"Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),"}),
                                   cell({"T/M BAN THƯỜNG VỤ", "BÍ THƯ"})}));
  add(d, {"- Ban Dân vận Tỉnh ủy (b/c),", "- Các chi, đảng bộ trực thuộc,", "- Các đồng chí Huyện ủy viên,"});
  d.blocks.push_back(layout_table({cell({"- Lưu Văn phòng Huyện ủy."}), cell({"Đỗ Thanh Bình"})}));
  pass.run(d);
  EXPECT_EQ(d.metadata.recipients,
            (std::vector<std::string>{"Ban Thường vụ Tỉnh ủy (b/c)", "Ban Dân vận Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc",
                                      "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy"}));
  EXPECT_EQ(d.metadata.signer.authority.value_or(""), "T/M BAN THƯỜNG VỤ");
  EXPECT_EQ(d.metadata.signer.position.value_or(""), "BÍ THƯ");
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Đỗ Thanh Bình");
  EXPECT_EQ(d.closing.begin, 7u);
  EXPECT_EQ(d.closing.end, d.blocks.size());
}

// A closing table whose list is finished ("Lưu: VT.") ends the list: later bullets are not recipients.
TEST_F(FrontMatterTest, FinishedRecipientListInATableStopsAtTheTable) {
  Document d = state_plan();
  d.blocks.erase(d.blocks.begin() + 13, d.blocks.end());  // no appendix
  add(d, {"- Ghi chú: bản điện tử gửi qua hệ thống quản lý văn bản."});
  pass.run(d);
  EXPECT_EQ(d.metadata.recipients.size(), 4u);
  EXPECT_EQ(d.metadata.recipients.back(), "Lưu: VT, KHTC.Lan");
}

// A bold trích yếu cut after a comma goes on in the next bold paragraph, however long.
TEST_F(FrontMatterTest, StyledTitleOpenOnACommaTakesItsLongSecondParagraph) {
  Document d = state_plan();
  std::get<Paragraph>(d.blocks[1]).text = "THÔNG BÁO";
  std::get<Paragraph>(d.blocks[2]).text = "Kết luận của đồng chí Lê Văn Tâm - Phó Chủ tịch UBND tỉnh,";
  std::get<Paragraph>(d.blocks[3]).text =
      "Trưởng Ban Chỉ đạo tại buổi kiểm tra tiến độ xây dựng cầu Phú An, đường tỉnh 725 và các công trình "
      "trọng điểm trên địa bàn hai xã Tân Lập, Phú Hòa; làm việc với Ban Quản lý dự án về việc giải ngân vốn "
      "đầu tư công năm 2025";
  pass.run(d);
  const std::string title = d.metadata.title.value_or("");
  EXPECT_EQ(title.rfind("Kết luận của đồng chí", 0), 0u) << title;
  EXPECT_NE(title.find("giải ngân vốn đầu tư công năm 2025"), std::string::npos) << title;
}

TEST_F(FrontMatterTest, LongBoldParagraphAfterAClosedTitleIsNotTitle) {  // near miss
  Document d = state_plan();
  std::get<Paragraph>(d.blocks[2]).text = "Kết luận của đồng chí Lê Văn Tâm tại buổi kiểm tra";
  std::get<Paragraph>(d.blocks[3]).text =
      "Ngày 12 tháng 3 năm 2025 đồng chí Lê Văn Tâm đã kiểm tra tiến độ xây dựng cầu Phú An, đường tỉnh 725 và "
      "các công trình trọng điểm trên địa bàn hai xã Tân Lập, Phú Hòa và làm việc với Ban Quản lý dự án về "
      "việc giải ngân vốn đầu tư công";
  pass.run(d);
  EXPECT_EQ(d.metadata.title.value_or(""), "Kết luận của đồng chí Lê Văn Tâm tại buổi kiểm tra");
}

// A layout table read column by column: "Kính gửi:" and its list in the left column come before the
// motto and the place and date in the right one; the header stays open to the date.
TEST_F(FrontMatterTest, AddresseeColumnBeforeTheDateColumnKeepsTheDate) {
  Document d;
  d.blocks.push_back(layout_table({cell({"ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HƯNG", "Số:        /UBND-VX",
                                         "V/v tăng cường kiểm tra an toàn thực phẩm dịp cuối năm", "Kính gửi:"}),
                                   cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                         "Khánh Hưng, ngày      tháng      năm 2027", "- Sở Y tế;",
                                         "- UBND các xã, phường."})}));
  add(d, {"Để bảo đảm an toàn thực phẩm dịp cuối năm, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt "
          "các nội dung sau:",
          "1. Tăng cường kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm."});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.place.value_or(""), "Khánh Hưng");
  ASSERT_TRUE(m.issue_date);
  EXPECT_EQ(m.issue_date->iso(), "2027");
  EXPECT_TRUE(m.draft);
  EXPECT_EQ(m.addressees, (std::vector<std::string>{"Sở Y tế", "UBND các xã, phường"}));
  EXPECT_EQ(m.issuer.value_or(""), "ỦY BAN NHÂN DÂN TỈNH KHÁNH HƯNG");
}


// A guide showing a sample signature block and a sample "Nơi nhận:" in its body: the closing is the
// last block, after the body's own text.
TEST_F(FrontMatterTest, SampleBlocksInTheBodyAreNotTheClosing) {
  Document d;
  add(d, {"SỞ NỘI VỤ TỈNH PHÚ AN", "Số: 08/HD-SNV", "Phú An, ngày 03 tháng 6 năm 2027", "HƯỚNG DẪN",
          "Trình bày phần kết thúc văn bản", "I. CHỮ KÝ", "1. Ký thay mặt tập thể lãnh đạo ghi như sau:",
          "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Minh", "II. NƠI NHẬN", "Nơi nhận ghi như ví dụ dưới đây:",
          "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
          "III. TỔ CHỨC THỰC HIỆN",
          "Thủ trưởng các cơ quan, đơn vị quán triệt hướng dẫn này đến công chức văn thư và báo cáo kết quả thực hiện "
          "về Sở Nội vụ trước ngày 30/6/2027 để tổng hợp./.",
          "Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT, TCCB.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Thị Lan"});
  pass.run(d);
  const auto& m = d.metadata;
  EXPECT_EQ(m.recipients, (std::vector<std::string>{"Các sở, ban, ngành", "Lưu: VT, TCCB"}));
  EXPECT_EQ(m.signer.authority.value_or(""), "KT. GIÁM ĐỐC");
  EXPECT_EQ(m.signer.name.value_or(""), "Hà Thị Lan");
  EXPECT_EQ(d.closing.begin, 17u);
}

// Near miss: a Phụ lục after the real closing holds a sample form with its own signature; the closing
// stays the first block.
TEST_F(FrontMatterTest, SampleFormInAnAppendixLeavesTheClosingInPlace) {
  Document d;
  add(d, {"SỞ NỘI VỤ TỈNH PHÚ AN", "Số: 09/KH-SNV", "Phú An, ngày 03 tháng 6 năm 2027", "KẾ HOẠCH",
          "Kiểm tra công tác văn thư năm 2027", "I. MỤC ĐÍCH", "1. Đánh giá việc thực hiện quy định về văn thư./.",
          "Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT.", "GIÁM ĐỐC", "Hà Thị Lan", "PHỤ LỤC",
          "MẪU BÁO CÁO KẾT QUẢ TỰ KIỂM TRA",
          "1. Đơn vị báo cáo đầy đủ số văn bản đi, văn bản đến và số hồ sơ đã lập trong năm, kèm theo danh mục hồ sơ.",
          "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)"});
  pass.run(d);
  EXPECT_EQ(d.metadata.recipients, (std::vector<std::string>{"Các sở, ban, ngành", "Lưu: VT"}));
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Hà Thị Lan");
  EXPECT_EQ(d.closing.begin, 7u);
  EXPECT_EQ(d.appendices.begin, 12u);
}

// A list attached after the signature with a header of its own (issuer, national motto) but no "Phụ lục"
// heading is an appendix, not more of the closing.
TEST_F(FrontMatterTest, AHeaderAfterTheSignerStartsAnAttachedList) {
  Document d;
  add(d, {"BỘ CÔNG THƯƠNG", "Số: 08/2027/TT-BCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hà Nội, ngày 10 tháng 5 năm 2027", "THÔNG TƯ", "Ban hành danh mục hàng hóa kiểm tra chuyên ngành",
          "Điều 1. Ban hành kèm theo Thông tư này danh mục hàng hóa kiểm tra chuyên ngành.",
          "Điều 2. Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2027./.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
          "Phạm Minh Khôi", "BỘ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "DANH MỤC HÀNG HÓA KIỂM TRA CHUYÊN NGÀNH", "1. Phân bón vô cơ các loại.", "2. Thức ăn chăn nuôi hỗn hợp."});
  pass.run(d);
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Phạm Minh Khôi");
  EXPECT_EQ(d.closing.begin, 9u);
  EXPECT_EQ(d.closing.end, 12u);
  EXPECT_EQ(d.appendices.begin, 12u);
}

// Near miss: the motto line inside the closing's own layout table (a DOCX header repeated there) is no
// attached document; nor is a signer's name followed by ordinary text.
TEST_F(FrontMatterTest, NearMissNoHeaderAfterTheSignerLeavesTheClosingWhole) {
  Document d;
  add(d, {"BỘ CÔNG THƯƠNG", "Số: 08/2027/TT-BCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hà Nội, ngày 10 tháng 5 năm 2027", "THÔNG TƯ", "Ban hành danh mục hàng hóa kiểm tra chuyên ngành",
          "Điều 1. Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2027./.", "Nơi nhận:", "- Các bộ;", "- Lưu: VT.",
          "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phạm Minh Khôi"});
  pass.run(d);
  EXPECT_EQ(d.closing.begin, 8u);
  EXPECT_EQ(d.closing.end, 14u);
  EXPECT_TRUE(d.appendices.empty());
}

// A conference paper names the body presenting it under its title: that is the issuer, not the title.
TEST_F(FrontMatterTest, PaperPresentingBodyUnderTheTitleIsTheIssuer) {
  Document d;
  d.blocks.push_back(para("THAM LUẬN", true, true));
  d.blocks.push_back(para("NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ Ở KHU DÂN CƯ", true, true));
  d.blocks.push_back(para("Đảng ủy xã Phước Hưng", true, true));
  add(d, {"Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư, những năm qua Đảng ủy xã đã tập trung lãnh đạo nâng cao "
          "chất lượng sinh hoạt chi bộ.",
          "1. Kết quả đạt được"});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Tham luận");
  EXPECT_EQ(d.metadata.title.value_or(""), "NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ Ở KHU DÂN CƯ");
  EXPECT_EQ(d.metadata.issuer.value_or(""), "Đảng ủy xã Phước Hưng");

  Document e;
  e.blocks.push_back(para("THAM LUẬN", true, true));
  e.blocks.push_back(para("Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh", true, true));
  e.blocks.push_back(para("(Của Trường THCS Lê Lợi, xã Phước Hưng)", false, true));
  add(e, {"Năm học vừa qua, nhà trường đã triển khai nhiều giải pháp đổi mới phương pháp dạy học trong tất cả các "
          "môn học."});
  pass.run(e);
  EXPECT_EQ(e.metadata.title.value_or(""), "Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh");
  EXPECT_EQ(e.metadata.issuer.value_or(""), "Trường THCS Lê Lợi, xã Phước Hưng");
}

// Near misses: a plan's title wrapped onto a line that opens with a body's name stays the title; a
// paper with a header issuer keeps it.
TEST_F(FrontMatterTest, BodyNameWrappingAPlanTitleStaysInTheTitle) {
  Document d;
  d.blocks.push_back(para("QUY CHẾ", true, true));
  d.blocks.push_back(para("Hoạt động của", true, true));
  d.blocks.push_back(para("Ban Chỉ đạo chuyển đổi số xã Phước Hưng", true, true));
  add(d, {"Chương I", "QUY ĐỊNH CHUNG"});
  pass.run(d);
  EXPECT_EQ(d.metadata.title.value_or(""), "Hoạt động của Ban Chỉ đạo chuyển đổi số xã Phước Hưng");
  EXPECT_FALSE(d.metadata.issuer);
}

// Near miss: text that a PDF put after the real closing (footnotes, the end of a consolidated text)
// and a form with its own signature later on leave the closing at the first block, which the body
// did not introduce as a sample.
TEST_F(FrontMatterTest, TextAfterARealClosingDoesNotMoveIt) {
  Document d;
  add(d, {"BỘ NỘI VỤ", "Số: 15/VBHN-BNV", "THÔNG TƯ", "Quy định mẫu hồ sơ thi đua",
          "Điều 1. Thông tư này quy định mẫu hồ sơ đề nghị khen thưởng.", "XÁC THỰC VĂN BẢN HỢP NHẤT",
          "Hà Nội, ngày 05 tháng 3 năm 2027", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vương Đình Huệ",
          "3. Vụ trưởng Vụ Pháp chế và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư "
          "này kể từ ngày Thông tư có hiệu lực thi hành.",
          "1 Mẫu này được bãi bỏ theo quy định tại khoản 2 Điều 2 của Thông tư số 08/2026/TT-BNV ngày 29 tháng 8 năm "
          "2026 của Bộ trưởng Bộ Nội vụ, có hiệu lực kể từ ngày 12 tháng 10 năm 2026.",
          "MẪU SỐ 02", "BẢN KHAI THÀNH TÍCH", "Họ và tên:..........", "XÁC NHẬN CỦA ỦY BAN NHÂN DÂN",
          "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)"});
  pass.run(d);
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Vương Đình Huệ");
  EXPECT_EQ(d.metadata.signer.authority.value_or(""), "KT. BỘ TRƯỞNG");
  EXPECT_EQ(d.closing.begin, 7u);
}

// The type and the title on one capitals line under the national motto; the approving body's name
// above stays the issuer, and a "(Kèm theo …)" caption is not title.
TEST_F(FrontMatterTest, TypeAndTitleOnOneCapitalsLine) {
  Document d;
  add(d, {"ỦY BAN NHÂN DÂN", "TỈNH PHÚ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "ĐIỀU LỆ HỘI NGƯỜI CAO TUỔI TỈNH PHÚ AN",
          "(Kèm theo Quyết định số 45/QĐ-UBND ngày 10 tháng 3 năm 2027 của Chủ tịch UBND tỉnh)", "Chương I",
          "QUY ĐỊNH CHUNG", "Điều 1. Tên gọi"});
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Điều lệ");
  EXPECT_EQ(d.metadata.title.value_or(""), "HỘI NGƯỜI CAO TUỔI TỈNH PHÚ AN");
  EXPECT_EQ(d.metadata.issuer.value_or(""), "ỦY BAN NHÂN DÂN TỈNH PHÚ AN");

  Document e;
  add(e, {"ĐIỀU LỆ", "Hội Cựu giáo chức tỉnh Phú An",
          "(Ban hành kèm theo Quyết định số 46/QĐ-UBND ngày 11 tháng 3 năm 2027 của Chủ tịch UBND tỉnh)", "Chương I",
          "QUY ĐỊNH CHUNG"});
  pass.run(e);
  EXPECT_EQ(e.metadata.title.value_or(""), "Hội Cựu giáo chức tỉnh Phú An");

  Document w;  // the capitals wrapped onto a second line
  add(w, {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG) HIỆP HỘI",
          "CHĂN NUÔI TỈNH PHÚ AN", "Chương I", "QUY ĐỊNH CHUNG"});
  pass.run(w);
  EXPECT_EQ(w.metadata.title.value_or(""), "(SỬA ĐỔI, BỔ SUNG) HIỆP HỘI CHĂN NUÔI TỈNH PHÚ AN");
}

TEST_F(FrontMatterTest, CapitalsHeadingOpeningWithATypeWordInTheBodyIsNoTypeLine) {  // near miss
  Document d = state_plan();
  // no national motto line before it: a body heading, not a type line
  d.blocks.insert(d.blocks.begin() + 1, para("BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM TRƯỚC VÀ NHIỆM VỤ", true));
  d.blocks.erase(d.blocks.begin());
  pass.run(d);
  EXPECT_EQ(d.metadata.doc_type.value_or(""), "Kế hoạch");
}

// A signature flattened into one line (one table cell, or a plain line with no Nơi nhận) is the closing.
TEST_F(FrontMatterTest, FlattenedSignatureLineIsTheClosing) {
  Document d = state_plan();
  d.blocks.erase(d.blocks.begin() + 13, d.blocks.end());  // no appendix
  d.blocks.back() = layout_table({cell({"Nơi nhận:", "- Như trên;", "- Lưu: VT."}),
                                  cell({"KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Minh Khôi"})});
  pass.run(d);
  EXPECT_EQ(d.metadata.signer.authority.value_or(""), "KT. GIÁM ĐỐC");
  EXPECT_EQ(d.metadata.signer.position.value_or(""), "PHÓ GIÁM ĐỐC");
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Trần Minh Khôi");

  Document e;
  add(e, {"CHÍNH PHỦ", "Số: 12/NQ-CP", "Hà Nội, ngày 02 tháng 3 năm 2027", "NGHỊ QUYẾT", "Phiên họp thường kỳ tháng 2",
          "1. Các bộ, ngành tập trung hoàn thành nhiệm vụ được giao./.",
          "TM. CHÍNH PHỦ THỦ TƯỚNG (Đã ký) Phạm Quang Vinh"});
  pass.run(e);
  EXPECT_EQ(e.metadata.signer.authority.value_or(""), "TM. CHÍNH PHỦ");
  EXPECT_EQ(e.metadata.signer.position.value_or(""), "THỦ TƯỚNG");
  EXPECT_EQ(e.metadata.signer.name.value_or(""), "Phạm Quang Vinh");
  EXPECT_EQ(e.closing.begin, 6u);
}

}  // namespace
}  // namespace vanban
