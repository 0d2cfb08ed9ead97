// The issuer a number/symbol names when the text does not. Invented numbers and bodies.
#include "analysis/symbol_issuers.hpp"

#include <gtest/gtest.h>

namespace vanban {
namespace {

class SymbolIssuersTest : public ::testing::Test {
 protected:
  std::optional<std::string> of(const std::string& ns) { return issuer_from_symbol(folder, ns, self); }
  text::Folder folder;
  Metadata self;
};

TEST_F(SymbolIssuersTest, CentralBodiesFromTheTable) {
  EXPECT_EQ(of("412/QĐ-TTg"), "Thủ tướng Chính phủ");
  EXPECT_EQ(of("73/2027/NĐ-CP"), "Chính phủ");
  EXPECT_EQ(of("19/2027/QH16"), "Quốc hội");
  EXPECT_EQ(of("88/2027/UBTVQH16"), "Ủy ban Thường vụ Quốc hội");
  EXPECT_EQ(of("205-KL/TW"), "Ban Chấp hành Trung ương");
  EXPECT_EQ(of("15/2027/TT-BTP"), "Bộ Tư pháp");
  EXPECT_EQ(of("2210/VPCP-KGVX"), "Văn phòng Chính phủ");
}

TEST_F(SymbolIssuersTest, DepartmentsIssuingCongVan) {
  EXPECT_EQ(of("318/BTP-KTVB&QLXLVPHC"), "Bộ Tư pháp");
  EXPECT_EQ(of("77/SNV-LĐVL&TN"), "Sở Nội vụ");
  EXPECT_EQ(of("940/STP-HCTP"), "Sở Tư pháp");
  EXPECT_EQ(of("52/KH-SNV"), "Sở Nội vụ");
}

TEST_F(SymbolIssuersTest, LocalCodeTakesTheCitingDocumentsLevel) {
  self.symbol = "KH-UBND";
  self.issuer = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM";
  EXPECT_EQ(of("123/QĐ-UBND"), "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NAM");
  self.symbol = "BC-SNV";
  self.issuer = "SỞ NỘI VỤ";
  self.parent_issuer = "UBND TỈNH HÒA BÌNH NAM";
  EXPECT_EQ(of("123/QĐ-UBND"), "UBND TỈNH HÒA BÌNH NAM");
  self.symbol = "NQ/TU";
  self.issuer = "TỈNH ỦY HÒA BÌNH NAM";
  EXPECT_EQ(of("12-CT/TU"), "TỈNH ỦY HÒA BÌNH NAM");
}

TEST_F(SymbolIssuersTest, NearMissUnknownOrUnplacedCodes) {
  EXPECT_FALSE(of("123/QĐ-UBND"));  // no citing level known
  EXPECT_FALSE(of("41/KH-XYZQ"));   // a code not in the table
  EXPECT_FALSE(of("335"));           // a bare number
  self.symbol = "BC-SNV";
  self.issuer = "SỞ NỘI VỤ";
  self.parent_issuer = "BỘ NỘI VỤ";
  EXPECT_FALSE(of("9/QĐ-UBND"));  // the parent is no UBND
}

}  // namespace
}  // namespace vanban
