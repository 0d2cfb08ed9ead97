#include "text/syllable_validator.hpp"

#include <gtest/gtest.h>

namespace vanban::text {
namespace {

TEST(SyllableValidator, AcceptsVietnameseSyllables) {
  SyllableValidator v;
  for (const char* w : {"nghiêng", "Uỷ", "Ủy", "QUỐC", "Việt", "khuya", "giữa", "gì", "quý", "quí", "thuở",
                        "hoàng", "khoẻ", "khỏe", "người", "chuyển", "đổi", "số", "tháng", "năm", "xã", "phường",
                        "oanh", "yêu", "kỹ", "kĩ", "trường", "huyện", "ước", "ạ", "ý", "y", "à"}) {
    EXPECT_TRUE(v.is_valid_utf8(w)) << w;
  }
}

TEST(SyllableValidator, RejectsMisreadLegacyText) {
  SyllableValidator v;
  for (const char* w : {"nh©n", "Uû", "cỏc",  // stop coda with hỏi
                        "vỔ", "Keá", "hoaïch", "Tiếngg", "ngiêng", "ce", "ci", "ghá", "quo", "", "UBND",
                        "HĐND", "CCHC", "tat", "mạnhh", "ặâ"}) {
    EXPECT_FALSE(v.is_valid_utf8(w)) << w;
  }
}

TEST(SyllableValidator, StopCodasTakeOnlySacOrNang) {
  SyllableValidator v;
  EXPECT_TRUE(v.is_valid_utf8("các"));
  EXPECT_TRUE(v.is_valid_utf8("học"));
  EXPECT_FALSE(v.is_valid_utf8("hòc"));
  EXPECT_FALSE(v.is_valid_utf8("hõc"));
  EXPECT_FALSE(v.is_valid_utf8("hoc"));
}

}  // namespace
}  // namespace vanban::text
