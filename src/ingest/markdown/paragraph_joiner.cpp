#include "ingest/markdown/paragraph_joiner.hpp"

#include "ingest/markdown/line_shape.hpp"

namespace vanban::md {

bool continues_paragraph(std::string_view previous, std::string_view next, const ParagraphGap& gap,
                         const Reflower& reflower) {
  if (trim(previous).empty() || trim(next).empty()) return false;
  // "…; các số liệu, tài liệu khác …;" cut by a page break after a full line ending with ';': the
  // clause list goes on in lower case on the next page.
  const std::string_view p = trim(previous);
  const bool full_last_line = gap.previous_last_line == 0 || !reflower.is_short(gap.previous_last_line, 0.8);
  if (gap.page_break && p.back() == ';' && full_last_line && starts_lowercase(next) &&
      leading_label(next).kind == LabelKind::None)
    return true;
  if (ends_with_terminal(previous, /*ellipsis_ends=*/false) || is_all_caps(previous)) return false;
  if (is_standalone_header_line(previous)) return false;
  const LineLabel label = leading_label(next);
  if (label.kind == LabelKind::Outline || label.kind == LabelKind::QuotedProvision) return false;
  if (label.kind == LabelKind::Bullet && !label.lowercase_after) return false;
  if (starts_lowercase(next)) return true;
  if (label.kind != LabelKind::None) return false;
  if (starts_with_opening_quote(next))
    return ends_with_comma(previous) || (ends_mid_sentence(previous) && full_last_line);
  return gap.page_break && ends_mid_sentence(previous) && full_last_line && !is_all_caps(next) &&
         !starts_preamble_phrase(next);
}

}  // namespace vanban::md
