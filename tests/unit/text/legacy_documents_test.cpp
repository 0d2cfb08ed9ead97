// Issue 4 "done when": a TCVN3-encoded DOCX and a VNI-encoded text file made from a Unicode
// document (with this layer's tables, themselves checked against glibc/ICU/published tables)
// convert to the same JSON as the Unicode original (diagnostics aside: they say what was converted).
#include <cstdio>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <zip.h>

#include "api/converter.hpp"
#include "text/legacy_detector.hpp"
#include "text/legacy_encoding.hpp"
#include "write/json_writer.hpp"

namespace vanban {
namespace {

std::string read_sample() {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/samples/ke-hoach-chuyen-doi-so-2025.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The sample with characters a legacy encoding cannot write (e.g. '―') replaced by '-'.
std::string writable_in(const std::string& utf8, text::LegacyEncoding e) {
  const auto s = icu::UnicodeString::fromUTF8(utf8);
  std::string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    std::string ch;
    icu::UnicodeString(s.char32At(i)).toUTF8String(ch);
    const bool ok = text::encode_legacy(ch, e, false).has_value() || text::encode_legacy(ch, e, true).has_value();
    out += ok ? ch : "-";
  }
  return out;
}

std::string json_of(const std::string& bytes, InputFormat from) {
  Converter converter;
  ConvertOptions options;
  options.from = from;
  options.read.source_name = "plan";
  JsonOptions json;
  json.include_diagnostics = false;
  return to_json(converter.convert(bytes, options), json);
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string run_xml(const std::string& font, const std::string& utf8) {
  return "<w:r><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/></w:rPr><w:t xml:space=\"preserve\">" +
         xml_escape(utf8) + "</w:t></w:r>";
}

/// Legacy bytes as Word keeps them in w:t: byte b as code point U+00bb.
std::string as_code_points(const std::string& bytes) {
  std::string out;
  for (unsigned char b : bytes) icu::UnicodeString(static_cast<UChar32>(b)).toUTF8String(out);
  return out;
}

/// One paragraph, in Unicode, or in TCVN3 the way old documents are typed: .VnTime runs, with
/// capitals that .VnTime lacks (Ủ, Ấ…) typed as lowercase bytes in a .VnTimeH run.
std::string paragraph_xml(const std::string& utf8, bool tcvn3) {
  if (!tcvn3) return "<w:p>" + run_xml("Times New Roman", utf8) + "</w:p>";
  const auto s = icu::UnicodeString::fromUTF8(utf8);
  std::string runs, pending;
  bool pending_upper = false;
  auto flush = [&] {
    if (!pending.empty()) runs += run_xml(pending_upper ? ".VnTimeH" : ".VnTime", pending);
    pending.clear();
  };
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    std::string ch;
    icu::UnicodeString(s.char32At(i)).toUTF8String(ch);
    auto bytes = text::encode_legacy(ch, text::LegacyEncoding::Tcvn3, false);
    bool upper = false;
    if (!bytes) {
      bytes = text::encode_legacy(ch, text::LegacyEncoding::Tcvn3, true);
      upper = true;
    }
    if (upper != pending_upper) flush();
    pending_upper = upper;
    pending += as_code_points(*bytes);
  }
  flush();
  return "<w:p>" + runs + "</w:p>";
}

std::string make_docx(const std::string& markdown, bool tcvn3) {
  std::string body;
  std::istringstream lines(markdown);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    body += paragraph_xml(line, tcvn3);
  }
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  const std::string content_types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  const std::string path = ::testing::TempDir() + (tcvn3 ? "/vanban_tcvn3.docx" : "/vanban_unicode.docx");
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (z == nullptr) return {};
  for (const auto& [name, data] : {std::pair<const char*, const std::string*>{"[Content_Types].xml", &content_types},
                                   {"_rels/.rels", &rels},
                                   {"word/document.xml", &document}}) {
    zip_source_t* src = zip_source_buffer(z, data->data(), data->size(), 0);
    zip_file_add(z, name, src, ZIP_FL_OVERWRITE);
  }
  zip_close(z);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::remove(path.c_str());
  return ss.str();
}

TEST(LegacyDocuments, Tcvn3DocxConvertsLikeTheUnicodeDocx) {
  const std::string plan = writable_in(read_sample(), text::LegacyEncoding::Tcvn3);
  const std::string unicode_docx = make_docx(plan, false);
  const std::string tcvn3_docx = make_docx(plan, true);
  ASSERT_FALSE(unicode_docx.empty());
  ASSERT_NE(unicode_docx, tcvn3_docx);
  const std::string expected = json_of(unicode_docx, InputFormat::Docx);
  EXPECT_NE(expected.find("Chuyển đổi số"), std::string::npos);
  const std::string actual = json_of(tcvn3_docx, InputFormat::Docx);
  std::size_t at = 0;
  while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
  EXPECT_EQ(at, expected.size()) << "first difference: …" << expected.substr(at < 80 ? 0 : at - 80, 200)
                                 << "\n vs …" << actual.substr(at < 80 ? 0 : at - 80, 200);
  EXPECT_EQ(actual.size(), expected.size());
}

// The Markdown/text reader decodes non-UTF-8 input in the encoding text::detect_file_encoding finds.
TEST(LegacyDocuments, VniTextFileConvertsLikeTheUnicodeFile) {
  const std::string plan = writable_in(read_sample(), text::LegacyEncoding::Vni);
  const auto vni = text::encode_legacy(plan, text::LegacyEncoding::Vni);
  ASSERT_TRUE(vni.has_value());
  EXPECT_EQ(json_of(*vni, InputFormat::Markdown), json_of(plan, InputFormat::Markdown));
}

TEST(LegacyDocuments, VniCopyOfTheSampleDecodesBackExactly) {
  const std::string plan = writable_in(read_sample(), text::LegacyEncoding::Vni);
  const auto vni = text::encode_legacy(plan, text::LegacyEncoding::Vni);
  ASSERT_TRUE(vni.has_value());
  const auto d = text::detect_file_encoding(*vni);
  EXPECT_EQ(d.encoding, text::LegacyEncoding::Vni);
  EXPECT_EQ(text::decode_legacy(*vni, d.encoding), plan);
}

}  // namespace
}  // namespace vanban
