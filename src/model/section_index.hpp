#pragma once
#include <cstddef>
#include <vector>

#include "model/document.hpp"

namespace vanban {

/// For each index of doc.blocks, the innermost section that holds it (its heading paragraph or
/// its content), or nullptr outside the outline. Valid while doc.sections is not modified.
std::vector<const Section*> sections_by_block(const Document& doc);

/// Calls fn(paragraph, block_index, in_table) for every paragraph of doc.blocks in reading order,
/// table cells included (block_index is the table's).
template <typename Fn>
void for_each_paragraph(const Document& doc, Fn&& fn) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (const auto* p = std::get_if<Paragraph>(&doc.blocks[i])) {
      fn(*p, i, false);
    } else if (const auto* t = std::get_if<Table>(&doc.blocks[i])) {
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          for (const auto& para : cell.paragraphs) fn(para, i, true);
    }
  }
}

}  // namespace vanban
