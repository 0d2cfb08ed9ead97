#include "ingest/doc_reader.hpp"

#include <gtest/gtest.h>

#include "archive_test_support.hpp"
#include "ole_test_file.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

constexpr const char* kDocFixture = "tests/golden/ke-hoach-doc-word-97.doc";

TEST(DocReader, RefusesAnEncryptedPackageAsEncryptedNotAsLegacyDoc) {
  const Document doc = convert_bytes(make_ole({{"EncryptionInfo"}, {"EncryptedPackage"}}));
  EXPECT_EQ(doc.format, InputFormat::Doc);
  const Diagnostic* d = find_diagnostic(doc, "doc.encrypted");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Fatal);
  EXPECT_NE(d->message.find("encrypted (password-protected) document"), std::string::npos) << d->message;
  EXPECT_EQ(find_diagnostic(doc, "doc.libreoffice-missing"), nullptr);
}

TEST(DocReader, RefusesAWordDocumentWithAPassword) {
  const Document doc = convert_bytes(make_ole({{"WordDocument"}, {"1Table"}}, 0x0100));
  const Diagnostic* d = find_diagnostic(doc, "doc.encrypted");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("Word 97-2003 .doc locked with a password"), std::string::npos) << d->message;
}

TEST(DocReader, NamesOtherOfficeFiles) {
  const Document doc = convert_bytes(make_ole({{"Workbook"}}));
  const Diagnostic* d = find_diagnostic(doc, "doc.not-word");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("not a Word document"), std::string::npos);
  EXPECT_NE(d->message.find("Workbook"), std::string::npos) << d->message;
}

TEST(DocReader, ReportsADamagedCompoundFile) {
  const Document doc = convert_bytes(make_ole({{"WordDocument"}}).substr(0, 100));
  const Diagnostic* d = find_diagnostic(doc, "doc.damaged");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("damaged OLE compound file"), std::string::npos) << d->message;
}

TEST(DocReader, SaysWhenFromDocIsGivenSomethingElse) {
  ConvertOptions options;
  options.from = InputFormat::Doc;
  const Document doc = convert_bytes("KẾ HOẠCH\nTổ chức Ngày hội đọc sách\n", options);
  const Diagnostic* d = find_diagnostic(doc, "doc.not-ole");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("not a Word 97-2003 .doc"), std::string::npos) << d->message;
}

TEST(DocReader, NamesTheDebianPackageWhenLibreOfficeIsMissing) {
  ConvertOptions options;
  options.read.engines.soffice = "/nonexistent/vanban-test/soffice";
  const Document doc = convert_bytes(fixture(kDocFixture), options);
  const Diagnostic* d = find_diagnostic(doc, "doc.libreoffice-missing");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Fatal);
  EXPECT_NE(d->message.find("libreoffice-writer-nogui"), std::string::npos) << d->message;
  EXPECT_NE(d->message.find("/nonexistent/vanban-test/soffice"), std::string::npos) << d->message;
}

/// A stand-in for a batch's one-LibreOffice conversion: hands out a DOCX for any .doc.
class FixedDocx : public PreconvertedDocs {
 public:
  explicit FixedDocx(std::string docx) : docx_(std::move(docx)) {}
  std::optional<std::string> docx_for(std::string_view) const override { return docx_; }

 private:
  std::string docx_;
};

TEST(DocReader, TakesAPreconvertedDocxWithoutStartingLibreOffice) {
  const FixedDocx converted(fixture("tests/golden/ke-hoach-libreoffice-tu-dong-danh-so.docx"));
  ConvertOptions options;
  options.read.engines.soffice = "/nonexistent/vanban-test/soffice";  // would fail if it were started
  options.read.engines.preconverted = &converted;
  const Document doc = convert_bytes(fixture(kDocFixture), options);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(doc.format, InputFormat::Doc);
  EXPECT_EQ(doc.metadata.number_symbol.value_or(""), "58/KH-UBND");
}

TEST(DocReader, ConvertsAWord97FileThroughLibreOffice) {
  if (!io::program_available(io::engine_program("", "VANBAN_SOFFICE", "soffice")))
    GTEST_SKIP() << "LibreOffice (soffice) is not installed: scripts/install-deps installs libreoffice-writer-nogui";
  const Document doc = convert_bytes(fixture(kDocFixture));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(doc.format, InputFormat::Doc);
  EXPECT_NE(find_diagnostic(doc, "doc.converted"), nullptr);
  EXPECT_EQ(doc.metadata.number_symbol.value_or(""), "58/KH-UBND");
  ASSERT_EQ(doc.sections.size(), 3u);
  EXPECT_EQ(doc.sections[1].label, "II.");
}

}  // namespace
}  // namespace vanban
