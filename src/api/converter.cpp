#include "api/converter.hpp"

#include <chrono>
#include <cstdio>

#include "analysis/analyzer.hpp"
#include "ingest/block_limits.hpp"
#include "ingest/doc_reader.hpp"
#include "ingest/docx_reader.hpp"
#include "ingest/format_sniffer.hpp"
#include "ingest/markdown_reader.hpp"
#include "ingest/pdf_reader.hpp"
#include "text/text_kit.hpp"

namespace vanban {

struct Converter::Impl {
  text::TextKit kit;
  Analyzer analyzer{kit};
};

namespace {

// Tone placement never changes a text's length in bytes (the same letters, the mark on another
// vowel), so footnote marks keep their offsets.
void retone_document(Document& doc, text::ToneStyle style) {
  auto fix = [style](std::string& s) { s = text::retone(s, style); };
  auto fix_paragraph = [&fix](Paragraph& p) { fix(p.text); };
  for (auto& block : doc.blocks) {
    if (auto* p = std::get_if<Paragraph>(&block)) {
      fix_paragraph(*p);
    } else if (auto* t = std::get_if<Table>(&block)) {
      for (auto& row : t->rows)
        for (auto& cell : row.cells)
          for (auto& para : cell.paragraphs) fix_paragraph(para);
    }
  }
  for (auto& note : doc.footnotes) fix(note.text);
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", s);
  return buf;
}

}  // namespace

Converter::Converter() : impl_(std::make_unique<Impl>()) {}
Converter::~Converter() = default;

const text::Folder& Converter::folder() const { return impl_->kit.folder; }

Document Converter::convert(std::string_view bytes, const ConvertOptions& options) const {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  AnalysisLimits limits;
  limits.max_outline_depth = options.read.limits.max_outline_depth;
  if (options.max_seconds > 0)
    limits.deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.max_seconds));
  Document doc;
  auto timed_out = [&] {
    doc.diagnostics.fatal("input.timeout",
                          "timed out after " + seconds_text(std::chrono::duration<double>(Clock::now() - start).count()) +
                              " s, over the limit of " + seconds_text(options.max_seconds) +
                              " s per document (raise it with --max-seconds-per-document)");
  };
  doc.source = options.read.source_name;
  if (bytes.size() > options.read.limits.max_input_bytes) {
    doc.diagnostics.fatal("input.too-large", "input is " + std::to_string(bytes.size()) +
                                                 " bytes, more than the limit of " +
                                                 std::to_string(options.read.limits.max_input_bytes) +
                                                 " bytes (raise it with --max-input-bytes)");
    return doc;
  }
  doc.format = options.from == InputFormat::Auto ? sniff_format(bytes) : options.from;
  switch (doc.format) {
    case InputFormat::Docx: read_docx(bytes, options.read, impl_->kit, doc); break;
    case InputFormat::Pdf: read_pdf(bytes, options.read, impl_->kit, doc); break;
    case InputFormat::Doc: read_doc(bytes, options.read, impl_->kit, doc); break;
    case InputFormat::Markdown:
    case InputFormat::Auto: read_markdown(bytes, options.read, impl_->kit, doc); break;
  }
  if (doc.diagnostics.has_fatal()) return doc;
  if (!check_block_limits(doc, options.read.limits)) return doc;
  if (limits.deadline && Clock::now() > *limits.deadline) {
    timed_out();
    return doc;
  }
  if (options.tone != text::ToneStyle::Keep) retone_document(doc, options.tone);
  if (!impl_->analyzer.run(doc, limits)) timed_out();
  return doc;
}

}  // namespace vanban
