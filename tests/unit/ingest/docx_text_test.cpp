#include <gtest/gtest.h>

#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

std::string r(const std::string& text, const std::string& rpr = "") {
  return "<w:r>" + (rpr.empty() ? std::string() : "<w:rPr>" + rpr + "</w:rPr>") + R"(<w:t xml:space="preserve">)" +
         text + "</w:t></w:r>";
}

std::string only_text(const std::string& body, ReadOptions options = {}) {
  const auto doc = read_docx_bytes(make_docx(body), options);
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  std::string out;
  for (const auto& b : doc.blocks) {
    if (!out.empty()) out += " | ";
    out += std::get<Paragraph>(b).text;
  }
  return out;
}

TEST(DocxText, JoinsALabelSplitAcrossRunsAndFormatting) {
  EXPECT_EQ(only_text("<w:p>" + r("I", "<w:b/>") + r("I. NỘI", "<w:b/><w:i/>") + r(" DUNG") + "</w:p>"),
            "II. NỘI DUNG");
  EXPECT_EQ(only_text("<w:p>" + r("Số: 6") + r("9/KH-") + r("UBND") + "</w:p>"), "Số: 69/KH-UBND");
}

TEST(DocxText, TabsBreaksAndCarriageReturns) {
  EXPECT_EQ(only_text("<w:p>" + r("UBND TỈNH SƠN LA") + "<w:r><w:tab/></w:r>" + r("CỘNG HÒA") + "</w:p>"),
            "UBND TỈNH SƠN LA\tCỘNG HÒA");
  EXPECT_EQ(only_text("<w:p>" + r("TM. ỦY BAN NHÂN DÂN") + "<w:r><w:br/><w:t>CHỦ TỊCH</w:t><w:cr/><w:t>Lò Văn Mạnh</w:t></w:r></w:p>"),
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Mạnh");
  EXPECT_EQ(only_text("<w:p>" + r("trang một") + R"(<w:r><w:br w:type="page"/></w:r>)" + r("trang hai") + "</w:p>"),
            "trang một trang hai");
}

TEST(DocxText, SymbolsHyphensAndSpaces) {
  EXPECT_EQ(only_text(R"(<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> đầu dòng</w:t></w:r></w:p>)"),
            "\u2022 đầu dòng");
  EXPECT_EQ(only_text(R"(<w:p><w:r><w:t>x </w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 5</w:t></w:r></w:p>)"),
            "x \u2265 5");
  EXPECT_EQ(only_text("<w:p><w:r><w:t>chuyển</w:t><w:softHyphen/><w:t>đổi số</w:t></w:r></w:p>"), "chuyểnđổi số");
  EXPECT_EQ(only_text("<w:p><w:r><w:t>KH</w:t><w:noBreakHyphen/><w:t>UBND</w:t></w:r></w:p>"), "KH-UBND");
  EXPECT_EQ(only_text(p("ngày\u00A015")), "ngày\u00A015");
}

TEST(DocxText, KeepsSubscriptDrafterInitialsAsTyped) {
  EXPECT_EQ(only_text("<w:p>" + r("- Lưu: VT, NC.") + r("Hùng", R"(<w:vertAlign w:val="subscript"/>)") + "</w:p>"),
            "- Lưu: VT, NC.Hùng");
  // Initials split across two subscript runs stay one word.
  EXPECT_EQ(only_text("<w:p>" + r("- Lưu: VT, KT.") + r("Th", R"(<w:vertAlign w:val="subscript"/>)") +
                      r("ảo", R"(<w:vertAlign w:val="subscript"/>)") + "</w:p>"),
            "- Lưu: VT, KT.Thảo");
  // A chemical-style subscript digit stays attached.
  EXPECT_EQ(only_text("<w:p>" + r("khí CO") + r("2", R"(<w:vertAlign w:val="subscript"/>)") + "</w:p>"), "khí CO2");
}

TEST(DocxText, NormalizesDecomposedTextToNfc) {
  // "Hòa Bình" typed with combining marks (NFD).
  EXPECT_EQ(only_text(p("Ho\u0300a Bi\u0300nh")), "Hòa Bình");
}

TEST(DocxText, TrimsAndDropsEmptyParagraphsButCountsThem) {
  const auto doc = read_docx_bytes(make_docx("<w:p/>" + p("   ") + p("  Kính gửi: Sở Nội vụ  ")));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).text, "Kính gửi: Sở Nội vụ");
  EXPECT_EQ(para_at(doc, 0).location.paragraph, 3u);
}

