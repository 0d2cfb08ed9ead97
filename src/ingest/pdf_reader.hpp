#pragma once
#include <string_view>

#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Reads a PDF: its text layer page by page in the physical layout (Poppler), or with
/// `options.engines.ocr` the pages without one through Tesseract, then the text reader that reads
/// `pdftotext -layout` output (read_markdown: page furniture, hard wraps, layout columns). Locations are
/// page:line. A PDF with no text layer and no --ocr is refused ("pdf.scan"); a text layer that is not
/// Vietnamese syllables (broken font mappings) or has lost its diacritics is read with a warning.
void read_pdf(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc);

}  // namespace vanban
