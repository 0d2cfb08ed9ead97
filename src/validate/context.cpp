#include "validate/context.hpp"

#include <algorithm>

#include "validate/rule_table.hpp"

namespace vanban::validate {

bool Context::enabled(std::string_view code) const {
  const RuleInfo* rule = find_rule(code);
  if (rule == nullptr || (rule->profiles & bit(profile)) == 0) return false;
  if (!selected_.empty() && !selected_.contains(code)) return false;
  return !ignored_.contains(code);
}

void Context::report(std::string_view code, std::string message, SourceLocation loc, std::string excerpt,
                     std::size_t excerpt_column) {
  if (!enabled(code)) return;
  out_.push_back({std::string(code), find_rule(code)->severity, std::move(message), loc, std::move(excerpt), excerpt_column});
}

void Context::report_at(std::string_view code, std::string message, const Paragraph& p, std::size_t offset) {
  SourceLocation loc = p.location;
  const std::string_view before = std::string_view(p.text).substr(0, offset);
  const std::size_t column = code_points(p.text, offset);
  // Only a paragraph that stands on one source line keeps its columns (no joined wraps, no <br>).
  if (loc.line != 0 && loc.column != 0 && !p.style.hard_wrapped && before.find('\n') == std::string_view::npos) {
    loc.column += static_cast<std::uint32_t>(column);
  }
  report(code, std::move(message), loc, p.text, column);
}

void for_each_paragraph(const Document& doc, BlockRange range, const std::function<void(const Paragraph&)>& fn) {
  for (std::size_t i = range.begin; i < range.end && i < doc.blocks.size(); ++i) {
    if (const auto* p = std::get_if<Paragraph>(&doc.blocks[i])) {
      fn(*p);
      continue;
    }
    for (const auto& row : std::get<Table>(doc.blocks[i]).rows) {
      for (const auto& cell : row.cells) {
        for (const auto& p : cell.paragraphs) fn(p);
      }
    }
  }
}

SourceLocation document_start(const Document& doc) {
  if (!doc.blocks.empty()) return location_of(doc.blocks.front());
  SourceLocation loc;
  loc.line = 1;
  loc.column = 1;
  return loc;
}

std::size_t code_points(std::string_view s, std::size_t bytes) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < bytes && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace vanban::validate

namespace vanban::validate {

void report_in_front(Context& ctx, std::string_view code, std::string message, std::string_view needle) {
  BlockRange range = ctx.doc.front;
  if (range.empty()) range = {0, std::min<std::size_t>(ctx.doc.blocks.size(), 12)};
  report_in_range(ctx, range, code, std::move(message), needle, document_start(ctx.doc));
}

void report_in_range(Context& ctx, BlockRange range, std::string_view code, std::string message, std::string_view needle,
                     SourceLocation fallback) {
  if (!ctx.enabled(code)) return;
  const Paragraph* hit = nullptr;
  std::size_t offset = 0;
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    if (hit != nullptr || needle.empty()) return;
    if (auto at = p.text.find(needle); at != std::string::npos) {
      hit = &p;
      offset = at;
    }
  });
  if (hit != nullptr) {
    ctx.report_at(code, std::move(message), *hit, offset);
  } else {
    ctx.report(code, std::move(message), fallback);
  }
}

void report_text_at(Context& ctx, std::string_view code, std::string message, SourceLocation loc, const std::string& text) {
  if (!ctx.enabled(code)) return;
  const Paragraph* hit = nullptr;
  std::size_t offset = 0;
  for_each_paragraph(ctx.doc, all_blocks(ctx.doc), [&](const Paragraph& p) {
    if (hit != nullptr || p.location.page != loc.page || p.location.line != loc.line || p.location.paragraph != loc.paragraph ||
        p.location.column != loc.column || p.location.part != loc.part) {
      return;
    }
    if (auto at = p.text.find(text); at != std::string::npos) {
      hit = &p;
      offset = at;
    }
  });
  if (hit != nullptr) {
    ctx.report_at(code, std::move(message), *hit, offset);
  } else {
    ctx.report(code, std::move(message), loc, text);
  }
}

bool front_has_blank_day(const Context& ctx) {
  bool found = false;
  BlockRange range = ctx.doc.front;
  if (range.empty()) range = {0, std::min<std::size_t>(ctx.doc.blocks.size(), 12)};
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    if (found) return;
    const text::MatchText t = ctx.tools.folder.prepare(p.text);
    UErrorCode status = U_ZERO_ERROR;
    auto m = ctx.tools.header_date.matcher(t.folded);
    found = m->find(status) && U_SUCCESS(status) && m->end(1, status) == m->start(1, status);
  });
  return found;
}

/// A text taken from the Công báo (official gazette), which prints documents without their Nơi nhận: its
/// pages carry "CÔNG BÁO/Số …" headers, which the reader removes and reports as page furniture.
bool from_gazette(const Context& ctx) {
  for (const auto& d : ctx.doc.diagnostics.items()) {
    if (d.code == "md.page-furniture-removed" && d.message.find("page header") != std::string::npos) return true;
  }
  bool found = false;
  for_each_paragraph(ctx.doc, all_blocks(ctx.doc), [&](const Paragraph& p) {
    if (!found && p.text.size() < 200 && ctx.fold(p.text).starts_with("cong bao/")) found = true;
  });
  return found;
}

/// Types whose own forms lack parts of NĐ 30 Art. 8: internal slips (Phiếu trình), charters and regulations
/// attached to the decision that issues them (Điều lệ), speeches, lists, outlines.
bool outside_the_rule_book(const Context& ctx) {
  const auto& type = ctx.doc.metadata.doc_type;
  static constexpr std::string_view kTypes[] = {"phieu trinh", "đieu le", "tham luan", "bai phat bieu", "danh sach",
                                                "đe cuong", "phu luc"};
  auto listed = [&](const std::string& folded) {
    if (folded.starts_with("phieu ") || folded.starts_with("đieu le ")) return true;  // "ĐIỀU LỆ CỦA HỘI …"
    // "(Kèm theo Quyết định số …)": attached to the document that issues it, which carries the parts.
    if (folded.starts_with("(kem theo ") || folded.starts_with("(ban hanh kem theo ")) return true;
    return std::find(std::begin(kTypes), std::end(kTypes), folded) != std::end(kTypes);
  };
  if (type) return listed(ctx.fold(*type));
  // No type read: a type line of the front blocks may still name one ("ĐIỀU LỆ" of an association).
  bool found = false;
  const std::size_t lead = std::max<std::size_t>(ctx.doc.front.end, 12);
  for_each_paragraph(ctx.doc, BlockRange{0, std::min(ctx.doc.blocks.size(), lead)},
                     [&](const Paragraph& p) {
                       if (!found && p.text.size() < 200) found = listed(ctx.fold(p.text));
                     });
  return found;
}

/// The front blocks' text, folded, without spaces ("Độc lập – Tự do" and "Độc lập-Tự do" alike).
std::string folded_front(const Context& ctx) {
  BlockRange range = ctx.doc.front;
  if (range.empty()) range = {0, std::min<std::size_t>(ctx.doc.blocks.size(), 12)};
  std::string out;
  for_each_paragraph(ctx.doc, range, [&](const Paragraph& p) {
    for (char c : ctx.fold(p.text)) {
      if (c != ' ' && c != '\n' && c != '\t') out += c;
    }
    out += '|';
  });
  return out;
}

}  // namespace vanban::validate
