#include <gtest/gtest.h>

#include <initializer_list>

#include "analysis/front_matter.hpp"
#include "text/text_kit.hpp"

namespace vanban {
namespace {

void lines(Document& d, std::initializer_list<const char*> texts) {
  for (const char* t : texts) {
    Paragraph p;
    p.text = t;
    d.blocks.push_back(p);
  }
}

const Diagnostic* find(const Document& d, const std::string& code) {
  for (const auto& x : d.diagnostics.items())
    if (x.code == code) return &x;
  return nullptr;
}

class FrontNoHeaderTest : public ::testing::Test {
 protected:
  text::TextKit kit;
  FrontMatterPass pass{kit};
};

TEST_F(FrontNoHeaderTest, YearFromTheTitleIsInferredApartFromTheIssueDate) {
  Document d;
  lines(d, {"KẾ HOẠCH", "Tổ chức Hội khỏe Phù Đổng cấp xã năm 2026",
            "Ủy ban nhân dân xã Ea Hiao xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng như sau:", "I. MỤC ĐÍCH",
            "1. Phát triển phong trào thể dục thể thao trong trường học."});
  pass.run(d);
  EXPECT_FALSE(d.metadata.issue_date);
  EXPECT_EQ(d.metadata.year, 2026);
  EXPECT_EQ(d.metadata.inferred, (std::vector<std::string>{"issuer", "year"}));
  const Diagnostic* w = find(d, "front.no-header");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::Warning);
  EXPECT_NE(w->message.find("missing: issuer line, number, place, date"), std::string::npos) << w->message;
  EXPECT_NE(w->message.find("2026"), std::string::npos) << w->message;
}

TEST_F(FrontNoHeaderTest, CapsTitleLineGivesTheYear) {
  Document d;
  lines(d, {"BÁO CÁO TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2025", "1. Kết quả đạt được",
            "Năm 2024, các chi bộ đã tổ chức đối thoại với Nhân dân."});
  pass.run(d);
  EXPECT_EQ(d.metadata.year, 2025);
}

TEST_F(FrontNoHeaderTest, PastYearInTheBodyIsNotTheDocumentsYear) {
  Document d;
  lines(d, {"THAM LUẬN", "Kinh nghiệm vận động Nhân dân hiến đất làm đường",
            "Năm 2023, Ban Nhân dân thôn Tân Sơn đã vận động 40 hộ hiến đất.", "1. Cách làm"});
  pass.run(d);
  EXPECT_FALSE(d.metadata.year);
  EXPECT_TRUE(std::find(d.metadata.inferred.begin(), d.metadata.inferred.end(), "year") == d.metadata.inferred.end());
  ASSERT_NE(find(d, "front.no-header"), nullptr);
}

TEST_F(FrontNoHeaderTest, DocumentWithAHeaderHasNoWarningAndNoInferredYear) {
  Document d;
  lines(d, {"UBND XÃ ĐỨC AN", "Số: 21/KH-UBND", "Đức An, ngày 10 tháng 02 năm 2026", "KẾ HOẠCH",
            "Phòng chống dịch bệnh trên gia súc năm 2026", "I. MỤC ĐÍCH", "1. Chủ động phòng bệnh."});
  pass.run(d);
  ASSERT_TRUE(d.metadata.issue_date);
  EXPECT_FALSE(d.metadata.year);
  EXPECT_EQ(find(d, "front.no-header"), nullptr);
}

TEST_F(FrontNoHeaderTest, HeaderWithoutDateListsOnlyWhatIsMissing) {
  Document d;
  lines(d, {"UBND XÃ ĐỨC AN", "Số: 21/KH-UBND", "KẾ HOẠCH", "Phòng chống dịch bệnh trên gia súc năm 2026",
            "I. MỤC ĐÍCH", "1. Chủ động phòng bệnh."});
  pass.run(d);
  const Diagnostic* w = find(d, "front.no-header");
  ASSERT_NE(w, nullptr);
  EXPECT_NE(w->message.find("missing: place, date"), std::string::npos) << w->message;
}

// Without a header, capitals at the top that name no body are a title, not the issuer.
TEST_F(FrontNoHeaderTest, CapitalsTitleWithoutHeaderIsNotTheIssuer) {
  Document d;
  lines(d, {"BÀI PHÁT BIỂU TỔNG KẾT", "Hội nghị sơ kết công tác dân vận sáu tháng đầu năm 2027",
            "Kính thưa các đồng chí đại biểu!",
            "Hôm nay, chúng ta tổ chức hội nghị để đánh giá kết quả thực hiện công tác dân vận trong sáu tháng qua và "
            "bàn phương hướng cho thời gian tới."});
  pass.run(d);
  EXPECT_FALSE(d.metadata.issuer);
}

TEST_F(FrontNoHeaderTest, BodyNameAtTheTopWithoutHeaderStaysTheIssuer) {  // near miss
  Document d;
  lines(d, {"ỦY BAN NHÂN DÂN XÃ PHƯỚC HƯNG", "KẾ HOẠCH", "Tổ chức ngày hội đại đoàn kết năm 2027",
            "I. MỤC ĐÍCH", "1. Phát huy sức mạnh khối đại đoàn kết toàn dân tộc."});
  pass.run(d);
  EXPECT_EQ(d.metadata.issuer.value_or(""), "ỦY BAN NHÂN DÂN XÃ PHƯỚC HƯNG");
}

// A gazette extract whose text was lost keeps only the signature: it is the closing, not an issuer.
TEST_F(FrontNoHeaderTest, LoneSignatureIsTheClosingNotTheIssuer) {
  Document d;
  lines(d, {"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Tạ Văn Hòa"});
  pass.run(d);
  EXPECT_FALSE(d.metadata.issuer);
  EXPECT_EQ(d.metadata.signer.authority.value_or(""), "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG");
  EXPECT_EQ(d.metadata.signer.name.value_or(""), "Tạ Văn Hòa");
}

}  // namespace
}  // namespace vanban
