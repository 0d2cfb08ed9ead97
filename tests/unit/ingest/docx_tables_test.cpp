#include <gtest/gtest.h>

#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

std::string tc(const std::string& content, const std::string& tcpr = "") {
  return "<w:tc>" + (tcpr.empty() ? std::string() : "<w:tcPr>" + tcpr + "</w:tcPr>") + content + "</w:tc>";
}

std::string tbl(const std::string& rows, const std::string& tblpr = "") {
  return "<w:tbl><w:tblPr>" + tblpr + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"5000\"/></w:tblGrid>" +
         rows + "</w:tbl>";
}

const std::string kNoBorders =
    R"(<w:tblBorders><w:top w:val="none" w:sz="0"/><w:left w:val="none"/><w:bottom w:val="nil"/><w:right w:val="none"/>)"
    R"(<w:insideH w:val="none"/><w:insideV w:val="none"/></w:tblBorders>)";

const std::string kStyles = word_part("styles", R"(
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
  <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
    <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>
    <w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
)");

TEST(DocxTables, HeaderTableIsReadCellByCell) {
  const std::string header =
      tbl("<w:tr>" + tc(p("ỦY BAN NHÂN DÂN") + p("TỈNH ĐIỆN BIÊN") + "<w:p/>" + p("Số: 45/KH-UBND") + p("V/v tổ chức hội nghị")) +
              tc(p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Độc lập - Tự do - Hạnh phúc") +
                 p("Điện Biên, ngày 12 tháng 3 năm 2026")) +
              "</w:tr>",
          kNoBorders);
  const auto doc = read_docx_bytes(make_docx(header + p("KẾ HOẠCH"), {{"word/styles.xml", kStyles}}));
  ASSERT_EQ(doc.blocks.size(), 2u);
  const auto& table = std::get<Table>(doc.blocks[0]);
  EXPECT_TRUE(table.borderless);
  EXPECT_EQ(table.location.paragraph, 1u);
  ASSERT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(table.rows[0].cells.size(), 2u);
  const auto& left = table.rows[0].cells[0].paragraphs;
  ASSERT_EQ(left.size(), 4u);
  EXPECT_EQ(left[0].text, "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(left[2].text, "Số: 45/KH-UBND");
  EXPECT_EQ(left[2].location.paragraph, 4u);
  const auto& right = table.rows[0].cells[1].paragraphs;
  ASSERT_EQ(right.size(), 3u);
  EXPECT_EQ(right[2].text, "Điện Biên, ngày 12 tháng 3 năm 2026");
  EXPECT_EQ(para_at(doc, 1).text, "KẾ HOẠCH");
  EXPECT_EQ(para_at(doc, 1).location.paragraph, 9u);
}

TEST(DocxTables, SpansMergesAndNestedTables) {
  const std::string nested = tbl("<w:tr>" + tc(p("trong 1")) + tc(p("trong 2")) + "</w:tr>");
  const std::string body = tbl("<w:tr>" + tc(p("Nhiệm vụ"), R"(<w:gridSpan w:val="2"/>)") + "</w:tr>" +
                               "<w:tr>" + tc(p("Rà soát thủ tục"), R"(<w:vMerge w:val="restart"/>)") + tc(p("Sở Tư pháp") + nested) + "</w:tr>" +
                               "<w:tr>" + tc("<w:p/>", "<w:vMerge/>") + tc(p("Quý II/2026")) + "</w:tr>");
  const auto doc = read_docx_bytes(make_docx(body, {{"word/styles.xml", kStyles}}));
  const auto& table = std::get<Table>(doc.blocks.at(0));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].cells[0].grid_span, 2);
  EXPECT_FALSE(table.rows[1].cells[0].vmerge_continue);
  EXPECT_TRUE(table.rows[2].cells[0].vmerge_continue);
  EXPECT_TRUE(table.rows[2].cells[0].paragraphs.empty());
  const auto& cell = table.rows[1].cells[1].paragraphs;
  ASSERT_EQ(cell.size(), 3u);
  EXPECT_EQ(cell[1].text, "trong 1");
  EXPECT_EQ(cell[2].text, "trong 2");
  EXPECT_TRUE(table.borderless);  // no borders anywhere: the default table style has none
}

