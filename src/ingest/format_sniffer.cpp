#include "ingest/format_sniffer.hpp"

namespace vanban {

InputFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return InputFormat::Docx;
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return InputFormat::Docx;
  return InputFormat::Markdown;
}

}  // namespace vanban
