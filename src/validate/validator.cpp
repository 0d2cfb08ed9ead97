#include "validate/validator.hpp"

#include "analysis/number_symbol.hpp"
#include "api/converter.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "validate/context.hpp"

namespace vanban::validate {

struct Validator::Impl {
  std::unique_ptr<text::Folder> own_folder;  // only when no converter lends its own
  Tools tools;
  Impl() : own_folder(std::make_unique<text::Folder>()), tools(*own_folder) {}
  explicit Impl(const text::Folder& folder) : tools(folder) {}
};

Validator::Validator() : impl_(std::make_unique<Impl>()) {}
Validator::Validator(const Converter& converter) : impl_(std::make_unique<Impl>(converter.folder())) {}
Validator::~Validator() = default;

namespace {

bool front_mentions(const Document& doc, const text::Folder& folder, std::string_view folded_phrase) {
  bool found = false;
  for_each_paragraph(doc, doc.front, [&](const Paragraph& p) {
    if (!found && folder.fold_utf8(p.text).find(folded_phrase) != std::string::npos) found = true;
  });
  return found;
}


}  // namespace

Profile Validator::detect_profile(const Document& doc) const {
  const auto& m = doc.metadata;
  // The title decides; the number's form only when the header has neither title.
  if (front_mentions(doc, impl_->tools.folder, "đang cong san viet nam")) return Profile::Party;
  const bool state_title = front_mentions(doc, impl_->tools.folder, "cong hoa xa hoi chu nghia viet nam");
  if (!state_title && m.number_symbol && is_party_form(*m.number_symbol)) return Profile::Party;
  if (m.doc_type) {
    static constexpr std::string_view kNormative[] = {"luat", "bo luat", "nghi đinh", "thong tu", "thong tu lien tich",
                                                      "phap lenh", "van ban hop nhat"};
    const std::string type = impl_->tools.folder.fold_utf8(*m.doc_type);
    if (std::find(std::begin(kNormative), std::end(kNormative), type) != std::end(kNormative)) return Profile::Normative;
  }
  // "59/2023/NĐ-CP": a year inside the symbol is the normative form.
  if (m.symbol && symbol_has_year(*m.symbol)) return Profile::Normative;
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
      return std::tuple(static_cast<int>(f.location.part), f.location.page, f.location.line, f.location.paragraph,
                        f.location.column);
    };
    if (key(a) != key(b)) return key(a) < key(b);
    return a.code < b.code;
  });
  return result;
}

}  // namespace vanban::validate