TEST(DocxText, FieldsKeepTheResultAndDropTheInstruction) {
  const std::string complex_field =
      "<w:p>" + r("Xem trang ") + R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)" +
      R"(<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r>)" +
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)" + r("7") + R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)" +
      r(" của phụ lục.") + "</w:p>";
  EXPECT_EQ(only_text(complex_field), "Xem trang 7 của phụ lục.");
  EXPECT_EQ(only_text(R"(<w:p><w:r><w:t xml:space="preserve">Ngày in: </w:t></w:r><w:fldSimple w:instr=" DATE \@ &quot;dd/MM/yyyy&quot; ">)" +
                      r("05/03/2026") + "</w:fldSimple></w:p>"),
            "Ngày in: 05/03/2026");
  // A field without a separate shows nothing; a nested field inside the instruction stays hidden.
  EXPECT_EQ(only_text("<w:p>" + r("A") + R"(<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>IF </w:instrText></w:r>)" +
                      R"(<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>MERGEFIELD x</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>trong</w:t><w:fldChar w:fldCharType="end"/></w:r>)" +
                      R"(<w:r><w:fldChar w:fldCharType="separate"/><w:t>B</w:t><w:fldChar w:fldCharType="end"/></w:r>)" + "</w:p>"),
            "AB");
}

TEST(DocxText, DescendsIntoHyperlinksContentControlsSmartTagsAndCustomXml) {
  EXPECT_EQ(only_text(R"(<w:p><w:hyperlink r:id="rId9">)" + r("Cổng dịch vụ công") + "</w:hyperlink>" +
                      R"(<w:sdt><w:sdtPr><w:alias w:val="Số"/></w:sdtPr><w:sdtContent>)" + r(" số 15") + "</w:sdtContent></w:sdt>" +
                      R"(<w:smartTag w:element="place">)" + r(" tại Lào Cai") + "</w:smartTag>" +
                      R"(<w:customXml w:element="x">)" + r(".") + "</w:customXml></w:p>"),
            "Cổng dịch vụ công số 15 tại Lào Cai.");
  // Block-level content control around whole paragraphs.
  EXPECT_EQ(only_text("<w:sdt><w:sdtContent>" + p("Điều 1. Ban hành") + "</w:sdtContent></w:sdt>"), "Điều 1. Ban hành");
}

TEST(DocxText, ReadsAlternateContentOnceAndTextBoxesAfterTheirParagraph) {
  const std::string textbox = "<w:txbxContent>" + p("DỰ THẢO") + "</w:txbxContent>";
  const std::string body =
      "<w:p>" + r("Kế hoạch") +
      R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>)" +
      textbox + R"(</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)" +
      R"(<mc:Fallback><w:pict><v:shape><v:textbox>)" + textbox + R"(</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>)" +
      r(" năm 2026") + "</w:p>" + p("Tiếp theo");
  EXPECT_EQ(only_text(body), "Kế hoạch năm 2026 | DỰ THẢO | Tiếp theo");
  // A Choice needing something unknown: the Fallback is read instead, still once.
  const std::string unknown = R"(<mc:AlternateContent><mc:Choice Requires="x99">)" + p("lựa chọn") +
                              "</mc:Choice><mc:Fallback>" + p("dự phòng") + "</mc:Fallback></mc:AlternateContent>";
  EXPECT_EQ(only_text(unknown), "dự phòng");
}

