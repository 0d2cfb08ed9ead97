#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "ingest/docx/zip_package.hpp"
#include "model/diagnostic.hpp"

namespace vanban::docx {

/// Names of the parts the reader uses, found the OPC way: the main part through _rels/.rels (or
/// [Content_Types].xml), the others through the main part's relationships, falling back to the
/// conventional word/… names. Empty optional parts stay "".
struct PackageParts {
  std::string document;
  std::string styles;
  std::string numbering;
  std::string footnotes;
  std::string endnotes;
};

/// Locates the parts. Adds a Fatal diagnostic and returns nullopt when there is no main document part.
std::optional<PackageParts> locate_parts(ZipPackage& package, Diagnostics& diags);

/// Resolves a relationship target against the part that holds the relationship
/// ("word/document.xml" + "../customXml/item1.xml" -> "customXml/item1.xml"; "/word/x.xml" -> "word/x.xml").
std::string resolve_target(std::string_view source_part, std::string_view target);

}  // namespace vanban::docx
