#pragma once
#include <string>

#include "model/document.hpp"
#include "validate/validator.hpp"

namespace vanban {

struct XmlOptions {
  bool pretty = false;
  bool include_blocks = true;
  bool include_diagnostics = true;
  /// The linter's findings (src/validate/), written as the optional top-level "validation"; nullptr: none.
  const validate::ValidationResult* validation = nullptr;
};

/// The document as XML, following schemas/vanban.xsd (schema_version kSchemaVersion).
std::string to_xml(const Document& doc, const XmlOptions& options = {});

}  // namespace vanban
