#pragma once
#include "analysis/deadline_pass.hpp"
#include "analysis/front_matter.hpp"
#include "analysis/outline.hpp"
#include "analysis/reference_pass.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Runs every analysis pass, in order, over a document a reader filled. Build once (the passes
/// compile their patterns in their constructors), reuse for many documents; one per thread.
class Analyzer {
 public:
  explicit Analyzer(const text::TextKit& kit);
  void run(Document& doc) const;

 private:
  FrontMatterPass front_matter_;
  OutlinePass outline_;
  ReferencePass references_;
  DeadlinePass deadlines_;
};

}  // namespace vanban
