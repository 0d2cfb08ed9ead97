#pragma once
#include <string>

#include "model/document.hpp"

namespace vanban {

struct JsonOptions {
  bool pretty = false;
  bool include_blocks = true;       ///< section content (paragraphs, tables)
  bool include_diagnostics = true;
};

/// The document as JSON, following schemas/vanban.schema.json (schema_version kSchemaVersion).
std::string to_json(const Document& doc, const JsonOptions& options = {});

}  // namespace vanban
