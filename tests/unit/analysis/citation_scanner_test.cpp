#include "analysis/citation_scanner.hpp"

#include <gtest/gtest.h>

#include "text/match_text.hpp"

namespace vanban {
namespace {

class CitationScannerTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

TEST_F(CitationScannerTest, FullStateCitationWithIssuerAndSubject) {
  auto c = scan("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND huyện Bảo Lâm về phát triển du lịch năm 2025; UBND xã xây dựng kế hoạch.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Kế hoạch");
  EXPECT_EQ(c[0].type_code, "KH");
  EXPECT_EQ(c[0].number, "45");
  EXPECT_EQ(c[0].number_symbol, "45/KH-UBND");
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->iso(), "2025-03-12");
  EXPECT_EQ(c[0].issuer, "UBND huyện Bảo Lâm");
  EXPECT_EQ(c[0].subject, "về phát triển du lịch năm 2025");
  EXPECT_EQ(c[0].relation, "implements");
  EXPECT_EQ(c[0].text, "Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND huyện Bảo Lâm");
}

TEST_F(CitationScannerTest, DottedNumberOfAResolutionSeries) {
  auto c = scan("Thực hiện Nghị quyết số 48.3/2026/NQ-CP ngày 09/02/2026 của Chính phủ về cắt giảm thủ tục.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "48.3/2026/NQ-CP");
  EXPECT_EQ(c[0].number, "48.3");
  EXPECT_EQ(c[0].type_code, "NQ");
  EXPECT_EQ(c[0].date->iso(), "2026-02-09");
}

TEST_F(CitationScannerTest, ADecimalInTextIsNoDottedNumber) {
  auto c = scan("Tỷ lệ đạt 48.3/100 điểm theo Kế hoạch số 12/KH-UBND.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "12/KH-UBND");
}

TEST_F(CitationScannerTest, PartyStyleCommaBeforeDate) {
  auto c = scan("Nghị quyết số 07-NQ/TU, ngày 20/10/2021 của Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "07-NQ/TU");
  EXPECT_EQ(c[0].type_code, "NQ");
  EXPECT_EQ(c[0].date->iso(), "2021-10-20");
  EXPECT_EQ(c[0].issuer, "Ban Thường vụ Tỉnh ủy");
}

TEST_F(CitationScannerTest, PartyRegulationSymbolKeepsItsCase) {
  auto c = scan("theo Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương (khóa XII) về trách nhiệm nêu gương");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "08-QĐi/TW");
  EXPECT_EQ(c[0].type_code, "QĐi");
  EXPECT_EQ(c[0].issuer, "Ban Chấp hành Trung ương");
}

TEST_F(CitationScannerTest, NormativeSymbolWithoutSo) {
  auto c = scan("Căn cứ Nghị định 47/2024/NĐ-CP ngày 09 tháng 5 năm 2024 của Chính phủ quy định chi tiết một số điều;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "47/2024/NĐ-CP");
  EXPECT_EQ(c[0].type_code, "NĐ");
  EXPECT_EQ(c[0].date->iso(), "2024-05-09");
  EXPECT_EQ(c[0].issuer, "Chính phủ");
  EXPECT_EQ(c[0].relation, "basis");
}

TEST_F(CitationScannerTest, DashedDateAndMultiGroupSymbol) {
  auto c = scan("Công văn số 215/KH-TCTLNTW-C04 ngày 06-02-2017 của Tổng cục về việc hướng dẫn");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "215/KH-TCTLNTW-C04");
  EXPECT_EQ(c[0].date->iso(), "2017-02-06");
  EXPECT_EQ(c[0].issuer, "Tổng cục");
}

TEST_F(CitationScannerTest, StraySpaceBeforeSlashIsRemoved) {
  auto c = scan("Báo cáo số 231 /BC-CAT-PC02 ngày 3/10/2025 của Công an tỉnh");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "231/BC-CAT-PC02");
  EXPECT_EQ(c[0].number, "231");
  EXPECT_EQ(c[0].issuer, "Công an tỉnh");
}

TEST_F(CitationScannerTest, ListSharesTypeAndIssuer) {
  auto c = scan("thực hiện các Nghị định số 12/2024/NĐ-CP và 13/2024/NĐ-CP của Chính phủ về quản lý đất đai");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].number_symbol, "12/2024/NĐ-CP");
  EXPECT_EQ(c[1].number_symbol, "13/2024/NĐ-CP");
  EXPECT_EQ(c[1].type, "Nghị định");
  EXPECT_EQ(c[0].issuer, "Chính phủ");
  EXPECT_EQ(c[1].issuer, "Chính phủ");
}

