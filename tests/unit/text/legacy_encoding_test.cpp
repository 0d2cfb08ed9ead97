#include "text/legacy_detector.hpp"
#include "text/legacy_encoding.hpp"
#include "text/normalizer.hpp"

#include <gtest/gtest.h>

namespace vanban::text {
namespace {

TEST(LegacyEncoding, DocxRunCodePointsAreLegacyBytes) {
  // Word stores the TCVN3 byte 0xA9 ('â') of a .VnTime run as U+00A9 '©'.
  EXPECT_EQ(decode_legacy_run("Uû ban nh©n d©n x· B¾c S¬n", LegacyEncoding::Tcvn3, false),
            "Uỷ ban nhân dân xã Bắc Sơn");
  // TCVN3 'ư' is byte 0xAD, the soft hyphen of Latin-1: it must survive until decoding.
  EXPECT_EQ(decode_legacy_run("ph\u00ADêng", LegacyEncoding::Tcvn3, false), "phường");
}

TEST(LegacyEncoding, DocxRunKeepsRealUnicodeAsIs) {
  // Only code points below 256 are legacy bytes: "Điều", "Ủy" and the en dash stay.
  EXPECT_EQ(decode_legacy_run("Điều 3 – Ủy ban", LegacyEncoding::Tcvn3, false), "Điều 3 – Ủy ban");
}

TEST(LegacyEncoding, DocxRunMapsWindows1252AndSymbolFontCodePointsBack) {
  // VISCII 0x80 ('Ạ') saved through Windows-1252 becomes U+20AC; symbol fonts use U+F0xx.
  EXPECT_EQ(decode_legacy_run("\u20ACI H\u1ECCC", LegacyEncoding::Viscii, false), "ẠI HỌC");
  EXPECT_EQ(decode_legacy_run("nh\uF0A9n", LegacyEncoding::Tcvn3, false), "nhân");
}

TEST(LegacyEncoding, VniRunCombinesLetterAndDiacriticCodePoints) {
  EXPECT_EQ(decode_legacy_run("Keá hoaïch trieån khai", LegacyEncoding::Vni, false), "Kế hoạch triển khai");
  EXPECT_EQ(decode_legacy_run("ÑIEÀU 1. PHAÏM VI", LegacyEncoding::Vni, false), "ĐIỀU 1. PHẠM VI");
}

TEST(LegacyEncoding, CapitalFontDrawsEveryLetterUppercase) {
  // A heading typed in lowercase bytes under .VnTimeH.
  EXPECT_EQ(decode_legacy_run("kÕ ho¹ch", LegacyEncoding::Tcvn3, true), "KẾ HOẠCH");
  EXPECT_EQ(decode_legacy("c\xE9ng h\xDF" "a", LegacyEncoding::Tcvn3, true), "CỘNG HÒA");
  EXPECT_EQ(encode_legacy("CỘNG HÒA", LegacyEncoding::Tcvn3, true), "c\xE9ng h\xDF" "a");
}

TEST(LegacyEncoding, NoneLeavesTextAlone) {
  EXPECT_EQ(decode_legacy("Kế hoạch", LegacyEncoding::None), "Kế hoạch");
  EXPECT_EQ(decode_legacy_run("Kế hoạch", LegacyEncoding::None, false), "Kế hoạch");
}

TEST(LegacyEncoding, InvalidRunBytesNeverCrash) {
  EXPECT_EQ(decode_legacy_run(std::string_view("a\xFF", 2), LegacyEncoding::Tcvn3, false), "a\xEF\xBF\xBD");
  EXPECT_EQ(decode_legacy("", LegacyEncoding::Vni), "");
}

TEST(LegacyEncoding, FontNamesSuggestCandidates) {
  EXPECT_EQ(encoding_for_font(".VnTime"), LegacyEncoding::Tcvn3);
  EXPECT_EQ(encoding_for_font(".VnTimeH"), LegacyEncoding::Tcvn3);
  EXPECT_EQ(encoding_for_font(".VnArial NarrowH"), LegacyEncoding::Tcvn3);
  EXPECT_EQ(encoding_for_font("VNI-Times"), LegacyEncoding::Vni);
  EXPECT_EQ(encoding_for_font("VNI-Helve-Condense"), LegacyEncoding::Vni);
  EXPECT_EQ(encoding_for_font("VI Times H"), LegacyEncoding::Viscii);
  EXPECT_EQ(encoding_for_font("VK Sans Serif"), LegacyEncoding::Viscii);
  EXPECT_EQ(encoding_for_font("Times New Roman"), LegacyEncoding::None);
  EXPECT_EQ(encoding_for_font(""), LegacyEncoding::None);
  EXPECT_TRUE(is_uppercase_font(".VnTimeH"));
  EXPECT_TRUE(is_uppercase_font(".VnArialH "));
  EXPECT_TRUE(is_uppercase_font("VI Times H"));
  EXPECT_FALSE(is_uppercase_font(".VnTime"));
  EXPECT_FALSE(is_uppercase_font("VNI-Helve"));
  EXPECT_FALSE(is_uppercase_font("Arial"));
}

TEST(LegacyEncoding, NamesParseBothWays) {
  for (auto e : {LegacyEncoding::None, LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii,
                 LegacyEncoding::Cp1258}) {
    EXPECT_EQ(parse_encoding_name(encoding_name(e)), e);
  }
  EXPECT_EQ(parse_encoding_name("ABC"), LegacyEncoding::Tcvn3);
  EXPECT_EQ(parse_encoding_name("Windows-1258"), LegacyEncoding::Cp1258);
  EXPECT_EQ(parse_encoding_name("UTF-8"), LegacyEncoding::None);
  EXPECT_FALSE(parse_encoding_name("koi8-r").has_value());
}

}  // namespace
}  // namespace vanban::text

namespace vanban::text {
namespace {

TEST(LegacyEncoding, ArbitraryBytesNeverCrashAnyDecoderOrTheDetector) {
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return static_cast<char>(state >> 24);
  };
  for (int round = 0; round < 50; ++round) {
    std::string bytes(static_cast<std::size_t>(round * 7), '\0');
    for (char& c : bytes) c = next();
    for (auto e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Cp1258}) {
      const std::string decoded = decode_legacy(bytes, e, round % 2 == 0);
      EXPECT_FALSE(first_invalid_utf8(decoded).has_value());
      (void)decode_legacy_run(bytes, e, false);
    }
    const Detection d = detect_legacy(bytes, LegacyEncoding::Vni);
    EXPECT_GE(d.confidence, 0.0);
    EXPECT_LE(d.confidence, 1.0);
  }
}

TEST(LegacyEncoding, UnwritableCharactersAreReportedNotGuessed) {
  EXPECT_FALSE(encode_legacy("—", LegacyEncoding::Vni).has_value());
  EXPECT_FALSE(encode_legacy("\x02", LegacyEncoding::Viscii).has_value());  // VISCII 0x02 is 'Ẳ'
  EXPECT_FALSE(encode_legacy("€", LegacyEncoding::Tcvn3).has_value());
  EXPECT_EQ(encode_legacy("Số 5", LegacyEncoding::Viscii), "S\xAF 5");  // ố = 0xAF (RFC 1456)
}

}  // namespace
}  // namespace vanban::text
