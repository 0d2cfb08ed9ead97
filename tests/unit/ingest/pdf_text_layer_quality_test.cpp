#include "ingest/pdf/text_layer_quality.hpp"

#include <gtest/gtest.h>

#include "text/syllable_validator.hpp"

namespace vanban::pdf {
namespace {

std::string times(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const text::SyllableValidator& validator() {
  static const text::SyllableValidator v;
  return v;
}

TEST(TextLayerQuality, GoodVietnameseIsNeitherGarbledNorStripped) {
  const auto q = measure_text_layer(
      times("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG. Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025. ", 5),
      validator());
  EXPECT_TRUE(q.enough());
  EXPECT_FALSE(q.garbled());
  EXPECT_FALSE(q.diacritics_stripped());
  EXPECT_GT(q.valid_share(), 0.9);
}

TEST(TextLayerQuality, FlagsGlyphsMappedToTheWrongLetters) {
  // What a PDF with broken font tables gives for "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG, Sở Nội vụ, phương án".
  const auto q = measure_text_layer(times("ÚY BAN NHÅN DÅN TÈNH LÂM ÒNG, Sê NÕi vö, phõ¬ng ¸n tØnh ®ång ", 8), validator());
  EXPECT_TRUE(q.garbled()) << q.valid_marked << "/" << q.marked_words;
}

TEST(TextLayerQuality, FlagsTextThatLostItsDiacritics) {
  const auto q = measure_text_layer(
      times("UY BAN NHAN DAN TINH LAM DONG. Can cu Luat To chuc chinh quyen dia phuong ngay 19 thang 6 nam 2025. ", 5),
      validator());
  EXPECT_TRUE(q.diacritics_stripped());
  EXPECT_FALSE(q.garbled());
}

TEST(TextLayerQuality, FlagsWordsThatAreNoSyllablesAtAll) {
  // A scanner's bad OCR layer: ASCII fragments that are neither Vietnamese with nor without diacritics.
  const auto q = measure_text_layer(times("ceNG HoA x,l ugr cnu Ncnin vtpr xlrvr DQc l$p Trl Hqnh phric ", 6), validator());
  EXPECT_TRUE(q.garbled());
  EXPECT_FALSE(q.diacritics_stripped());
}

TEST(TextLayerQuality, TooFewWordsToJudge) {
  const auto q = measure_text_layer("TÈNH LÂM ÒNG", validator());
  EXPECT_FALSE(q.enough());
  EXPECT_FALSE(q.garbled());
  EXPECT_FALSE(q.diacritics_stripped());
}

}  // namespace
}  // namespace vanban::pdf
