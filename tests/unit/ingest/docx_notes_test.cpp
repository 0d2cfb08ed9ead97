#include <gtest/gtest.h>

#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

const std::string kFootnotes = word_part("footnotes", R"(
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>
    <w:r><w:t xml:space="preserve"> Kế hoạch số 118/KH-UBND ngày 05/02/2026 của UBND tỉnh</w:t></w:r></w:p>
    <w:p><w:r><w:t>về cải cách hành chính.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Gồm 12 xã, phường.</w:t></w:r></w:p></w:footnote>
)");

const std::string kEndnotes = word_part("endnotes", R"(
  <w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
  <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Số liệu đến ngày 30/11/2025.</w:t></w:r></w:p></w:endnote>
)");

TEST(DocxNotes, ReadsFootnotesAndEndnotesSkippingSeparators) {
  const std::string body = R"(<w:p><w:r><w:t>Triển khai</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>)"
                           R"(<w:r><w:t xml:space="preserve"> tại 12 xã</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>)"
                           R"(<w:r><w:t>.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>)";
  const auto doc = read_docx_bytes(make_docx(body, {{"word/footnotes.xml", kFootnotes}, {"word/endnotes.xml", kEndnotes}}));
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(doc.footnotes[0].id, "1");
  EXPECT_EQ(doc.footnotes[0].text, "Kế hoạch số 118/KH-UBND ngày 05/02/2026 của UBND tỉnh\nvề cải cách hành chính.");
  EXPECT_EQ(doc.footnotes[0].location.part, SourceLocation::Part::Footnotes);
  EXPECT_EQ(doc.footnotes[0].location.paragraph, 3u);
  EXPECT_EQ(doc.footnotes[1].text, "Gồm 12 xã, phường.");
  EXPECT_EQ(doc.footnotes[2].id, "e1");
  EXPECT_EQ(doc.footnotes[2].location.part, SourceLocation::Part::Endnotes);

  const auto& para = para_at(doc, 0);
  EXPECT_EQ(para.text, "Triển khai tại 12 xã.");
  ASSERT_EQ(para.footnote_marks.size(), 3u);
  EXPECT_EQ(para.footnote_marks[0].offset, std::string("Triển khai").size());
  EXPECT_EQ(para.footnote_marks[1].offset, std::string("Triển khai tại 12 xã").size());
  EXPECT_EQ(para.footnote_marks[2].id, "e1");
}

TEST(DocxNotes, AMarkAtTheStartOfATrimmedParagraphStaysAtZero) {
  const std::string body = R"(<w:p><w:r><w:t xml:space="preserve">  </w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>)"
                           R"(<w:r><w:t xml:space="preserve"> Ghi chú đầu đoạn</w:t></w:r></w:p>)";
  const auto doc = read_docx_bytes(make_docx(body, {{"word/footnotes.xml", kFootnotes}}));
  const auto& para = para_at(doc, 0);
  EXPECT_EQ(para.text, "Ghi chú đầu đoạn");
  ASSERT_EQ(para.footnote_marks.size(), 1u);
  EXPECT_EQ(para.footnote_marks[0].offset, 0u);
}

TEST(DocxNotes, FootnotesFoundThroughTheDocumentRelationships) {
  const std::string rels = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                           R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="notes/fn.xml"/>)"
                           R"(</Relationships>)";
  const auto doc = read_docx_bytes(make_docx(p("Văn bản"), {{"word/_rels/document.xml.rels", rels}, {"word/notes/fn.xml", kFootnotes}}));
  EXPECT_EQ(doc.footnotes.size(), 2u);
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxNotes, CustomMarkIsTheMarkerNotText) {
  const std::string body = R"(<w:p><w:r><w:t>Số liệu ước thực hiện</w:t></w:r>)"
                           R"(<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>)"
                           R"(<w:r><w:t xml:space="preserve"> năm 2025.</w:t></w:r></w:p>)";
  const auto doc = read_docx_bytes(make_docx(body, {{"word/footnotes.xml", kFootnotes}}));
  const auto& para = para_at(doc, 0);
  EXPECT_EQ(para.text, "Số liệu ước thực hiện năm 2025.");
  ASSERT_EQ(para.footnote_marks.size(), 1u);
  EXPECT_EQ(para.footnote_marks[0].offset, std::string("Số liệu ước thực hiện").size());
}

}  // namespace
}  // namespace vanban
