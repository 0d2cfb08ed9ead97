// The part of a document a citation names: "điểm a khoản 2 Điều 5 Nghị định số …". Invented phrases.
#include <gtest/gtest.h>

#include "analysis/citation_scanner.hpp"
#include "analysis/reference_pass.hpp"
#include "text/match_text.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

class CitationPartTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

TEST_F(CitationPartTest, PointClauseArticleBeforeADecree) {
  auto c = scan("Căn cứ điểm b khoản 3 Điều 12 Nghị định số 41/2027/NĐ-CP ngày 5/4/2027 của Chính phủ;");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].part);
  EXPECT_EQ(c[0].part->diem, "b");
  EXPECT_EQ(c[0].part->khoan, 3);
  EXPECT_EQ(c[0].part->dieu, 12);
  EXPECT_EQ(c[0].number_symbol, "41/2027/NĐ-CP");
}

TEST_F(CitationPartTest, ArticleOfALawByNameAndCommasAndCua) {
  auto c = scan("theo Điều 61 Luật Quảng cáo năm 2026");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].part);
  EXPECT_EQ(c[0].part->dieu, 61);
  EXPECT_EQ(c[0].part->khoan, 0);
  EXPECT_TRUE(c[0].part->diem.empty());
  c = scan("quy định tại điểm đ, khoản 1, Điều 4 của Thông tư số 08/2027/TT-BXD");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].part);
  EXPECT_EQ(c[0].part->diem, "đ");
  EXPECT_EQ(c[0].part->khoan, 1);
  EXPECT_EQ(c[0].part->dieu, 4);
}

TEST_F(CitationPartTest, NearMissOwnArticleLabelOrNoArticle) {
  auto c = scan("Điều 2. Quyết định số 19/QĐ-UBND ngày 3/1/2027 hết hiệu lực.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].part);  // "Điều 2." labels this document's own article
  c = scan("sau 12 tháng thực hiện Kế hoạch số 7/KH-UBND");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].part);
  c = scan("khoản 2 Nghị định số 3/2027/NĐ-CP");  // a clause with no article is not read
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].part);
}

TEST(ReferencePartTest, EachOccurrenceKeepsItsOwnPart) {
  text::TextKit kit;
  Document doc;
  Paragraph a, b;
  a.text = "Căn cứ khoản 2 Điều 8 Nghị định số 77/2027/NĐ-CP ngày 2/2/2027 của Chính phủ;";
  b.text = "Thực hiện Nghị định số 77/2027/NĐ-CP, các sở rà soát.";
  doc.blocks.push_back(a);
  doc.blocks.push_back(b);
  ReferencePass(kit).run(doc);
  ASSERT_EQ(doc.references.size(), 1u);
  const auto& occ = doc.references[0].occurrences;
  ASSERT_EQ(occ.size(), 2u);
  ASSERT_TRUE(occ[0].part);
  EXPECT_EQ(occ[0].part->khoan, 2);
  EXPECT_EQ(occ[0].part->dieu, 8);
  EXPECT_FALSE(occ[1].part);
}

}  // namespace
}  // namespace vanban
