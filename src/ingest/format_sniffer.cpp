#include "ingest/format_sniffer.hpp"

#include "ingest/ole/compound_file.hpp"

namespace vanban {

InputFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return InputFormat::Docx;
  if (ole::is_compound_file(bytes)) return InputFormat::Doc;
  // PDF readers accept the header anywhere in the first 1024 bytes; so do we, but only there, so that a
  // text that quotes "%PDF-" further down is still text.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::Pdf;
  return InputFormat::Markdown;
}

}  // namespace vanban
