// The OutlinePass alone on raw text, one paragraph per line (fuzz_text.hpp).
#include <cstddef>
#include <cstdint>

#include "analysis/outline.hpp"
#include "fuzz_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vanban::text::TextKit kit;
  static const vanban::OutlinePass pass(kit);
  vanban::Document doc = vanban::fuzz::document_from_lines(data, size, kit);
  pass.run(doc);
  return 0;
}
