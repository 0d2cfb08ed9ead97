#include "ingest/markdown/header_table.hpp"

#include <algorithm>
#include <string>
#include <variant>

#include "ingest/markdown/line_shape.hpp"

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

namespace {

constexpr std::size_t kHeaderLineLength = 90;  // bytes: the longest issuer or date line, with its accents
constexpr std::size_t kMostHeaderLines = 8;

/// One line of a header: the issuer in capitals, "Số: …", the motto, the tiêu ngữ, "Hà Nội, ngày …".
bool is_header_paragraph(const Block& b) {
  const auto* p = std::get_if<Paragraph>(&b);
  if (!p || p->text.empty() || p->text.size() > kHeaderLineLength || ends_sentence(b)) return false;
  return is_all_caps(p->text) || is_standalone_header_line(p->text);
}

}  // namespace

std::size_t restore_header_lines(Document& doc, const text::Folder& folder, std::uint32_t first_page_end_line) {
  if (first_page_end_line == 0) return 0;
  int sentences = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const auto* p = std::get_if<Paragraph>(&b);
    if (!p) {
      if (block_holds_motto(b, folder)) return 0;  // a header table: restore_header_table's business
      continue;
    }
    if (p->location.line >= first_page_end_line) return 0;
    // Fold only the short capitals lines that can be the motto, not every paragraph of a long text.
    if (!is_header_paragraph(b) || !is_all_caps(p->text) || !holds_motto(p->text, folder)) {
      sentences += ends_sentence(b);
      continue;
    }
    if (sentences < kBodySentences) return 0;  // the header is where it belongs
    std::size_t begin = i, end = i + 1;
    while (begin > 0 && i - begin < kMostHeaderLines && is_header_paragraph(doc.blocks[begin - 1])) --begin;
    while (end < doc.blocks.size() && end - i < kMostHeaderLines && is_header_paragraph(doc.blocks[end])) ++end;
    std::rotate(doc.blocks.begin(), doc.blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                doc.blocks.begin() + static_cast<std::ptrdiff_t>(end));
    return end - begin;
  }
  return 0;
}

}  // namespace vanban::md
