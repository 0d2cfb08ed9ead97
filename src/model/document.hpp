#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/block.hpp"
#include "model/deadline.hpp"
#include "model/diagnostic.hpp"
#include "model/metadata.hpp"
#include "model/reference.hpp"
#include "model/section.hpp"

namespace vanban {

inline constexpr const char* kSchemaVersion = "1.0";

/// Pdf: read through its text layer (or OCR); Doc: a Word 97-2003 file converted to DOCX by LibreOffice.
enum class InputFormat { Auto, Docx, Markdown, Pdf, Doc };

/// A PDF read by OCR (no text layer): the engine's mean word confidence, 0-100.
struct OcrInfo {
  double confidence = 0;
  std::uint32_t pages = 0;
};

struct Footnote {
  std::string id;    ///< as in the source: "1", "2"
  std::string text;  ///< NFC, paragraphs joined by '\n'
  SourceLocation location;
};

/// The one document model: readers fill `blocks` and `footnotes`; analysis fills the rest;
/// writers read it all.
struct Document {
  std::string source;  ///< file name as given ("-" for stdin)
  InputFormat format = InputFormat::Auto;
  std::optional<OcrInfo> ocr;  ///< set when the text comes from OCR (PDF scans, --ocr)

  std::vector<Block> blocks;  ///< everything in reading order, as read
  std::vector<Footnote> footnotes;

  Metadata metadata;
  BlockRange front;         ///< header, type line, subject, Kính gửi
  BlockRange preamble;      ///< "Căn cứ …;" lines and the enacting line before the body
  BlockRange body;          ///< what the outline covers
  BlockRange closing;       ///< signature block and Nơi nhận
  BlockRange appendices;    ///< "Phụ lục …" after the closing
  BlockRange attached;      ///< inside appendices: the outlined part (Chương/Điều) of a regulation attached after
                            ///< the closing (Quy chế, Quy định, Điều lệ "ban hành kèm theo"); empty otherwise
  std::vector<Section> sections;

  std::vector<Reference> references;
  std::vector<Deadline> deadlines;
  std::vector<Task> tasks;
  Diagnostics diagnostics;
};

}  // namespace vanban
