#include "write/document_parts.hpp"

#include <algorithm>

namespace vanban {

std::span<const Block> blocks_in(const Document& doc, BlockRange range) {
  const std::size_t end = std::min(range.end, doc.blocks.size());
  const std::size_t begin = std::min(range.begin, end);
  return std::span<const Block>(doc.blocks).subspan(begin, end - begin);
}

namespace {

// Marks every block a section shows: its heading, the title paragraph under a bare "Chương I", its content.
void mark_outlined(const Section& s, std::size_t begin, std::vector<bool>& held) {
  const std::size_t from = std::min(s.heading_block, s.blocks.begin);
  for (std::size_t i = std::max(from, begin); i < s.blocks.end && i - begin < held.size(); ++i) held[i - begin] = true;
  for (const auto& child : s.children) mark_outlined(child, begin, held);
}

}  // namespace

std::vector<const Block*> blocks_outside_outline(const Document& doc, BlockRange range) {
  const auto blocks = blocks_in(doc, range);
  const std::size_t begin = blocks.empty() ? 0 : static_cast<std::size_t>(&blocks.front() - doc.blocks.data());
  std::vector<bool> held(blocks.size(), false);
  for (const auto& s : doc.sections) mark_outlined(s, begin, held);
  std::vector<const Block*> out;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (!held[i]) out.push_back(&blocks[i]);
  return out;
}

BlockRange heading_range(const Section& s) {
  if (s.heading_block == kNoBlock || s.heading_block >= s.blocks.begin) return BlockRange{};
  return BlockRange{s.heading_block, s.blocks.begin};
}

std::vector<std::string_view> preamble_texts(const Document& doc) {
  std::vector<std::string_view> out;
  for (const auto& block : blocks_in(doc, doc.preamble)) {
    if (const auto* p = std::get_if<Paragraph>(&block)) out.emplace_back(p->text);
  }
  return out;
}

std::string cell_text(const TableCell& cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.paragraphs.size(); ++i) {
    if (i != 0) out += '\n';
    out += cell.paragraphs[i].text;
  }
  return out;
}

std::optional<std::string> iso_date(const std::optional<PartialDate>& date) {
  if (!date) return std::nullopt;
  std::string iso = date->iso();
  if (iso.empty()) return std::nullopt;
  return iso;
}

std::string_view format_name(InputFormat format) {
  switch (format) {
    case InputFormat::Docx: return "docx";
    case InputFormat::Markdown: return "markdown";
    case InputFormat::Pdf: return "pdf";
    case InputFormat::Doc: return "doc";
    case InputFormat::Auto: break;
  }
  return {};
}

std::string_view part_name(SourceLocation::Part part) {
  switch (part) {
    case SourceLocation::Part::Body: return "body";
    case SourceLocation::Part::Footnotes: return "footnotes";
    case SourceLocation::Part::Endnotes: return "endnotes";
    case SourceLocation::Part::Header: return "header";
  }
  return "body";
}

bool has_hints(const ParagraphStyle& s) {
  return s.bold || s.italic || s.centered || s.caps || s.heading_level != 0 || s.auto_numbered || s.hard_wrapped ||
         !s.style_name.empty();
}

}  // namespace vanban
