#pragma once
// Shared by the deadline tests: run the deadline pass on one paragraph and list the values it found.
#include <string>
#include <vector>

#include "analysis/deadline_pass.hpp"
#include "text/text_kit.hpp"

namespace vanban::testing {

/// `doc` keeps its metadata (issue date, type, symbol); its blocks become the one paragraph `text`.
inline std::vector<std::string> deadline_values(const text::TextKit& kit, Document& doc, const std::string& text) {
  doc.blocks.clear();
  doc.deadlines.clear();
  doc.tasks.clear();
  Paragraph p;
  p.text = text;
  doc.blocks.push_back(std::move(p));
  DeadlinePass(kit).run(doc);
  std::vector<std::string> values;
  for (const auto& d : doc.deadlines)
    if (!d.value.empty()) values.push_back(d.value);
  return values;
}

}  // namespace vanban::testing
