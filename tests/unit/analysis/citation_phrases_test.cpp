// Phrase boundaries of citations: law names with commas, type words with a qualifier before "số",
// and where an issuer starts and ends.
#include <gtest/gtest.h>

#include "analysis/citation_scanner.hpp"
#include "text/match_text.hpp"

namespace vanban {
namespace {

class CitationPhrasesTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

// ---- B1: law names that hold a comma or "và"

TEST_F(CitationPhrasesTest, LawNameWithCommaRunsToItsDate) {
  auto c = scan("Căn cứ Luật Phòng, chống bạo lực gia đình ngày 14 tháng 11 năm 2022;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Phòng, chống bạo lực gia đình");
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->iso(), "2022-11-14");
  EXPECT_EQ(c[0].year, 2022);
}

TEST_F(CitationPhrasesTest, LawNameWithCommaRunsToItsYear) {
  auto c = scan("Theo Luật Thực hành tiết kiệm, chống lãng phí năm 2013, các cơ quan rà soát định mức.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Thực hành tiết kiệm, chống lãng phí");
  EXPECT_EQ(c[0].year, 2013);
}

TEST_F(CitationPhrasesTest, LawNameWithCommaAndVaAtEndOfText) {
  auto c = scan("tuyên truyền Luật Tài nguyên, môi trường biển và hải đảo");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Tài nguyên, môi trường biển và hải đảo");
  c = scan("phổ biến Luật Phòng, chống ma túy");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Phòng, chống ma túy");
}

TEST_F(CitationPhrasesTest, CommaThenAnotherLawEndsTheName) {
  auto c = scan("Căn cứ Luật Phòng, chống thiên tai năm 2013, Luật Đê điều năm 2006 và Luật Thủy lợi năm 2017;");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].name, "Luật Phòng, chống thiên tai");
  EXPECT_EQ(c[0].year, 2013);
  EXPECT_EQ(c[1].name, "Luật Đê điều");
  EXPECT_EQ(c[2].name, "Luật Thủy lợi");
}

TEST_F(CitationPhrasesTest, CommaThenNewPhraseEndsTheName) {
  auto c = scan("Theo Luật Lâm nghiệp, các chủ rừng phải lập phương án.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Lâm nghiệp");
  c = scan("Theo Luật Trồng trọt, ngày 19 tháng 11 năm 2018");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Trồng trọt");
  EXPECT_EQ(c[0].date->iso(), "2018-11-19");
}

TEST_F(CitationPhrasesTest, WordsReadPastACommaThatFormAClauseAreNotTheName) {
  auto c = scan("Theo Luật Thủy sản, người nuôi trồng phải đăng ký.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Thủy sản");
}

TEST_F(CitationPhrasesTest, VaFollowedByAnotherLawEndsTheName) {
  auto c = scan("thực hiện Luật Bảo vệ và kiểm dịch thực vật và Luật Chăn nuôi");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Luật Bảo vệ và kiểm dịch thực vật");
  EXPECT_EQ(c[1].name, "Luật Chăn nuôi");
}

// ---- B2: a type word, a qualifier, then "số"

TEST_F(CitationPhrasesTest, TypeWordWithQualifierBeforeSo) {
  auto c = scan("Xét Báo cáo thẩm tra số 41/BC-KTNS ngày 02 tháng 12 năm 2024 của Ban Kinh tế - Ngân sách");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Báo cáo");
  EXPECT_EQ(c[0].number_symbol, "41/BC-KTNS");
  EXPECT_EQ(c[0].date->iso(), "2024-12-02");
  EXPECT_EQ(c[0].issuer, "Ban Kinh tế - Ngân sách");
  EXPECT_EQ(c[0].text, "Báo cáo thẩm tra số 41/BC-KTNS ngày 02 tháng 12 năm 2024 của Ban Kinh tế - Ngân sách");
}

TEST_F(CitationPhrasesTest, LongerQualifiersOfPartyPrograms) {
  auto c = scan("Thực hiện Chương trình công tác toàn khóa số 07-CTr/HU, ngày 03/9/2020 của Ban Chấp hành Đảng bộ huyện");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Chương trình");
  EXPECT_EQ(c[0].number_symbol, "07-CTr/HU");
  EXPECT_EQ(c[0].relation, "implements");
  c = scan("Xét Tờ trình đề nghị số 33/TTr-PGDĐT ngày 4/5/2023 và Biên bản kiểm tra số 8/BB-ĐKT ngày 2/5/2023");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].type, "Tờ trình");
  EXPECT_EQ(c[1].type, "Biên bản");
}

TEST_F(CitationPhrasesTest, QualifierNeedsAMatchingTypeCode) {
  // "Kế hoạch tổ chức số 3/QĐ-…" disagrees; ordinary words before "số" are no qualifier.
  EXPECT_TRUE(scan("Kế hoạch tổ chức số 3/QĐ-UBND").empty());
  EXPECT_TRUE(scan("Báo cáo của Sở Tài chính số 5/BC-STC").empty());
  EXPECT_TRUE(scan("theo Kế hoạch này số liệu 6/KH-UBND").empty());
  EXPECT_TRUE(scan("Kế hoạch này số 6/KH-UBND").empty());  // "này" points back, it qualifies nothing
}

// ---- B4: issuers

