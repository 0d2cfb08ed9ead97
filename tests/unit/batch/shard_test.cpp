#include <gtest/gtest.h>

#include <string>

#include "batch/batch_runner.hpp"

namespace vanban::batch {
namespace {

TEST(Shard, EveryPathFallsInExactlyOneShard) {
  int taken[3] = {0, 0, 0};
  for (int i = 0; i < 300; ++i) {
    const std::string path = "huyen-" + std::to_string(i % 7) + "/ke-hoach-" + std::to_string(i) + ".docx";
    int owners = 0;
    for (unsigned k = 0; k < 3; ++k) {
      if (Shard{k, 3}.takes(path)) {
        ++owners;
        ++taken[k];
      }
    }
    EXPECT_EQ(owners, 1) << path;
  }
  for (int k = 0; k < 3; ++k) EXPECT_GT(taken[k], 60) << "shard " << k << " took too few";
}

TEST(Shard, OneShardTakesEverything) { EXPECT_TRUE((Shard{0, 1}.takes("bat-ky.md"))); }

TEST(Shard, DependsOnlyOnThePath) {
  EXPECT_EQ((Shard{1, 4}.takes("a/b.md")), (Shard{1, 4}.takes(std::string("a/b.md"))));
}

}  // namespace
}  // namespace vanban::batch
