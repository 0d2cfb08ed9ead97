#pragma once
#include <cstddef>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/legacy_encoding.hpp"

namespace vanban {

/// Limits against hostile or absurd input; every limit hit is reported, never silently applied.
struct InputLimits {
  std::size_t max_input_bytes = std::size_t{64} << 20;          ///< size of the file as given
  std::uint64_t max_uncompressed_bytes = std::uint64_t{512} << 20;  ///< DOCX: sum of parts read
  std::uint32_t max_compression_ratio = 200;                     ///< DOCX: per entry
  std::uint32_t max_zip_entries = 10000;                          ///< DOCX
  std::uint32_t max_xml_depth = 256;        ///< DOCX: element nesting of an XML part (Word writes ~20)
  std::size_t max_line_bytes = std::size_t{1} << 20;       ///< text: one line
  std::size_t max_paragraph_bytes = std::size_t{1} << 20;  ///< one paragraph's text, any format
  std::size_t max_table_cells = 100000;     ///< one table's cells, any format
  std::uint32_t max_outline_depth = 12;     ///< section nesting; deeper labels stay text of their parent
};

enum class TrackedChanges { Accept, Reject };

/// Word 97-2003 files already converted to DOCX (a batch converts them all with one LibreOffice run):
/// the .doc reader asks here before starting LibreOffice for one file. Implementations are read-only
/// while documents are read, so that worker threads may share one.
class PreconvertedDocs {
 public:
  virtual ~PreconvertedDocs() = default;
  /// The DOCX bytes made from this .doc, or nullopt when it was not converted beforehand.
  virtual std::optional<std::string> docx_for(std::string_view doc_bytes) const = 0;
};

/// The external engines for PDF scans (Tesseract) and legacy .doc (LibreOffice): programs run as
/// processes, found at run time, so that vanban builds and reads every other format without them.
struct EngineOptions {
  bool ocr = false;                  ///< a PDF without a text layer goes through OCR instead of being refused
  std::string tesseract;             ///< program; empty: $VANBAN_TESSERACT, else "tesseract" on PATH
  std::string ocr_languages = "vie";  ///< Tesseract's -l (Debian: tesseract-ocr-vie)
  int ocr_dpi = 300;                 ///< pages are rendered at this resolution for OCR
  std::string soffice;               ///< program; empty: $VANBAN_SOFFICE, else "soffice" on PATH
  std::chrono::seconds timeout{300};  ///< per engine run (a page's OCR, a LibreOffice conversion)
  const PreconvertedDocs* preconverted = nullptr;  ///< not owned; may be null
};

struct ReadOptions {
  std::string source_name = "-";
  InputLimits limits;
  TrackedChanges tracked_changes = TrackedChanges::Accept;
  /// Text input: the encoding to read it in. nullopt = UTF-8, or a legacy encoding detected from
  /// the text when it is not valid UTF-8; LegacyEncoding::None forces UTF-8.
  std::optional<text::LegacyEncoding> encoding;
  EngineOptions engines;
};

}  // namespace vanban
