#include "analysis/reference_pass.hpp"

#include <algorithm>
#include <map>

#include "analysis/number_symbol.hpp"
#include "analysis/reference_book.hpp"
#include "model/section_index.hpp"

namespace vanban {
namespace {

bool in_range(const BlockRange& r, std::size_t i) { return i >= r.begin && i < r.end; }

/// True when `path` is `root` or lies under it ("Điều 1.2" under "Điều 1").
bool within(const std::string& path, const std::string& root) {
  return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '.');
}

}  // namespace

ReferencePass::ReferencePass(const text::TextKit& kit)
    : kit_(kit),
      scanner_(kit.folder),
      item_label_("^[ ]*((?:[ivxlc]+|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])[ ]*[.)]|[-+*•])?[ ]*") {}

bool ReferencePass::opens_with(const text::MatchText& text, const Citation& c, bool* labelled) const {
  auto m = item_label_.matcher(text.folded);
  if (!looking_at(*m, 0, text.folded.length()) || group_span(*m, 0).end != c.start) return false;
  *labelled = group_span(*m, 1).found();
  return true;
}

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
  // "Bãi bỏ toàn bộ các quyết định sau:" then items "1. Quyết định số …" in the same section (or its
  // subsections), or cells of a table there: each item that opens with a citation takes the list's relation.
  // Items without a label go on only as a ";" chain: "Quyết định số A …;" / "Quyết định số B …."
  std::string list_relation, list_path;
  bool chain_open = false;
  for_each_paragraph(doc, [&](const Paragraph& p, std::size_t block, bool in_table) {
    for (const auto& mark : p.footnote_marks) footnote_block.emplace(mark.id, block);
    const auto text = kit_.folder.prepare(p.text);
    const std::string where = where_of(block, in_table);
    const std::string path = where == "front" ? std::string() : path_of(block);
    auto citations = scanner_.scan(text, /*bare_mentions=*/true);
    // Bare mentions ("Quyết định số 335") join documents only at the end (ReferenceBook::take): keep
    // them out of the way of the list logic below, which looks at the paragraph's first citation.
    std::stable_partition(citations.begin(), citations.end(), [](const Citation& c) { return !c.bare; });
    if (!list_relation.empty()) {
      bool labelled = false;
      const bool opens = !citations.empty() && within(path, list_path) && opens_with(text, citations.front(), &labelled);
      const bool item = opens && (in_table || labelled || chain_open);
      if (item) {
        for (auto& c : citations)
          if (c.group == citations.front().group && c.relation.empty()) c.relation = list_relation;
      }
      if (in_table) {
        chain_open = false;
        if (!within(path, list_path)) list_relation.clear();  // a table's other cells (STT, header, note) go on
      } else if (item) {
        std::string tail = p.text;
        while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\n')) tail.pop_back();
        chain_open = !tail.empty() && tail.back() == ';';
      } else {
        list_relation.clear();
      }
    }
    if (auto opening = scanner_.list_opening_relation(text); !opening.empty() && where != "front") {
      list_relation = opening;
      list_path = path;
      chain_open = true;
    }
    int warned_group = -1;
    for (auto& c : citations) {
      if (!c.capped_range.empty() && c.group != warned_group) {
        warned_group = c.group;
        doc.diagnostics.warning("ref.range-capped",
                                "a range of " + c.type + " numbered " + c.capped_range + " has more than " +
                                    std::to_string(CitationScanner::kMaxRangeItems) +
                                    " documents: only its first and last numbers were kept as references",
                                p.location);
      }
      book.add(std::move(c), path, where, p.location);
    }
  });
  for (const auto& fn : doc.footnotes) {
    const auto text = kit_.folder.prepare(fn.text);
    auto it = footnote_block.find(fn.id);
    const std::string path = it != footnote_block.end() ? path_of(it->second) : std::string();
    for (auto& c : scanner_.scan(text, /*bare_mentions=*/true)) book.add(std::move(c), path, "footnote:" + fn.id, fn.location);
  }
  doc.references = book.take();
}

}  // namespace vanban
