#include <gtest/gtest.h>

#include "docx_test_package.hpp"
#include "text/legacy_encoding.hpp"

namespace vanban {
namespace {

using namespace vanban::testing;

std::string run_in(const std::string& font, const std::string& text) {
  return R"(<w:r><w:rPr><w:rFonts w:ascii=")" + font + R"(" w:hAnsi=")" + font + R"("/></w:rPr><w:t xml:space="preserve">)" +
         text + "</w:t></w:r>";
}

std::vector<std::string> texts(const std::string& body) {
  const auto doc = read_docx_bytes(make_docx(body));
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) out.push_back(std::get<Paragraph>(b).text);
  return out;
}

TEST(DocxLegacyFont, ConvertsTcvn3RunsWhoseTextIsLegacy) {
  // "Uỷ ban nhân dân" typed with the TCVN3 keyboard in .VnTime: Word stores the bytes as Latin-1.
  EXPECT_EQ(texts("<w:p>" + run_in(".VnTime", "Uû ban nh\u00A9n d\u00A9n") + "</w:p>"),
            (std::vector<std::string>{"Uỷ ban nhân dân"}));
}

TEST(DocxLegacyFont, KeepsUnicodeTextThatStillNamesALegacyFont) {
  EXPECT_EQ(texts("<w:p>" + run_in(".VnTime", "Ủy ban nhân dân tỉnh Yên Bái") + "</w:p>"),
            (std::vector<std::string>{"Ủy ban nhân dân tỉnh Yên Bái"}));
  EXPECT_EQ(texts("<w:p>" + run_in("VNI-Times", "Sở Giáo dục và Đào tạo") + "</w:p>"),
            (std::vector<std::string>{"Sở Giáo dục và Đào tạo"}));
}

TEST(DocxLegacyFont, UnicodeFontsAreNeverTouched) {
  EXPECT_EQ(texts("<w:p>" + run_in("Times New Roman", "Uû ban nh\u00A9n") + "</w:p>"),
            (std::vector<std::string>{"Uû ban nh\u00A9n"}));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

/// Legacy bytes as Word stores them in w:t: each byte as the code point with that number.
std::string as_word_stores(const std::string& bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

TEST(DocxLegacyFont, ConvertsVniAndUppercaseTcvn3) {
  const auto vni = text::encode_legacy("Phòng Tư pháp huyện", text::LegacyEncoding::Vni);
  ASSERT_TRUE(vni.has_value());
  bool c1_free = true;
  for (unsigned char b : *vni) c1_free = c1_free && !(b >= 0x80 && b < 0xA0);
  if (c1_free)
    EXPECT_EQ(texts("<w:p>" + run_in("VNI-Times", as_word_stores(*vni)) + "</w:p>"),
              (std::vector<std::string>{"Phòng Tư pháp huyện"}));
  const auto upper = text::encode_legacy("QUYẾT ĐỊNH", text::LegacyEncoding::Tcvn3, true);
  ASSERT_TRUE(upper.has_value());
  EXPECT_EQ(texts("<w:p>" + run_in(".VnTimeH", as_word_stores(*upper)) + "</w:p>"),
            (std::vector<std::string>{"QUYẾT ĐỊNH"}));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxLegacyFont, JudgesTheParagraphTextInAFontNotEachRunAlone) {
  // The run "ban " alone says nothing; with the rest of the paragraph in .VnTime it is legacy text.
  EXPECT_EQ(texts("<w:p>" + run_in(".VnTime", "Uû ") + run_in(".VnTime", "ban ") + run_in(".VnTime", "nh\u00A9n d\u00A9n ") +
                  run_in("Times New Roman", "tỉnh Hà Giang") + "</w:p>"),
            (std::vector<std::string>{"Uỷ ban nhân dân tỉnh Hà Giang"}));
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

/// Paragraphs, each one run in `font` holding the TCVN3 bytes of a Unicode text, as Word stores them.
std::string tcvn3_paragraphs(const std::string& font, std::initializer_list<const char*> unicode_texts) {
  std::string body;
  for (const char* t : unicode_texts) {
    const auto bytes = text::encode_legacy(t, text::LegacyEncoding::Tcvn3);
    EXPECT_TRUE(bytes.has_value()) << t;
    body += "<w:p>" + run_in(font, bytes ? as_word_stores(*bytes) : std::string()) + "</w:p>";
  }
  return body;
}

TEST(DocxLegacyFont, AnAmbiguousShortRunFollowsTheDocumentsVerdictForItsFont) {
  // "Số: 45/UBND-VP" in TCVN3 reads "Sè: 45/UBND-VP", a valid Unicode syllable too: alone it is
  // undecidable, but every other .VnTime paragraph of this document is TCVN3.
  const auto out = texts(tcvn3_paragraphs(".VnTime", {"Uỷ ban nhân dân huyện Mường Lát", "Số: 45/UBND-VP",
                                                      "Về việc tổng hợp số liệu cây trồng vụ đông năm nay",
                                                      "Kính gửi các phòng chuyên môn thuộc huyện"}));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0], "Uỷ ban nhân dân huyện Mường Lát");
  EXPECT_EQ(out[1], "Số: 45/UBND-VP");
}

TEST(DocxLegacyFont, AnAmbiguousShortRunInAUnicodeDocumentStaysAsItIs) {
  // The same font name, but the document is Unicode: "(mè)" must not become "(mố)".
  const auto out = texts("<w:p>" + run_in(".VnTime", "Ủy ban nhân dân huyện Mường Lát") + "</w:p><w:p>" +
                         run_in(".VnTime", "(mè)") + "</w:p><w:p>" +
                         run_in(".VnTime", "Về việc tổng hợp số liệu cây trồng vụ đông năm nay") + "</w:p>");
  EXPECT_EQ(out, (std::vector<std::string>{"Ủy ban nhân dân huyện Mường Lát", "(mè)",
                                           "Về việc tổng hợp số liệu cây trồng vụ đông năm nay"}));
}

TEST(DocxLegacyFont, AClearlyUnicodeParagraphInALegacyDocumentIsKept) {
  const auto out = texts(tcvn3_paragraphs(".VnTime", {"Uỷ ban nhân dân huyện Mường Lát",
                                                      "Về việc tổng hợp số liệu cây trồng vụ đông năm nay"}) +
                         "<w:p>" + run_in(".VnTime", "Ghi chú: Ủy ban nhân dân xã Trung Lý gõ bằng bảng mã Unicode") + "</w:p>");
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1], "Về việc tổng hợp số liệu cây trồng vụ đông năm nay");
  EXPECT_EQ(out[2], "Ghi chú: Ủy ban nhân dân xã Trung Lý gõ bằng bảng mã Unicode");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

TEST(DocxLegacyFont, AClearlyLegacyParagraphInAUnicodeDocumentIsStillConverted) {
  // A header pasted from an old TCVN3 file into a document typed in Unicode, all in .VnTime.
  const auto out = texts("<w:p>" + run_in(".VnTime", "Uû ban nh\u00A9n d\u00A9n") + "</w:p><w:p>" +
                         run_in(".VnTime", "Về việc tổng hợp số liệu cây trồng vụ đông năm nay") + "</w:p><w:p>" +
                         run_in(".VnTime", "Kính gửi các phòng chuyên môn thuộc huyện Mường Lát") + "</w:p>");
  EXPECT_EQ(out, (std::vector<std::string>{"Uỷ ban nhân dân", "Về việc tổng hợp số liệu cây trồng vụ đông năm nay",
                                           "Kính gửi các phòng chuyên môn thuộc huyện Mường Lát"}));
}

}  // namespace
}  // namespace vanban
