#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "analysis/pattern.hpp"
#include "model/partial_date.hpp"

namespace vanban {

/// The shapes a date or time span takes in Vietnamese administrative text.
enum class DateForm {
  Full,        ///< "26/02/2024", "06-02-2017", "ngày 26 tháng 02 năm 2024"
  DayMonth,    ///< "ngày 23 tháng 1", "ngày 15/12" (no year)
  Month,       ///< "tháng 6/2026", "tháng 6 năm 2026", "Tháng 7" (year may be missing)
  Quarter,     ///< "quý II/2026", "quý II năm 2026", "quý III"
  Half,        ///< "6 tháng đầu năm 2026" (H1), "6 tháng cuối năm" (H2)
  MonthRange,  ///< "từ tháng 3 đến tháng 9/2026": the window ends with its last month
};

/// A date expression found in folded text; offsets are UTF-16 offsets of that text (and of the
/// original, since folding keeps lengths). Numbers that were not written are 0.
struct DateExpr {
  int32_t start = 0;
  int32_t end = 0;
  DateForm form = DateForm::Full;
  int year = 0;
  int month = 0;   ///< for MonthRange the last month
  int day = 0;
  int quarter = 0;
  int half = 0;
  int from_month = 0;  ///< MonthRange only

  /// ISO-like value: "2024-05-25", "2026-06", "2026-Q2", "2026-H1", "XXXX-12-15" (recurring).
  /// A missing year is taken from `fallback_year`; "" when still unknown.
  std::string value(int fallback_year, bool recurring = false) const;

  /// The last calendar day-precision point the expression covers, for "is it in the past" tests.
  PartialDate latest(int fallback_year) const;
};

/// Recognizes date expressions in folded text (see text::Folder). Patterns are compiled once.
class DateGrammar {
 public:
  DateGrammar();

  /// Every date expression of `folded`, leftmost-longest, non-overlapping, in order.
  std::vector<DateExpr> find_all(const icu::UnicodeString& folded) const;

  /// A complete date standing at `pos` after optional spaces, a comma and "ngày"/"ban hành ngày":
  /// "ngày 26/02/2024", ", ngày 03/6/2013", "ngày 19 tháng 6 năm 2015". Searches no further than `limit`.
  std::optional<DateExpr> full_date_at(const icu::UnicodeString& folded, int32_t pos, int32_t limit) const;

 private:
  Pattern full_words_;
  Pattern full_numeric_;
  Pattern day_month_words_;
  Pattern day_month_numeric_;
  Pattern listed_day_month_;  ///< "ngày 15 tháng 6 và 15 tháng 12": a later day of a list drops "ngày"
  Pattern month_;
  Pattern month_list_;  ///< "tháng 3, 4/2026": months listed before one year
  Pattern quarter_;
  Pattern half_;
  Pattern month_range_;
  Pattern date_lead_;
};

}  // namespace vanban
