// References: one number/symbol cited with two dates. Numbers run per calendar year (state) or term (Party),
// so two dates of one year under one number/symbol are one document cited with a wrong date.
#include <map>

#include "validate/context.hpp"

namespace vanban::validate {

namespace {

/// Laws and ordinances are cited by name and number ("Luật Đất đai số 31/2024/QH15") without a date.
bool cited_by_number_alone(const Reference& r) {
  if (r.type && (*r.type == "Luật" || *r.type == "Bộ luật" || *r.type == "Pháp lệnh" || *r.type == "Hiến pháp")) return true;
  return r.number_symbol && r.number_symbol->find("QH") != std::string::npos;
}

/// VB702: "Kế hoạch số 42 /KH - UBND": the number/symbol is not written as one word where it is cited.
void check_written_form(Context& ctx, const Reference& r) {
  for (const auto& o : r.occurrences) {
    if (o.text.find(*r.number_symbol) != std::string::npos) continue;
    std::string compact;  // a short mention ("Kế hoạch số 02") holds no symbol at all: not this rule's business
    for (char c : o.text)
      if (c != ' ' && c != '\n') compact += c;
    if (compact.find(*r.number_symbol) == std::string::npos) continue;
    report_text_at(ctx, "VB702",
                   "the number/symbol (số, ký hiệu) " + *r.number_symbol + " is cited with spaces inside it: \"" + o.text + "\"",
                   o.location, o.text);
    return;
  }
}

/// VB703: a document cited only as "Kế hoạch số 42/KH-UBND", never with its date and issuer.
void check_cited_in_full(Context& ctx, const Reference& r) {
  if (r.date || (r.issuer && !r.issuer_inferred) || cited_by_number_alone(r) || r.occurrences.empty()) return;
  const auto& o = r.occurrences.front();
  report_text_at(ctx, "VB703",
                 "\"" + o.text + "\" is cited without its date and issuing body (ngày ban hành, cơ quan ban hành), "
                 "here or anywhere else in the document",
                 o.location, o.text);
}

}  // namespace

void check_references(Context& ctx) {
  // Hard-wrapped gazette text breaks symbols over lines, and reprints cite by short forms of their own.
  if (!from_gazette(ctx)) {
    for (const auto& r : ctx.doc.references) {
      if (!r.number_symbol || !r.number) continue;
      check_written_form(ctx, r);
      check_cited_in_full(ctx, r);
    }
  }
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
