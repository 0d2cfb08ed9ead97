#pragma once
#include <string_view>

#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Reads a .docx package into doc.blocks and doc.footnotes.
/// Problems go to doc.diagnostics; unreadable input adds a Fatal diagnostic and leaves no blocks.
void read_docx(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc);

}  // namespace vanban
