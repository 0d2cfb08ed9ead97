// A DOCX and its Markdown twin must give the same outline, references and deadlines: the reader's
// conventions (labels at the start of the text, rebuilt automatic numbering, cells read one by one)
// make the two formats indistinguishable to the analysis.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "api/converter.hpp"
#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

using Outline = std::vector<std::pair<std::string, std::string>>;

void collect(const std::vector<Section>& sections, Outline& out) {
  for (const auto& s : sections) {
    out.emplace_back(s.path, s.title);
    collect(s.children, out);
  }
}

struct Digest {
  Outline sections;
  std::vector<std::string> references;
  std::vector<std::pair<std::string, std::string>> deadlines;
};

Digest digest(const Document& doc) {
  Digest d;
  collect(doc.sections, d.sections);
  for (const auto& r : doc.references)
    d.references.push_back(r.number_symbol.value_or(r.name.value_or("")) + "@" + (r.date ? r.date->iso() : ""));
  for (const auto& x : doc.deadlines) d.deadlines.emplace_back(x.value, x.text);
  return d;
}

Document convert(const Converter& converter, const std::string& bytes) {
  ConvertOptions options;
  return converter.convert(bytes, options);
}

TEST(DocxMarkdownTwin, PandocDocxAndItsMarkdownAgree) {
  const Converter converter;
  const auto docx = convert(converter, slurp(std::string(VANBAN_TEST_DATA) + "/docx/ke-hoach-pandoc.docx"));
  const auto md = convert(converter, slurp(std::string(VANBAN_TEST_DATA) + "/docx/ke-hoach-pandoc.twin.md"));
  ASSERT_FALSE(docx.diagnostics.has_fatal());
  ASSERT_FALSE(md.diagnostics.has_fatal());
  const Digest a = digest(docx), b = digest(md);
  EXPECT_FALSE(a.sections.empty());
  EXPECT_EQ(a.sections, b.sections);
  EXPECT_EQ(a.references, b.references);
  EXPECT_EQ(a.deadlines, b.deadlines);
}

// The outline written by Word's numbering engine (no label typed anywhere) reads like typed labels.
TEST(DocxMarkdownTwin, AutoNumberedOutlineAgreesWithTypedLabels) {
  const std::string numbering = word_part("numbering", R"XML(
    <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)XML");
  auto item = [](int level, const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
           "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  auto bold = [](const std::string& text) {
    return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
  };
  auto cell = [](const std::string& paragraphs) { return "<w:tc>" + paragraphs + "</w:tc>"; };
  const std::string none = R"(<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>)";
  const std::string body =
      "<w:tbl><w:tblPr>" + none + "</w:tblPr><w:tr>" +
      cell(bold("ỦY BAN NHÂN DÂN") + bold("XÃ PHÚ LỘC") + p("Số: 41/KH-UBND")) +
      cell(bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + bold("Độc lập - Tự do - Hạnh phúc") +
           p("Phú Lộc, ngày 02 tháng 4 năm 2026")) +
      "</w:tr></w:tbl>" + bold("KẾ HOẠCH") + bold("Phòng, chống thiên tai năm 2026") +
      p("Căn cứ Kế hoạch số 08/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện Phú Lộc, Ủy ban nhân dân xã ban hành Kế hoạch như sau:") +
      item(0, "MỤC ĐÍCH, YÊU CẦU") + item(1, "Chủ động phòng ngừa, ứng phó kịp thời.") + item(1, "Huy động lực lượng tại chỗ.") +
      item(0, "NHIỆM VỤ") + item(1, "Rà soát khu dân cư ven sông") + item(2, "Hoàn thành trước ngày 30/5/2026.") +
      item(2, "Báo cáo kết quả về Ủy ban nhân dân xã.") + item(1, "Diễn tập ứng phó bão lũ") +
      item(0, "TỔ CHỨC THỰC HIỆN") + p("Công chức Địa chính báo cáo kết quả trước ngày 15/6/2026.");
  const std::string markdown =
      "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\nSố: 41/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Phú Lộc, ngày 02 tháng 4 năm 2026\n\n**KẾ HOẠCH**\n\n**Phòng, chống thiên tai năm 2026**\n\n"
      "Căn cứ Kế hoạch số 08/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện Phú Lộc, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n\n1\\. Chủ động phòng ngừa, ứng phó kịp thời.\n\n2\\. Huy động lực lượng tại chỗ.\n\n"
      "II. NHIỆM VỤ\n\n1\\. Rà soát khu dân cư ven sông\n\na) Hoàn thành trước ngày 30/5/2026.\n\n"
      "b) Báo cáo kết quả về Ủy ban nhân dân xã.\n\n2\\. Diễn tập ứng phó bão lũ\n\n"
      "III. TỔ CHỨC THỰC HIỆN\n\nCông chức Địa chính báo cáo kết quả trước ngày 15/6/2026.\n";

  const Converter converter;
  const auto docx = convert(converter, make_docx(body, {{"word/numbering.xml", numbering}}));
  const auto md = convert(converter, markdown);
  ASSERT_FALSE(docx.diagnostics.has_fatal());
  ASSERT_FALSE(md.diagnostics.has_fatal());
  const Digest a = digest(docx), b = digest(md);
  const Outline expected = {{"I", "MỤC ĐÍCH, YÊU CẦU"},
                            {"I.1", "Chủ động phòng ngừa, ứng phó kịp thời"},
                            {"I.2", "Huy động lực lượng tại chỗ"},
                            {"II", "NHIỆM VỤ"},
                            {"II.1", "Rà soát khu dân cư ven sông"},
                            {"II.1.a", "Hoàn thành trước ngày 30/5/2026"},
                            {"II.1.b", "Báo cáo kết quả về Ủy ban nhân dân xã"},
                            {"II.2", "Diễn tập ứng phó bão lũ"},
                            {"III", "TỔ CHỨC THỰC HIỆN"}};
  EXPECT_EQ(a.sections, expected);
  EXPECT_EQ(a.sections, b.sections);
  EXPECT_EQ(a.references, b.references);
  EXPECT_EQ(a.deadlines, b.deadlines);
}

}  // namespace
}  // namespace vanban
