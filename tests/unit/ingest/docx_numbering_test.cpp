#include <gtest/gtest.h>

#include "docx_test_package.hpp"
#include "ingest/docx/numbering.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

// abstractNum 1: the outline of a plan: I. / 1. / 1.1. / a) / bullets "-" and "+".
// abstractNum 2: "Điều %1." (article numbering written by the numbering engine).
const std::string kNumbering = word_part("numbering", R"XML(
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
    <w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="5"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
    <w:lvl w:ilvl="6"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:suff w:val="space"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
)XML");

const std::string kStyles = word_part("styles", R"(
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục La Mã"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
)");

std::string item(int num, int level, const std::string& text) {
  return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(num) +
                     "\"/></w:numPr>");
}

std::vector<std::string> texts(const std::string& body) {
  const auto doc = read_docx_bytes(make_docx(body, {{"word/numbering.xml", kNumbering}, {"word/styles.xml", kStyles}}));
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) out.push_back(std::get<Paragraph>(b).text);
  return out;
}

TEST(DocxNumbering, RebuildsTheOutlineLabels) {
  const auto doc = read_docx_bytes(make_docx(item(1, 0, "MỤC ĐÍCH, YÊU CẦU") + item(1, 1, "Mục đích") +
                                                 item(1, 2, "Nâng cao chất lượng") + item(1, 2, "Bảo đảm tiến độ") +
                                                 item(1, 3, "Rà soát hồ sơ") + item(1, 3, "Báo cáo kết quả") +
                                                 item(1, 4, "các sở, ngành;") + item(1, 5, "UBND cấp xã.") +
                                                 item(1, 6, "ghi chú") + item(1, 1, "Yêu cầu") + item(1, 0, "NỘI DUNG") +
                                                 item(1, 1, "Kiểm tra"),
                                             {{"word/numbering.xml", kNumbering}}));
  std::vector<std::string> got;
  for (const auto& b : doc.blocks) got.push_back(std::get<Paragraph>(b).text);
  EXPECT_EQ(got, (std::vector<std::string>{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Nâng cao chất lượng",
                                           "1.2. Bảo đảm tiến độ", "a) Rà soát hồ sơ", "b) Báo cáo kết quả",
                                           "- các sở, ngành;", "+ UBND cấp xã.", "- ghi chú", "2. Yêu cầu",
                                           "II. NỘI DUNG", "1. Kiểm tra"}));
  EXPECT_TRUE(para_at(doc, 0).style.auto_numbered);
}

TEST(DocxNumbering, NumsSharingAnAbstractContinueUnlessRestarted) {
  EXPECT_EQ(texts(item(1, 1, "một") + item(1, 1, "hai") + item(2, 1, "ba (tiếp tục)") + item(3, 1, "lại từ đầu") +
                  item(3, 1, "tiếp")),
            (std::vector<std::string>{"1. một", "2. hai", "3. ba (tiếp tục)", "1. lại từ đầu", "2. tiếp"}));
}

TEST(DocxNumbering, StartOverrideOnTheTopLevel) {
  EXPECT_EQ(texts(item(6, 0, "TỔ CHỨC THỰC HIỆN") + item(6, 1, "Sở Nội vụ")),
            (std::vector<std::string>{"IV. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ"}));
}

TEST(DocxNumbering, LiteralTextSuffixStartAndNoRestart) {
  EXPECT_EQ(texts(item(4, 0, "Phạm vi điều chỉnh") + item(4, 0, "Đối tượng áp dụng")),
            (std::vector<std::string>{"Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"}));
  EXPECT_EQ(texts(item(5, 0, " Ba") + item(5, 1, "x") + item(5, 0, " Bốn") + item(5, 1, "y")),
            (std::vector<std::string>{"3.Ba", "a) x", "4.Bốn", "b) y"}));
}

TEST(DocxNumbering, NumberingFromTheParagraphStyleAndNumIdZero) {
  EXPECT_EQ(texts(p("QUAN ĐIỂM", R"(<w:pStyle w:val="Muc"/>)") +
                  p("không đánh số", R"(<w:pStyle w:val="Muc"/><w:numPr><w:numId w:val="0"/></w:numPr>)") +
                  p("MỤC TIÊU", R"(<w:pStyle w:val="Muc"/>)")),
            (std::vector<std::string>{"I. QUAN ĐIỂM", "không đánh số", "II. MỤC TIÊU"}));
}

TEST(DocxNumbering, EmptyItemsCountButAreNotEmitted) {
  EXPECT_EQ(texts(item(1, 1, "") + item(1, 1, "thứ hai")), (std::vector<std::string>{"2. thứ hai"}));
}

TEST(DocxNumbering, UnknownNumIsReported) {
  EXPECT_EQ(texts(item(42, 0, "không có định nghĩa")), (std::vector<std::string>{"không có định nghĩa"}));
  const auto doc = read_docx_bytes(make_docx(p("Mở đầu") + item(42, 0, "mục mất số")));
  EXPECT_TRUE(has_code(doc, "docx.numbering-missing"));
  EXPECT_NE(message_of(doc, "docx.numbering-missing").find("numbering.xml"), std::string::npos);
  for (const auto& d : doc.diagnostics.items())
    if (d.code == "docx.numbering-missing") EXPECT_EQ(d.location.paragraph, 2u);
}

TEST(DocxNumberFormat, FormatsLikeWord) {
  using docx::format_number;
  EXPECT_EQ(format_number(4, "upperRoman"), "IV");
  EXPECT_EQ(format_number(19, "lowerRoman"), "xix");
  EXPECT_EQ(format_number(5, "lowerLetter"), "e");  // Word's sequence: a, b, c, d, e (no đ)
  EXPECT_EQ(format_number(28, "lowerLetter"), "bb");
  EXPECT_EQ(format_number(3, "upperLetter"), "C");
  EXPECT_EQ(format_number(7, "decimalZero"), "07");
  EXPECT_EQ(format_number(12, "decimal"), "12");
  EXPECT_EQ(format_number(12, "ordinalText"), "12");
  EXPECT_EQ(format_number(1, "none"), "");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxNumbering, CustomFormatsFallBackToTheStandardOne) {
  const std::string numbering = word_part("numbering", R"XML(
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
      <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>
      <mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>
      <w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)XML");
  const auto doc = read_docx_bytes(make_docx(item(1, 0, "Hồ sơ thứ nhất"), {{"word/numbering.xml", numbering}}));
  EXPECT_EQ(para_at(doc, 0).text, "01. Hồ sơ thứ nhất");
}

}  // namespace
}  // namespace vanban
