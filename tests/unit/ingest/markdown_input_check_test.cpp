#include <gtest/gtest.h>

#include "markdown_test_support.hpp"

namespace vanban {
namespace {

using testing::find_diagnostic;
using testing::read_md;

void expect_fatal(const Document& doc, std::string_view code, std::string_view message_part) {
  ASSERT_TRUE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, code);
  ASSERT_NE(d, nullptr) << "no diagnostic " << code;
  EXPECT_EQ(d->severity, Severity::Fatal);
  EXPECT_NE(d->message.find(message_part), std::string::npos) << d->message;
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(MarkdownInputCheck, RejectsEmptyInput) {
  const Document doc = read_md("");
  expect_fatal(doc, "input.empty", "input is empty (0 bytes)");
}

TEST(MarkdownInputCheck, RejectsWhitespaceOnlyInput) {
  const Document doc = read_md(" \n\t\n   \r\n");
  expect_fatal(doc, "input.empty", "only whitespace");
}

TEST(MarkdownInputCheck, RejectsBomFollowedByWhitespace) {
  const Document doc = read_md("\xEF\xBB\xBF  \n");
  expect_fatal(doc, "input.empty", "only whitespace");
}

TEST(MarkdownInputCheck, RejectsInputWithOnlyMarkup) {
  const Document doc = read_md("---\n\n***\n\n___\n");
  expect_fatal(doc, "input.empty", "no text to read");
}

const Diagnostic& expect_warning(const Document& doc, std::string_view code, std::string_view message_part) {
  static const Diagnostic none{};
  EXPECT_FALSE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, code);
  EXPECT_NE(d, nullptr) << "no diagnostic " << code;
  if (!d) return none;
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find(message_part), std::string::npos) << d->message;
  return *d;
}

// Issue 12: gazette texts were refused as binary for the NULs a PDF extractor left at check boxes.
TEST(MarkdownInputCheck, ReadsNulBytesInAShortTextWithTheirPosition) {
  const std::string input = std::string("KẾ HOẠCH\nTriển khai") + '\0' + "\x01\x02 thực hiện";
  const Document doc = read_md(input);
  const Diagnostic& d =
      expect_warning(doc, "input.nul-bytes", "1 NUL byte(s) in the text, read as spaces, at line 2, column 11 (byte 25)");
  EXPECT_EQ(d.location.line, 2u);
  expect_warning(doc, "input.control-chars",
                 "2 control character(s) (0x01 x1, 0x02 x1) in the text, read as spaces, at line 2, column 12 (byte 26); "
                 "line 2, column 13 (byte 27)");
  EXPECT_EQ(testing::paragraph_texts(doc).back(), "Triển khai thực hiện");
}

TEST(MarkdownInputCheck, ListsTheFirstFiveLocationsOfAKind) {
  std::string input = "Kế hoạch\n";
  for (int i = 0; i < 7; ++i) input += std::string("\0", 1) + " mục\n";
  const Document doc = read_md(input);
  expect_warning(doc, "input.nul-bytes", "7 NUL byte(s)");
  expect_warning(doc, "input.nul-bytes", "line 6, column 1 (byte 45) and 2 more");
}

TEST(MarkdownInputCheck, RejectsMostlyNulBytes) {
  // Found by the sanitizer suite: "\x01ab" was one (out of range) escape, so 17 bytes read past the literal.
  const std::string bytes("PNG\0\0\0\x0D\0\0\0\x01" "ab\0\0\0", 16);
  const Document doc = read_md(bytes);
  expect_fatal(doc, "input.binary", "input looks binary: 10 of 16 bytes are NUL or other control characters");
}

TEST(MarkdownInputCheck, RemovesAByteOrderMarkInsideTheText) {
  const Document doc = read_md("Kế hoạch số 12\n\nPhần hai \xEF\xBB\xBFnối vào\n");
  expect_warning(doc, "input.bom-inside", "1 byte order mark(s) (U+FEFF) inside the text (files joined together?), "
                                          "removed, at line 3, column 10 (byte 33)");
  EXPECT_EQ(testing::paragraph_texts(doc).back(), "Phần hai nối vào");
}

TEST(MarkdownInputCheck, ReadsLoneCarriageReturnsAsLineBreaks) {
  const Document doc = read_md("Kế hoạch\r\n\r\nMột\r\rHai\n\nBa\n");
  expect_warning(doc, "input.line-ends", "line ends are old Mac CRs or mixed (2 CR alone, 2 CRLF, 3 LF alone): each CR "
                                         "alone is read as a line break; the first at line 3, column 4 (byte 21)");
  const auto texts = testing::paragraph_texts(doc);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[2], "Hai");
}

TEST(MarkdownInputCheck, RejectsALineOverTheLimit) {
  ReadOptions options;
  options.limits.max_line_bytes = 10;
  const Document doc = read_md("Kế hoạch\nmột dòng rất dài\n", options);
  expect_fatal(doc, "input.limit-line-length",
               "line 2 is 22 bytes long, over the limit of 10 bytes per line (raise it with --max-line-bytes)");
}

