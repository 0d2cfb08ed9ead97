#pragma once
#include <string>

#include "model/partial_date.hpp"

namespace vanban::cli {

/// "YYYY-MM-DD" into `out`; false (and `out` untouched) for anything else.
bool parse_iso_date(const std::string& s, PartialDate& out);
/// The current date in UTC: the CLI's default "today" for the linter (the rules never read the clock).
PartialDate today_utc();

}  // namespace vanban::cli
