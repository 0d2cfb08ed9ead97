#include "ingest/markdown_reader.hpp"

namespace vanban {

void read_markdown(std::string_view, const ReadOptions&, const text::TextKit&, Document& doc) {
  doc.diagnostics.fatal("md.unsupported", "Markdown input is not supported yet");
}

}  // namespace vanban
