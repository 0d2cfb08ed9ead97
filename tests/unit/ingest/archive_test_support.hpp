#pragma once
// Shared by the PDF and .doc reader tests: reading the committed fixtures (scripts/make-archive-fixtures) and
// running the Converter on them.
#include <fstream>
#include <sstream>
#include <string>

#include "api/converter.hpp"
#include "io/process.hpp"

namespace vanban::testing {

inline std::string fixture(const std::string& relative) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline const Converter& shared_converter() {
  static const Converter converter;  // built once for the test binary; convert() is const
  return converter;
}

inline Document convert_bytes(const std::string& bytes, ConvertOptions options = {}) {
  return shared_converter().convert(bytes, options);
}

inline const Diagnostic* find_diagnostic(const Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics.items())
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace vanban::testing
