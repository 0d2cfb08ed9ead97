#include "analysis/date_grammar.hpp"

#include <gtest/gtest.h>

#include "text/match_text.hpp"

namespace vanban {
namespace {

class DateGrammarTest : public ::testing::Test {
 protected:
  std::vector<DateExpr> find(const std::string& s) {
    auto m = folder.prepare(s);
    return grammar.find_all(m.folded);
  }
  std::string first_value(const std::string& s, int fallback_year = 0, bool recurring = false) {
    auto e = find(s);
    return e.empty() ? "<none>" : e.front().value(fallback_year, recurring);
  }
  text::Folder folder;
  DateGrammar grammar;
};

TEST_F(DateGrammarTest, NumericDatesWithSlashDashAndDot) {
  EXPECT_EQ(first_value("trước ngày 25/5/2024"), "2024-05-25");
  EXPECT_EQ(first_value("ngày 06-02-2017"), "2017-02-06");
  EXPECT_EQ(first_value("ngày 5.11.2025"), "2025-11-05");
}

TEST_F(DateGrammarTest, DateInWords) {
  auto e = find("chậm nhất ngày 26 tháng 02 năm 2024");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].form, DateForm::Full);
  EXPECT_EQ(e[0].value(0), "2024-02-26");
}

TEST_F(DateGrammarTest, DateSplitByLineBreak) {
  EXPECT_EQ(first_value("trước ngày 30\ntháng 6 năm 2026"), "2026-06-30");
}

TEST_F(DateGrammarTest, MonthQuarterAndHalf) {
  EXPECT_EQ(first_value("hoàn thành trong tháng 6/2026"), "2026-06");
  EXPECT_EQ(first_value("trong tháng 9 năm 2026"), "2026-09");
  EXPECT_EQ(first_value("trước quý II/2026"), "2026-Q2");
  EXPECT_EQ(first_value("Quý IV năm 2025"), "2025-Q4");
  EXPECT_EQ(first_value("6 tháng đầu năm 2026"), "2026-H1");
  EXPECT_EQ(first_value("sáu tháng cuối năm 2026"), "2026-H2");
}

TEST_F(DateGrammarTest, MonthRangeEndsWithItsLastMonth) {
  auto e = find("Từ tháng 3 đến tháng 9/2026");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].form, DateForm::MonthRange);
  EXPECT_EQ(e[0].from_month, 3);
  EXPECT_EQ(e[0].value(0), "2026-09");
}

TEST_F(DateGrammarTest, MonthRangeWithOneMonthWord) {
  auto e = find("Tháng 3-4/2027");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].form, DateForm::MonthRange);
  EXPECT_EQ(e[0].value(0), "2027-04");
  EXPECT_EQ(first_value("từ tháng 5 đến 7/2027"), "2027-07");
}

TEST_F(DateGrammarTest, ListOfMonthsWithItsYearEndsWithTheLast) {
  EXPECT_EQ(first_value("Tháng 3, 4/2027"), "2027-04");
  EXPECT_EQ(first_value("trong tháng 11 và 12 năm 2027"), "2027-12");
  // Without a year the number after the comma is something else: "tháng 3, 4 xã đã hoàn thành".
  EXPECT_EQ(first_value("trong tháng 3, 4 xã đã hoàn thành", 2027), "2027-03");
}

TEST_F(DateGrammarTest, DayMonthDashFullDate) {
  const auto e = find("Từ 01/3-15/3/2027");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e.back().value(0), "2027-03-15");
  // A symbol ending in a dash is no date start: "QĐ-15/3/2027" (nothing before the dash is a day/month).
  EXPECT_TRUE(find("số hiệu QĐ-15/3/2027").empty());
}

TEST_F(DateGrammarTest, ListOfQuartersEndsWithTheLast) {
  EXPECT_EQ(first_value("Quý I, II/2027"), "2027-Q2");
  EXPECT_EQ(first_value("trong quý III-IV năm 2027"), "2027-Q4");
  EXPECT_EQ(first_value("Quý I và quý II/2027"), "2027-Q2");  // the word repeated in the list
  EXPECT_EQ(first_value("quý III, quý IV năm 2027"), "2027-Q4");
}

TEST_F(DateGrammarTest, MissingYearComesFromTheDocument) {
  EXPECT_EQ(first_value("Từ 19 giờ 30 - 20 giờ ngày 14 tháng 2", 2026), "2026-02-14");
  EXPECT_EQ(first_value("Tháng 7", 2026), "2026-07");
  EXPECT_EQ(first_value("trước quý III", 2027), "2027-Q3");
  EXPECT_EQ(first_value("ngày 14 tháng 2"), "");
}

TEST_F(DateGrammarTest, RecurringDayOfYear) {
  EXPECT_EQ(first_value("trước ngày 15/12 hằng năm", 2026, true), "XXXX-12-15");
}

TEST_F(DateGrammarTest, NumberSymbolsAndBadDatesAreNotDates) {
  EXPECT_TRUE(find("Nghị định số 59/2023/NĐ-CP").empty());
  EXPECT_TRUE(find("ngày 45/13/2024").empty());
  EXPECT_TRUE(find("nhiệm kỳ 2024-2029, giai đoạn 2021 - 2025").empty());
}

TEST_F(DateGrammarTest, FullDateAtAfterACitation) {
  auto m = folder.prepare("43-KL/TW, ngày 07/01/2019 của Ban Bí thư");
  auto d = grammar.full_date_at(m.folded, 8, m.folded.length());
  ASSERT_TRUE(d);
  EXPECT_EQ(d->value(0), "2019-01-07");
  EXPECT_FALSE(grammar.full_date_at(m.folded, 0, m.folded.length()));
}

TEST_F(DateGrammarTest, FullDateAtAfterCungNgay) {
  auto m = folder.prepare("1418/QĐ-UBND cùng ngày 05/3/2027 phân bổ vốn");
  auto d = grammar.full_date_at(m.folded, 12, m.folded.length());
  ASSERT_TRUE(d);
  EXPECT_EQ(d->value(0), "2027-03-05");
  auto alone = folder.prepare("12/QĐ-UBND cùng ngày.");
  EXPECT_FALSE(grammar.full_date_at(alone.folded, 10, alone.folded.length()));
}

// "ngày 15 tháng 6 và 15 tháng 12": a later day of a list drops its "ngày".
TEST_F(DateGrammarTest, ListedDayMonthWithoutNgay) {
  const auto e = find("trước ngày 15 tháng 6 và 15 tháng 12 hằng năm");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].value(0, true), "XXXX-12-15");
  // Near misses: after a count, or with no list before it, "20 tháng 3" is only a month.
  for (const char* s : {"tuyển 15 người và 20 tháng 3", "thời gian 15 tháng 6"})
    for (const auto& x : find(s)) EXPECT_EQ(x.form, DateForm::Month) << s;
}

}  // namespace
}  // namespace vanban
