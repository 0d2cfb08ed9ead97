#include "analysis/outline_depth.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace vanban {
namespace {

struct Dropped {
  std::size_t count = 0;
  std::string first_label;
  SourceLocation first_location;
};

/// The end of the last block a subtree covers (children come after their parent's content).
std::size_t subtree_end(const Section& s) {
  std::size_t end = s.blocks.end;
  for (const auto& c : s.children) end = std::max(end, subtree_end(c));
  return end;
}

std::size_t count_sections(const std::vector<Section>& sections) {
  std::size_t n = sections.size();
  for (const auto& s : sections) n += count_sections(s.children);
  return n;
}

// Recursion depth is bounded by max_depth (cut) and by the outline's own depth (subtree_end, count_sections:
// the label ranks bound it).
void cut(std::vector<Section>& sections, std::uint32_t level, std::uint32_t max_depth, Dropped& dropped) {
  for (auto& s : sections) {
    if (level < max_depth) {
      cut(s.children, level + 1, max_depth, dropped);
      continue;
    }
    if (s.children.empty()) continue;
    if (dropped.count == 0) {
      dropped.first_label = s.children.front().label;
      dropped.first_location = s.children.front().location;
    }
    dropped.count += count_sections(s.children);
    s.blocks.end = std::max(s.blocks.end, subtree_end(s));
    s.children.clear();
  }
}

}  // namespace

void limit_outline_depth(Document& doc, std::uint32_t max_depth) {
  if (max_depth == 0) return;
  Dropped dropped;
  cut(doc.sections, 1, max_depth, dropped);
  if (dropped.count == 0) return;
  doc.diagnostics.warning("outline.limit-depth",
                          std::to_string(dropped.count) + " section(s) nested deeper than the limit of " +
                              std::to_string(max_depth) + " levels, the first labelled \"" + dropped.first_label +
                              "\", were kept as text of the section above them (raise the limit with "
                              "--max-outline-depth)",
                          dropped.first_location);
}

}  // namespace vanban
