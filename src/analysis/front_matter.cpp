#include "analysis/front_matter.hpp"

namespace vanban {

FrontMatterPass::FrontMatterPass(const text::TextKit& kit) : kit_(kit) {}

void FrontMatterPass::run(Document&) const {}

}  // namespace vanban
