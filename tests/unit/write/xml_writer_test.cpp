#include "write/xml_writer.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "sample_document.hpp"

namespace vanban {
namespace {

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document d;
  const auto result = d.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  EXPECT_TRUE(result) << result.description() << "\n" << xml;
  return d;
}

std::string text(pugi::xml_node n, const char* path) { return n.first_element_by_path(path).child_value(); }

TEST(XmlWriter, RootCarriesTheSchemaVersion) {
  const std::string xml = to_xml(testing::sample_document());
  const auto d = parse(xml);
  const auto root = d.document_element();
  EXPECT_STREQ(root.name(), "document");
  EXPECT_STREQ(root.attribute("schema_version").value(), kSchemaVersion);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
  EXPECT_EQ(xml.back(), '\n');
}

TEST(XmlWriter, ElementsAreNamedLikeTheJsonFields) {
  const auto d = parse(to_xml(testing::sample_document()));
  const auto root = d.document_element();
  EXPECT_EQ(text(root, "format"), "markdown");
  EXPECT_EQ(text(root, "metadata/doc_type"), "Kế hoạch");
  EXPECT_EQ(text(root, "metadata/issue_date"), "2025-04");
  EXPECT_FALSE(root.first_element_by_path("metadata/number")) << "null fields are left out";
  EXPECT_EQ(text(root, "metadata/draft"), "true");
  EXPECT_EQ(text(root, "metadata/signer/name"), "Trần Văn Bình");
  EXPECT_EQ(text(root, "metadata/recipients/recipient"), "UBND huyện");
  EXPECT_EQ(text(root, "preamble/text"), "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;");
  EXPECT_EQ(text(root, "references/reference/number_symbol"), "30/2020/NĐ-CP");
  EXPECT_EQ(text(root, "references/reference/year"), "2020");
  EXPECT_EQ(text(root, "deadlines/deadline/value"), "2025-05-25");
  EXPECT_EQ(text(root, "tasks/task/deadline"), "0");
  EXPECT_EQ(text(root, "diagnostics/diagnostic/severity"), "warning");
}

TEST(XmlWriter, SectionBlocksKeepTextExactly) {
  const auto d = parse(to_xml(testing::sample_document(), XmlOptions{.pretty = true}));
  const auto sec = d.document_element().first_element_by_path("sections/section");
  EXPECT_EQ(text(sec, "kind"), "roman");
  EXPECT_EQ(text(sec, "level"), "1");
  EXPECT_EQ(sec.child("location").attribute("line").as_uint(), 7u);
  const auto blocks = sec.child("blocks");
  EXPECT_EQ(text(blocks, "paragraph/text"), "Hoàn thành trước ngày 25/5/2025 \"đúng hạn\" <đủ> & gọn.");
  EXPECT_FALSE(blocks.child("paragraph").child("style"));
  const auto cell = blocks.first_element_by_path("table/rows/row/cells/cell");
  EXPECT_EQ(text(cell, "text"), "Văn phòng\nUBND xã");
  EXPECT_EQ(cell.attribute("grid_span").as_int(), 2);
  EXPECT_TRUE(sec.child("children"));
}

TEST(XmlWriter, ForbiddenCharactersAreReplaced) {
  Document doc = testing::sample_document();
  doc.footnotes[0].text = std::string("ghi\x01 ch\xFF");
  const auto d = parse(to_xml(doc));
  EXPECT_EQ(text(d.document_element(), "footnotes/footnote/text"), "ghi\xEF\xBF\xBD ch\xEF\xBF\xBD");
}

TEST(XmlWriter, DocxLocationsNameTheirPart) {
  Document doc = testing::sample_document();
  doc.footnotes[0].location.paragraph = 3;
  doc.footnotes[0].location.part = SourceLocation::Part::Footnotes;
  const auto d = parse(to_xml(doc));
  const auto loc = d.document_element().first_element_by_path("footnotes/footnote/location");
  EXPECT_EQ(loc.attribute("paragraph").as_uint(), 3u);
  EXPECT_STREQ(loc.attribute("part").value(), "footnotes");
  EXPECT_FALSE(loc.attribute("line"));
}

TEST(XmlWriter, EmptyDocumentLeavesOutNullsButKeepsLists) {
  const auto d = parse(to_xml(Document{}));
  const auto root = d.document_element();
  EXPECT_FALSE(root.child("format"));
  EXPECT_TRUE(root.child("sections"));
  EXPECT_TRUE(root.child("metadata").child("signer").child("location"));
  EXPECT_EQ(text(root, "metadata/draft"), "false");
}

TEST(XmlWriter, SameDocumentGivesSameBytes) {
  EXPECT_EQ(to_xml(testing::sample_document()), to_xml(testing::sample_document()));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(XmlWriter, RelativeDeadlineElementsFollowTheSchemaOrder) {
  Document doc = testing::sample_document();
  Deadline& dl = doc.deadlines[0];
  dl.value.clear();
  dl.kind = "relative";
  dl.duration = "P15D";
  dl.anchor = "ngày nhận được văn bản";
  doc.metadata.issue_date.reset();
  doc.metadata.year = 2026;
  const auto d = parse(to_xml(doc));
  const auto n = d.document_element().first_element_by_path("deadlines/deadline");
  EXPECT_FALSE(n.child("value")) << "a relative limit has no value";
  std::vector<std::string> names;
  for (auto c = n.first_child(); c; c = c.next_sibling()) names.emplace_back(c.name());
  EXPECT_EQ(names, (std::vector<std::string>{"text", "kind", "path", "sentence", "duration", "duration_basis", "anchor",
                                             "location"}));
  EXPECT_STREQ(n.child_value("duration"), "P15D");
  EXPECT_STREQ(n.child_value("duration_basis"), "calendar");
  EXPECT_STREQ(n.child_value("anchor"), "ngày nhận được văn bản");
  const auto md = d.document_element().child("metadata");
  EXPECT_STREQ(md.last_child().name(), "year");
  EXPECT_STREQ(md.child_value("year"), "2026");
}

TEST(XmlWriter, DatedDeadlineHasNoRelativeElements) {
  const auto d = parse(to_xml(testing::sample_document()));
  const auto n = d.document_element().first_element_by_path("deadlines/deadline");
  EXPECT_FALSE(n.child("duration"));
  EXPECT_FALSE(n.child("anchor"));
  EXPECT_FALSE(d.document_element().child("metadata").child("year"));
}

}  // namespace
}  // namespace vanban
