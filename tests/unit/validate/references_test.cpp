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
};

VANBAN_RULE_CASES(References, kCases);

}  // namespace
}  // namespace vanban::validate::testing