// A converter writes a NUL where the PDF had a check box: a few in a long text are not binary data.
TEST(MarkdownInputCheck, ReadsAFewNulBytesInALongTextAsSpacesWithAWarning) {
  std::string input = "Điều 3. Hồ sơ đề nghị gồm các giấy tờ được đánh dấu dưới đây:\n\n";
  for (int i = 0; i < 40; ++i) input += "Người đề nghị ghi rõ họ tên, địa chỉ liên lạc và số điện thoại của mình.\n\n";
  input += std::string("\0", 1) + " Bản sao giấy chứng nhận đăng ký\n\n";
  input += std::string("\0", 1) + " Tờ khai theo mẫu\n";
  const Document doc = read_md(input);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  const Diagnostic* d = find_diagnostic(doc, "input.nul-bytes");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::Warning);
  EXPECT_NE(d->message.find("2 NUL byte(s)"), std::string::npos) << d->message;
  const auto texts = testing::paragraph_texts(doc);
  ASSERT_GE(texts.size(), 2u);
  EXPECT_EQ(texts[texts.size() - 2], "Bản sao giấy chứng nhận đăng ký");
  EXPECT_EQ(texts.back(), "Tờ khai theo mẫu");
}

TEST(MarkdownInputCheck, RejectsMostlyControlCharacters) {
  const Document doc = read_md("\x01\x02\x03\x04\x05\x06\x07\x08 ab \x0E\x0F\x10\x11");
  expect_fatal(doc, "input.binary", "are NUL or other control characters (more than 1 in 4), the first at line 1, column 1");
}

std::string utf16(std::u16string_view s, bool big_endian) {
  std::string out;
  for (const char16_t c : s) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

TEST(MarkdownInputCheck, ReadsUtf16WithAByteOrderMark) {
  const Document doc = read_md("\xFF\xFE" + utf16(u"Kế hoạch số 12\r\n", false));
  expect_warning(doc, "input.utf16", "the input is UTF-16LE text (byte order mark at line 1, column 1); converted to UTF-8");
  EXPECT_EQ(testing::paragraph_at(doc, 0).text, "Kế hoạch số 12");
}

TEST(MarkdownInputCheck, ReadsUtf16WithoutAByteOrderMarkFromItsNuls) {
  const Document be = read_md(utf16(u"Kế hoạch số 12 về chuyển đổi số\n", true));
  expect_warning(be, "input.utf16", "UTF-16BE text (no byte order mark: recognized by the NUL byte in every other byte)");
  EXPECT_EQ(testing::paragraph_at(be, 0).text, "Kế hoạch số 12 về chuyển đổi số");
  const Document le = read_md(utf16(u"Kế hoạch số 12 về chuyển đổi số\n", false));
  expect_warning(le, "input.utf16", "UTF-16LE text (no byte order mark");
}

TEST(MarkdownInputCheck, ReplacesAnUnpairedSurrogateInUtf16) {
  const Document doc = read_md("\xFF\xFE" + utf16(u"Kế hoạch ", false) + std::string("\x00\xD8", 2) + utf16(u" số 12\n", false));
  expect_warning(doc, "input.utf16", "1 unpaired surrogate(s), the first at byte 20, replaced by U+FFFD");
}

TEST(MarkdownInputCheck, RejectsUtf32WithAHint) {
  const Document doc = read_md(std::string("\xFF\xFE\0\0K\0\0\0", 8));
  expect_fatal(doc, "input.binary", "UTF-32 byte order mark");
}

TEST(MarkdownInputCheck, RejectsInvalidUtf8AtTheFirstBadByte) {
  // Line 2 "Kế ho" holds five code points before the bad byte: column 6.
  const Document doc = read_md("Dòng một đúng\nKế ho\xFF\xFEạch\n");
  expect_fatal(doc, "input.invalid-utf8", "invalid byte 0xFF at line 2, column 6");
  EXPECT_EQ(find_diagnostic(doc, "input.invalid-utf8")->location.column, 6u);
}

TEST(MarkdownInputCheck, InvalidUtf8ByteOffsetCountsTheBom) {
  const Document doc = read_md("\xEF\xBB\xBF" "ab\xC3");
  expect_fatal(doc, "input.invalid-utf8", "line 1, column 3 (byte 5)");
}

TEST(MarkdownInputCheck, SkipsTheBom) {
  const Document doc = read_md("\xEF\xBB\xBFKẾ HOẠCH\n");
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const auto& p = testing::paragraph_at(doc, 0);
  EXPECT_EQ(p.text, "KẾ HOẠCH");
  EXPECT_EQ(p.location.line, 1u);
  EXPECT_EQ(p.location.column, 1u);
}

TEST(MarkdownInputCheck, OneLongLineWithoutLabelsIsReadAsAParagraph) {
  std::string line;
  for (int i = 0; i < 2000; ++i) line += "Ủy ban nhân dân xã Hòa Bình tổ chức kiểm tra việc thực hiện ";
  const Document doc = read_md(line);
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(testing::paragraph_at(doc, 0).text.size(), line.size() - 1);  // trailing space trimmed
}

TEST(MarkdownInputCheck, StrayControlCharactersBecomeSpaces) {
  const Document doc = read_md("Kế hoạch\x1F số\x07 12\n");
  ASSERT_FALSE(doc.diagnostics.has_fatal());
  EXPECT_EQ(testing::paragraph_at(doc, 0).text, "Kế hoạch số 12");
}

}  // namespace
}  // namespace vanban
