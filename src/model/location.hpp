#pragma once
#include <cstdint>

namespace vanban {

/// Where an element came from in the input. Text input fills line/column (1-based);
/// DOCX fills paragraph (1-based ordinal of w:p in its part) and part; PDF fills page, and line/column
/// count within that page (its text layer as laid out, or the OCR text of the page).
struct SourceLocation {
  std::uint32_t line = 0;       ///< 1-based line in text input; 0 = unknown
  std::uint32_t column = 0;     ///< 1-based column (in code points) in text input; 0 = unknown
  std::uint32_t paragraph = 0;  ///< 1-based paragraph ordinal in a DOCX part; 0 = not DOCX
  std::uint32_t page = 0;       ///< 1-based PDF page (line and column then count within it); 0 = not PDF
  enum class Part : std::uint8_t { Body, Footnotes, Endnotes, Header } part = Part::Body;

  bool known() const { return line != 0 || paragraph != 0; }
};

}  // namespace vanban