TEST(DocxTables, BordersFromTheTableStyleOrTheCellsMakeADataTable) {
  const std::string rows = "<w:tr>" + tc(p("STT")) + tc(p("Đơn vị")) + "</w:tr><w:tr>" + tc(p("1")) + tc(p("Sở Y tế")) + "</w:tr>";
  auto borderless = [&](const std::string& table_xml) {
    const auto doc = read_docx_bytes(make_docx(table_xml, {{"word/styles.xml", kStyles}}));
    return std::get<Table>(doc.blocks.at(0)).borderless;
  };
  EXPECT_FALSE(borderless(tbl(rows, R"(<w:tblStyle w:val="TableGrid"/>)")));
  EXPECT_TRUE(borderless(tbl(rows, R"(<w:tblStyle w:val="TableGrid"/>)" + kNoBorders)));
  const std::string boxed = R"(<w:tcBorders><w:top w:val="single"/><w:bottom w:val="single"/></w:tcBorders>)";
  EXPECT_FALSE(borderless(tbl("<w:tr>" + tc(p("STT"), boxed) + tc(p("Đơn vị"), boxed) + "</w:tr>")));
  // A closing table with only an inside horizontal line (one row) draws nothing.
  EXPECT_TRUE(borderless(tbl("<w:tr>" + tc(p("Nơi nhận:")) + tc(p("KT. GIÁM ĐỐC")) + "</w:tr>",
                             R"(<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>)")));
}

TEST(DocxTables, TrackedRowsFollowTheMode) {
  const std::string body = tbl("<w:tr>" + tc(p("giữ")) + "</w:tr>" +
                               R"(<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>)" + tc(p("hàng đã xóa")) + "</w:tr>" +
                               R"(<w:tr><w:trPr><w:ins w:id="2" w:author="A"/></w:trPr>)" + tc(p("hàng mới")) + "</w:tr>");
  const auto accepted = read_docx_bytes(make_docx(body));
  const auto& a = std::get<Table>(accepted.blocks.at(0));
  ASSERT_EQ(a.rows.size(), 2u);
  EXPECT_EQ(a.rows[1].cells[0].paragraphs[0].text, "hàng mới");
  ReadOptions reject;
  reject.tracked_changes = TrackedChanges::Reject;
  const auto rejected = read_docx_bytes(make_docx(body), reject);
  const auto& rj = std::get<Table>(rejected.blocks.at(0));
  ASSERT_EQ(rj.rows.size(), 2u);
  EXPECT_EQ(rj.rows[1].cells[0].paragraphs[0].text, "hàng đã xóa");
}

TEST(DocxTables, RowsAndCellsInsideContentControls) {
  const std::string body = tbl("<w:sdt><w:sdtContent><w:tr>" + tc(p("a")) +
                               "<w:sdt><w:sdtContent>" + tc(p("b")) + "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>");
  const auto doc = read_docx_bytes(make_docx(body));
  const auto& table = std::get<Table>(doc.blocks.at(0));
  ASSERT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(table.rows[0].cells.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[1].paragraphs[0].text, "b");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxTables, TablesWithoutTextAreDropped) {
  const std::string empty = "<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
  const auto doc = read_docx_bytes(make_docx(empty + p("QUYẾT ĐỊNH")));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).text, "QUYẾT ĐỊNH");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxTables, LegacyHorizontalMergeWidensTheCell) {
  const std::string body = tbl("<w:tr>" + tc(p("Tổng cộng"), R"(<w:hMerge w:val="restart"/>)") + tc("<w:p/>", "<w:hMerge/>") +
                               tc(p("12")) + "</w:tr>");
  const auto doc = read_docx_bytes(make_docx(body));
  const auto& row = std::get<Table>(doc.blocks.at(0)).rows.at(0);
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.cells[0].grid_span, 2);
  EXPECT_EQ(row.cells[1].paragraphs.at(0).text, "12");
}

}  // namespace
}  // namespace vanban
