#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB401_fires_roman_gap", "VB401", {{"**III. TỔ CHỨC THỰC HIỆN**", "**IV. TỔ CHỨC THỰC HIỆN**"}}},
    {"VB401_fires_letter_after_d_skipping_dd", "VB401", {{"đ) Tổ chức ngày hội", "e) Tổ chức ngày hội"}}},
    {"VB401_near_miss_latin_letters_throughout", "VB401",
     {{"đ) Tổ chức ngày hội đọc sách vào dịp hè.",
       "e) Tổ chức ngày hội đọc sách vào dịp hè.\n\nf) Tặng giấy khen cho thôn có nhiều bạn đọc."}},
     false},
    {"VB402_fires_repeated_first_number", "VB402", {{"**2. Yêu cầu**", "**1. Yêu cầu**"}}},
    {"VB402_fires_repeated_number", "VB402",
     {{"Bố trí nơi đặt tủ sách, báo cáo trước ngày 31/5/2026./.",
       "Bố trí nơi đặt tủ sách.\n\n**2. Hội Khuyến học xã**\n\nVận động gia đình hiếu học, báo cáo trước ngày 31/5/2026./."}}},
    {"VB402_near_miss_numbers_restart_under_a_new_part", "VB402", {{"**2. Các thôn**", "**2. Các thôn, tổ dân phố**"}}, false},
    {"VB403_fires_letters_directly_under_roman", "VB403", {{"**II. NHIỆM VỤ**\n\n**1. Xây dựng tủ sách thôn**\n\n", "**II. NHIỆM VỤ**\n\n"}}},
    {"VB403_fires_dotted_under_the_wrong_number", "VB403",
     {{"a) Khảo sát nhu cầu", "2.1. Khảo sát nhu cầu"}, {"b) Vận động", "2.2. Vận động"}}},
    {"VB403_near_miss_dotted_under_its_number", "VB403",
     {{"a) Khảo sát nhu cầu", "1.1. Khảo sát nhu cầu"}, {"b) Vận động", "1.2. Vận động"}}, false},
    {"VB404_fires_roman_closed_two_ways", "VB404", {{"**II. NHIỆM VỤ**", "**II- NHIỆM VỤ**"}}},
    {"VB404_near_miss_roman_all_with_dashes", "VB404",
     {{"**I. MỤC ĐÍCH", "**I- MỤC ĐÍCH"}, {"**II. NHIỆM VỤ**", "**II- NHIỆM VỤ**"}, {"**III. TỔ CHỨC", "**III- TỔ CHỨC"}},
     false},
};

VANBAN_RULE_CASES(Outline, kCases);

}  // namespace
}  // namespace vanban::validate::testing
