#include <gtest/gtest.h>

#include "docx_test_package.hpp"
#include "ingest/docx/style_sheet.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

const std::string kStyles = word_part("styles", R"(
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="Mục cấp 2"/><w:basedOn w:val="Heading1"/>
    <w:pPr><w:jc w:val="both"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:caps w:val="0"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading9"><w:name w:val="heading 9"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="8"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Vòng"/><w:basedOn w:val="Loop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Vòng 2"/><w:basedOn w:val="Loop1"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Dam"><w:name w:val="Đậm"/><w:rPr><w:b/></w:rPr></w:style>
)");

Document read_styled(const std::string& body) { return read_docx_bytes(make_docx(body, {{"word/styles.xml", kStyles}})); }

TEST(DocxStyles, StyleChainGivesBoldCapsCenterAndHeadingLevel) {
  const auto doc = read_styled(p("Kế hoạch", R"(<w:pStyle w:val="Heading1"/>)"));
  const auto& s = para_at(doc, 0).style;
  EXPECT_TRUE(s.bold);
  EXPECT_TRUE(s.caps);
  EXPECT_TRUE(s.centered);
  EXPECT_EQ(s.heading_level, 1);
  EXPECT_EQ(s.style_name, "heading 1");
}

TEST(DocxStyles, NearestDefinitionInTheChainWins) {
  const auto doc = read_styled(p("Mục tiêu cụ thể", R"(<w:pStyle w:val="Muc2"/>)"));
  const auto& s = para_at(doc, 0).style;
  EXPECT_TRUE(s.bold);      // from Heading1
  EXPECT_FALSE(s.caps);     // switched off in Muc2
  EXPECT_FALSE(s.centered); // justified in Muc2
  EXPECT_EQ(s.heading_level, 2);
  EXPECT_EQ(s.style_name, "Mục cấp 2");
}

TEST(DocxStyles, ParagraphOutlineLevelOverridesTheStyle) {
  const auto doc = read_styled(p("Nội dung", R"(<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>)") +
                               p("Phần mở đầu", R"(<w:outlineLvl w:val="2"/>)"));
  EXPECT_EQ(para_at(doc, 0).style.heading_level, 0);
  EXPECT_EQ(para_at(doc, 1).style.heading_level, 3);
  EXPECT_EQ(para_at(doc, 1).style.style_name, "Normal");
}

TEST(DocxStyles, MisusedHeadingStyleIsOnlyAHint) {
  const auto doc = read_styled(p("Thực hiện Công văn số 25/SNV ngày 02/7/2025 của Sở Nội vụ", R"(<w:pStyle w:val="Heading9"/>)"));
  EXPECT_EQ(para_at(doc, 0).text, "Thực hiện Công văn số 25/SNV ngày 02/7/2025 của Sở Nội vụ");
  EXPECT_EQ(para_at(doc, 0).style.heading_level, 9);
}

TEST(DocxStyles, BoldMeansEveryVisibleCharacterBold) {
  const auto doc = read_styled(
      R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1. Mục tiêu </w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">2. </w:t></w:r><w:r><w:t>Yêu cầu</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>không đậm</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:rPr><w:rStyle w:val="Dam"/></w:rPr><w:t>đậm theo kiểu ký tự</w:t></w:r></w:p>)");
  EXPECT_TRUE(para_at(doc, 0).style.bold);
  EXPECT_FALSE(para_at(doc, 1).style.bold);
  EXPECT_FALSE(para_at(doc, 2).style.bold);
  EXPECT_TRUE(para_at(doc, 3).style.bold);
}

TEST(DocxStyles, BasedOnCyclesDoNotHang) {
  const auto doc = read_styled(p("Vòng lặp", R"(<w:pStyle w:val="Loop1"/>)"));
  EXPECT_EQ(para_at(doc, 0).text, "Vòng lặp");
  EXPECT_TRUE(para_at(doc, 0).style.bold);
}

TEST(DocxStyles, NoStylesPartStillReads) {
  const auto doc = read_docx_bytes(make_docx(p("Độc lập - Tự do - Hạnh phúc", R"(<w:jc w:val="center"/>)")));
  EXPECT_TRUE(para_at(doc, 0).style.centered);
  EXPECT_EQ(para_at(doc, 0).style.style_name, "");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxStyles, HeadingHintFromStyleNamesWithoutOutlineLevel) {
  EXPECT_EQ(docx::heading_level_hint(-1, "heading 3"), 3);
  EXPECT_EQ(docx::heading_level_hint(-1, "Tiêu đề 2"), 2);
  EXPECT_EQ(docx::heading_level_hint(-1, "Normal"), 0);
  EXPECT_EQ(docx::heading_level_hint(9, "heading 1"), 0);  // explicitly body text
  EXPECT_EQ(docx::heading_level_hint(0, "Body Text"), 1);
}

}  // namespace
}  // namespace vanban
