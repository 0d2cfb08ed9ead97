#include "model/section_index.hpp"

namespace vanban {
namespace {

void mark(const Section& s, std::vector<const Section*>& out) {
  if (s.heading_block < out.size()) out[s.heading_block] = &s;
  for (std::size_t i = s.blocks.begin; i < s.blocks.end && i < out.size(); ++i) out[i] = &s;
  for (const auto& child : s.children) mark(child, out);  // children are inner: they win
}

}  // namespace

std::vector<const Section*> sections_by_block(const Document& doc) {
  std::vector<const Section*> out(doc.blocks.size(), nullptr);
  for (const auto& s : doc.sections) mark(s, out);
  return out;
}

}  // namespace vanban
