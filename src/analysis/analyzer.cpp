#include "analysis/analyzer.hpp"

#include "analysis/outline_depth.hpp"

namespace vanban {

Analyzer::Analyzer(const text::TextKit& kit)
    : front_matter_(kit), outline_(kit), references_(kit), deadlines_(kit) {}

bool Analyzer::run(Document& doc, const AnalysisLimits& limits) const {
  auto expired = [&] { return limits.deadline && std::chrono::steady_clock::now() > *limits.deadline; };
  front_matter_.run(doc);  // splits front / body / closing; the outline covers only the body
  if (expired()) return false;
  outline_.run(doc);
  limit_outline_depth(doc, limits.max_outline_depth);  // before the passes that carry section paths
  if (expired()) return false;
  references_.run(doc);
  if (expired()) return false;
  deadlines_.run(doc);     // after the outline: deadlines carry section paths
  return true;
}

}  // namespace vanban
