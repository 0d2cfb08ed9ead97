#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace vanban::pdf {

/// A PDF opened from memory with Poppler's C++ library (libpoppler-cpp): its pages' text layer laid out
/// as on the page, and pages rendered to images for OCR. Built without Poppler (no libpoppler-cpp-dev at
/// configure time), open() always fails with a message naming the package.
class PdfFile {
 public:
  /// Null with `error` when the bytes are not a PDF Poppler can open, or it is password-protected.
  static std::unique_ptr<PdfFile> open(std::string_view bytes, std::string& error);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  int pages() const;
  /// The page's text layer in its physical layout (as `pdftotext -layout`: side-by-side blocks stay side
  /// by side, separated by spaces), UTF-8, ending with '\n' unless empty.
  std::string page_text(int index) const;
  /// Renders the page at `dpi` to a PNG file; false with `error` when it cannot.
  bool render_png(int index, int dpi, const std::string& path, std::string& error) const;

  /// Whether this build can read PDFs at all.
  static bool supported();

 private:
  struct Impl;
  explicit PdfFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban::pdf
