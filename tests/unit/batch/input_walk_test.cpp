#include "batch/input_walk.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vanban::batch {
namespace {
namespace fs = std::filesystem;

class InputWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // ctest runs each test in its own process, side by side: one folder per test
    root_ = fs::temp_directory_path() /
            (std::string("vanban-walk-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    for (const char* name : {"b.md", "a-c.docx", "a/z.txt", "a/y.md", "a/anh.png", "ra/cu.md", "cu.doc"}) {
      fs::create_directories((root_ / name).parent_path());
      std::ofstream(root_ / name) << "x";
    }
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string walk(WalkOptions options, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::string seen;
    walk_inputs(
        options, in, [&](InputFile&& f) { seen += f.relative + ";"; },
        [&](SkippedInput&& s) { seen += "skip:" + (s.relative.empty() ? s.path : s.relative) + ";"; });
    return seen;
  }

  fs::path root_;
};

TEST_F(InputWalkTest, FoldersInNameOrderDepthFirstAndNonDocumentsSkipped) {
  EXPECT_EQ(walk({{root_.string()}, "", {}}), "skip:a/anh.png;a/y.md;a/z.txt;a-c.docx;b.md;cu.doc;ra/cu.md;");
}

TEST_F(InputWalkTest, TheOutputFolderIsNotEntered) {
  EXPECT_EQ(walk({{root_.string()}, "", root_ / "ra"}), "skip:a/anh.png;a/y.md;a/z.txt;a-c.docx;b.md;cu.doc;");
}

TEST_F(InputWalkTest, GlobMatchesThePathOrTheName) {
  EXPECT_EQ(walk({{root_.string()}, "*.md", {}}), "a/y.md;b.md;ra/cu.md;");
  EXPECT_EQ(walk({{root_.string()}, "a/*", {}}), "skip:a/anh.png;a/y.md;a/z.txt;");
}

TEST_F(InputWalkTest, SeveralInputsKeepTheirFolderNames) {
  EXPECT_EQ(walk({{(root_ / "a").string(), (root_ / "ra").string()}, "*.md", {}}), "a/y.md;ra/cu.md;");
}

TEST_F(InputWalkTest, PathsOnStandardInput) {
  const std::string listed = (root_ / "b.md").string() + "\n\n" + (root_ / "khong-co.md").string() + "\r\n";
  const std::string seen = walk({{"-"}, "", {}}, listed);
  EXPECT_NE(seen.find("b.md;"), std::string::npos) << seen;
  // A listed file that is missing is handed on as a document (its read fails with the reason), not skipped.
  EXPECT_NE(seen.find("khong-co.md;"), std::string::npos) << seen;
  EXPECT_EQ(seen.find("skip:"), std::string::npos) << seen;
}

TEST(WhyNotADocument, ByTheName) {
  EXPECT_EQ(why_not_a_document("a/Kế hoạch.DOCX"), "");
  EXPECT_EQ(why_not_a_document("ghi-chu.markdown"), "");
  EXPECT_EQ(why_not_a_document("scan.pdf"), "");
  EXPECT_EQ(why_not_a_document("CU.DOC"), "");
  EXPECT_NE(why_not_a_document("README").find("no extension"), std::string::npos);
}

}  // namespace
}  // namespace vanban::batch
