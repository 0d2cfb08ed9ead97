#include "analysis/deadline_pass.hpp"

namespace vanban {

DeadlinePass::DeadlinePass(const text::TextKit& kit) : kit_(kit) {}

void DeadlinePass::run(Document&) const {}

}  // namespace vanban
