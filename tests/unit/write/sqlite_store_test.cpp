#include "write/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "sample_document.hpp"

namespace vanban {
namespace {
namespace fs = std::filesystem;

// The writers' sample plan, citing `cites` instead of its decree.
Document plan(const std::string& cites) {
  Document doc = testing::sample_document();
  doc.references.front().id = cites + "@2026-02-02";
  doc.references.front().number_symbol = cites;
  return doc;
}

long long count(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
  long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(h);
  return n;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // ctest runs each test in its own process, side by side: one folder per test
    dir_ = fs::temp_directory_path() /
           (std::string("vanban-sqlite-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db(const char* name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(SqliteStoreTest, StoringAgainReplacesInPlace) {
  {
    SqliteStore store(db("a.sqlite"));
    store.put("xa/kh-1.md", "h1", plan("12/KH-UBND"));
    store.put("xa/kh-1.md", "h2", plan("13/KH-UBND"));
    EXPECT_TRUE(store.has("xa/kh-1.md", "h2"));
    EXPECT_FALSE(store.has("xa/kh-1.md", "h1"));
  }
  EXPECT_EQ(count(db("a.sqlite"), "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(db("a.sqlite"), "SELECT count(*) FROM citations WHERE number_symbol = '13/KH-UBND'"), 1);
  EXPECT_EQ(count(db("a.sqlite"), "SELECT count(*) FROM citations"), 1);
  EXPECT_EQ(count(db("a.sqlite"), "SELECT count(*) FROM occurrences"), 1) << "old occurrences cascade away";
  EXPECT_EQ(count(db("a.sqlite"), "SELECT count(*) FROM tasks t JOIN deadlines d ON d.id = t.deadline_id"), 1);
}

TEST_F(SqliteStoreTest, MergeCopiesAShardAndReplacesByPath) {
  {
    SqliteStore part(db("part.sqlite"));
    part.put("xa/kh-1.md", "h2", plan("13/KH-UBND"));
    part.put("xa/kh-2.md", "h3", plan("1/KH-UBND"));
    SqliteStore all(db("all.sqlite"));
    all.put("xa/kh-1.md", "h1", plan("12/KH-UBND"));
    all.merge_from(db("part.sqlite"));
    EXPECT_TRUE(all.has("xa/kh-1.md", "h2"));
    EXPECT_TRUE(all.has("xa/kh-2.md", "h3"));
  }
  EXPECT_EQ(count(db("all.sqlite"), "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(count(db("all.sqlite"), "SELECT count(*) FROM citations"), 2);
  EXPECT_EQ(count(db("all.sqlite"), "SELECT count(*) FROM occurrences"), 2);
  EXPECT_EQ(count(db("all.sqlite"), "SELECT count(*) FROM tasks WHERE deadline_id IS NOT NULL"), 2);
}

validate::ValidationResult one_finding() {
  validate::ValidationResult v;
  v.profile = validate::Profile::Nd30;
  validate::Finding f;
  f.code = "VB201";
  f.severity = Severity::Error;
  f.message = "the type code does not match";
  f.location.line = 3;
  f.excerpt = "Số: 15/QĐ-UBND";
  v.findings.push_back(f);
  return v;
}

TEST_F(SqliteStoreTest, FindingsAreStoredReplacedAndMerged) {
  const auto v = one_finding();
  {
    SqliteStore part(db("part.sqlite"));
    part.put("xa/kh-1.md", "h1", plan("12/KH-UBND"), &v);
    part.put("xa/kh-2.md", "h2", plan("13/KH-UBND"), &v);
    part.put("xa/kh-2.md", "h2", plan("13/KH-UBND"));  // stored again without the linter: no findings left
    SqliteStore all(db("all.sqlite"));
    all.merge_from(db("part.sqlite"));
  }
  EXPECT_EQ(count(db("part.sqlite"), "SELECT count(*) FROM findings"), 1);
  EXPECT_EQ(count(db("all.sqlite"),
                  "SELECT count(*) FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.source_path = "
                  "'xa/kh-1.md' AND f.code = 'VB201' AND f.severity = 'error' AND f.profile = 'nd30' AND f.line = 3 "
                  "AND f.paragraph IS NULL AND f.excerpt = 'Số: 15/QĐ-UBND'"),
            1);
}

TEST_F(SqliteStoreTest, AnUnopenableDatabaseSaysWhere) {
  try {
    SqliteStore store((dir_ / "khong-co" / "a.sqlite").string());
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("khong-co/a.sqlite"), std::string::npos) << e.what();
  }
}

TEST_F(SqliteStoreTest, MergingWhatIsNotAStoreSaysWhich) {
  { std::ofstream(db("rac.sqlite")) << "not a database at all, just text"; }
  SqliteStore all(db("all.sqlite"));
  try {
    all.merge_from(db("rac.sqlite"));
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("rac.sqlite"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace vanban
