#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace vanban::md {

/// Page furniture found in text extracted from PDFs.
struct PageFurniture {
  std::size_t page_headers = 0;      ///< running headers: "CÔNG BÁO/Số 242/Ngày 22-04-2026"
  std::size_t page_numbers = 0;      ///< a page number alone on its line
  std::size_t signature_stamps = 0;  ///< "Ký bởi: … / Cơ quan: … / Ngày ký: …" blocks, "[daky]" lines
  std::vector<std::size_t> line_offsets;  ///< byte offset of every removed line, ascending

  std::size_t total_lines() const { return line_offsets.size(); }
  /// Whether a removed line lies in the byte range [begin, end).
  bool any_between(std::size_t begin, std::size_t end) const;
};

/// Finds running page headers (a short line repeated on several pages next to a page number),
/// lone page numbers and digital-signature stamps, and blanks those lines in place (their bytes
/// become spaces, so every byte offset and line number stays valid and Markdown sees blank lines).
PageFurniture remove_page_furniture(std::string& text);

/// Blanks lines drawn with box-drawing or dash characters ("————", "───", "═══"): rules under
/// header lines that Markdown does not know as thematic breaks (it knows "---", "___", "***").
/// Returns how many lines were blanked.
std::size_t blank_decorative_rules(std::string& text);

}  // namespace vanban::md
