// Footnotes: a marker in the text with no footnote text (a citation lost), and a footnote text that no
// marker points to.
#include <set>

#include "validate/context.hpp"

namespace vanban::validate {

void check_footnotes(Context& ctx) {
  // In text extracted from a gazette PDF the markers are flattened digits and the texts are read back from
  // the page feet: a marker without its text there says more about the extraction than about the document.
  if (from_gazette(ctx)) return;
  std::set<std::string, std::less<>> texts, marked;
  for (const auto& f : ctx.doc.footnotes) texts.insert(f.id);
  for_each_paragraph(ctx.doc, all_blocks(ctx.doc), [&](const Paragraph& p) {
    for (const auto& mark : p.footnote_marks) {
      marked.insert(mark.id);
      if (!texts.contains(mark.id)) {
        ctx.report_at("VB501", "the footnote marker " + mark.id + " (chú thích) has no footnote text", p, mark.offset);
      }
    }
  });
  for (const auto& f : ctx.doc.footnotes) {
    if (!marked.contains(f.id)) {
      ctx.report("VB502", "the footnote " + f.id + " (chú thích) is never marked in the text", f.location, f.text);
    }
  }
}

}  // namespace vanban::validate
