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

TEST(MarkdownInputCheck, RejectsNulBytesWithTheirPosition) {
  const std::string input = std::string("KẾ HOẠCH\nTriển khai") + '\0' + "\x01\x02";
  const Document doc = read_md(input);
  expect_fatal(doc, "input.binary", "NUL byte at line 2, column 11");
  EXPECT_EQ(find_diagnostic(doc, "input.binary")->location.line, 2u);
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
  expect_fatal(doc, "input.binary", "are control characters, the first at line 1, column 1");
}

TEST(MarkdownInputCheck, RejectsUtf16WithAHint) {
  const Document doc = read_md(std::string("\xFF\xFEK\0a\0", 6));
  expect_fatal(doc, "input.binary", "UTF-16");
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
