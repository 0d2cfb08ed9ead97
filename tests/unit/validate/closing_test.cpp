#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB601_fires_recipients_without_luu", "VB601", {{"<br>- Các thôn;<br>- Lưu: VT, VHXH.", "<br>- Các thôn."}}},
    {"VB601_near_miss_luu_without_colon", "VB601", {{"- Lưu: VT, VHXH.", "- Lưu VT."}}, false},
    {"VB602_fires_kt_over_the_head", "VB602", {{"**PHÓ CHỦ TỊCH**", "**CHỦ TỊCH**"}}},
    {"VB602_near_miss_stacked_tm_and_kt", "VB602",
     {{"**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**", "**TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**"}}, false},
    {"VB603_fires_tm_before_a_position", "VB603", {{"**KT. CHỦ TỊCH**", "**TM. CHỦ TỊCH**"}}},
    {"VB603_near_miss_tm_before_the_committee", "VB603",
     {{"**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**", "**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**"}}, false},
};

VANBAN_RULE_CASES(Closing, kCases);

}  // namespace
}  // namespace vanban::validate::testing