TEST_F(CitationScannerTest, CommaListOfDecisions) {
  auto c = scan("Quyết định số 2201/QĐ-UBND, 2202/QĐ-UBND ngày 02/10/2025 của Chủ tịch UBND tỉnh");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].number_symbol, "2202/QĐ-UBND");
  EXPECT_EQ(c[1].type, "Quyết định");
  EXPECT_EQ(c[1].date->iso(), "2025-10-02");
}

TEST_F(CitationScannerTest, SeparateCitationsInOneSentence) {
  auto c = scan("Kế hoạch số 31/KH-UBND ngày 02/02/2025 của UBND huyện Lộc Bình về cải cách hành chính; Kế hoạch số 75-KH/ĐU ngày 20/01/2025 của Đảng ủy xã Hữu Lân về công tác dân vận.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "UBND huyện Lộc Bình");
  EXPECT_EQ(c[1].number_symbol, "75-KH/ĐU");
  EXPECT_EQ(c[1].issuer, "Đảng ủy xã Hữu Lân");
  EXPECT_EQ(c[1].subject, "về công tác dân vận");
}

TEST_F(CitationScannerTest, IssuerStopsAtNextTypeWordAndApprovalVerb) {
  auto c = scan("Kế hoạch số 08/KH-UBND ngày 15/01/2025 của UBND xã Yên Phúc kế hoạch chuyển đổi số; Nghị quyết số 45/2022/QH15 ngày 10/11/2022 của Quốc hội phê duyệt chủ trương đầu tư");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "UBND xã Yên Phúc");
  EXPECT_EQ(c[1].issuer, "Quốc hội");
  EXPECT_EQ(c[1].number_symbol, "45/2022/QH15");
  EXPECT_EQ(c[1].type_code, "NQ");
  EXPECT_EQ(c[1].subject, "phê duyệt chủ trương đầu tư");
}

TEST_F(CitationScannerTest, UndatedCitationWithIssuerInParentheses) {
  auto c = scan("Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về đổi mới");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].date);
  EXPECT_EQ(c[0].issuer, "Ban Chấp hành Trung ương Đảng");
}

TEST_F(CitationScannerTest, DateSplitByLineBreak) {
  auto c = scan("Thực hiện Kết luận số 27-KL/TW ngày 11\ntháng 3 năm 2026 của Bộ Chính trị về sắp xếp");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].date->iso(), "2026-03-11");
  EXPECT_EQ(c[0].issuer, "Bộ Chính trị");
}

TEST_F(CitationScannerTest, MixedCaseSymbols) {
  auto c = scan("Tờ trình số 120/TTr-SNV ngày 05/01/2025 của Sở Nội vụ; Chỉ thị số 12/CT-TTg ngày 01/4/2025 của Thủ tướng Chính phủ về việc đẩy mạnh; Quy định số 04/QyĐ-UBND ngày 1/1/2025");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].type_code, "TTr");
  EXPECT_EQ(c[1].type_code, "CT");
  EXPECT_EQ(c[1].issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(c[2].type_code, "QyĐ");
}

TEST_F(CitationScannerTest, OfficialLetterWithoutTypeCode) {
  auto c = scan("Văn bản số 1502/UBND-KT ngày 21/7/2025 của UBND tỉnh");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Văn bản");
  EXPECT_EQ(c[0].number_symbol, "1502/UBND-KT");
  EXPECT_FALSE(c[0].type_code);
}

