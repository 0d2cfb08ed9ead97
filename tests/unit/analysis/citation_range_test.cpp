#include <gtest/gtest.h>

#include "analysis/citation_scanner.hpp"
#include "analysis/reference_pass.hpp"
#include "text/match_text.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

class CitationRangeTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

TEST_F(CitationRangeTest, RangeWithSymbolOnBothEndsGivesOneCitationPerNumber) {
  auto c = scan("Bãi bỏ các Quyết định từ số 01/2026/QĐ-UBND đến số 13/2026/QĐ-UBND của UBND tỉnh Kon Tum.");
  ASSERT_EQ(c.size(), 13u);
  EXPECT_EQ(c[0].number_symbol, "01/2026/QĐ-UBND");
  EXPECT_EQ(c[0].number, "01");
  EXPECT_EQ(c[6].number_symbol, "07/2026/QĐ-UBND");
  EXPECT_EQ(c[12].number_symbol, "13/2026/QĐ-UBND");
  for (const auto& x : c) {
    EXPECT_EQ(x.type, "Quyết định");
    EXPECT_EQ(x.type_code, "QĐ");
    EXPECT_EQ(x.issuer, "UBND tỉnh Kon Tum");
    EXPECT_EQ(x.relation, "repeals");
    EXPECT_EQ(x.group, c[0].group);
  }
}

TEST_F(CitationRangeTest, CompactRangeSharesTheLastSymbolAndDate) {
  auto c = scan("Thực hiện các Kế hoạch từ số 08 đến số 11/KH-UBND ngày 05/02/2026 của UBND xã Đạ Tông.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].number_symbol, "08/KH-UBND");
  EXPECT_EQ(c[1].number_symbol, "09/KH-UBND");
  EXPECT_EQ(c[3].number_symbol, "11/KH-UBND");
  ASSERT_TRUE(c[2].date);
  EXPECT_EQ(c[2].date->iso(), "2026-02-05");
  EXPECT_EQ(c[2].issuer, "UBND xã Đạ Tông");
}

TEST_F(CitationRangeTest, TypeWordRepeatedAtTheEnd) {
  auto c = scan("Bãi bỏ từ Quyết định số 05/2025/QĐ-UBND đến Quyết định số 08/2025/QĐ-UBND của UBND huyện Krông Pắc.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[1].number_symbol, "06/2025/QĐ-UBND");
  EXPECT_EQ(c[3].issuer, "UBND huyện Krông Pắc");
}

TEST_F(CitationRangeTest, UnpaddedNumbersStayUnpadded) {
  auto c = scan("các Thông báo từ số 7 đến số 10/TB-VP của Văn phòng");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].number_symbol, "7/TB-VP");
  EXPECT_EQ(c[3].number_symbol, "10/TB-VP");
}

TEST_F(CitationRangeTest, EndsWithDifferentSymbolsAreNoRange) {
  auto c = scan("Quyết định từ số 01/2026/QĐ-UBND đến số 13/2025/QĐ-UBND");
  for (const auto& x : c) EXPECT_NE(x.number_symbol, "07/2026/QĐ-UBND");
}

TEST_F(CitationRangeTest, LongRangeKeepsItsEnds) {
  auto c = scan("các Quyết định từ số 001 đến số 120/QĐ-SYT của Sở Y tế");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].number_symbol, "001/QĐ-SYT");
  EXPECT_EQ(c[1].number_symbol, "120/QĐ-SYT");
  EXPECT_EQ(c[0].capped_range, "001..120");
}

TEST_F(CitationRangeTest, BareNumberIsMarkedBare) {
  EXPECT_TRUE(scan("Tổ chức thực hiện Quyết định số 335 đúng tiến độ.").empty());  // not unless asked
  auto c = scanner.scan(folder.prepare("Tổ chức thực hiện Quyết định số 335 đúng tiến độ."), true);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].bare);
  EXPECT_EQ(c[0].number, "335");
  EXPECT_TRUE(c[0].number_symbol.empty());
  EXPECT_EQ(c[0].text, "Quyết định số 335");
}

TEST_F(CitationRangeTest, NumberWithSymbolIsNotBare) {
  auto c = scan("Quyết định số 335/QĐ-UBND ngày 02/3/2026");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].bare);
}

Paragraph para(std::string text) {
  Paragraph p;
  p.text = std::move(text);
  return p;
}

class BareReferenceTest : public ::testing::Test {
 protected:
  void run() { ReferencePass(kit).run(doc); }
  text::TextKit kit;
  Document doc;
};

TEST_F(BareReferenceTest, BareMentionJoinsTheOneDocumentWithThatNumber) {
  doc.blocks.push_back(para("Căn cứ Quyết định số 335/QĐ-UBND ngày 02/3/2026 của UBND tỉnh về chuyển đổi số;"));
  doc.blocks.push_back(para("Các phòng chuyên môn triển khai Quyết định số 335 theo đúng lộ trình."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  ASSERT_EQ(doc.references[0].occurrences.size(), 2u);
  EXPECT_EQ(doc.references[0].occurrences[1].text, "Quyết định số 335");
}

TEST_F(BareReferenceTest, BareMentionWithoutAFullCitationMakesNoReference) {
  doc.blocks.push_back(para("Các phòng chuyên môn triển khai Quyết định số 335 theo đúng lộ trình."));
  run();
  EXPECT_TRUE(doc.references.empty());
}

TEST_F(BareReferenceTest, AmbiguousBareMentionIsDropped) {
  doc.blocks.push_back(para("Thực hiện Quyết định số 335/QĐ-UBND ngày 02/3/2026 của UBND tỉnh và Quyết định số 335/QĐ-SNV ngày 10/3/2026 của Sở Nội vụ;"));
  doc.blocks.push_back(para("Triển khai Quyết định số 335 trong quý II."));
  run();
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_EQ(doc.references[0].occurrences.size(), 1u);
  EXPECT_EQ(doc.references[1].occurrences.size(), 1u);
}

TEST_F(BareReferenceTest, BareMentionOfAnotherTypeDoesNotJoin) {
  doc.blocks.push_back(para("Căn cứ Quyết định số 335/QĐ-UBND ngày 02/3/2026 của UBND tỉnh;"));
  doc.blocks.push_back(para("Thực hiện Kế hoạch số 335 của huyện."));
  run();
  ASSERT_EQ(doc.references.size(), 1u);
  EXPECT_EQ(doc.references[0].occurrences.size(), 1u);
}

TEST_F(BareReferenceTest, RangeGivesReferencesAndLongRangeWarns) {
  doc.blocks.push_back(para("Bãi bỏ các Quyết định từ số 01/2026/QĐ-UBND đến số 03/2026/QĐ-UBND của UBND tỉnh."));
  doc.blocks.push_back(para("Thay thế các Quyết định từ số 1 đến số 75/QĐ-SYT của Sở Y tế."));
  run();
  ASSERT_EQ(doc.references.size(), 5u);
  EXPECT_EQ(doc.references[1].id, "02/2026/QĐ-UBND");
  EXPECT_EQ(doc.references[1].relation, "repeals");
  EXPECT_EQ(doc.references[4].id, "75/QĐ-SYT");
  bool warned = false;
  for (const auto& d : doc.diagnostics.items())
    if (d.code == "ref.range-capped") {
      warned = true;
      EXPECT_NE(d.message.find("1..75"), std::string::npos) << d.message;
    }
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace vanban
