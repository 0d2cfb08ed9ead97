#include "cli/today.hpp"

#include <chrono>
#include <sstream>

namespace vanban::cli {

bool parse_iso_date(const std::string& s, PartialDate& out) {
  int y = 0, m = 0, d = 0;
  char a = 0, b = 0;
  std::istringstream in(s);
  if (!(in >> y >> a >> m >> b >> d) || a != '-' || b != '-' || m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (char extra = 0; in >> extra) return false;  // "2026-03-05x"
  out = {y, m, d};
  return true;
}

PartialDate today_utc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace vanban::cli