TEST_F(CitationScannerTest, PartOfAnotherDocumentCitesTheDocument) {
  auto c = scan("theo điểm a khoản 2 Điều 5 Nghị định số 33/2025/NĐ-CP");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "33/2025/NĐ-CP");
}

TEST_F(CitationScannerTest, MentionsWithoutNumberAreNotCitations) {
  EXPECT_TRUE(scan("Giao Văn phòng theo dõi việc thực hiện Kế hoạch này và các văn bản có liên quan.").empty());
  EXPECT_TRUE(scan("các nội dung tại Mục II, khoản 2 Điều 5 của Quy chế").empty());
  EXPECT_TRUE(scan("Kế hoạch số 02 của Ban Chỉ đạo").empty());
  EXPECT_TRUE(scan("(Kèm theo Kế hoạch số /KH-UBND ngày /01/2026 của UBND tỉnh)").empty());
}

TEST_F(CitationScannerTest, LawByNameWithYear) {
  auto c = scan("Căn cứ Luật Đất đai năm 2024;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Luật");
  EXPECT_EQ(c[0].name, "Luật Đất đai");
  EXPECT_TRUE(c[0].number_symbol.empty());
  EXPECT_EQ(c[0].year, 2024);
  EXPECT_FALSE(c[0].date);
}

TEST_F(CitationScannerTest, LawByNameWithoutYearEndsAtCommaBeforeNextLaw) {
  auto c = scan("phổ biến Luật Phòng, chống tham nhũng, Luật Tiếp công dân và các văn bản hướng dẫn");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Luật Phòng, chống tham nhũng");
  EXPECT_EQ(c[1].name, "Luật Tiếp công dân");
  EXPECT_FALSE(c[1].year);
}

TEST_F(CitationScannerTest, LawByNameWithFullDate) {
  auto c = scan("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Tổ chức chính quyền địa phương");
  EXPECT_EQ(c[0].date->iso(), "2015-06-19");
  EXPECT_EQ(c[0].year, 2015);
}

TEST_F(CitationScannerTest, AmendingLawKeepsItsWholeNameAndHidesInnerLaws) {
  auto c = scan("Luật sửa đổi, bổ sung một số điều của Luật Thủy sản và Luật Lâm nghiệp ngày 15 tháng 6 năm 2023;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật sửa đổi, bổ sung một số điều của Luật Thủy sản và Luật Lâm nghiệp");
  EXPECT_EQ(c[0].year, 2023);
}

TEST_F(CitationScannerTest, LawWithNumber) {
  auto c = scan("Căn cứ Luật Giá số 16/2023/QH15; Luật số 22/2024/QH15;");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Luật Giá");
  EXPECT_EQ(c[0].number_symbol, "16/2023/QH15");
  EXPECT_EQ(c[1].type, "Luật");
  EXPECT_EQ(c[1].number_symbol, "22/2024/QH15");
  EXPECT_TRUE(c[1].name.empty());
}

TEST_F(CitationScannerTest, CodesAndOrdinances) {
  auto c = scan("theo Bộ luật Lao động năm 2019 và Pháp lệnh Ưu đãi người có công với cách mạng");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].type, "Bộ luật");
  EXPECT_EQ(c[0].name, "Bộ luật Lao động");
  EXPECT_EQ(c[0].year, 2019);
  EXPECT_EQ(c[1].type, "Pháp lệnh");
}

TEST_F(CitationScannerTest, LawsAsAConceptAreNotNamedLaws) {
  EXPECT_TRUE(scan("chính sách, pháp luật của Nhà nước; tuyên truyền pháp luật về đất đai; luật pháp quốc tế").empty());
  EXPECT_TRUE(scan("Luật này có hiệu lực thi hành").empty());
}

