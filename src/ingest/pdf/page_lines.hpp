#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace vanban::pdf {

/// The pages of a PDF as one text for the text reader, the way `pdftotext -layout` writes them (each page
/// ends with a form feed, so the reader's page-furniture and page-break handling applies), and where each
/// page starts, to turn the reader's line numbers back into page:line.
class PageLines {
 public:
  void add_page(const std::string& text);
  const std::string& text() const { return text_; }
  std::uint32_t pages() const { return static_cast<std::uint32_t>(first_lines_.size()); }

  /// Rewrites every location the reader set (blocks, cells, footnotes, diagnostics) from a line of the
  /// whole text to a page and a line within it.
  void locate_pages(Document& doc) const;
  SourceLocation to_page(SourceLocation loc) const;

 private:
  std::string text_;
  std::vector<std::uint32_t> first_lines_;  ///< 1-based line of the whole text where each page starts
  std::uint32_t next_line_ = 1;
};

}  // namespace vanban::pdf
