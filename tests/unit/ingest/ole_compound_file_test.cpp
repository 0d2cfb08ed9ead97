#include "ingest/ole/compound_file.hpp"

#include <gtest/gtest.h>

#include "ole_test_file.hpp"

namespace vanban::ole {
namespace {

using vanban::testing::make_ole;
using vanban::testing::put32;

TEST(OleCompoundFile, ListsTheDirectory) {
  std::string error;
  const auto file = read_compound_file(make_ole({{"WordDocument"}, {"1Table"}, {"\x05SummaryInformation"}}, 0), error);
  ASSERT_TRUE(file) << error;
  ASSERT_EQ(file->entries.size(), 4u);
  EXPECT_EQ(file->entries[0].kind, DirectoryEntry::Kind::Root);
  EXPECT_TRUE(file->has_stream("WordDocument"));
  EXPECT_TRUE(file->has_stream("1Table"));
  EXPECT_FALSE(file->has_stream("EncryptedPackage"));
  EXPECT_EQ(classify(*file), OleKind::WordDocument);
}

TEST(OleCompoundFile, FollowsADirectoryOfSeveralSectors) {
  std::vector<testing::OleEntry> many;
  for (int i = 0; i < 9; ++i) many.push_back({"Stream" + std::to_string(i)});
  many.push_back({"WordDocument"});
  std::string error;
  const auto file = read_compound_file(make_ole(many, 0), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(file->entries.size(), 11u);
  EXPECT_EQ(classify(*file), OleKind::WordDocument);
}

TEST(OleCompoundFile, TellsAnEncryptedPackageFromAWordDocument) {
  std::string error;
  const auto file = read_compound_file(
      make_ole({{"EncryptionInfo"}, {"EncryptedPackage"}, {"\x06" "DataSpaces", 1}}), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(classify(*file), OleKind::EncryptedPackage);
}

TEST(OleCompoundFile, SeesTheEncryptionFlagOfAWordFib) {
  std::string error;
  const auto file = read_compound_file(make_ole({{"WordDocument"}, {"1Table"}}, 0x0100), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(classify(*file), OleKind::EncryptedWord);
}

TEST(OleCompoundFile, OtherOfficeFilesAreNotWord) {
  std::string error;
  const auto file = read_compound_file(make_ole({{"Workbook"}}), error);
  ASSERT_TRUE(file) << error;
  EXPECT_EQ(classify(*file), OleKind::Other);
}

TEST(OleCompoundFile, RefusesATruncatedHeader) {
  std::string error;
  EXPECT_FALSE(read_compound_file(make_ole({{"WordDocument"}}).substr(0, 300), error));
  EXPECT_NE(error.find("cut short"), std::string::npos) << error;
}

TEST(OleCompoundFile, RefusesADirectoryPastTheEnd) {
  std::string bytes = make_ole({{"WordDocument"}});
  put32(bytes, 0x30, 5000);
  std::string error;
  EXPECT_FALSE(read_compound_file(bytes, error));
  EXPECT_NE(error.find("past the end"), std::string::npos) << error;
}

TEST(OleCompoundFile, StopsADirectoryChainThatLoops) {
  std::string bytes = make_ole({{"WordDocument"}});
  put32(bytes, 512 + 4, 1);  // the directory's sector points at itself
  std::string error;
  EXPECT_FALSE(read_compound_file(bytes, error));
  EXPECT_NE(error.find("loops"), std::string::npos) << error;
}

TEST(OleCompoundFile, RefusesAnUnknownSectorSize) {
  std::string bytes = make_ole({{"WordDocument"}});
  bytes[0x1E] = 7;
  std::string error;
  EXPECT_FALSE(read_compound_file(bytes, error));
  EXPECT_NE(error.find("sector size"), std::string::npos) << error;
}

}  // namespace
}  // namespace vanban::ole