TEST_F(CitationPhrasesTest, IssuerBeforeTheTypeKeepsAVaInsideItsName) {
  auto c = scan("Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao tại Tờ trình số 52/TTr-SVHTT ngày 4/6/2024.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Giám đốc Sở Văn hóa và Thể thao");
}

TEST_F(CitationPhrasesTest, IssuerBeforeTheListNamesEveryItem) {
  auto c = scan("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 14/TTr-SNV ngày 20/8/2025 và Báo cáo thẩm định số 61/BC-STP ngày 18/8/2025.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "Giám đốc Sở Nội vụ");
  EXPECT_EQ(c[1].issuer, "Giám đốc Sở Nội vụ");
}

TEST_F(CitationPhrasesTest, IssuerAfterADatedCitationIsItsOwn) {
  auto c = scan("Xét Báo cáo số 7/BC-HĐND ngày 1/12/2023 của Ban Pháp chế và Báo cáo số 9/BC-UBND ngày 2/12/2023.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "Ban Pháp chế");
  EXPECT_TRUE(c[1].issuer.empty());
}

TEST_F(CitationPhrasesTest, SteeringBodyNamesItsTask) {
  auto c = scan("Kế hoạch số 19/KH-BCĐ ngày 03/4/2025 của Ban Chỉ đạo thực hiện Chương trình 135 huyện, Sở Tài chính");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ban Chỉ đạo thực hiện Chương trình 135 huyện");
  c = scan("Kế hoạch số 21/KH-BCĐ ngày 03/4/2025 của Ban Chỉ đạo thực hiện Nghị quyết số 12-NQ/TU");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "Ban Chỉ đạo");
  c = scan("Kế hoạch số 20/KH-UBND ngày 03/4/2025 của UBND huyện thực hiện Chương trình 135");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "UBND huyện");
}

TEST_F(CitationPhrasesTest, IssuerStopsAtPrepositionAndLowercaseVa) {
  auto c = scan("quán triệt Chỉ thị số 11-CT/TU, ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy cho toàn thể cán bộ");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ban Thường vụ Tỉnh ủy");
  c = scan("từ Nghị quyết số 8/NQ-HĐND ngày 6/7/2022 của HĐND xã và các nguồn vốn xã hội hóa");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "HĐND xã");
}

TEST_F(CitationPhrasesTest, JointDocumentBetweenTwoBodies) {
  auto c = scan("Quy chế phối hợp số 02-QC/BDVHU-MTTQ, ngày 9/1/2023 giữa Ban Dân vận Huyện ủy và Ủy ban Mặt trận Tổ quốc huyện;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ban Dân vận Huyện ủy và Ủy ban Mặt trận Tổ quốc huyện");
}


// ---- relation of list items

TEST_F(CitationPhrasesTest, ItemsOfAListInOneParagraphTakeItsRelation) {
  auto c = scan("Bãi bỏ các quyết định sau: a) Quyết định số 4/2017/QĐ-UBND ngày 2/3/2017 của UBND tỉnh; "
                "b) Quyết định số 9/2019/QĐ-UBND ngày 5/6/2019 của UBND tỉnh; c) Quyết định số 11/2020/QĐ-UBND.");
  ASSERT_EQ(c.size(), 3u);
  for (const auto& x : c) EXPECT_EQ(x.relation, "repeals") << x.number_symbol;
}

TEST_F(CitationPhrasesTest, ASentenceAfterTheListEndsIt) {
  auto c = scan("Bãi bỏ các quyết định sau: Quyết định số 4/2017/QĐ-UBND. Các sở xem xét; Kế hoạch số 5/KH-UBND");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].relation, "repeals");
  EXPECT_EQ(c[1].relation, "");
}

TEST_F(CitationPhrasesTest, ParagraphThatOpensAList) {
  EXPECT_EQ(scanner.list_opening_relation(folder.prepare("Điều 1. Bãi bỏ toàn bộ các quyết định sau")), "repeals");
  EXPECT_EQ(scanner.list_opening_relation(folder.prepare("2. Thay thế các văn bản sau đây:")), "replaces");
  EXPECT_EQ(scanner.list_opening_relation(folder.prepare("Bãi bỏ Quyết định số 3/QĐ-UBND.")), "");
  EXPECT_EQ(scanner.list_opening_relation(folder.prepare("Nội dung gồm các phần sau:")), "");
}


// ---- B3: a symbol cut at its hyphen by a line wrap

TEST_F(CitationPhrasesTest, SymbolCutAtItsHyphenIsRejoined) {
  auto c = scan("Bãi bỏ Quyết định số 22/2019/QĐ-\nUBND ngày 3/6/2019 của Ủy ban nhân dân tỉnh.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "22/2019/QĐ-UBND");
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->iso(), "2019-06-03");
  c = scan("Kế hoạch số 4/KH- UBND ngày 1/2/2024");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "4/KH-UBND");
  c = scan("Quyết định số 5/QĐ-UBND - Sở Tài chính theo dõi");  // a dash between phrases is no wrap
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "5/QĐ-UBND");
}

// The issuer of a Party regulation ends before "thi hành": what follows names the regulation.
TEST_F(CitationPhrasesTest, IssuerEndsBeforeThiHanh) {
  auto c = scan("Quy định số 31-QĐ/TW, ngày 12/5/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ban Chấp hành Trung ương");
}

}  // namespace
}  // namespace vanban
