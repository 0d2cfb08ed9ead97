#include "analysis/signature_parser.hpp"

#include <gtest/gtest.h>

namespace vanban::analysis {
namespace {

class SignatureTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  SignatureParser parser{kit};

  std::vector<Line> lines(std::initializer_list<const char*> texts) {
    std::vector<Line> out;
    for (const char* t : texts) out.push_back(Line{t, 0, false, -1, nullptr});
    return out;
  }
};

TEST_F(SignatureTest, AuthorityPrefixes) {
  EXPECT_TRUE(parser.is_authority("KT. CHỦ TỊCH"));
  EXPECT_TRUE(parser.is_authority("TM. ỦY BAN NHÂN DÂN"));
  EXPECT_TRUE(parser.is_authority("T/M BAN THƯỜNG VỤ"));
  EXPECT_TRUE(parser.is_authority("TUQ. GIÁM ĐỐC"));
  EXPECT_FALSE(parser.is_authority("TỔNG GIÁM ĐỐC"));
  EXPECT_FALSE(parser.is_authority("Tm. chủ tịch"));  // capitals only
}

TEST_F(SignatureTest, PersonNames) {
  EXPECT_TRUE(parser.is_person_name("Hồ Thị Ngọc Lan", false));
  EXPECT_FALSE(parser.is_person_name("PHÓ CHỦ TỊCH", true));
  EXPECT_FALSE(parser.is_person_name("Như trên", false));
  EXPECT_FALSE(parser.is_person_name("Lưu: VT", false));
  EXPECT_TRUE(parser.is_person_name("LÊ VŨ PHONG", true));  // "VŨ" and "PHONG" are names, "VỤ"/"PHÒNG" offices
  EXPECT_FALSE(parser.is_person_name("LÊ VŨ PHONG", false));
}

TEST_F(SignatureTest, StackedAuthoritiesAndPostUnderTheSignatureSpace) {
  Signer s = parser.parse(lines({"TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "(Đã ký)", "GIÁM ĐỐC SỞ NỘI VỤ", "Đinh Công Thành"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. BAN CHỈ ĐẠO");
  EXPECT_EQ(s.position.value_or(""), "PHÓ TRƯỞNG BAN");  // the post he signs in for the board
  EXPECT_EQ(s.name.value_or(""), "Đinh Công Thành");
  s = parser.parse(lines({"TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "[signature]", "Mạc Thị Hoa"}));
  EXPECT_EQ(s.authority.value_or(""), "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG");
  EXPECT_EQ(s.position.value_or(""), "PHÓ CHÁNH VĂN PHÒNG");
}

TEST_F(SignatureTest, NoNameLeavesItNull) {
  Signer s = parser.parse(lines({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}));
  EXPECT_EQ(s.position.value_or(""), "PHÓ GIÁM ĐỐC");
  EXPECT_FALSE(s.name);
}

TEST_F(SignatureTest, UnsignedDraftBlockKeepsThePost) {
  Signer s = parser.parse(lines({"CHỦ TỊCH", "(Ký, ghi rõ họ tên)"}));
  EXPECT_EQ(s.position.value_or(""), "CHỦ TỊCH");
  EXPECT_FALSE(s.name);
  EXPECT_FALSE(s.authority);
}

TEST_F(SignatureTest, ActingPostRightAboveTheNameIsAlsoThePosition) {
  Signer s = parser.parse(lines({"Q. GIÁM ĐỐC", "(Đã ký)", "Trần Văn Phúc"}));
  EXPECT_EQ(s.authority.value_or(""), "Q. GIÁM ĐỐC");
  EXPECT_EQ(s.position.value_or(""), "Q. GIÁM ĐỐC");
  EXPECT_EQ(s.name.value_or(""), "Trần Văn Phúc");
}

TEST_F(SignatureTest, LinesRunTogetherInOneCellParagraphAreCutBack) {
  Signer s = parser.parse(lines({"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Đặng Thị Mỹ Dung"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH");
  EXPECT_EQ(s.position.value_or(""), "PHÓ CHỦ TỊCH");
  EXPECT_EQ(s.name.value_or(""), "Đặng Thị Mỹ Dung");

  s = parser.parse(lines({"KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Vi Văn Khánh"}));
  EXPECT_EQ(s.authority.value_or(""), "KT. GIÁM ĐỐC");
  EXPECT_EQ(s.position.value_or(""), "PHÓ GIÁM ĐỐC");

  s = parser.parse(lines({"TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH", "Lò Thị Sen"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. HỘI ĐỒNG NHÂN DÂN");
  EXPECT_EQ(s.position.value_or(""), "CHỦ TỊCH");
}

TEST_F(SignatureTest, RunTogetherDeputyMinisterAndOrderedSignatures) {
  Signer s = parser.parse(lines({"KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Lục Văn Tiến"}));
  EXPECT_EQ(s.authority.value_or(""), "KT. BỘ TRƯỞNG");
  EXPECT_EQ(s.position.value_or(""), "THỨ TRƯỞNG");

  s = parser.parse(lines({"TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG", "Ninh Thị Bích"}));
  EXPECT_EQ(s.authority.value_or(""), "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG");
  EXPECT_EQ(s.position.value_or(""), "PHÓ CHÁNH VĂN PHÒNG");

  s = parser.parse(lines({"TUQ. GIÁM ĐỐC TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Vàng A Sùng"}));
  EXPECT_EQ(s.authority.value_or(""), "TUQ. GIÁM ĐỐC");
  EXPECT_EQ(s.position.value_or(""), "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH");

  s = parser.parse(lines({"TL. CHỦ TỊCH UBND TỈNH", "CHÁNH VĂN PHÒNG", "Triệu Đức Minh"}));
  EXPECT_EQ(s.authority.value_or(""), "TL. CHỦ TỊCH UBND TỈNH");
  EXPECT_EQ(s.position.value_or(""), "CHÁNH VĂN PHÒNG");
}

TEST_F(SignatureTest, ABodyWhoseNameEndsInAPostStaysWhole) {
  Signer s = parser.parse(lines({"TM. ĐOÀN CHỦ TỊCH", "Hà Văn Lự"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. ĐOÀN CHỦ TỊCH");
}

// A seal image extracted from a PDF leaves a "[" between the post and the name, alone or joined to it.
TEST_F(SignatureTest, StrayBracketFromASealImageIsNotPartOfTheName) {
  Signer s = parser.parse(lines({"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "[", "Lương Văn Khải"}));
  EXPECT_EQ(s.position.value_or(""), "CHỦ TỊCH");
  EXPECT_EQ(s.name.value_or(""), "Lương Văn Khải");
  s = parser.parse(lines({"TM. CHÍNH PHỦ", "THỦ TƯỚNG", "[ Đào Minh Quý"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. CHÍNH PHỦ");
  EXPECT_EQ(s.name.value_or(""), "Đào Minh Quý");
}

TEST_F(SignatureTest, ClosedBracketMarkerStaysAMarker) {  // near miss: "[đã ký]" is a marker, not a name
  Signer s = parser.parse(lines({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "[đã ký]"}));
  EXPECT_EQ(s.position.value_or(""), "PHÓ GIÁM ĐỐC");
  EXPECT_FALSE(s.name);
}

// A whole block flattened into one cell line: authority, post, marker and name are cut apart.
TEST_F(SignatureTest, BlockFlattenedIntoOneLine) {
  Signer s = parser.parse(lines({"TM. CHÍNH PHỦ THỦ TƯỚNG (Đã ký) Phạm Quang Vinh"}));
  EXPECT_EQ(s.authority.value_or(""), "TM. CHÍNH PHỦ");
  EXPECT_EQ(s.position.value_or(""), "THỦ TƯỚNG");
  EXPECT_EQ(s.name.value_or(""), "Phạm Quang Vinh");

  s = parser.parse(lines({"KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Thị Mai Anh"}));
  EXPECT_EQ(s.authority.value_or(""), "KT. CHỦ TỊCH");
  EXPECT_EQ(s.position.value_or(""), "PHÓ CHỦ TỊCH");
  EXPECT_EQ(s.name.value_or(""), "Hoàng Thị Mai Anh");

  EXPECT_TRUE(parser.is_flattened_block("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lò Văn Sinh"));
}

TEST_F(SignatureTest, AuthorityWordsInASentenceAreNoFlattenedBlock) {  // near misses
  EXPECT_FALSE(parser.is_flattened_block("TM. UBND xã giao phòng chuyên môn theo dõi việc thực hiện"));
  EXPECT_FALSE(parser.is_flattened_block("KT. CHỦ TỊCH"));
  EXPECT_FALSE(parser.is_flattened_block("KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký)"));
}

// A rank typed before the name belongs to the signer, not to the name.
TEST_F(SignatureTest, RankBeforeTheNameIsNotPartOfIt) {
  Signer s = parser.parse(lines({"GIÁM ĐỐC", "(Đã ký)", "Thiếu tướng Hoàng Văn Khởi"}));
  EXPECT_EQ(s.position.value_or(""), "GIÁM ĐỐC");
  EXPECT_EQ(s.name.value_or(""), "Hoàng Văn Khởi");
  s = parser.parse(lines({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đại tá Lý Thị Ngọc"}));
  EXPECT_EQ(s.name.value_or(""), "Lý Thị Ngọc");
}

TEST_F(SignatureTest, RankWordsThatStartANameAreKept) {  // near misses
  EXPECT_TRUE(parser.is_person_name("Trung Văn Tá", false));
  Signer s = parser.parse(lines({"CHỦ TỊCH", "Đại Văn Tướng"}));
  EXPECT_EQ(s.name.value_or(""), "Đại Văn Tướng");
}

// A reader joined the signature-space marker and the name into one line.
TEST_F(SignatureTest, MarkerJoinedToTheNameIsCutOff) {
  Signer s = parser.parse(lines({"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "[đã ký] Quách Văn Toàn"}));
  EXPECT_EQ(s.position.value_or(""), "PHÓ THỦ TƯỚNG");
  EXPECT_EQ(s.name.value_or(""), "Quách Văn Toàn");
  s = parser.parse(lines({"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Thị Hạnh (Đã ký)"}));
  EXPECT_EQ(s.name.value_or(""), "Mai Thị Hạnh");
}

TEST_F(SignatureTest, PostWithABracketedNoteIsNoName) {  // near miss
  Signer s = parser.parse(lines({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC (PHỤ TRÁCH)", "(Đã ký)"}));
  EXPECT_EQ(s.position.value_or(""), "PHÓ GIÁM ĐỐC (PHỤ TRÁCH)");
  EXPECT_FALSE(s.name);
}

}  // namespace
}  // namespace vanban::analysis
