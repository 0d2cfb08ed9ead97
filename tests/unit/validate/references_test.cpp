#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB701_fires_one_number_two_dates", "VB701",
     {{"Mở một lớp bồi dưỡng nghiệp vụ thư viện trong",
       "Mở một lớp bồi dưỡng nghiệp vụ thư viện theo Kế hoạch số 42/KH-UBND ngày 14/01/2026 của UBND huyện trong"}}},
    {"VB701_near_miss_same_number_another_year", "VB701",
     {{"Mở một lớp bồi dưỡng nghiệp vụ thư viện trong",
       "Mở một lớp bồi dưỡng nghiệp vụ thư viện theo Kế hoạch số 42/KH-UBND ngày 14/01/2025 của UBND huyện trong"}},
     false},
    {"VB702_fires_spaces_inside_a_cited_symbol", "VB702",
     {{"Quyết định số 7/QĐ-UBND ngày 20/02/2026", "Quyết định số 7 /QĐ-UBND ngày 20/02/2026"}}},
    {"VB702_near_miss_symbol_written_whole", "VB702",
     {{"Quyết định số 7/QĐ-UBND ngày 20/02/2026", "Quyết định số 07/QĐ-UBND ngày 20/02/2026"}}, false},
    {"VB703_fires_cited_only_by_number", "VB703",
     {{"theo Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã", "theo Quyết định số 7/QĐ-UBND"}}},
    {"VB703_near_miss_law_cited_by_name_and_number", "VB703",
     {{"theo Quyết định số 7/QĐ-UBND ngày 20/02/2026 của UBND xã", "theo Luật Thư viện số 46/2019/QH14"}}, false},
    {"VB703_near_miss_short_form_after_the_full_citation", "VB703",
     {{"Mở một lớp bồi dưỡng nghiệp vụ thư viện trong",
       "Mở một lớp bồi dưỡng nghiệp vụ thư viện theo Kế hoạch số 42/KH-UBND trong"}},
     false},
};

VANBAN_RULE_CASES(References, kCases);

}  // namespace
}  // namespace vanban::validate::testing
