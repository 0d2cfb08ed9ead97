#include "ingest/docx_reader.hpp"

namespace vanban {

void read_docx(std::string_view, const ReadOptions&, const text::TextKit&, Document& doc) {
  doc.diagnostics.fatal("docx.unsupported", "DOCX input is not supported yet");
}

}  // namespace vanban
