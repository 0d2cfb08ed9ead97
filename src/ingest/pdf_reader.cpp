// PDF reader: Poppler's text layer (or Tesseract's text of page images) -> the text reader.
//
// [x] text layer per page, physical layout (side-by-side header and signature blocks kept apart by
//     spaces), pages joined with form feeds as pdftotext -layout does, then read_markdown()
// [x] locations page:line (pdf/page_lines)
// [x] scans: every page without text (< kMinPageCharacters visible characters) -> Fatal "pdf.scan" unless
//     --ocr; pages without text among text pages -> a Warning naming them (read by OCR with --ocr)
// [x] OCR: pages rendered by Poppler (gray, EngineOptions::ocr_dpi), Tesseract as a process (tsv:
//     words with confidences), Document::ocr holds the mean confidence
// [x] broken text layers: syllable statistics (pdf/text_layer_quality) -> Warnings "pdf.garbled-text",
//     "pdf.no-diacritics"; the text is still converted
// [x] encrypted (password) and damaged PDFs: Fatal diagnostics that say so
// [ ] broken fonts are only reported: no repair (a TCVN3 font without ToUnicode could be decoded)
// [ ] annotations, form fields and attachments are not read

#include "ingest/pdf_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ingest/markdown_reader.hpp"
#include "ingest/pdf/page_lines.hpp"
#include "ingest/pdf/pdf_file.hpp"
#include "ingest/pdf/tesseract_ocr.hpp"
#include "ingest/pdf/text_layer_quality.hpp"
#include "io/process.hpp"
#include "io/temp_dir.hpp"

namespace vanban {
namespace {

/// A page with fewer visible characters than this has no text layer worth the name (a scan, or a page
/// whose only text is a stray mark); real pages of text hold hundreds.
constexpr std::size_t kMinPageCharacters = 20;
/// OCR below this mean confidence is mostly guesswork: said so with a warning.
constexpr double kLowConfidence = 60;

std::size_t visible_characters(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > ' ' && (u & 0xC0) != 0x80;  // count code points, not continuation bytes
  }));
}

std::string page_list(const std::vector<int>& pages) {
  std::string out;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (i == 8) {
      out += ", …";
      break;
    }
    if (i) out += ", ";
    out += std::to_string(pages[i] + 1);
  }
  return out;
}

std::string one_decimal(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

/// OCR of the pages listed; their texts replace the (empty) text layer. False after a Fatal diagnostic.
bool ocr_pages(const pdf::PdfFile& file, const std::vector<int>& pages, const EngineOptions& engines,
               std::vector<std::string>& texts, Document& doc) {
  const std::string program = pdf::tesseract_program(engines);
  if (!io::program_available(program)) {
    doc.diagnostics.fatal("pdf.ocr-unavailable",
                          "--ocr needs Tesseract, and '" + program + "' is not installed: install the Debian "
                          "packages tesseract-ocr and tesseract-ocr-vie, or name the program with --tesseract "
                          "or VANBAN_TESSERACT");
    return false;
  }
  io::TempDir temp("vanban-ocr");
  if (!temp.ok()) {
    doc.diagnostics.fatal("pdf.ocr-failed", temp.error());
    return false;
  }
  double confidence_sum = 0;
  std::size_t words = 0;
  for (const int index : pages) {
    const std::string base = (temp.path() / ("page-" + std::to_string(index + 1))).string();
    std::string error;
    pdf::OcrPage page;
    if (!file.render_png(index, engines.ocr_dpi, base + ".png", error) ||
        !pdf::ocr_page(base + ".png", base, engines, page, error)) {
      doc.diagnostics.fatal("pdf.ocr-failed", "OCR of page " + std::to_string(index + 1) + " failed: " + error);
      return false;
    }
    std::error_code ec;
    std::filesystem::remove(base + ".png", ec);  // a 300 dpi page is megabytes: do not keep them all
    texts[static_cast<std::size_t>(index)] = std::move(page.text);
    confidence_sum += page.confidence * static_cast<double>(page.words);
    words += page.words;
  }
  OcrInfo info;
  info.pages = static_cast<std::uint32_t>(pages.size());
  info.confidence = words == 0 ? 0 : std::round(confidence_sum / static_cast<double>(words) * 10) / 10;
  doc.ocr = info;
  doc.diagnostics.info("pdf.ocr", "read " + std::to_string(pages.size()) + " page(s) by OCR (Tesseract, " +
                                      engines.ocr_languages + ", " + std::to_string(engines.ocr_dpi) +
                                      " dpi): mean word confidence " + one_decimal(info.confidence) + "%");
  if (words > 0 && info.confidence < kLowConfidence)
    doc.diagnostics.warning("pdf.ocr-low-confidence",
                            "the OCR text is unreliable (mean word confidence " + one_decimal(info.confidence) +
                                "%, below " + one_decimal(kLowConfidence) + "%): check it against the scan");
  return true;
}

void check_text_layer(const std::string& text, const text::TextKit& kit, Document& doc) {
  const pdf::TextLayerQuality q = pdf::measure_text_layer(kit.normalizer.nfc(text), kit.legacy.validator());
  const std::string figures = std::to_string(q.words) + " words, " +
                              std::to_string(q.marked_words) + " with diacritics, " +
                              std::to_string(q.valid_marked) + " of those and " + std::to_string(q.valid_plain) +
                              " without Vietnamese syllables";
  if (q.garbled())
    doc.diagnostics.warning("pdf.garbled-text",
                            "the PDF's text layer is not Vietnamese as written: only " +
                                one_decimal(100 * q.syllable_share()) + "% of its words are Vietnamese syllables (" +
                                figures + "); its fonts map glyphs to the wrong letters, or a scanner's OCR layer is "
                                "bad, so the text is unreliable: convert the original document");
  else if (q.diacritics_stripped())
    doc.diagnostics.warning("pdf.no-diacritics",
                            "the PDF's text layer has lost its diacritics: only " +
                                one_decimal(100 * q.marked_share()) + "% of the words carry one (" + figures +
                                "); names and phrases will not match: convert the original document instead");
}

}  // namespace

