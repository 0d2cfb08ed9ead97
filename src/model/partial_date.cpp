#include "model/partial_date.hpp"

#include <cstdio>

namespace vanban {

std::string PartialDate::iso() const {
  char buf[32];
  if (year == 0) {
    if (month != 0 && day != 0) {  // recurring date, every year
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
      return buf;
    }
    return {};
  }
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

}  // namespace vanban
