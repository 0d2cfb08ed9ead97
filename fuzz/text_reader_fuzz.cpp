// The Markdown / plain-text reader on raw bytes: input checks, decoding, md4c, reflow, footnotes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/markdown_reader.hpp"
#include "text/text_kit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vanban::text::TextKit kit;
  vanban::Document doc;
  vanban::ReadOptions options;
  vanban::read_markdown(std::string_view(reinterpret_cast<const char*>(data), size), options, kit, doc);
  return 0;
}
