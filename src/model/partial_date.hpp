#pragma once
#include <string>

namespace vanban {

/// A calendar date whose day or month may be blank (drafts: "ngày    tháng 3 năm 2026").
/// 0 means unknown. iso() gives "2026-03-05", "2026-03", "2026" or "" when nothing is known.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  bool complete() const { return year != 0 && month != 0 && day != 0; }
  std::string iso() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

}  // namespace vanban
