#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

#include "analysis/deadline_pass.hpp"
#include "analysis/front_matter.hpp"
#include "analysis/outline.hpp"
#include "analysis/reference_pass.hpp"
#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// What bounds one analysis: the outline's depth, and a deadline checked between passes (a pass is
/// never interrupted: threads cannot be stopped safely).
struct AnalysisLimits {
  std::uint32_t max_outline_depth = InputLimits{}.max_outline_depth;
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// Runs every analysis pass, in order, over a document a reader filled. Build once (the passes
/// compile their patterns in their constructors), reuse for many documents; one per thread.
class Analyzer {
 public:
  explicit Analyzer(const text::TextKit& kit);
  /// False when the deadline passed before every pass ran (the document is then incomplete).
  bool run(Document& doc, const AnalysisLimits& limits = {}) const;

 private:
  FrontMatterPass front_matter_;
  OutlinePass outline_;
  ReferencePass references_;
  DeadlinePass deadlines_;
};

}  // namespace vanban
