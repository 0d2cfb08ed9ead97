#include "batch/content_hash.hpp"

#include <gtest/gtest.h>

namespace vanban::batch {
namespace {

TEST(ContentHash, IsFnv1a64InHex) {
  EXPECT_EQ(content_hash(""), "cbf29ce484222325");  // the FNV-1a offset basis
  EXPECT_EQ(content_hash("a"), "af63dc4c8601ec8c");
}

TEST(ContentHash, ChangesWithOneByte) {
  EXPECT_NE(content_hash("Kế hoạch số 12/KH-UBND"), content_hash("Kế hoạch số 13/KH-UBND"));
}

}  // namespace
}  // namespace vanban::batch