TEST_F(CitationScannerTest, RelationCues) {
  EXPECT_EQ(scan("sửa đổi, bổ sung Quyết định số 12/2023/QĐ-UBND")[0].relation, "amends");
  EXPECT_EQ(scan("thay thế Quyết định số 12/2023/QĐ-UBND")[0].relation, "replaces");
  EXPECT_EQ(scan("bãi bỏ Quyết định số 12/2023/QĐ-UBND")[0].relation, "repeals");
  EXPECT_EQ(scan("Triển khai Kế hoạch số 3/KH-UBND")[0].relation, "implements");
  EXPECT_EQ(scan("theo Kế hoạch số 3/KH-UBND")[0].relation, "");
}

}  // namespace
}  // namespace vanban

namespace vanban {
namespace {

class CitationScannerMoreTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

TEST_F(CitationScannerMoreTest, IssuerNamedBeforeTheCitation) {
  auto c = scan("Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 88/TTr-STP ngày 3 tháng 3 năm 2025 và Chủ tịch Hội Luật gia tỉnh tại Công văn số 14/HLG ngày 1/3/2025.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "Giám đốc Sở Tư pháp");
  EXPECT_EQ(c[1].issuer, "Chủ tịch Hội Luật gia tỉnh");
}

TEST_F(CitationScannerMoreTest, NeighboursJoinedByVaShareTheIssuer) {
  auto c = scan("theo quy định của Chính phủ tại Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Nghị định số 42/2022/NĐ-CP ngày 24/6/2022, bảo đảm");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].issuer, "Chính phủ");
  EXPECT_EQ(c[1].issuer, "Chính phủ");
}

TEST_F(CitationScannerMoreTest, QualifiedTypeWords) {
  auto c = scan("Chương trình hành động số 15-CTr/TU ngày 2/2/2022 của Tỉnh ủy; Thông báo kết luận số 120-TB/TU ngày 5/5/2023");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].type, "Chương trình hành động");
  EXPECT_EQ(c[0].type_code, "CTr");
  EXPECT_EQ(c[1].type, "Thông báo kết luận");
}

TEST_F(CitationScannerMoreTest, LawNameEndsBeforeABareYearOrAVerb) {
  auto c = scan("Luật Đất đai 2024 và Luật Căn cước bảo đảm quyền");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Luật Đất đai");
  EXPECT_EQ(c[0].year, 2024);
  EXPECT_EQ(c[1].name, "Luật Căn cước");
}

TEST_F(CitationScannerMoreTest, NamesOfBodiesAreNotLaws) {
  EXPECT_TRUE(scan("sinh viên Trường Đại học Luật Hà Nội và Vụ Pháp luật").empty());
}

TEST_F(CitationScannerMoreTest, SymbolsAreWrittenInCapitals) {
  EXPECT_TRUE(scan("Kế hoạch số 12/ ngày làm việc").empty());
  EXPECT_TRUE(scan("Luật Luật số").empty());
}

TEST_F(CitationScannerMoreTest, IssuerDropsLinkWordsBeforeTheNextCitation) {
  auto c = scan("Quyết định số 812/QĐ-BNV ngày 2/12/2024 của Bộ trưởng Bộ Nội vụ và các Quyết định số 15/QĐ-UBND, 16/QĐ-UBND ngày 8/1/2025 của UBND tỉnh");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].issuer, "Bộ trưởng Bộ Nội vụ");
  EXPECT_EQ(c[1].date->iso(), "2025-01-08");
  EXPECT_EQ(c[1].issuer, "UBND tỉnh");
}

TEST_F(CitationScannerMoreTest, LongIssuerWithDash) {
  auto c = scan("Công văn số 77/CĐS-QLDL ngày 2/12/2024 của Cục Chuyển đổi số và Dữ liệu - Bộ Nông nghiệp và Phát triển nông thôn về dữ liệu");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Cục Chuyển đổi số và Dữ liệu - Bộ Nông nghiệp và Phát triển nông thôn");
}

}  // namespace
}  // namespace vanban
