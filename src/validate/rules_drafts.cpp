// Drafts and unsigned copies: a blank number ("Số:    /KH-UBND") or a blank day ("ngày    tháng 3 năm 2026")
// is how most working files look; said as information, never as an error.
#include "validate/context.hpp"

namespace vanban::validate {

void check_drafts(Context& ctx) {
  const auto& m = ctx.doc.metadata;
  if (m.number_symbol && !m.number) {
    report_in_front(ctx, "VB801", "the number (số) is blank: a draft (dự thảo) or an unsigned copy",
                    m.symbol ? std::string_view(*m.symbol) : std::string_view("Số"));
  }
  if ((m.issue_date && m.issue_date->year != 0 && m.issue_date->day == 0) || (!m.issue_date && front_has_blank_day(ctx))) {
    report_in_front(ctx, "VB802", "the day of the date (ngày) is blank: a draft (dự thảo) or an unsigned copy",
                    m.place ? std::string_view(*m.place) : std::string_view("ngày"));
  }
}

}  // namespace vanban::validate
