#include "ingest/markdown/header_table.hpp"

#include <string>
#include <variant>

namespace vanban::md {
namespace {

bool holds_motto(std::string_view text, const text::Folder& folder) {
  const std::string folded = folder.fold_utf8(text);
  // The fold keeps spacing; a cell's lines may be joined by '\n'.
  std::string spaced;
  spaced.reserve(folded.size());
  for (char c : folded) {
    const char s = (c == '\n' || c == '\t') ? ' ' : c;
    if (s == ' ' && !spaced.empty() && spaced.back() == ' ') continue;
    spaced.push_back(s);
  }
  return spaced.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos ||
         spaced.find("dang cong san viet nam") != std::string::npos;
}

bool block_holds_motto(const Block& b, const text::Folder& folder) {
  if (const auto* p = std::get_if<Paragraph>(&b)) return holds_motto(p->text, folder);
  for (const auto& row : std::get<Table>(b).rows)
    for (const auto& cell : row.cells)
      for (const auto& p : cell.paragraphs)
        if (holds_motto(p.text, folder)) return true;
  return false;
}

/// A sentence of the body ("… kể từ ngày ký.", "Căn cứ …;"): header lines do not end so.
bool ends_sentence(const Block& b) {
  const auto* p = std::get_if<Paragraph>(&b);
  if (!p) return false;
  std::string_view t = p->text;
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return !t.empty() && (t.back() == '.' || t.back() == ';');
}

constexpr int kBodySentences = 2;  // sentences before a header table that say it was moved

}  // namespace

std::optional<std::size_t> restore_header_table(Document& doc, const text::Folder& folder) {
  // Tables first (few), paragraphs only for the table found: folding every paragraph of a long
  // text would cost more than reading it.
  int sentences = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (!std::holds_alternative<Table>(b)) {
      sentences += ends_sentence(b);
      continue;
    }
    if (!block_holds_motto(b, folder)) continue;
    if (sentences < kBodySentences) return std::nullopt;  // the header is where it belongs
    for (std::size_t k = 0; k < i; ++k)
      if (block_holds_motto(doc.blocks[k], folder)) return std::nullopt;  // a header in paragraphs
    Block header = std::move(doc.blocks[i]);
    doc.blocks.erase(doc.blocks.begin() + static_cast<std::ptrdiff_t>(i));
    doc.blocks.insert(doc.blocks.begin(), std::move(header));
    return i;
  }
  return std::nullopt;
}

}  // namespace vanban::md
