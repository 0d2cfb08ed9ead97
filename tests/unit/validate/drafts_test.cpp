#include "validate_cases.hpp"

namespace vanban::validate::testing {
namespace {

const std::vector<Case> kCases = {
    {"VB801_fires_blank_number", "VB801", {{"Số: 15/KH-UBND", "Số:      /KH-UBND"}}},
    {"VB801_near_miss_numbered", "VB801", {}, false},
    {"VB802_fires_blank_day", "VB802", {{"ngày 05 tháng 3", "ngày      tháng 3"}}},
    {"VB802_fires_blank_day_and_month", "VB802", {{"ngày 05 tháng 3", "ngày      tháng     "}}},
    {"VB802_near_miss_dated", "VB802", {}, false},
};

VANBAN_RULE_CASES(Drafts, kCases);

TEST(Drafts, BlankNumberAndDayAreInformationOnly) {
  const auto result = run(edit_text(kPlan, {{"Số: 15/KH-UBND", "Số:      /KH-UBND"}, {"ngày 05 tháng 3", "ngày      tháng 3"}}));
  ASSERT_EQ(result.findings.size(), 2u) << describe(result.findings);
  for (const auto& f : result.findings) EXPECT_EQ(f.severity, Severity::Info) << f.code;
}

}  // namespace
}  // namespace vanban::validate::testing