TEST(DocxText, TracksChangesAcceptedByDefaultOrRejected) {
  const std::string body = "<w:p>" + r("Hoàn thành trước ngày ") +
                           R"(<w:del w:id="1" w:author="A"><w:r><w:delText>15/5/2026</w:delText></w:r></w:del>)" +
                           R"(<w:ins w:id="2" w:author="A">)" + r("30/6/2026") + "</w:ins>" + r(".") + "</w:p>";
  EXPECT_EQ(only_text(body), "Hoàn thành trước ngày 30/6/2026.");
  ReadOptions reject;
  reject.tracked_changes = TrackedChanges::Reject;
  EXPECT_EQ(only_text(body, reject), "Hoàn thành trước ngày 15/5/2026.");
  const std::string moved = "<w:p><w:moveFrom>" + r("cũ ") + "</w:moveFrom>" + r("giữa") + "<w:moveTo>" + r(" mới") + "</w:moveTo></w:p>";
  EXPECT_EQ(only_text(moved), "giữa mới");
  EXPECT_EQ(only_text(moved, reject), "cũ giữa");
}

TEST(DocxText, DeletedParagraphMarkJoinsParagraphs) {
  const std::string body = R"(<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>)" + r("Tổ chức thực hiện") +
                           "</w:p>" + p(" kế hoạch này.");
  EXPECT_EQ(only_text(body), "Tổ chức thực hiện kế hoạch này.");
  ReadOptions reject;
  reject.tracked_changes = TrackedChanges::Reject;
  EXPECT_EQ(only_text(body, reject), "Tổ chức thực hiện | kế hoạch này.");
}

TEST(DocxText, DropsHiddenTextCommentsAndBookmarks) {
  EXPECT_EQ(only_text(R"(<w:p><w:bookmarkStart w:id="0" w:name="a"/><w:commentRangeStart w:id="1"/>)" + r("Hiển thị") +
                      r(" ẩn", "<w:vanish/>") + R"(<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>)" +
                      R"(<w:proofErr w:type="spellStart"/><w:bookmarkEnd w:id="0"/></w:p>)"),
            "Hiển thị");
}

TEST(DocxText, RecordsFootnoteMarksAtByteOffsets) {
  const std::string body = "<w:p>" + r("Theo Kế hoạch số 12/KH-UBND") +
                           R"(<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>)" +
                           r(" và Công văn số 7/SNV") + R"(<w:r><w:endnoteReference w:id="1"/></w:r>)" + "</w:p>";
  const auto doc = read_docx_bytes(make_docx(body));
  const auto& para = para_at(doc, 0);
  EXPECT_EQ(para.text, "Theo Kế hoạch số 12/KH-UBND và Công văn số 7/SNV");
  ASSERT_EQ(para.footnote_marks.size(), 2u);
  EXPECT_EQ(para.footnote_marks[0].id, "2");
  EXPECT_EQ(para.text.substr(0, para.footnote_marks[0].offset), "Theo Kế hoạch số 12/KH-UBND");
  EXPECT_EQ(para.footnote_marks[1].id, "e1");
  EXPECT_EQ(para.footnote_marks[1].offset, para.text.size());
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxText, HostileNestingIsCutWithADiagnostic) {
  std::string open, close;
  for (int i = 0; i < 5000; ++i) {
    open += "<w:sdt><w:sdtContent>";
    close += "</w:sdtContent></w:sdt>";
  }
  // Past the XML depth limit (raised here) the mirror parser still cuts what is too deep for it.
  ReadOptions options;
  options.limits.max_xml_depth = 20000;
  const auto doc = read_docx_bytes(make_docx(p("Mở đầu") + open + p("sâu") + close), options);
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_TRUE(has_code(doc, "docx.too-deep"));
  EXPECT_EQ(para_at(doc, 0).text, "Mở đầu");
}

