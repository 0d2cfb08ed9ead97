// References: one number/symbol cited with two dates. Numbers run per calendar year (state) or term (Party),
// so two dates of one year under one number/symbol are one document cited with a wrong date.
#include <map>

#include "validate/context.hpp"

namespace vanban::validate {

void check_references(Context& ctx) {
  std::map<std::string, const Reference*, std::less<>> first_by_key;  // number_symbol + year -> first reference
  for (const auto& r : ctx.doc.references) {
    if (!r.number_symbol || !r.number || !r.date || !r.date->complete() || r.occurrences.empty()) continue;
    const std::string key = *r.number_symbol + "@" + std::to_string(r.date->year);
    auto [it, inserted] = first_by_key.emplace(key, &r);
    if (inserted || it->second->date == r.date) continue;
    const auto& o = r.occurrences.front();
    const PartialDate& a = *it->second->date;
    const PartialDate& b = *r.date;
    report_text_at(ctx, "VB701",
               "the number/symbol (số, ký hiệu) " + *r.number_symbol + " is cited with two dates: " + std::to_string(a.day) +
                   "/" + std::to_string(a.month) + "/" + std::to_string(a.year) + " and " + std::to_string(b.day) + "/" +
                   std::to_string(b.month) + "/" + std::to_string(b.year),
               o.location, o.text);
  }
}

}  // namespace vanban::validate
