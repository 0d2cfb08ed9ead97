#include "ingest/pdf/page_lines.hpp"

#include <algorithm>

namespace vanban::pdf {

void PageLines::add_page(const std::string& text) {
  first_lines_.push_back(next_line_);
  text_ += text;
  if (!text.empty() && text.back() != '\n') text_ += '\n';
  // The form feed opens the next page's first line, as in pdftotext's output.
  text_ += '\f';
  next_line_ += static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n')) +
                (!text.empty() && text.back() != '\n' ? 1 : 0);
}

SourceLocation PageLines::to_page(SourceLocation loc) const {
  if (loc.line == 0 || loc.page != 0 || first_lines_.empty()) return loc;
  const auto after = std::upper_bound(first_lines_.begin(), first_lines_.end(), loc.line);
  const auto page = static_cast<std::uint32_t>(after - first_lines_.begin());  // >= 1: the first page starts at 1
  loc.page = page;
  loc.line = loc.line - first_lines_[page - 1] + 1;
  return loc;
}

void PageLines::locate_pages(Document& doc) const {
  auto fix = [this](SourceLocation& loc) { loc = to_page(loc); };
  for (auto& block : doc.blocks) {
    if (auto* p = std::get_if<Paragraph>(&block)) {
      fix(p->location);
    } else if (auto* t = std::get_if<Table>(&block)) {
      fix(t->location);
      for (auto& row : t->rows)
        for (auto& cell : row.cells)
          for (auto& para : cell.paragraphs) fix(para.location);
    }
  }
  for (auto& note : doc.footnotes) fix(note.location);
  for (auto& d : doc.diagnostics.items()) fix(d.location);
}

}  // namespace vanban::pdf
