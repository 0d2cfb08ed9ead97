#pragma once
#include <string_view>

#include "model/document.hpp"

namespace vanban {

/// Decides the input format from the bytes themselves: a zip (PK\3\4) is DOCX, an OLE compound
/// file is reported by the DOCX reader as a legacy .doc, anything else is text read as Markdown.
InputFormat sniff_format(std::string_view bytes);

}  // namespace vanban
