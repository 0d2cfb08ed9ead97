#include "ingest/pdf_reader.hpp"

#include <gtest/gtest.h>

#include "archive_test_support.hpp"
#include "ingest/pdf/pdf_file.hpp"
#include "ingest/pdf/tesseract_ocr.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

#define SKIP_WITHOUT_POPPLER()                                                                     \
  if (!pdf::PdfFile::supported())                                                                  \
  GTEST_SKIP() << "built without libpoppler-cpp-dev (scripts/install-deps installs it): no PDF support"

TEST(PdfReader, ReadsATextLayerWithPageLocations) {
  SKIP_WITHOUT_POPPLER();
  const Document doc = convert_bytes(fixture("tests/golden/quyet-dinh-pdf-nhieu-trang.pdf"));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(doc.format, InputFormat::Pdf);
  EXPECT_FALSE(doc.ocr);
  EXPECT_EQ(doc.metadata.number_symbol.value_or(""), "1275/QĐ-UBND");
  ASSERT_FALSE(doc.blocks.empty());
  // The first block is on page 1; the last is on a later page, its line counted within that page.
  EXPECT_EQ(location_of(doc.blocks.front()).page, 1u);
  const SourceLocation last = location_of(doc.blocks.back());
  EXPECT_GT(last.page, 1u);
  EXPECT_GE(last.line, 1u);
  EXPECT_LT(last.line, 80u);
}

TEST(PdfReader, KeepsTheSideBySideHeaderApart) {
  SKIP_WITHOUT_POPPLER();
  const Document doc = convert_bytes(fixture("tests/golden/to-trinh-pdf-lop-chu.pdf"));
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(doc.metadata.issuer.value_or(""), "ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ");
  EXPECT_EQ(doc.metadata.number_symbol.value_or(""), "42/TTr-UBND");
  EXPECT_EQ(doc.metadata.signer.name.value_or(""), "Đinh Văn Hòa");
}

TEST(PdfReader, RefusesAScanWithoutOcr) {
  SKIP_WITHOUT_POPPLER();
  const Document doc = convert_bytes(fixture("tests/golden/ke-hoach-pdf-ban-quet.pdf"));
  const Diagnostic* d = find_diagnostic(doc, "pdf.scan");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Fatal);
  EXPECT_EQ(d->message.rfind("no text layer: a scan; run with --ocr", 0), 0u) << d->message;
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(PdfReader, NamesTesseractsPackagesWhenOcrCannotRun) {
  SKIP_WITHOUT_POPPLER();
  ConvertOptions options;
  options.read.engines.ocr = true;
  options.read.engines.tesseract = "/nonexistent/vanban-test/tesseract";
  const Document doc = convert_bytes(fixture("tests/golden/ke-hoach-pdf-ban-quet.pdf"), options);
  const Diagnostic* d = find_diagnostic(doc, "pdf.ocr-unavailable");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("tesseract-ocr-vie"), std::string::npos) << d->message;
}

TEST(PdfReader, ReadsAScanByOcr) {
  SKIP_WITHOUT_POPPLER();
  if (!io::program_available(io::engine_program("", "VANBAN_TESSERACT", "tesseract")))
    GTEST_SKIP() << "Tesseract is not installed: scripts/install-deps installs tesseract-ocr and tesseract-ocr-vie";
  ConvertOptions options;
  options.read.engines.ocr = true;
  const Document doc = convert_bytes(fixture("tests/golden/ke-hoach-pdf-ban-quet.pdf"), options);
  ASSERT_FALSE(doc.diagnostics.has_fatal()) << doc.diagnostics.items().front().message;
  ASSERT_TRUE(doc.ocr);
  EXPECT_EQ(doc.ocr->pages, 1u);
  EXPECT_GT(doc.ocr->confidence, 60);
  EXPECT_EQ(doc.metadata.number_symbol.value_or(""), "58/KH-UBND");
}

TEST(PdfReader, RefusesAPasswordProtectedPdf) {
  SKIP_WITHOUT_POPPLER();
  const Document doc = convert_bytes(fixture("tests/data/pdf/phuong-an-mat-khau.pdf"));
  const Diagnostic* d = find_diagnostic(doc, "pdf.encrypted");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("encrypted (password-protected) PDF"), std::string::npos) << d->message;
}

TEST(PdfReader, ReportsADamagedPdf) {
  SKIP_WITHOUT_POPPLER();
  const Document doc = convert_bytes("%PDF-1.7\nthis is not a PDF body at all\n");
  const Diagnostic* d = find_diagnostic(doc, "pdf.unreadable");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("not a readable PDF"), std::string::npos) << d->message;
}

TEST(PdfReader, PrintsPageAndLineInDiagnostics) {
  Diagnostic d{"pdf.test", Severity::Warning, "message", SourceLocation{.line = 12, .column = 3, .page = 2}};
  EXPECT_EQ(format_diagnostic("plan.pdf", d), "plan.pdf: page 2, line 12: warning: message [pdf.test]");
}

TEST(TesseractTsv, RebuildsLinesAndAveragesConfidence) {
  const std::string tsv =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
      "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
      "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90.5\tỦY\n"
      "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t89.5\tBAN\n"
      "5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t80\tKẾ\n"
      "5\t1\t1\t1\t2\t2\t0\t0\t10\t10\t60\tHOẠCH\n"
      "5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t100\tI.\n";
  const pdf::OcrPage page = pdf::parse_tesseract_tsv(tsv);
  EXPECT_EQ(page.text, "ỦY BAN\nKẾ HOẠCH\n\nI.\n");
  EXPECT_EQ(page.words, 5u);
  EXPECT_DOUBLE_EQ(page.confidence, 84.0);
}

}  // namespace
}  // namespace vanban
