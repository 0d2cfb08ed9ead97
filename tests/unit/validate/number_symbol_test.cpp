#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB201_fires_plan_numbered_as_decision", "VB201", {{"Số: 15/KH-UBND", "Số: 15/QĐ-UBND"}}},
    {"VB201_near_miss_issuer_code_not_a_type", "VB201", {{"Số: 15/KH-UBND", "Số: 15/UBND-VHXH"}}, false},
    {"VB202_fires_party_title_with_state_number", "VB202", {{"Số 12-KH/ĐU", "Số: 12/KH-ĐU"}}, true, kPartyPlan},
    {"VB202_fires_state_title_with_party_number", "VB202", {{"Số: 15/KH-UBND", "Số: 15-KH/UBND"}}},
    {"VB202_near_miss_state_number_with_a_month", "VB202", {{"Số: 15/KH-UBND", "Số: 15-03/KH-UBND"}}, false},
    {"VB202_near_miss_party_document_cited_in_the_body", "VB202",
     {{"Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã", "Kế hoạch số 9-KH/ĐU ngày 20/02/2026 của Đảng ủy xã"}}, false},
    {"VB203_fires_spaces_inside_the_number_symbol", "VB203", {{"Số: 15/KH-UBND", "Số: 15 / KH-UBND"}}},
    {"VB203_fires_slash_where_the_hyphen_belongs", "VB203", {{"Số: 15/KH-UBND", "Số: 15/KH/UBND"}}},
    {"VB203_near_miss_normative_year_in_the_symbol", "VB203", {{"Số: 15/KH-UBND", "Số: 15/2026/KH-UBND"}}, false},
    {"VB203_near_miss_party_form", "VB203", {}, false, kPartyPlan},
};

VANBAN_RULE_CASES(NumberSymbol, kCases);

}  // namespace
}  // namespace vanban::validate::testing
