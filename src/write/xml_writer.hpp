#pragma once
#include <string>

#include "model/document.hpp"

namespace vanban {

struct XmlOptions {
  bool pretty = false;
  bool include_blocks = true;
  bool include_diagnostics = true;
};

/// The document as XML, following schemas/vanban.xsd (schema_version kSchemaVersion).
std::string to_xml(const Document& doc, const XmlOptions& options = {});

}  // namespace vanban
