#pragma once
#include <string_view>

#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Reads Markdown or plain text into doc.blocks and doc.footnotes. The text is UTF-8, or in the
/// legacy encoding `options.encoding` names, or (when not set and the input is not UTF-8) in the
/// legacy encoding detected from it (see markdown/text_decoding.hpp).
/// Problems go to doc.diagnostics; unreadable input adds a Fatal diagnostic and leaves no blocks.
void read_markdown(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc);

}  // namespace vanban
