// Text files in the legacy Vietnamese encodings (TCVN3, VNI…) read like their Unicode originals;
// --encoding forces one; bytes that are neither UTF-8 nor a legacy encoding stay unreadable.
#include <gtest/gtest.h>

#include "markdown_test_support.hpp"
#include "text/legacy_encoding.hpp"

namespace vanban {
namespace {

using testing::find_diagnostic;
using testing::paragraph_texts;
using Texts = std::vector<std::string>;

// An invented plan. No capitals with tone marks: TCVN3 (.VnTime) has none outside its "H" font.
constexpr const char* kPlan =
    "Kế hoạch tổng vệ sinh môi trường năm 2026\n"
    "\n"
    "I. Mục đích, yêu cầu\n"
    "\n"
    "1. Nâng cao nhận thức của người dân về giữ gìn vệ sinh\n"
    "chung tại khu dân cư, trường học và chợ.\n"
    "\n"
    "2. Huy động đoàn viên thanh niên tham gia dọn dẹp đường làng, ngõ xóm.\n"
    "\n"
    "II. Tổ chức thực hiện\n"
    "\n"
    "- Văn phòng Đảng ủy chủ trì, phối hợp với các đoàn thể báo cáo kết quả trước ngày 15/5/2026.\n";

Document read_with(std::string_view bytes, std::optional<text::LegacyEncoding> encoding) {
  Document doc;
  ReadOptions options;
  options.encoding = encoding;
  read_markdown(bytes, options, testing::markdown_test_kit(), doc);
  return doc;
}

std::string encoded(text::LegacyEncoding e) {
  auto bytes = text::encode_legacy(kPlan, e);
  EXPECT_TRUE(bytes.has_value());
  return bytes.value_or("");
}

void expect_same_blocks_as_unicode(const Document& doc) {
  const Document unicode = testing::read_md(kPlan);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  ASSERT_EQ(doc.blocks.size(), unicode.blocks.size());
  EXPECT_EQ(paragraph_texts(doc), paragraph_texts(unicode));
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto& a = testing::paragraph_at(doc, i);
    const auto& b = testing::paragraph_at(unicode, i);
    EXPECT_EQ(a.location.line, b.location.line) << a.text;
    EXPECT_EQ(a.location.column, b.location.column) << a.text;
    EXPECT_EQ(a.style.hard_wrapped, b.style.hard_wrapped) << a.text;
  }
}

TEST(MarkdownLegacyEncoding, UnicodePlanReadsAsExpected) {
  const Document doc = testing::read_md(kPlan);
  EXPECT_EQ(paragraph_texts(doc),
            (Texts{"Kế hoạch tổng vệ sinh môi trường năm 2026", "I. Mục đích, yêu cầu",
                   "1. Nâng cao nhận thức của người dân về giữ gìn vệ sinh chung tại khu dân cư, trường học và chợ.",
                   "2. Huy động đoàn viên thanh niên tham gia dọn dẹp đường làng, ngõ xóm.", "II. Tổ chức thực hiện",
                   "- Văn phòng Đảng ủy chủ trì, phối hợp với các đoàn thể báo cáo kết quả trước ngày 15/5/2026."}));
  EXPECT_EQ(find_diagnostic(doc, "md.legacy-encoding"), nullptr);  // valid UTF-8 is never "detected"
}

TEST(MarkdownLegacyEncoding, Tcvn3FileIsDetectedAndReadLikeTheUnicodeFile) {
  const std::string tcvn3 = encoded(text::LegacyEncoding::Tcvn3);
  ASSERT_NE(tcvn3, kPlan);
  const Document doc = read_with(tcvn3, std::nullopt);
  expect_same_blocks_as_unicode(doc);
  const Diagnostic* d = find_diagnostic(doc, "md.legacy-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find("TCVN3"), std::string::npos) << d->message;
  EXPECT_NE(d->message.find("converted"), std::string::npos) << d->message;
  EXPECT_NE(d->message.find("--encoding"), std::string::npos) << d->message;
  EXPECT_EQ(d->location.line, 1u);  // "Kế" holds the first byte that is not UTF-8
}

TEST(MarkdownLegacyEncoding, VniFileIsDetectedAndReadLikeTheUnicodeFile) {
  const std::string vni = encoded(text::LegacyEncoding::Vni);
  const Document doc = read_with(vni, std::nullopt);
  expect_same_blocks_as_unicode(doc);
  const Diagnostic* d = find_diagnostic(doc, "md.legacy-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("VNI"), std::string::npos) << d->message;
}

TEST(MarkdownLegacyEncoding, VisciiAndCp1258FilesAreDetectedToo) {
  for (auto e : {text::LegacyEncoding::Viscii, text::LegacyEncoding::Cp1258}) {
    const Document doc = read_with(encoded(e), std::nullopt);
    expect_same_blocks_as_unicode(doc);
    const Diagnostic* d = find_diagnostic(doc, "md.legacy-encoding");
    ASSERT_NE(d, nullptr);
    std::string name(text::encoding_name(e));
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_NE(d->message.find(name), std::string::npos) << d->message;
  }
}

TEST(MarkdownLegacyEncoding, ForcedEncodingIsUsedAsGiven) {
  const std::string vni = encoded(text::LegacyEncoding::Vni);
  const Document as_vni = read_with(vni, text::LegacyEncoding::Vni);
  expect_same_blocks_as_unicode(as_vni);
  const Diagnostic* d = find_diagnostic(as_vni, "md.legacy-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Info);
  EXPECT_NE(d->message.find("as --encoding asked"), std::string::npos) << d->message;

  // The wrong encoding is obeyed too: the text converts, but does not read as the plan.
  const Document as_viscii = read_with(vni, text::LegacyEncoding::Viscii);
  ASSERT_FALSE(as_viscii.diagnostics.has_fatal());
  EXPECT_NE(paragraph_texts(as_viscii), paragraph_texts(testing::read_md(kPlan)));
}

TEST(MarkdownLegacyEncoding, ForcedUtf8RefusesLegacyBytes) {
  const Document doc = read_with(encoded(text::LegacyEncoding::Vni), text::LegacyEncoding::None);
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, "input.invalid-utf8");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("pass --encoding tcvn3|vni|viscii|cp1258"), std::string::npos) << d->message;
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_EQ(find_diagnostic(doc, "md.legacy-encoding"), nullptr);
}

TEST(MarkdownLegacyEncoding, ForcedLegacyEncodingOnUtf8TextWarns) {
  const Document doc = read_with(kPlan, text::LegacyEncoding::Tcvn3);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, "md.legacy-encoding");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find("valid UTF-8"), std::string::npos) << d->message;
}

