#include "model/partial_date.hpp"

#include <gtest/gtest.h>

namespace vanban {

TEST(PartialDate, IsoOfCompleteAndPartialDates) {
  EXPECT_EQ((PartialDate{2024, 5, 25}).iso(), "2024-05-25");
  EXPECT_EQ((PartialDate{2026, 3, 0}).iso(), "2026-03");
  EXPECT_EQ((PartialDate{2026, 0, 0}).iso(), "2026");
  EXPECT_EQ((PartialDate{0, 12, 15}).iso(), "XXXX-12-15");
  EXPECT_EQ((PartialDate{}).iso(), "");
}

}  // namespace vanban
