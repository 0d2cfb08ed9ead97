#include "analysis/reference_pass.hpp"

#include <algorithm>
#include <map>

#include "analysis/number_symbol.hpp"
#include "analysis/reference_book.hpp"
#include "model/section_index.hpp"

namespace vanban {
namespace {

bool in_range(const BlockRange& r, std::size_t i) { return i >= r.begin && i < r.end; }

}  // namespace

ReferencePass::ReferencePass(const text::TextKit& kit) : kit_(kit), scanner_(kit.folder) {}

void ReferencePass::run(Document& doc) const {
  ReferenceBook book(kit_.folder, doc.metadata);
  const auto sections = sections_by_block(doc);
  auto path_of = [&](std::size_t block) -> std::string {
    return block < sections.size() && sections[block] ? sections[block]->path : std::string();
  };
  auto where_of = [&](std::size_t block, bool in_table) -> std::string {
    if (in_range(doc.front, block)) return "front";
    if (in_range(doc.preamble, block)) return "preamble";
    return in_table ? "table" : "body";
  };

  std::map<std::string, std::size_t> footnote_block;  // footnote id -> block that holds its marker
  for_each_paragraph(doc, [&](const Paragraph& p, std::size_t block, bool in_table) {
    for (const auto& mark : p.footnote_marks) footnote_block.emplace(mark.id, block);
    const auto text = kit_.folder.prepare(p.text);
    const std::string where = where_of(block, in_table);
    const std::string path = where == "front" ? std::string() : path_of(block);
    for (auto& c : scanner_.scan(text)) book.add(std::move(c), path, where, p.location);
  });
  for (const auto& fn : doc.footnotes) {
    const auto text = kit_.folder.prepare(fn.text);
    auto it = footnote_block.find(fn.id);
    const std::string path = it != footnote_block.end() ? path_of(it->second) : std::string();
    for (auto& c : scanner_.scan(text)) book.add(std::move(c), path, "footnote:" + fn.id, fn.location);
  }
  doc.references = book.take();
}

}  // namespace vanban
