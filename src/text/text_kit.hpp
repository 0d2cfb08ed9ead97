#pragma once
#include "text/match_text.hpp"
#include "text/normalizer.hpp"

namespace vanban::text {

/// The ICU objects every stage needs, built once per converter (one per thread) and passed by
/// reference: no global state.
struct TextKit {
  Normalizer normalizer;
  Folder folder;
};

}  // namespace vanban::text
