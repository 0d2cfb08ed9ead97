#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

Case with_today(Case c, PartialDate today) {
  c.today = today;
  return c;
}

const std::vector<Case> kCases = {
    {"VB301_fires_april_31", "VB301", {{"trước ngày 30/4/2026", "trước ngày 31/4/2026"}}},
    {"VB301_fires_worded_february_30", "VB301", {{"ngày 20/02/2026 của UBND xã", "ngày 30 tháng 02 năm 2026 của UBND xã"}}},
    {"VB301_near_miss_leap_day", "VB301", {{"trước ngày 30/4/2026", "trước ngày 29/02/2028"}}, false},
    {"VB302_fires_unpadded_day", "VB302", {{"ngày 05 tháng 3 năm 2026*", "ngày 5 tháng 3 năm 2026*"}}},
    {"VB302_fires_unpadded_february", "VB302", {{"ngày 05 tháng 3 năm 2026*", "ngày 25 tháng 2 năm 2026*"}}},
    {"VB302_near_miss_two_digit_day_and_later_month", "VB302", {{"ngày 05 tháng 3 năm 2026*", "ngày 15 tháng 11 năm 2025*"}},
     false},
    {"VB302_near_miss_unpadded_date_in_the_body", "VB302", {{"ngày 12/01/2026 của UBND huyện về", "ngày 2/1/2026 của UBND huyện về"}},
     false},
    with_today({"VB303_fires_dated_after_today", "VB303", {}}, {2026, 3, 1}),
    with_today({"VB303_near_miss_dated_today", "VB303", {}, false}, {2026, 3, 5}),
    {"VB304_fires_cites_later_document", "VB304", {{"ngày 20/02/2026 của UBND xã", "ngày 20/3/2026 của UBND xã"}}},
    {"VB304_near_miss_cites_same_day", "VB304", {{"ngày 20/02/2026 của UBND xã", "ngày 05/3/2026 của UBND xã"}}, false},
    {"VB304_near_miss_date_contradicting_the_symbol_year", "VB304",
     {{"Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã", "Nghị định số 12/2025/NĐ-CP ngày 20/3/2026 của Chính phủ"}},
     false},
    {"VB305_fires_deadline_before_the_date", "VB305", {{"trước ngày 30/4/2026", "trước ngày 27/02/2026"}}},
    {"VB305_near_miss_deadline_on_the_date", "VB305", {{"trước ngày 30/4/2026", "trước ngày 05/3/2026"}}, false},
    {"VB305_near_miss_past_event_told_with_da", "VB305",
     {{"tại các thôn, hoàn thành trước ngày 30/4/2026", "tại các thôn, việc sửa chữa đã hoàn thành trước ngày 27/02/2026"}},
     false},
    {"VB305_near_miss_recurring_deadline", "VB305", {{"trước ngày 15/12/2026", "trước ngày 15/01 hằng năm"}}, false},
    {"VB305_near_miss_task_quoted_from_a_cited_document", "VB305",
     {{"theo Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã.",
       "theo Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã về việc giao các thôn lập danh sách nhà tài trợ, "
       "hoàn thành trước ngày 27/02/2026."}},
     false},
};

VANBAN_RULE_CASES(Dates, kCases);

}  // namespace
}  // namespace vanban::validate::testing
