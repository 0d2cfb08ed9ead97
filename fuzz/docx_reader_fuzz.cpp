// The DOCX reader on whole package bytes (zip container, XML parts, numbering, styles, notes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/docx_reader.hpp"
#include "text/text_kit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vanban::text::TextKit kit;  // costly ICU objects: built once per fuzzing process
  vanban::Document doc;
  vanban::ReadOptions options;
  vanban::read_docx(std::string_view(reinterpret_cast<const char*>(data), size), options, kit, doc);
  return 0;
}