TEST(DocxText, XmlNestedPastTheLimitIsRefused) {
  std::string open, close;
  for (int i = 0; i < 200; ++i) {
    open += "<w:sdt><w:sdtContent>";
    close += "</w:sdtContent></w:sdt>";
  }
  const auto doc = read_docx_bytes(make_docx(p("Mở đầu") + open + p("sâu") + close));
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  ASSERT_TRUE(has_code(doc, "docx.limit-xml-depth"));
  EXPECT_EQ(doc.diagnostics.items().back().message,
            "the part word/document.xml nests XML elements more than 256 levels deep, over the limit (raise it with "
            "--max-xml-depth)");
  ReadOptions options;
  options.limits.max_xml_depth = 1000;
  EXPECT_FALSE(read_docx_bytes(make_docx(p("Mở đầu") + open + p("sâu") + close), options).diagnostics.has_fatal());
}

TEST(DocxText, SkipsTableOfContentsEntries) {
  const std::string styles = word_part("styles", R"(<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>)");
  const auto doc = read_docx_bytes(make_docx(p("I. MỤC ĐÍCH\t3", R"(<w:pStyle w:val="TOC1"/>)") + p("I. MỤC ĐÍCH"),
                                             {{"word/styles.xml", styles}}));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).location.paragraph, 2u);
  EXPECT_TRUE(has_code(doc, "docx.toc-skipped"));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxText, TrimsUnicodeBlanksAroundTheText) {
  const auto doc = read_docx_bytes(make_docx(p("\u00A0\u00A0\u200BCăn cứ Luật Ngân sách nhà nước;\u00A0\uFEFF")));
  EXPECT_EQ(para_at(doc, 0).text, "Căn cứ Luật Ngân sách nhà nước;");
}

TEST(DocxText, ReadsPartsWithTheDefaultNamespace) {
  const std::string document = R"(<?xml version="1.0"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                               R"(<body><p><r><t>Điều 1. Phạm vi</t></r></p><p><r><t>Điều 2. Đối tượng</t></r></p></body></document>)";
  const auto doc = read_docx_bytes(zip_parts({{"[Content_Types].xml", content_types()},
                                              {"_rels/.rels", root_rels()},
                                              {"word/document.xml", document}}));
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(para_at(doc, 1).text, "Điều 2. Đối tượng");
  EXPECT_EQ(para_at(doc, 1).location.paragraph, 2u);
}

TEST(DocxText, SkipsPlaceholderPromptsAndReportsAltChunks) {
  const auto doc = read_docx_bytes(make_docx(
      R"(<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>)" + p("Nhấp vào đây để nhập văn bản.") +
      R"(</w:sdtContent></w:sdt><w:altChunk r:id="rId7"/>)" + p("Nội dung chính")));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).text, "Nội dung chính");
  EXPECT_TRUE(has_code(doc, "docx.altchunk"));
  EXPECT_NE(message_of(doc, "docx.altchunk").find("not read"), std::string::npos);
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxText, MapsSymbolFontPrivateUseCharactersTypedInText) {
  EXPECT_EQ(only_text(R"(<w:p><w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>)"
                      "\uF0B7"
                      R"(</w:t></w:r><w:r><w:t xml:space="preserve"> Tuyên truyền</w:t></w:r></w:p>)"),
            "\u2022 Tuyên truyền");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxText, AFieldThatNeverEndsDoesNotHideTheRestOfTheDocument) {
  std::string body = R"(<w:p><w:r><w:t xml:space="preserve">Trước </w:t><w:fldChar w:fldCharType="begin"/><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p>)";
  for (int i = 1; i <= 6; ++i) body += p("Đoạn " + std::to_string(i));
  const auto doc = read_docx_bytes(make_docx(body));
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(std::get<Paragraph>(doc.blocks.back()).text, "Đoạn 6");
}

