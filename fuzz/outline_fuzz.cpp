// The OutlinePass alone on raw text, one paragraph per line (fuzz_text.hpp).
#include <cstddef>
#include <cstdint>

#include "analysis/outline.hpp"
#include "fuzz_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return vanban::fuzz::run_pass_on_lines<vanban::OutlinePass>(data, size);
}
