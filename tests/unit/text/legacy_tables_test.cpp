// Every table is tested both ways on all 134 Vietnamese letters with diacritics, and against
// a second source of truth: glibc iconv (VISCII, TCVN5712-1), ICU (windows-1258), and strings
// from published converters.
#include <iconv.h>

#include <gtest/gtest.h>

#include "text/legacy_encoding.hpp"
#include "vietnamese_alphabet.hpp"

namespace vanban::text {
namespace {

using testing::utf8;

/// One byte through glibc iconv; empty when iconv does not know it.
std::string glibc_decode(const char* charset, unsigned char byte) {
  iconv_t cd = iconv_open("UTF-8", charset);
  if (cd == reinterpret_cast<iconv_t>(-1)) return {};
  char in[1] = {static_cast<char>(byte)};
  char out[16];
  char* ip = in;
  char* op = out;
  size_t il = 1, ol = sizeof out;
  size_t r = iconv(cd, &ip, &il, &op, &ol);
  if (r != static_cast<size_t>(-1)) r = iconv(cd, nullptr, nullptr, &op, &ol);  // TCVN5712-1 buffers a base letter
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) return {};
  return std::string(out, static_cast<size_t>(op - out));
}

void expect_round_trip(LegacyEncoding e, UChar32 letter, bool uppercase_font) {
  const std::string text = utf8(letter);
  const auto bytes = encode_legacy(text, e, uppercase_font);
  ASSERT_TRUE(bytes.has_value()) << encoding_name(e) << " cannot write " << text;
  EXPECT_EQ(decode_legacy(*bytes, e, uppercase_font), text) << encoding_name(e) << " " << text;
  for (unsigned char b : *bytes) {
    if (b < 0x80) EXPECT_TRUE(b >= 0x20 || e == LegacyEncoding::Viscii) << text;
  }
}

TEST(LegacyTables, Tcvn3LowercaseLettersRoundTrip) {
  for (UChar32 c : testing::vietnamese_lowercase_letters()) {
    expect_round_trip(LegacyEncoding::Tcvn3, c, false);
    const auto bytes = encode_legacy(utf8(c), LegacyEncoding::Tcvn3);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(bytes->size(), 1u) << "TCVN3 has one byte per lowercase letter: " << utf8(c);
  }
}

TEST(LegacyTables, Tcvn3UppercaseLettersRoundTripThroughTheCapitalFont) {
  for (UChar32 c : testing::vietnamese_uppercase_letters()) expect_round_trip(LegacyEncoding::Tcvn3, c, true);
}

TEST(LegacyTables, Tcvn3RegularFontHasOnlySevenUppercaseLetters) {
  int writable = 0;
  for (UChar32 c : testing::vietnamese_uppercase_letters()) {
    if (encode_legacy(utf8(c), LegacyEncoding::Tcvn3).has_value()) ++writable;
  }
  EXPECT_EQ(writable, 7);  // Ă Â Ê Ô Ơ Ư Đ
  EXPECT_FALSE(encode_legacy("Ắ", LegacyEncoding::Tcvn3).has_value());
}

TEST(LegacyTables, Tcvn3AgreesWithGlibcTcvn5712OnEveryVn3Byte) {
  // glibc implements VN1, a superset of VN3: every byte our table writes must read the same there.
  int compared = 0;
  auto letters = testing::vietnamese_lowercase_letters();
  for (UChar32 c : testing::vietnamese_uppercase_letters()) letters.push_back(c);
  for (UChar32 c : letters) {
    const auto bytes = encode_legacy(utf8(c), LegacyEncoding::Tcvn3);
    if (!bytes) continue;  // uppercase with a tone: capital font only
    ASSERT_EQ(bytes->size(), 1u);
    EXPECT_EQ(glibc_decode("TCVN5712-1", static_cast<unsigned char>((*bytes)[0])), utf8(c));
    ++compared;
  }
  EXPECT_EQ(compared, 74);  // 67 lowercase + 7 uppercase letters
  EXPECT_EQ(glibc_decode("TCVN5712-1", 0xA0), decode_legacy("\xA0", LegacyEncoding::Tcvn3));
}

TEST(LegacyTables, Tcvn3KnownStrings) {
  // Strings as the npm converter duydev/vietnamese-conversion writes them.
  EXPECT_EQ(decode_legacy("U\xFB ban nh\xA9n d\xA9n", LegacyEncoding::Tcvn3), "Uỷ ban nhân dân");
  EXPECT_EQ(decode_legacy("Ti\xD5ng Vi\xD6t r\xCAt hay", LegacyEncoding::Tcvn3), "Tiếng Việt rất hay");
  EXPECT_EQ(decode_legacy("Ninh B\xD7nh", LegacyEncoding::Tcvn3), "Ninh Bình");
  EXPECT_EQ(decode_legacy("\xA7\xAB th\xDE m\xEDi", LegacyEncoding::Tcvn3), "Đô thị mới");
}

TEST(LegacyTables, VniLettersRoundTripBothCases) {
  for (UChar32 c : testing::vietnamese_lowercase_letters()) expect_round_trip(LegacyEncoding::Vni, c, false);
  for (UChar32 c : testing::vietnamese_uppercase_letters()) expect_round_trip(LegacyEncoding::Vni, c, false);
}

TEST(LegacyTables, VniWritesLettersAsPublishedConvertersDo) {
  EXPECT_EQ(encode_legacy("ấ", LegacyEncoding::Vni), "a\xE1");   // aá
  EXPECT_EQ(encode_legacy("Ấ", LegacyEncoding::Vni), "A\xC1");   // AÁ
  EXPECT_EQ(encode_legacy("ớ", LegacyEncoding::Vni), "\xF4\xF9");  // ôù
  EXPECT_EQ(encode_legacy("đ", LegacyEncoding::Vni), "\xF1");    // ñ
  EXPECT_EQ(encode_legacy("ỵ", LegacyEncoding::Vni), "\xEE");    // î
  EXPECT_EQ(encode_legacy("ĩ", LegacyEncoding::Vni), "\xF3");    // ó
}

TEST(LegacyTables, VniKnownStrings) {
  EXPECT_EQ(decode_legacy("Tie\xE1ng Vie\xE4t ra\xE1t hay", LegacyEncoding::Vni), "Tiếng Việt rất hay");
  EXPECT_EQ(decode_legacy("Xin cha\xF8o ca\xF9\x63 ba\xEFn", LegacyEncoding::Vni), "Xin chào các bạn");
  EXPECT_EQ(decode_legacy("\xD1IE\xC0U 5", LegacyEncoding::Vni), "ĐIỀU 5");
  EXPECT_EQ(decode_legacy("Quo\xE1\x63 h\xF6\xF4\xF9ng", LegacyEncoding::Vni), "Quốc hướng");
}

TEST(LegacyTables, VisciiLettersRoundTripBothCases) {
  for (UChar32 c : testing::vietnamese_lowercase_letters()) expect_round_trip(LegacyEncoding::Viscii, c, false);
  for (UChar32 c : testing::vietnamese_uppercase_letters()) expect_round_trip(LegacyEncoding::Viscii, c, false);
}

TEST(LegacyTables, VisciiAgreesWithGlibcOnEveryByte) {
  for (int b = 0; b < 0x100; ++b) {
    const std::string expected = glibc_decode("VISCII", static_cast<unsigned char>(b));
    ASSERT_FALSE(expected.empty()) << b;
    EXPECT_EQ(decode_legacy(std::string(1, static_cast<char>(b)), LegacyEncoding::Viscii), expected)
        << "byte 0x" << std::hex << b;
  }
}

TEST(LegacyTables, VisciiAgreesWithRfc1456Samples) {
  // Positions from the VISCII 1.1 chart (vietstd.sourceforge.net/document/mcviscii.htm).
  EXPECT_EQ(decode_legacy("\x02", LegacyEncoding::Viscii), "Ẳ");
  EXPECT_EQ(decode_legacy("\x05", LegacyEncoding::Viscii), "Ẵ");
  EXPECT_EQ(decode_legacy("\x06", LegacyEncoding::Viscii), "Ẫ");
  EXPECT_EQ(decode_legacy("\x14", LegacyEncoding::Viscii), "Ỷ");
  EXPECT_EQ(decode_legacy("\x19", LegacyEncoding::Viscii), "Ỹ");
  EXPECT_EQ(decode_legacy("\x1E", LegacyEncoding::Viscii), "Ỵ");
  EXPECT_EQ(decode_legacy("\x80\x81\x82\x83", LegacyEncoding::Viscii), "ẠẮẰẶ");
}

TEST(LegacyTables, Cp1258LettersRoundTripThroughIcu) {
  for (UChar32 c : testing::vietnamese_lowercase_letters()) expect_round_trip(LegacyEncoding::Cp1258, c, false);
  for (UChar32 c : testing::vietnamese_uppercase_letters()) expect_round_trip(LegacyEncoding::Cp1258, c, false);
}

TEST(LegacyTables, Cp1258ComposesSeparateTonesIntoNfc) {
  // "Vi\xEA\xF2t" = V i ê + combining dot below (0xF2) t.
  EXPECT_EQ(decode_legacy("Vi\xEA\xF2t Nam", LegacyEncoding::Cp1258), "Việt Nam");
  EXPECT_EQ(decode_legacy("\xD0i\xEA\xCC\x75", LegacyEncoding::Cp1258), "Điều");
}

}  // namespace
}  // namespace vanban::text
