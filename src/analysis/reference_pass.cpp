#include "analysis/reference_pass.hpp"

namespace vanban {

ReferencePass::ReferencePass(const text::TextKit& kit) : kit_(kit) {}

void ReferencePass::run(Document&) const {}

}  // namespace vanban
