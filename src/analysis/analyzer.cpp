#include "analysis/analyzer.hpp"

namespace vanban {

Analyzer::Analyzer(const text::TextKit& kit)
    : front_matter_(kit), outline_(kit), references_(kit), deadlines_(kit) {}

void Analyzer::run(Document& doc) const {
  front_matter_.run(doc);  // splits front / body / closing; the outline covers only the body
  outline_.run(doc);
  references_.run(doc);
  deadlines_.run(doc);     // after the outline: deadlines carry section paths
}

}  // namespace vanban
