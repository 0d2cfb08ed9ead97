#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB501_fires_marker_without_text", "VB501", {{"vào dịp hè.", "vào dịp hè<sup>2</sup>."}}},
    {"VB501_near_miss_marker_with_text", "VB501",
     {{"vào dịp hè.", "vào dịp hè<sup>2</sup>."},
      {"văn hóa đọc năm 2026.\n", "văn hóa đọc năm 2026.\n\n<sup>2</sup> Ngày hội tổ chức tại sân nhà văn hóa xã.\n"}},
     false},
    {"VB501_near_miss_gazette_text_whose_notes_are_read_back_from_page_feet", "VB501",
     {{"vào dịp hè.", "vào dịp hè<sup>2</sup>."},
      {"| ỦY BAN NHÂN DÂN<br>", "CÔNG BÁO/Số 12/Ngày 05-03-2026\n\n| ỦY BAN NHÂN DÂN<br>"}},
     false},
    {"VB502_fires_text_without_marker", "VB502",
     {{"văn hóa đọc năm 2026.\n", "văn hóa đọc năm 2026.\n\n<sup>2</sup> Ngày hội tổ chức tại sân nhà văn hóa xã.\n"}}},
    {"VB502_near_miss_every_text_marked", "VB502", {}, false},
};

VANBAN_RULE_CASES(Footnotes, kCases);

}  // namespace
}  // namespace vanban::validate::testing
