#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/markdown_reader.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban::testing {

/// One TextKit for all Markdown tests (building its fold table takes a moment).
inline const text::TextKit& markdown_test_kit() {
  static const text::TextKit kit;
  return kit;
}

inline Document read_md(std::string_view input, const ReadOptions& options = {}) {
  Document doc;
  read_markdown(input, options, markdown_test_kit(), doc);
  return doc;
}

/// Texts of the top-level paragraphs, in order.
inline std::vector<std::string> paragraph_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.blocks)
    if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(p->text);
  return out;
}

inline const Paragraph& paragraph_at(const Document& doc, std::size_t i) { return std::get<Paragraph>(doc.blocks.at(i)); }

inline const Diagnostic* find_diagnostic(const Document& doc, std::string_view code) {
  for (const auto& d : doc.diagnostics.items())
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace vanban::testing
