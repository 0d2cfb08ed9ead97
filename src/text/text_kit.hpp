#pragma once
#include "text/legacy_detector.hpp"
#include "text/match_text.hpp"
#include "text/normalizer.hpp"
#include "text/vietnamese_case.hpp"

namespace vanban::text {

/// The ICU objects every stage needs, built once per converter (one per thread) and passed by
/// reference: no global state. The free functions of legacy_detector.hpp / vietnamese_case.hpp
/// do the same work with shared immutable instances.
struct TextKit {
  Normalizer normalizer;
  Folder folder;
  LegacyDetector legacy;   ///< kit.legacy.detect(run_text, encoding_for_font(font))
  VietnameseCase casing;   ///< kit.casing.sentence("KẾ HOẠCH") == "Kế hoạch"
};

}  // namespace vanban::text
