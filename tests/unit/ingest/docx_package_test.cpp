#include <gtest/gtest.h>

#include "docx_test_package.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

bool has_fatal_with(const Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics.items())
    if (d.code == code && d.severity == Severity::Fatal) return true;
  return false;
}

TEST(DocxPackage, ReadsAMinimalPackage) {
  const auto doc = read_docx_bytes(make_docx(p("Kính gửi: Sở Tài chính tỉnh Hòa Bình.")));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).text, "Kính gửi: Sở Tài chính tỉnh Hòa Bình.");
  EXPECT_EQ(para_at(doc, 0).location.paragraph, 1u);
  EXPECT_EQ(para_at(doc, 0).location.part, SourceLocation::Part::Body);
}

TEST(DocxPackage, RejectsTextThatIsNotAZip) {
  const auto doc = read_docx_bytes("Kế hoạch số 12/KH-UBND, viết bằng tay\n");
  EXPECT_TRUE(has_fatal_with(doc, "docx.not-zip"));
  EXPECT_NE(message_of(doc, "docx.not-zip").find("not a zip"), std::string::npos);
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(DocxPackage, NamesLegacyDocAndEncryptedPackages) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(512, '\0');
  const auto doc = read_docx_bytes(ole);
  EXPECT_TRUE(has_fatal_with(doc, "docx.legacy-doc"));
  const auto message = message_of(doc, "docx.legacy-doc");
  EXPECT_NE(message.find("legacy Word 97-2003 .doc or an encrypted package"), std::string::npos);
  EXPECT_NE(message.find("--from doc"), std::string::npos);
}

TEST(DocxPackage, ReportsATruncatedZip) {
  const std::string whole = make_docx(p("Điều 1. Phê duyệt kế hoạch."));
  const auto doc = read_docx_bytes(whole.substr(0, whole.size() / 2));
  EXPECT_TRUE(has_fatal_with(doc, "docx.truncated"));
  EXPECT_NE(message_of(doc, "docx.truncated").find("truncated"), std::string::npos);
}

TEST(DocxPackage, ReportsAZipWithoutDocumentXml) {
  const auto doc = read_docx_bytes(zip_parts({{"readme.txt", "không phải văn bản Word"}}));
  EXPECT_TRUE(has_fatal_with(doc, "docx.no-document"));
  EXPECT_NE(message_of(doc, "docx.no-document").find("word/document.xml"), std::string::npos);
}

TEST(DocxPackage, ReportsMalformedXmlWithPartAndPosition) {
  const std::string broken = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"x\">\n<w:body><w:p><w:r><w:t>Số 5</w:r>";
  const auto doc = read_docx_bytes(zip_parts({{"[Content_Types].xml", content_types()},
                                              {"_rels/.rels", root_rels()},
                                              {"word/document.xml", broken}}));
  EXPECT_TRUE(has_fatal_with(doc, "docx.malformed-xml"));
  const auto message = message_of(doc, "docx.malformed-xml");
  EXPECT_NE(message.find("word/document.xml"), std::string::npos) << message;
  EXPECT_NE(message.find("line 3"), std::string::npos) << message;
  EXPECT_NE(message.find("column"), std::string::npos) << message;
}

TEST(DocxPackage, MalformedOptionalPartIsOnlyAWarning) {
  const auto doc = read_docx_bytes(make_docx(p("Căn cứ Luật Tổ chức chính quyền địa phương;"),
                                             {{"word/styles.xml", "<w:styles><w:style>"}}));
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_TRUE(has_code(doc, "docx.malformed-xml"));
  EXPECT_EQ(doc.blocks.size(), 1u);
}

TEST(DocxPackage, FindsTheMainPartThroughRelationships) {
  const auto doc = read_docx_bytes(zip_parts({{"[Content_Types].xml", content_types()},
                                              {"_rels/.rels", root_rels("/content/main.xml")},
                                              {"content/main.xml", document_xml(p("Nơi nhận:"))}}));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para_at(doc, 0).text, "Nơi nhận:");
}

TEST(DocxPackage, RefusesAPartOverTheCompressionRatio) {
  // Two MiB of the same byte compresses far beyond 200:1: a small zip bomb.
  const std::string body = p("Báo cáo") + "<!--" + std::string(2u << 20, 'x') + "-->";
  const auto doc = read_docx_bytes(make_docx(body));
  EXPECT_TRUE(has_fatal_with(doc, "docx.limit-ratio"));
  EXPECT_NE(message_of(doc, "docx.limit-ratio").find("compression ratio"), std::string::npos);
}

TEST(DocxPackage, RefusesMoreUncompressedBytesThanAllowed) {
  ReadOptions options;
  options.limits.max_uncompressed_bytes = 100;
  const auto doc = read_docx_bytes(make_docx(p("Kế hoạch kiểm tra công tác cải cách hành chính năm 2026")), options);
  EXPECT_TRUE(has_fatal_with(doc, "docx.limit-uncompressed"));
  EXPECT_NE(message_of(doc, "docx.limit-uncompressed").find("limit of 100"), std::string::npos);
}

