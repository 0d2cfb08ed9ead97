#include "analysis/outline.hpp"

namespace vanban {

OutlinePass::OutlinePass(const text::TextKit& kit) : kit_(kit) {}

void OutlinePass::run(Document&) const {}

}  // namespace vanban
