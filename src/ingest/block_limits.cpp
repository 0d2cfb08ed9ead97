#include "ingest/block_limits.hpp"

#include <string>

namespace vanban {
namespace {

bool check_paragraph(const std::string& text, const SourceLocation& where, const char* what, const InputLimits& limits,
                     Diagnostics& diags) {
  if (text.size() <= limits.max_paragraph_bytes) return true;
  diags.fatal("input.limit-paragraph", std::string(what) + " holds " + std::to_string(text.size()) +
                                           " bytes of text, over the limit of " +
                                           std::to_string(limits.max_paragraph_bytes) +
                                           " bytes per paragraph (raise it with --max-paragraph-bytes)",
              where);
  return false;
}

}  // namespace

bool check_block_limits(Document& doc, const InputLimits& limits) {
  for (const auto& block : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (!check_paragraph(p->text, p->location, "a paragraph", limits, doc.diagnostics)) return false;
      continue;
    }
    const auto& table = std::get<Table>(block);
    std::size_t cells = 0;
    for (const auto& row : table.rows) cells += row.cells.size();
    if (cells > limits.max_table_cells) {
      doc.diagnostics.fatal("input.limit-table", "a table has " + std::to_string(cells) + " cells (" +
                                                     std::to_string(table.rows.size()) + " rows), over the limit of " +
                                                     std::to_string(limits.max_table_cells) +
                                                     " cells per table (raise it with --max-table-cells)",
                            table.location);
      return false;
    }
    for (const auto& row : table.rows)
      for (const auto& cell : row.cells)
        for (const auto& para : cell.paragraphs)
          if (!check_paragraph(para.text, para.location, "a paragraph of a table cell", limits, doc.diagnostics))
            return false;
  }
  for (const auto& note : doc.footnotes)
    if (!check_paragraph(note.text, note.location, ("footnote " + note.id).c_str(), limits, doc.diagnostics))
      return false;
  return true;
}

}  // namespace vanban
