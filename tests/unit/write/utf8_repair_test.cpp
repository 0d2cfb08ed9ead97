#include "write/utf8_repair.hpp"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Utf8Repair, ValidVietnameseIsReturnedWithoutCopy) {
  std::string scratch;
  const std::string_view in = "Ủy ban nhân dân xã Đông Sơn\n\tđ)";
  const auto out = repair_utf8(in, TextTarget::Xml, scratch);
  EXPECT_EQ(out.data(), in.data());
  EXPECT_TRUE(scratch.empty());
}

TEST(Utf8Repair, IllFormedBytesBecomeReplacementCharacters) {
  std::string scratch;
  EXPECT_EQ(repair_utf8("a\xFF" "b", TextTarget::Json, scratch), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(repair_utf8("x\xC3", TextTarget::Json, scratch), "x\xEF\xBF\xBD");                // truncated
  EXPECT_EQ(repair_utf8("\xC0\xAF", TextTarget::Json, scratch), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  EXPECT_EQ(repair_utf8("\xED\xA0\x80", TextTarget::Json, scratch),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(Utf8Repair, ControlCharactersAreKeptForJsonButReplacedForXml) {
  std::string scratch;
  EXPECT_EQ(repair_utf8("a\x01z", TextTarget::Json, scratch), "a\x01z");
  EXPECT_EQ(repair_utf8("a\x01z", TextTarget::Xml, scratch), "a\xEF\xBF\xBDz");
  EXPECT_EQ(repair_utf8("a\xEF\xBF\xBEz", TextTarget::Xml, scratch), "a\xEF\xBF\xBDz");  // U+FFFE
  EXPECT_EQ(repair_utf8(std::string_view("a\0z", 3), TextTarget::Xml, scratch), "a\xEF\xBF\xBDz");
}

}  // namespace
}  // namespace vanban
