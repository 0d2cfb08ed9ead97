// Grammar classes of citations: drafts, lists sharing a date, lower-case law names, law names cut
// before their number, issuers running into a verb, "&" in symbols, the issuer and date told before.
// Every phrase is invented.
#include <gtest/gtest.h>

#include "analysis/citation_scanner.hpp"
#include "text/match_text.hpp"

namespace vanban {
namespace {

class CitationGrammarTest : public ::testing::Test {
 protected:
  std::vector<Citation> scan(const std::string& s) { return scanner.scan(folder.prepare(s)); }
  text::Folder folder;
  CitationScanner scanner{folder};
};

// ---- drafts being prepared are not references

TEST_F(CitationGrammarTest, LawsListedAfterDraftAreNotCited) {
  auto c = scan("2. Bộ Xây dựng báo cáo về tiếp thu, chỉnh lý dự thảo: Luật Đường thủy nội địa (sửa đổi), "
                "Luật sửa đổi, bổ sung một số điều của Luật Giao thông, Luật Cảng biển và Luật Hàng hải; "
                "Nghị quyết của Quốc hội về thí điểm cơ chế đặc thù.");
  EXPECT_TRUE(c.empty()) << c.front().text;
}

TEST_F(CitationGrammarTest, LawMarkedAmendedIsADraft) {
  auto c = scan("góp phần hoàn thiện Luật Thương mại điện tử (sửa đổi) và Luật Quảng cáo (sửa đổi).");
  EXPECT_TRUE(c.empty());
}

TEST_F(CitationGrammarTest, BillIsADraft) {
  auto c = scan("chỉ đạo hoàn thiện dự án Luật sửa đổi, bổ sung một số điều của Luật Điện lực, Luật Giá.");
  EXPECT_TRUE(c.empty());
  c = scan("các dự án theo Luật Đầu tư công năm 2027;");  // near miss: projects under a law in force
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Đầu tư công");
}

TEST_F(CitationGrammarTest, NearMissLawAfterDraftOfAnotherDocumentStays) {
  // the draft is a Quyết định; the law is what it follows
  auto c = scan("Sở Tư pháp thẩm định dự thảo Quyết định theo Luật Ban hành văn bản quy phạm pháp luật năm 2025.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Ban hành văn bản quy phạm pháp luật");
}

TEST_F(CitationGrammarTest, NearMissAmendingLawWithYearIsInForce) {
  auto c = scan("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Du lịch và Luật Di sản văn hóa năm 2024;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].year, 2024);
}

TEST_F(CitationGrammarTest, AmendingLawNameEndsBeforeTheClauseGoesOn) {
  auto c = scan("Theo Luật sửa đổi, bổ sung một số điều của Luật Phí và lệ phí năm 2026 và các văn bản hướng dẫn thi hành "
                "thì người nộp phí phải kê khai.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật sửa đổi, bổ sung một số điều của Luật Phí và lệ phí");
  c = scan("theo Luật sửa đổi, bổ sung một số điều của Luật Hải quan thì doanh nghiệp được miễn kiểm tra.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật sửa đổi, bổ sung một số điều của Luật Hải quan");
}

TEST_F(CitationGrammarTest, NearMissAmendingLawListingSeveralLaws) {
  auto c = scan("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh, Luật Báo chí và Luật Quảng cáo ngày 02 tháng 4 năm 2027;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh, Luật Báo chí và Luật Quảng cáo");
  EXPECT_EQ(c[0].date->iso(), "2027-04-02");
}

// ---- a list of one series shares the trailing date

TEST_F(CitationGrammarTest, SeriesItemsShareTheTrailingDate) {
  auto c = scan("theo yêu cầu tại Nghị quyết số 07/NQ-CP và Nghị quyết số 09/NQ-CP ngày 14 tháng 3 năm 2027 của Chính phủ;");
  ASSERT_EQ(c.size(), 2u);
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->iso(), "2027-03-14");
  EXPECT_EQ(c[0].issuer, "Chính phủ");
  EXPECT_EQ(c[1].date->iso(), "2027-03-14");
}

TEST_F(CitationGrammarTest, NearMissOtherSeriesKeepsNoDate) {
  auto c = scan("theo Quyết định số 31/QĐ-UBND và Quyết định số 44/QĐ-BCĐ ngày 02/6/2027 của Ban Chỉ đạo tỉnh;");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_FALSE(c[0].date);
}

// ---- law names in lower case

TEST_F(CitationGrammarTest, LawNamedInLowerCase) {
  auto c = scan("tổ chức thực hiện nghiêm Luật phòng cháy chữa cháy và cứu nạn cứu hộ.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật phòng cháy chữa cháy và cứu nạn cứu hộ");
  c = scan("theo Luật thống kê năm 2027;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật thống kê");
  EXPECT_EQ(c[0].year, 2027);
}

TEST_F(CitationGrammarTest, NearMissLowerCaseNameCutShort) {
  // a comma or a word may stand inside a lower-case name: with no capital to tell, it is not taken
  EXPECT_TRUE(scan("theo Luật quản lý, sử dụng vốn công;").empty());
  EXPECT_TRUE(scan("chế độ theo Pháp lệnh ưu đãi người có công với cách mạng.").empty());
  EXPECT_TRUE(scan("Luật sư Trần Văn Bình - Chủ nhiệm Đoàn.").empty());
  EXPECT_TRUE(scan("Trình độ: Thạc sĩ Luật kinh tế.").empty());  // a degree, not a law
}

TEST_F(CitationGrammarTest, NearMissLowerCaseWordsThatNameNoLaw) {
  EXPECT_TRUE(scan("áp dụng theo Luật chuyên ngành có liên quan.").empty());
  EXPECT_TRUE(scan("trình 03 Nghị định hướng dẫn các Luật và 02 Quyết định khác.").empty());
  EXPECT_TRUE(scan("Luật này có hiệu lực từ ngày 01/01/2028.").empty());
  EXPECT_TRUE(scan("phù hợp với Luật mới.").empty());
}

// ---- a law's name cut before its number

TEST_F(CitationGrammarTest, LawNameReadsOnToItsNumber) {
  auto c = scan("Căn cứ Luật Bảo vệ người đang sinh sống ở vùng ven biển số 27/2027/QH16 ngày 05 tháng 6 năm 2027;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Bảo vệ người đang sinh sống ở vùng ven biển");
  EXPECT_EQ(c[0].number_symbol, "27/2027/QH16");
  EXPECT_EQ(c[0].date->iso(), "2027-06-05");
}

TEST_F(CitationGrammarTest, LawNameHoldingTheWordSoReadsOnToItsNumber) {
  auto c = scan("theo quy định của Luật Đo lường số liệu hải văn số 18/2026/QH15 và các văn bản hướng dẫn.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Đo lường số liệu hải văn");
  EXPECT_EQ(c[0].number_symbol, "18/2026/QH15");
}

TEST_F(CitationGrammarTest, EnactedAmendmentWithItsNumberIsCited) {
  auto c = scan("đối tượng theo Luật Bảo vệ nguồn lợi thủy sản (sửa đổi) số 21/2026/QH15.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "21/2026/QH15");
  EXPECT_FALSE(c[0].draft);
}

TEST_F(CitationGrammarTest, NearMissAmendmentWithoutANumberStaysADraft) {
  auto c = scan("Bộ trình Quốc hội Luật Bảo vệ nguồn lợi thủy sản (sửa đổi) tại kỳ họp tới.");
  EXPECT_TRUE(c.empty() || c.front().draft);
}

// ---- a dated number with no type word before it: the type is named once before a list, or in a column

TEST_F(CitationGrammarTest, DatedNumbersOfAListWithTheTypeNamedOnce) {
  auto c = scan("Nghị quyết phê chuẩn dự toán năm 2027: tỉnh An Hòa số 115/NQ-HĐND ngày 10/12/2026 của HĐND tỉnh, "
                "tỉnh Bình Phú số 87/NQ-HĐND ngày 11/12/2026.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].number_symbol, "115/NQ-HĐND");
  EXPECT_EQ(c[0].date->iso(), "2026-12-10");
  EXPECT_EQ(c[0].type_code, "NQ");
  EXPECT_TRUE(c[0].type.empty()) << "the text names no type there";
  EXPECT_EQ(c[1].number_symbol, "87/NQ-HĐND");
  EXPECT_EQ(c[1].date->iso(), "2026-12-11");
}

TEST_F(CitationGrammarTest, NearMissDatedNumberWithoutATypeCodeOrDate) {
  EXPECT_TRUE(scan("Đã xử lý hồ sơ số 15/UBND-VP ngày 03/02/2027 theo quy định.").empty())
      << "an issuer's code names no type of document";
  EXPECT_TRUE(scan("Tiếp nhận hồ sơ số 15/KH-UBND để xem xét.").empty()) << "no date after the number";
}

TEST_F(CitationGrammarTest, NearMissATypedCitationIsNotTakenTwice) {
  auto c = scan("Thực hiện Kế hoạch số 15/KH-UBND ngày 03/02/2027 của UBND huyện.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Kế hoạch");
}

TEST_F(CitationGrammarTest, JointCircularOfMinistries) {
  auto c = scan("bãi bỏ Thông tư liên Bộ số 07/TT-LB ngày 12/5/1994 của liên Bộ Thủy lợi - Tài chính.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Thông tư liên Bộ");
  EXPECT_EQ(c[0].number_symbol, "07/TT-LB");
  EXPECT_EQ(c[0].date->iso(), "1994-05-12");
}

TEST_F(CitationGrammarTest, NearMissNumberOfAnotherDocumentAfterTheName) {
  auto c = scan("theo Luật Đo đạc đang được hướng dẫn tại văn bản số 41/BXD-KHCN ngày 03/02/2027.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Luật Đo đạc");
  EXPECT_TRUE(c[0].number_symbol.empty());
}

// ---- an application ("Đơn đề nghị") cited by its number

TEST_F(CitationGrammarTest, ApplicationCitedByNumber) {
  auto c = scan("theo Đơn đề nghị số 41/ĐĐN-HCT ngày 02 tháng 3 năm 2027 của Hội Cây trồng tỉnh;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, "Đơn đề nghị");
  EXPECT_EQ(c[0].number_symbol, "41/ĐĐN-HCT");
  EXPECT_EQ(c[0].issuer, "Hội Cây trồng tỉnh");
}

TEST_F(CitationGrammarTest, NearMissUnitNumberIsNoApplication) {
  EXPECT_TRUE(scan("đơn vị số 3 và đơn vị số 5 phối hợp").empty());
}

// ---- an issuer stops at the next verb

TEST_F(CitationGrammarTest, IssuerStopsAtAmendingVerb) {
  auto c = scan("Nghị định số 52/2027/NĐ-CP ngày 11/4/2027 của Chính phủ sửa đổi, bổ sung một số điều về thuế;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Chính phủ");
  c = scan("Quyết định số 9/2027/QĐ-UBND của Ủy ban nhân dân tỉnh bãi bỏ quy định cũ;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ủy ban nhân dân tỉnh");
}

// ---- "&" joins two units in a symbol group

TEST_F(CitationGrammarTest, AmpersandInsideSymbol) {
  auto c = scan("Công văn số 318/BTP-KTVB&QLXLVPHC ngày 20/3/2027 của Bộ Tư pháp về kiểm tra văn bản;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "318/BTP-KTVB&QLXLVPHC");
  c = scan("Văn bản số 77/SNV-LĐVL&TN, 78/SNV-CCVC&TĐKT của Sở Nội vụ");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].number_symbol, "77/SNV-LĐVL&TN");
  EXPECT_EQ(c[1].number_symbol, "78/SNV-CCVC&TĐKT");
}

TEST_F(CitationGrammarTest, NearMissAmpersandBetweenWordsIsNoSymbol) {
  auto c = scan("Kế hoạch số 12/KH-UBND & các văn bản khác");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].number_symbol, "12/KH-UBND");
}

// ---- the issuer and date told before the citation

TEST_F(CitationGrammarTest, DateAndIssuerBeforeTheCitation) {
  auto c = scan("Ngày 10/9/2027, Ủy ban nhân dân Thành phố ban hành Kế hoạch số 215/KH-UBND về chuyển đổi số.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->iso(), "2027-09-10");
  EXPECT_EQ(c[0].issuer, "Ủy ban nhân dân Thành phố");
}

TEST_F(CitationGrammarTest, IssuerAdvisedBeforeTheCitation) {
  auto c = scan("Sở Văn hóa đã tham mưu UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND ngày 02/3/2027 về du lịch.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "UBND tỉnh");
  EXPECT_EQ(c[0].date->iso(), "2027-03-02");
}

TEST_F(CitationGrammarTest, NearMissNoBodyBeforeTheVerb) {
  auto c = scan("Căn cứ quy định đã ban hành Quyết định số 14/QĐ-UBND;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].issuer.empty());
  c = scan("Ngày 05/5/2027, Sở Y tế ban hành Kế hoạch số 31/KH-SYT ngày 02/5/2027;");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].date->iso(), "2027-05-02");  // its own date wins
}

}  // namespace
}  // namespace vanban