void read_pdf(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc) {
  std::string error;
  const auto file = pdf::PdfFile::open(bytes, error);
  if (!file) {
    const bool encrypted = error.rfind("encrypted", 0) == 0;
    const bool unsupported = !pdf::PdfFile::supported();
    doc.diagnostics.fatal(encrypted ? "pdf.encrypted" : unsupported ? "pdf.unsupported" : "pdf.unreadable",
                          encrypted || unsupported ? error : "not a readable PDF: " + error);
    return;
  }
  const int page_count = file->pages();
  if (page_count <= 0) {
    doc.diagnostics.fatal("input.empty", "the PDF has no pages");
    return;
  }
  std::vector<std::string> texts(static_cast<std::size_t>(page_count));
  std::vector<int> without_text;
  std::string layer;  // the text layer alone, for its statistics
  for (int i = 0; i < page_count; ++i) {
    texts[static_cast<std::size_t>(i)] = file->page_text(i);
    if (visible_characters(texts[static_cast<std::size_t>(i)]) < kMinPageCharacters) without_text.push_back(i);
    else layer += texts[static_cast<std::size_t>(i)];
  }
  const bool scan = static_cast<int>(without_text.size()) == page_count;
  if (!without_text.empty()) {
    if (!options.engines.ocr) {
      if (scan) {
        doc.diagnostics.fatal("pdf.scan", "no text layer: a scan; run with --ocr (" + std::to_string(page_count) +
                                              " page(s) of images, Tesseract reads them)");
        return;
      }
      doc.diagnostics.warning("pdf.pages-without-text",
                              std::to_string(without_text.size()) + " of " + std::to_string(page_count) +
                                  " pages have no text layer (page " + page_list(without_text) +
                                  "): scanned pages are left out; run with --ocr to read them",
                              SourceLocation{.page = static_cast<std::uint32_t>(without_text.front() + 1)});
    } else if (!ocr_pages(*file, without_text, options.engines, texts, doc)) {
      return;
    }
  }
  if (!layer.empty()) check_text_layer(layer, kit, doc);

  pdf::PageLines pages;
  for (const auto& text : texts) pages.add_page(text);
  // The text layer is Unicode: never guess a legacy 8-bit encoding for it.
  ReadOptions text_options = options;
  text_options.encoding = text::LegacyEncoding::None;
  Document read;
  read_markdown(pages.text(), text_options, kit, read);
  doc.blocks = std::move(read.blocks);
  doc.footnotes = std::move(read.footnotes);
  for (auto& d : read.diagnostics.items()) doc.diagnostics.items().push_back(std::move(d));
  pages.locate_pages(doc);
}

}  // namespace vanban
