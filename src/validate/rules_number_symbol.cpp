// The number/symbol against the type line, and Party forms against state forms (NĐ 30 Phụ lục III; HD 36).
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "analysis/number_symbol.hpp"
#include "validate/context.hpp"

namespace vanban::validate {
namespace {

void check_type_code(Context& ctx) {
  const auto& m = ctx.doc.metadata;
  if (!m.doc_type || !m.symbol) return;
  if (std::find(m.inferred.begin(), m.inferred.end(), "doc_type") != m.inferred.end()) return;
  const auto* type = ctx.tools.types.by_folded_name(ctx.fold(*m.doc_type));
  if (type == nullptr || type->codes.empty()) return;  // Công văn: the symbol holds the issuer, not a type
  const std::string code = analysis::symbol_type_code(*m.symbol);
  if (code.empty() || ctx.tools.types.by_code(code) == nullptr) return;  // not a type code (issuer of a công văn)
  if (std::find(type->codes.begin(), type->codes.end(), code) != type->codes.end()) return;
  std::string expected;
  for (const auto& c : type->codes) expected += (expected.empty() ? "" : " or ") + c;
  report_in_front(ctx, "VB201",
                  "the number/symbol (số, ký hiệu) has type code " + code + " but the document is a " + *m.doc_type +
                      " (expected " + expected + ")",
                  *m.symbol);
}

void check_mixed_forms(Context& ctx) {
  const auto& m = ctx.doc.metadata;
  const std::string front = folded_front(ctx);
  const bool party_title = front.find("đangcongsanvietnam") != std::string::npos;
  const bool state_title = front.find("conghoaxahoichunghiavietnam") != std::string::npos;
  if (party_title && state_title) {
    report_in_front(ctx, "VB202",
                    "the header holds both the Party title (\"ĐẢNG CỘNG SẢN VIỆT NAM\") and the Quốc hiệu", "");
    return;
  }
  if (!m.number_symbol || m.number_symbol->find('/') == std::string::npos) return;
  const bool party_number = is_party_form(*m.number_symbol);
  if (party_title && !party_number) {
    report_in_front(ctx, "VB202",
                    "a Party document (\"ĐẢNG CỘNG SẢN VIỆT NAM\") numbered in the state form \"" + *m.number_symbol +
                        "\" (Party form: number-type/issuer, e.g. 12-KH/ĐU)",
                    m.symbol ? std::string_view(*m.symbol) : std::string_view());
  } else if (state_title && party_number) {
    report_in_front(ctx, "VB202",
                    "a state document (Quốc hiệu) numbered in the Party form \"" + *m.number_symbol +
                        "\" (state form: number/type-issuer, e.g. 12/KH-UBND)",
                    m.symbol ? std::string_view(*m.symbol) : std::string_view());
  }
}

/// The header's "Số: …" as written, from the number to the end of the symbol (a layout gap or the line's end).
std::optional<std::pair<const Paragraph*, std::size_t>> written_number(const Context& ctx, std::string& written) {
  const auto& ns = *ctx.doc.metadata.number_symbol;
  std::optional<std::pair<const Paragraph*, std::size_t>> at;
  for_each_paragraph(ctx.doc, ctx.doc.front, [&](const Paragraph& p) {
    if (at) return;
    const std::string& t = p.text;
    for (std::size_t so = t.find("Số"); so != std::string::npos; so = t.find("Số", so + 1)) {
      std::size_t i = so + std::string_view("Số").size();
      while (i < t.size() && (t[i] == ':' || t[i] == ' ')) ++i;
      if (i >= t.size() || t[i] != ns.front()) continue;
      std::size_t end = i;  // up to the end of the line, a tab or a run of two spaces (a layout gap)
      while (end < t.size() && t[end] != '\n' && t[end] != '\t' &&
             !(t[end] == ' ' && end + 1 < t.size() && t[end + 1] == ' '))
        ++end;
      std::string compact;
      for (std::size_t k = i; k < end; ++k)
        if (t[k] != ' ') compact += t[k];
      if (compact != ns) continue;
      written = t.substr(i, end - i);
      at = std::make_pair(&p, i);
      return;
    }
  });
  return at;
}

void check_form(Context& ctx) {
  const auto& m = ctx.doc.metadata;
  if (!m.number || !m.number_symbol || m.number_symbol->find('/') == std::string::npos) return;
  if (outside_the_rule_book(ctx)) return;  // a Phiếu trình numbers itself "10-01/26/PT-NC"
  const std::string& ns = *m.number_symbol;
  std::string written;
  const auto at = written_number(ctx, written);
  // Text extracted from a gazette PDF spaces its header lines as the extraction pleases.
  if (at && written.find(' ') != std::string::npos && !from_gazette(ctx)) {
    ctx.report_at("VB203", "the number/symbol (số, ký hiệu) \"" + written + "\" is written with spaces inside: write " + ns,
                  *at->first, at->second);
    return;
  }
  if (is_party_form(ns)) return;
  // State and normative forms: number / [year /] type-issuer. A second "/" where the hyphen belongs is wrong.
  std::string_view symbol = std::string_view(ns).substr(ns.find('/') + 1);
  if (symbol_has_year(symbol)) symbol.remove_prefix(5);
  if (symbol.find('/') == std::string_view::npos) return;
  report_in_front(ctx, "VB203",
                  "the number/symbol (số, ký hiệu) \"" + ns + "\" joins its parts with \"/\": the type and the issuer "
                  "take a hyphen (12/KH-UBND)",
                  *m.symbol);
}

}  // namespace

void check_number_symbol(Context& ctx) {
  check_type_code(ctx);
  check_mixed_forms(ctx);
  check_form(ctx);
}

}  // namespace vanban::validate
