#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "ingest/read_options.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban {

/// Reads an OLE compound file: a Word 97-2003 .doc is converted to DOCX by LibreOffice (or taken from
/// `options.engines.preconverted`) and read by the DOCX reader; a password-protected document (an
/// encrypted OOXML package or an encrypted .doc) and other Office files are refused, each with its own
/// Fatal diagnostic; so is a .doc when LibreOffice is not installed (the message names the package).
void read_doc(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc);

/// The DOCX LibreOffice makes of one .doc (a private temporary folder and profile, removed after);
/// nullopt after a Fatal diagnostic in `diags`.
std::optional<std::string> convert_doc_to_docx(std::string_view bytes, const EngineOptions& engines,
                                               Diagnostics& diags);

}  // namespace vanban
