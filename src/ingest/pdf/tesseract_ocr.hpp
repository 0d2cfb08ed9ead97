#pragma once
#include <string>
#include <string_view>

#include "ingest/read_options.hpp"

namespace vanban::pdf {

/// The text Tesseract read from one page image, with its mean word confidence (0-100).
struct OcrPage {
  std::string text;       ///< UTF-8, lines as Tesseract found them, ending with '\n' unless empty
  double confidence = 0;  ///< mean of the words' confidences; 0 when no word was found
  std::size_t words = 0;
};

/// Runs Tesseract (Debian: tesseract-ocr, with tesseract-ocr-vie for Vietnamese) as a process on a page
/// image: `tesseract IMAGE BASE -l vie tsv`, one word a row with its confidence, from which the page's
/// lines are rebuilt. The engine runs single-threaded (OMP_THREAD_LIMIT=1): a batch already keeps every
/// core busy with one page per worker. False with `error` when it cannot run or fails.
bool ocr_page(const std::string& image_path, const std::string& output_base, const EngineOptions& engines,
              OcrPage& page, std::string& error);

/// Rebuilds the text from Tesseract's TSV (level 5 rows are words; block, paragraph and line numbers
/// group them) and averages the confidences of the words (conf >= 0). Exposed for tests.
OcrPage parse_tesseract_tsv(std::string_view tsv);

/// The program ocr_page() runs: --tesseract, else $VANBAN_TESSERACT, else "tesseract".
std::string tesseract_program(const EngineOptions& engines);

}  // namespace vanban::pdf