TEST(DocxPackage, RefusesTooManyEntries) {
  ReadOptions options;
  options.limits.max_zip_entries = 2;
  const auto doc = read_docx_bytes(make_docx(p("Quyết định")), options);
  EXPECT_TRUE(has_fatal_with(doc, "docx.limit-entries"));
  EXPECT_NE(message_of(doc, "docx.limit-entries").find("3 entries"), std::string::npos);
}

TEST(DocxPackage, RatioLimitIsConfigurable) {
  ReadOptions options;
  options.limits.max_compression_ratio = 100000;
  const std::string body = p("Báo cáo") + "<!--" + std::string(2u << 20, 'x') + "-->";
  const auto doc = read_docx_bytes(make_docx(body), options);
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(doc.blocks.size(), 1u);
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

using namespace vanban::testing;

TEST(DocxPackage, FindsTheMainPartThroughContentTypesWithoutRels) {
  const std::string types =
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Override PartName="/van-ban/chinh.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  const auto doc = read_docx_bytes(zip_parts({{"[Content_Types].xml", types}, {"van-ban/chinh.xml", document_xml(p("Tờ trình"))}}));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(para_at(doc, 0).text, "Tờ trình");
}

TEST(DocxPackage, ReportsADamagedPart) {
  // A long body so that the deflated stream of word/document.xml is large enough to hit.
  std::string body;
  for (int i = 0; i < 200; ++i) body += p("Đoạn " + std::to_string(i) + ": triển khai nhiệm vụ chuyển đổi số.");
  std::string bytes = make_docx(body);
  const auto at = bytes.find("word/document.xml");
  ASSERT_NE(at, std::string::npos);
  for (std::size_t i = at + 200; i < at + 400 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  const auto doc = read_docx_bytes(bytes);
  EXPECT_TRUE(doc.diagnostics.has_fatal());
  EXPECT_TRUE(has_code(doc, "docx.damaged-part") || has_code(doc, "docx.malformed-xml"));
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(DocxPackage, ReportsAnEncryptedEntry) {
  std::map<std::string, std::string> parts = {{"[Content_Types].xml", content_types()},
                                              {"_rels/.rels", root_rels()},
                                              {"word/document.xml", document_xml(p("Mật"))}};
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr);
  bool encrypted = true;
  for (const auto& [name, data] : parts) {
    const auto index = zip_file_add(archive, name.c_str(), zip_source_buffer(archive, data.data(), data.size(), 0), 0);
    if (name == "word/document.xml" && zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "matkhau") != 0)
      encrypted = false;
  }
  zip_close(archive);
  std::string bytes;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  bytes.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  if (!encrypted) GTEST_SKIP() << "libzip built without AES support";
  const auto doc = read_docx_bytes(bytes);
  EXPECT_TRUE(has_code(doc, "docx.encrypted-part"));
  EXPECT_NE(message_of(doc, "docx.encrypted-part").find("password"), std::string::npos);
}

// Issue 12: two entries under one OPC name (names ignore case) are ambiguous: refused.
TEST(DocxPackage, RefusesTwoEntriesUnderOneName) {
  const auto doc = read_docx_bytes(make_docx(p("Kế hoạch"), {{"Word/Document.xml", document_xml(p("Văn bản khác"))}}));
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  EXPECT_EQ(message_of(doc, "docx.duplicate-entry"),
            "the zip package has two entries named word/document.xml: which one is the part is ambiguous (a damaged or "
            "crafted file)");
}

TEST(DocxPackage, WarnsOfEntryNamesOutsideThePackageAndReadsTheRest) {
  const auto doc = read_docx_bytes(make_docx(p("Kế hoạch"), {{"../../etc/evil", "x"}, {"a/../../b", "y"}}));
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(message_of(doc, "docx.unsafe-entry-name"),
            "2 zip entry name(s) point outside the package, the first \"../../etc/evil\": ignored (nothing is extracted "
            "to disk)");
  EXPECT_EQ(para_at(doc, 0).text, "Kế hoạch");
}

// Billion laughs: the DOCTYPE is skipped, its entities never expanded; the reference stays as written.
TEST(DocxPackage, ExpandsNoEntityOfADoctype) {
  std::string dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  std::string xml = document_xml(p("Kế hoạch") + p("&lol9;"));
  xml.insert(xml.find("?>") + 2, dtd);
  const auto doc = read_docx_bytes(make_docx("", {{"word/document.xml", xml}}));
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(message_of(doc, "docx.doctype"),
            "the part word/document.xml has a DOCTYPE declaration (Word never writes one): ignored, and none of its "
            "entities is expanded");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(para_at(doc, 1).text, "&lol9;");
}

}  // namespace
}  // namespace vanban
