#include "text/legacy_detector.hpp"

#include <gtest/gtest.h>

namespace vanban::text {
namespace {

constexpr const char* kPlan =
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2025 của Ủy ban nhân dân huyện về "
    "công tác cải cách hành chính, Ủy ban nhân dân xã xây dựng kế hoạch triển khai thực hiện "
    "năm 2025 như sau: nâng cao chất lượng phục vụ người dân, doanh nghiệp; đẩy mạnh chuyển đổi số.";

TEST(LegacyDetector, UnicodeVietnameseIsNoneEvenUnderALegacyFont) {
  for (auto hint : {LegacyEncoding::None, LegacyEncoding::Tcvn3, LegacyEncoding::Vni}) {
    const Detection d = detect_legacy(kPlan, hint);
    EXPECT_EQ(d.encoding, LegacyEncoding::None) << encoding_name(hint);
    EXPECT_GT(d.confidence, 0.5);
  }
  EXPECT_EQ(detect_legacy("Các cơ quan, đơn vị", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::None);
  EXPECT_EQ(detect_legacy("và", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::None);
}

/// Legacy bytes as Word stores them in a run: each byte as the code point of the same number.
std::string as_word_run(const std::string& bytes) {
  std::string utf8;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      utf8.push_back(static_cast<char>(b));
    } else {
      utf8.push_back(static_cast<char>(0xC0 | (b >> 6)));
      utf8.push_back(static_cast<char>(0x80 | (b & 0x3F)));
    }
  }
  return utf8;
}

TEST(LegacyDetector, FindsTcvn3RunsWithoutAHint) {
  const auto bytes = encode_legacy(
      "công tác cải cách hành chính, nâng cao chất lượng phục vụ người dân; đẩy mạnh chuyển đổi số",
      LegacyEncoding::Tcvn3);
  ASSERT_TRUE(bytes.has_value());
  const std::string run = as_word_run(*bytes);
  const Detection d = detect_legacy(run, LegacyEncoding::None);
  EXPECT_EQ(d.encoding, LegacyEncoding::Tcvn3);
  EXPECT_GT(d.confidence, 0.5);
  EXPECT_EQ(detect_legacy("Uû ban nh©n d©n", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::Tcvn3);
}

TEST(LegacyDetector, FindsVniRuns) {
  EXPECT_EQ(detect_legacy("Keá hoaïch trieån khai coâng taùc naêm 2025", LegacyEncoding::None).encoding,
            LegacyEncoding::Vni);
}

TEST(LegacyDetector, ShortUnicodeRunsThatAlsoReadAsTcvn3StayUnicode) {
  // 'á' is TCVN3 'ỏ': "cá" reads "cỏ", both valid. Converting good text is the worse mistake.
  EXPECT_EQ(detect_legacy("cá", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::None);
  EXPECT_EQ(detect_legacy("Hà", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::None);
  EXPECT_EQ(detect_legacy("và", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::None);
}

TEST(LegacyDetector, CapitalFontFragmentsAreRecognisedByTheirSymbols) {
  // "KẾ HOẠCH" typed as "K" + .VnTimeH "Õ" + " HO" + .VnTimeH "¹" + "CH": the capital font's
  // text in the paragraph is only "Õ¹", symbols that no Vietnamese word contains.
  EXPECT_EQ(detect_legacy("Õ¹", LegacyEncoding::Tcvn3).encoding, LegacyEncoding::Tcvn3);
}

TEST(LegacyDetector, PureAsciiFollowsTheFontHint) {
  const Detection d = detect_legacy("UBND - 2025", LegacyEncoding::Tcvn3);
  EXPECT_EQ(d.encoding, LegacyEncoding::Tcvn3);
  EXPECT_EQ(d.confidence, 0.0);
  EXPECT_EQ(detect_legacy("UBND - 2025", LegacyEncoding::None).encoding, LegacyEncoding::None);
}

TEST(LegacyDetector, FilesInEachEncodingAreRecognised) {
  // TCVN3 cannot write 'Ủ' outside a capital font: it gets a lowercase-only sentence.
  const std::string lowercase_only =
      "công tác cải cách hành chính, nâng cao chất lượng phục vụ người dân; đẩy mạnh chuyển đổi số";
  for (auto e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Cp1258}) {
    const std::string original = e == LegacyEncoding::Tcvn3 ? lowercase_only : std::string(kPlan);
    const auto bytes = encode_legacy(original, e, false);
    ASSERT_TRUE(bytes.has_value()) << encoding_name(e);
    const Detection d = detect_file_encoding(*bytes);
    EXPECT_EQ(d.encoding, e) << encoding_name(e);
    EXPECT_GT(d.confidence, 0.3) << encoding_name(e);
    EXPECT_EQ(decode_legacy(*bytes, d.encoding), original);
  }
  EXPECT_EQ(detect_file_encoding(kPlan).encoding, LegacyEncoding::None);
}

TEST(LegacyDetector, RawBytesGivenToDetectAreTreatedAsAFile) {
  const auto bytes = encode_legacy("phường Tân Định, quận Một", LegacyEncoding::Vni);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(detect_legacy(*bytes).encoding, LegacyEncoding::Vni);
}

TEST(LegacyDetector, ScoreCountsOnlyWordsWithNonAsciiLetters) {
  LegacyDetector detector;
  int words = 0;
  EXPECT_EQ(detector.score(icu::UnicodeString::fromUTF8("Ủy ban nh©n dân 2025"), &words), 1);  // +Ủy +dân -nh©n
  EXPECT_EQ(words, 3);
}

}  // namespace
}  // namespace vanban::text
