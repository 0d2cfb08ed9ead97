#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::string kHeaderTable =
    "| ỦY BAN NHÂN DÂN<br>**XÃ HÒA BÌNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n"
    "|:---:|:---:|\n| Số: 15/KH-UBND | *Hòa Bình, ngày 05 tháng 3 năm 2026* |\n";

const std::vector<Case> kCases = {
    {"VB100_fires_without_any_header", "VB100", {{kHeaderTable, ""}}},
    {"VB100_near_miss_header_with_only_a_date", "VB100",
     {{kHeaderTable, "*Hòa Bình, ngày 05 tháng 3 năm 2026*\n"}}, false},
    {"VB101_fires_without_national_title", "VB101",
     {{"**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**", "*"}}},
    {"VB101_fires_without_motto", "VB101", {{"<br>**Độc lập - Tự do - Hạnh phúc**", ""}}},
    {"VB101_near_miss_motto_without_diacritics", "VB101", {{"Độc lập - Tự do - Hạnh phúc", "Doc lap - Tu do - Hanh phuc"}},
     false},
    {"VB101_near_miss_other_tone_and_dashes", "VB101",
     {{"CỘNG HÒA", "CỘNG HOÀ"}, {"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"}}, false},
    {"VB102_fires_without_party_title", "VB102", {{"**ĐẢNG CỘNG SẢN VIỆT NAM**", "*"}}, true, kPartyPlan},
    {"VB102_near_miss_title_in_mixed_case", "VB102", {{"**ĐẢNG CỘNG SẢN VIỆT NAM**", "**Đảng Cộng sản Việt Nam**"}}, false,
     kPartyPlan},
    {"VB103_fires_without_issuer", "VB103", {{"ỦY BAN NHÂN DÂN<br>**XÃ HÒA BÌNH**", "*"}}},
    {"VB103_near_miss_issuer_on_one_line", "VB103", {{"ỦY BAN NHÂN DÂN<br>**XÃ HÒA BÌNH**", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"}},
     false},
    {"VB104_fires_without_number", "VB104", {{"Số: 15/KH-UBND", "*"}}},
    {"VB104_near_miss_blank_number_of_a_draft", "VB104", {{"Số: 15/KH-UBND", "Số:      /KH-UBND"}}, false},
    {"VB105_fires_without_place_and_date", "VB105", {{"*Hòa Bình, ngày 05 tháng 3 năm 2026*", "*"}}},
    {"VB105_near_miss_blank_day_of_a_draft", "VB105", {{"ngày 05 tháng 3", "ngày      tháng 3"}}, false},
    {"VB105_near_miss_blank_day_and_month_of_a_draft", "VB105", {{"ngày 05 tháng 3", "ngày      tháng     "}}, false},
    {"VB105_near_miss_all_blank_date_of_a_draft", "VB105", {{"ngày 05 tháng 3 năm 2026", "ngày      tháng      năm     "}},
     false},
    {"VB106_fires_without_type_line", "VB106", {{"**KẾ HOẠCH**\n\n", ""}, {"Số: 15/KH-UBND", "Số: 15/UBND-VHXH"}}},
    {"VB106_near_miss_type_in_lower_case", "VB106", {{"**KẾ HOẠCH**", "**Kế hoạch**"}}, false},
    {"VB107_fires_without_subject", "VB107", {{"**Phát triển thư viện cộng đồng xã Hòa Bình năm 2026**\n\n", ""}}},
    {"VB107_near_miss_subject_opening_with_ve", "VB107",
     {{"**Phát triển thư viện", "**Về phát triển thư viện"}}, false},
    {"VB108_fires_without_signature", "VB108", {{"**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Trần Thị Mai**", " "}}},
    {"VB108_near_miss_signature_without_prefix", "VB108",
     {{"**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Trần Thị Mai**", "**CHỦ TỊCH**<br><br>**Trần Thị Mai**"}}, false},
    {"VB109_fires_without_recipients", "VB109", {{"**Nơi nhận:**<br>- UBND huyện (b/c);<br>- Các thôn;<br>- Lưu: VT, VHXH.", " "}}},
    {"VB109_near_miss_internal_slip_has_no_recipients", "VB109",
     {{"**KẾ HOẠCH**", "**PHIẾU TRÌNH**"}, {"**Nơi nhận:**<br>- UBND huyện (b/c);<br>- Các thôn;<br>- Lưu: VT, VHXH.", " "}},
     false},
    {"VB104_near_miss_charter_attached_to_a_decision", "VB104",
     {{"Số: 15/KH-UBND", "*"}, {"**KẾ HOẠCH**", "**ĐIỀU LỆ CỦA HỘI KHUYẾN HỌC XÃ HÒA BÌNH**\n\n*(Kèm theo Quyết định số 21/QĐ-UBND)*"}},
     false},
    {"VB109_near_miss_recipients_label_not_bold", "VB109", {{"**Nơi nhận:**", "Nơi nhận:"}}, false},
    {"VB110_fires_plan_without_organisation_part", "VB110", {{"**III. TỔ CHỨC THỰC HIỆN**", "**III. KINH PHÍ**"}}},
    {"VB110_near_miss_responsibility_part", "VB110", {{"**III. TỔ CHỨC THỰC HIỆN**", "**III. TRÁCH NHIỆM THỰC HIỆN**"}},
     false},
};

VANBAN_RULE_CASES(RequiredParts, kCases);

TEST(CleanDocuments, StatePlanHasNoFinding) {
  const auto result = run(kPlan);
  EXPECT_EQ(result.profile, Profile::Nd30);
  EXPECT_TRUE(result.findings.empty()) << describe(result.findings);
}

TEST(CleanDocuments, PartyPlanHasNoFinding) {
  const auto result = run(kPartyPlan);
  EXPECT_EQ(result.profile, Profile::Party);
  EXPECT_TRUE(result.findings.empty()) << describe(result.findings);
}

TEST(Profiles, ForcedProfileWins) {
  const auto result = run(kPlan, Profile::Party);
  EXPECT_EQ(result.profile, Profile::Party);
  EXPECT_NE(find_code(result.findings, "VB102"), nullptr);  // the Party title is required under the Party profile
}

TEST(Profiles, NormativeFromTheYearInsideTheSymbol) {
  const auto result = run(edit_text(kPlan, {{"Số: 15/KH-UBND", "Số: 15/2026/NĐ-CP"}, {"**KẾ HOẠCH**", "**NGHỊ ĐỊNH**"}}));
  EXPECT_EQ(result.profile, Profile::Normative);
}

}  // namespace
}  // namespace vanban::validate::testing