TEST(MarkdownLegacyEncoding, ForcedUtf8KeepsValidUtf8AsItIs) {
  const Document doc = read_with(kPlan, text::LegacyEncoding::None);
  EXPECT_EQ(paragraph_texts(doc), paragraph_texts(testing::read_md(kPlan)));
  EXPECT_EQ(find_diagnostic(doc, "md.legacy-encoding"), nullptr);
}

TEST(MarkdownLegacyEncoding, Garbage8BitBytesStayUnreadable) {
  // Pseudo-random bytes ≥ 0x80 in words between spaces: no encoding reads them as Vietnamese.
  std::string garbage = "Báo cáo ";
  unsigned state = 12345;
  for (int i = 0; i < 600; ++i) {
    state = state * 1103515245u + 12345u;
    garbage.push_back(i % 7 == 6 ? ' ' : static_cast<char>(0x80 | ((state >> 16) & 0x7F)));
  }
  const Document doc = read_with(garbage, std::nullopt);
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, "input.invalid-utf8");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("at line 1, column "), std::string::npos) << d->message;
  EXPECT_NE(d->message.find("if the file is in a legacy Vietnamese encoding, pass --encoding tcvn3|vni|viscii|cp1258"),
            std::string::npos)
      << d->message;
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(MarkdownLegacyEncoding, Utf8TextWithABrokenSequenceStaysUnreadable) {
  // One truncated UTF-8 sequence in Unicode text is damage, not a legacy file.
  const std::string input = std::string(kPlan) + "Kết thúc \xE1\xBB" + " năm.\n";
  const Document doc = read_with(input, std::nullopt);
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  EXPECT_NE(find_diagnostic(doc, "input.invalid-utf8"), nullptr);
}

}  // namespace
}  // namespace vanban
