#include "batch/manifest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace vanban::batch {
namespace {

std::string temp_file(const char* name) {
  return (std::filesystem::temp_directory_path() /
          (std::string("vanban-manifest-") + ::testing::UnitTest::GetInstance()->current_test_info()->name() + name))
      .string();
}

TEST(Manifest, RecordsAreReadBackAndTheLastWins) {
  const std::string file = temp_file("a.jsonl");
  {
    Manifest m;
    std::string error;
    ASSERT_TRUE(m.open(file, false, error)) << error;
    m.record("xa/ke-hoach.md", "0011", "json");
    m.record("ten \"la\"\n.md", "2233", "json");
    m.record("xa/ke-hoach.md", "4455", "json");
  }
  Manifest m;
  m.load(file);
  EXPECT_TRUE(m.up_to_date("xa/ke-hoach.md", "4455", "json"));
  EXPECT_FALSE(m.up_to_date("xa/ke-hoach.md", "0011", "json"));
  EXPECT_TRUE(m.up_to_date("ten \"la\"\n.md", "2233", "json"));
  EXPECT_FALSE(m.up_to_date("ten \"la\"\n.md", "2233", "json,xml")) << "other options: not up to date";
  EXPECT_FALSE(m.up_to_date("khong-co.md", "2233", "json"));
  std::filesystem::remove(file);
}

TEST(Manifest, ATornLastLineIsIgnored) {
  const std::string file = temp_file("b.jsonl");
  {
    std::ofstream out(file);
    out << R"({"path":"a.md","hash":"01","config":"c"})" << "\n" << R"({"path":"b.md","ha)";
  }
  Manifest m;
  m.load(file);
  EXPECT_TRUE(m.up_to_date("a.md", "01", "c"));
  EXPECT_FALSE(m.up_to_date("b.md", "01", "c"));
  std::filesystem::remove(file);
}

TEST(Manifest, AMissingFileIsAnEmptyManifest) {
  Manifest m;
  m.load(temp_file("khong-ton-tai.jsonl"));
  EXPECT_FALSE(m.up_to_date("a.md", "01", "c"));
}

}  // namespace
}  // namespace vanban::batch

namespace vanban::batch {
namespace {

// Issue 12: a record torn by a full disk, then the next record appended on the same line: the whole one counts.
TEST(Manifest, ReadsTheWholeRecordAfterATornOneOnItsLine) {
  const auto file = std::filesystem::temp_directory_path() / ("vanban-manifest-torn-" + std::to_string(::getpid()));
  {
    std::ofstream out(file, std::ios::binary);
    out << R"({"path":"a.md","hash":"11","con)" << R"({"path":"b.md","hash":"22","config":"c"})" << "\n";
  }
  Manifest m;
  m.load(file.string());
  EXPECT_FALSE(m.up_to_date("a.md", "11", "c"));
  EXPECT_TRUE(m.up_to_date("b.md", "22", "c"));
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace vanban::batch
