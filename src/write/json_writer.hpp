#pragma once
#include <string>

#include "model/document.hpp"
#include "validate/validator.hpp"

namespace vanban {

struct JsonOptions {
  bool pretty = false;
  bool include_blocks = true;       ///< section content (paragraphs, tables)
  bool include_diagnostics = true;
  /// The linter's findings (src/validate/), written as the optional top-level "validation"; nullptr: none.
  const validate::ValidationResult* validation = nullptr;
};

/// The document as JSON, following schemas/vanban.schema.json (schema_version kSchemaVersion).
std::string to_json(const Document& doc, const JsonOptions& options = {});

}  // namespace vanban
