#pragma once
#include <string_view>

#include "model/document.hpp"

namespace vanban {

/// Decides the input format from the bytes themselves, never from a file name:
/// "%PDF-" in the first KiB is PDF (the standard lets junk precede it), the OLE compound-file signature
/// is a legacy .doc (the .doc reader tells a Word 97 file from an encrypted OOXML package, both OLE),
/// a zip (PK\3\4) is DOCX, anything else is text read as Markdown.
InputFormat sniff_format(std::string_view bytes);

}  // namespace vanban