TEST(DocxText, AFieldResultMaySpanParagraphs) {
  const std::string body = R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>QUOTE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>Dòng một</w:t></w:r></w:p>)" +
                           p("Dòng hai") + p("Dòng ba") + p("Dòng bốn") + p("Dòng năm") +
                           R"(<w:p><w:r><w:t>Dòng sáu</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>)";
  EXPECT_EQ(only_text(body), "Dòng một | Dòng hai | Dòng ba | Dòng bốn | Dòng năm | Dòng sáu");
}

// XML 1.0 allows no C0 control character but tab, LF and CR, yet pugixml (like Word's own writers of old)
// lets them through: they become spaces, with a warning that says which and where (issue 12).
TEST(DocxText, ControlCharactersBecomeSpacesWithAWarning) {
  const auto doc = read_docx_bytes(make_docx(p("Kế hoạch") + p("Triển khai\x01 công việc&#x2;năm 2026&#27;.") +
                                             p("Giao Sở Nội vụ&#x1F;")));
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(para_at(doc, 1).text, "Triển khai công việc năm 2026 .");
  EXPECT_EQ(para_at(doc, 2).text, "Giao Sở Nội vụ");
  EXPECT_EQ(message_of(doc, "docx.control-chars"),
            "4 control character(s) (0x01 x1, 0x02 x1, 0x1B x1, 0x1F x1) in the text, which XML does not allow, "
            "read as spaces, in paragraph 2 and paragraph 3");
  ASSERT_EQ(doc.diagnostics.items().size(), 1u);
  EXPECT_EQ(doc.diagnostics.items()[0].severity, Severity::Warning);
  EXPECT_EQ(doc.diagnostics.items()[0].location.paragraph, 2u);
}

// A NUL (a raw byte, or a reference such as &#0;) would end pugixml's string and lose the rest of the
// paragraph: it is read as a space before the parse (the shortest reference, "&#0;", as a tab: there is
// no room for more), and said with its line and column in the part.
TEST(DocxText, NulCharactersLoseNoTextAndAreReported) {
  const std::string body = p("Hoàn thành trước&#0;ngày 15/5/2026.") + p("Báo cáo&#x0000;kết quả") +
                           p(std::string("về Sở Tư pháp\0.", sizeof "về Sở Tư pháp\0." - 1)) + p("&#00;");
  const auto doc = read_docx_bytes(make_docx(body));
  ASSERT_FALSE(doc.diagnostics.has_fatal()) << doc.diagnostics.items().front().message;
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(para_at(doc, 0).text, "Hoàn thành trước\tngày 15/5/2026.");
  EXPECT_EQ(para_at(doc, 1).text, "Báo cáo kết quả");
  EXPECT_EQ(para_at(doc, 2).text, "về Sở Tư pháp .");
  const std::string message = message_of(doc, "docx.nul");
  EXPECT_EQ(message.substr(0, 136),
            "4 NUL character(s) in the part word/document.xml (a raw byte or a reference such as &#0;, which XML does "
            "not allow), read as spaces, at ");
  EXPECT_NE(message.find("line 1, column "), std::string::npos) << message;
  EXPECT_NE(message.find("and 1 more"), std::string::npos) << message;
  EXPECT_FALSE(has_code(doc, "docx.control-chars"));
}

// The same in a footnote: notes are parsed from their own part.
TEST(DocxText, ControlCharactersInNotesAreCountedToo) {
  const std::string notes = word_part("footnotes", R"(<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Theo&#x0;Kế hoạch&#x7;số 12</w:t></w:r></w:p></w:footnote>)");
  const std::string body = R"(<w:p><w:r><w:t>Căn cứ</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)";
  const auto doc = read_docx_bytes(make_docx(body, {{"word/footnotes.xml", notes}}));
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text, "Theo Kế hoạch số 12");
  EXPECT_NE(message_of(doc, "docx.nul").find("in the part word/footnotes.xml"), std::string::npos);
  EXPECT_EQ(message_of(doc, "docx.control-chars"),
            "1 control character(s) (0x07 x1) in the text, which XML does not allow, read as spaces, in footnote "
            "paragraph 1");
}

}  // namespace
}  // namespace vanban
