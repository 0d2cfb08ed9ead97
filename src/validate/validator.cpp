#include "validate/validator.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "validate/context.hpp"

namespace vanban::validate {

struct Validator::Impl {
  Tools tools;
};

Validator::Validator() : impl_(std::make_unique<Impl>()) {}
Validator::~Validator() = default;

namespace {

bool front_mentions(const Document& doc, const text::Folder& folder, std::string_view folded_phrase) {
  bool found = false;
  for_each_paragraph(doc, doc.front, [&](const Paragraph& p) {
    if (!found && folder.fold_utf8(p.text).find(folded_phrase) != std::string::npos) found = true;
  });
  return found;
}

/// "12-KH/ĐU", "-KH/ĐU": a dash then a type code of letters before the slash is the Party form (number-type/
/// issuer); "122-12/PT-NC" (a number with a month) is not.
bool party_number_symbol(std::string_view ns) {
  const auto slash = ns.find('/');
  const auto dash = ns.find('-');
  if (slash == std::string_view::npos || dash == std::string_view::npos || dash > slash || dash + 1 >= slash) return false;
  return std::none_of(ns.begin() + static_cast<long>(dash) + 1, ns.begin() + static_cast<long>(slash),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

Profile Validator::detect_profile(const Document& doc) const {
  const auto& m = doc.metadata;
  // The title decides; the number's form only when the header has neither title.
  if (front_mentions(doc, impl_->tools.folder, "đang cong san viet nam")) return Profile::Party;
  const bool state_title = front_mentions(doc, impl_->tools.folder, "cong hoa xa hoi chu nghia viet nam");
  if (!state_title && m.number_symbol && party_number_symbol(*m.number_symbol)) return Profile::Party;
  if (m.doc_type) {
    static constexpr std::string_view kNormative[] = {"luat", "bo luat", "nghi đinh", "thong tu", "thong tu lien tich",
                                                      "phap lenh", "van ban hop nhat"};
    const std::string type = impl_->tools.folder.fold_utf8(*m.doc_type);
    if (std::find(std::begin(kNormative), std::end(kNormative), type) != std::end(kNormative)) return Profile::Normative;
  }
  // "59/2023/NĐ-CP": a year inside the symbol is the normative form.
  if (m.symbol && m.symbol->size() > 4 && (*m.symbol)[4] == '/' &&
      std::all_of(m.symbol->begin(), m.symbol->begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return Profile::Normative;
  }
  return Profile::Nd30;
}

ValidationResult Validator::validate(const Document& doc, const ValidateOptions& options) const {
  ValidationResult result;
  result.profile = options.profile ? *options.profile : detect_profile(doc);
  Context ctx(doc, result.profile, options.today, impl_->tools, options.rules, options.ignored, result.findings);
  check_required_parts(ctx);
  check_number_symbol(ctx);
  check_dates(ctx);
  check_outline(ctx);
  check_footnotes(ctx);
  check_closing(ctx);
  check_references(ctx);
  check_drafts(ctx);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    const auto key = [](const Finding& f) {
      return std::tuple(static_cast<int>(f.location.part), f.location.line, f.location.paragraph, f.location.column);
    };
    if (key(a) != key(b)) return key(a) < key(b);
    return a.code < b.code;
  });
  return result;
}

}  // namespace vanban::validate
