#include "cli/convert_flags.hpp"

#include <climits>
#include <cmath>
#include <cstdint>

namespace po = boost::program_options;

namespace vanban::cli {

void ConvertFlags::add_to(po::options_description& options) {
  options.add_options()
      ("from", po::value(&from), "input format: auto (default, sniffed from the bytes), docx, markdown, pdf or doc")
      ("encoding", po::value(&encoding), "text input: utf-8, tcvn3, vni, viscii or cp1258 (default: UTF-8, or detected when the text is not UTF-8)")
      ("tone", po::value(&tone), "tone-mark placement in the output: keep (default), old (hòa, thủy) or new (hoà, thuỷ)")
      ("reject-changes", po::bool_switch(&reject_changes), "DOCX: reject tracked changes instead of accepting them")
      ("max-input-bytes", po::value(&max_input_bytes), "refuse inputs larger than this (default 64 MiB)")
      ("max-uncompressed-bytes", po::value(&max_uncompressed_bytes), "DOCX: refuse packages whose parts inflate to more than this (default 512 MiB)")
      ("max-compression-ratio", po::value(&max_compression_ratio), "DOCX: refuse parts compressed more than this many times (default 200; zip bombs)")
      ("max-zip-entries", po::value(&max_zip_entries), "DOCX: refuse packages with more entries than this (default 10000)")
      ("ocr", po::bool_switch(&ocr), "PDF: read pages without a text layer (scans) by OCR with Tesseract instead of refusing them")
      ("tesseract", po::value(&tesseract), "PDF --ocr: the Tesseract program (default: $VANBAN_TESSERACT, else tesseract on PATH)")
      ("soffice", po::value(&soffice), ".doc: the LibreOffice program (default: $VANBAN_SOFFICE, else soffice on PATH)")
      ("engine-timeout", po::value(&engine_timeout), "seconds an engine may take (OCR of one page, LibreOffice on one file; default 300)")
      ("max-xml-depth", po::value(&max_xml_depth), "DOCX: refuse XML parts nesting elements deeper than this (default 256)")
      ("max-line-bytes", po::value(&max_line_bytes), "text: refuse a line longer than this many bytes (default 1 MiB)")
      ("max-paragraph-bytes", po::value(&max_paragraph_bytes), "refuse a paragraph holding more bytes of text than this (default 1 MiB)")
      ("max-table-cells", po::value(&max_table_cells), "refuse a table with more cells than this (default 100000)")
      ("max-outline-depth", po::value(&max_outline_depth), "keep sections nested deeper than this as text of their parent, with a warning (default 12)")
      ("max-seconds-per-document", po::value(&max_seconds), "give up a document after this many seconds, checked between stages (default: none for convert, 60 for batch, where that file fails and the others go on)");
}

bool ConvertFlags::apply(ConvertOptions& out, std::string& error) const {
  struct Limit {
    const char* flag;
    long long value;
    long long most;
  };
  for (const Limit& l : {Limit{"--max-input-bytes", max_input_bytes, LLONG_MAX},
                         Limit{"--max-uncompressed-bytes", max_uncompressed_bytes, LLONG_MAX},
                         Limit{"--max-compression-ratio", max_compression_ratio, UINT32_MAX},
                         Limit{"--max-zip-entries", max_zip_entries, UINT32_MAX},
                         Limit{"--engine-timeout", engine_timeout, 86400},
                         Limit{"--max-xml-depth", max_xml_depth, UINT32_MAX},
                         Limit{"--max-line-bytes", max_line_bytes, LLONG_MAX},
                         Limit{"--max-paragraph-bytes", max_paragraph_bytes, LLONG_MAX},
                         Limit{"--max-table-cells", max_table_cells, LLONG_MAX},
                         Limit{"--max-outline-depth", max_outline_depth, UINT32_MAX}}) {
    if (l.value <= 0 || l.value > l.most) {
      error = std::string(l.flag) + " must be a positive number up to " + std::to_string(l.most) + ", not " +
              std::to_string(l.value);
      return false;
    }
  }
  if (!std::isnan(max_seconds) && !(max_seconds > 0)) {
    error = "--max-seconds-per-document must be a positive number of seconds, not " + std::to_string(max_seconds);
    return false;
  }
  if (from == "auto") out.from = InputFormat::Auto;
  else if (from == "docx") out.from = InputFormat::Docx;
  else if (from == "markdown" || from == "md" || from == "text" || from == "txt") out.from = InputFormat::Markdown;
  else if (from == "pdf") out.from = InputFormat::Pdf;
  else if (from == "doc") out.from = InputFormat::Doc;
  else {
    error = "--from must be auto, docx, markdown, pdf or doc, not '" + from + "'";
    return false;
  }
  if (!encoding.empty()) {
    auto e = text::parse_encoding_name(encoding);
    if (!e) {
      error = "--encoding must be utf-8, tcvn3, vni, viscii or cp1258, not '" + encoding + "'";
      return false;
    }
    out.read.encoding = *e;
  }
  if (tone == "old") out.tone = text::ToneStyle::Old;
  else if (tone == "new") out.tone = text::ToneStyle::New;
  else if (tone != "keep") {
    error = "--tone must be keep, old or new, not '" + tone + "'";
    return false;
  }
  out.read.limits.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
  out.read.limits.max_uncompressed_bytes = static_cast<std::uint64_t>(max_uncompressed_bytes);
  out.read.limits.max_compression_ratio = static_cast<std::uint32_t>(max_compression_ratio);
  out.read.limits.max_zip_entries = static_cast<std::uint32_t>(max_zip_entries);
  out.read.engines.ocr = ocr;
  out.read.engines.tesseract = tesseract;
  out.read.engines.soffice = soffice;
  out.read.engines.timeout = std::chrono::seconds(engine_timeout);
  out.read.limits.max_xml_depth = static_cast<std::uint32_t>(max_xml_depth);
  out.read.limits.max_line_bytes = static_cast<std::size_t>(max_line_bytes);
  out.read.limits.max_paragraph_bytes = static_cast<std::size_t>(max_paragraph_bytes);
  out.read.limits.max_table_cells = static_cast<std::size_t>(max_table_cells);
  out.read.limits.max_outline_depth = static_cast<std::uint32_t>(max_outline_depth);
  out.max_seconds = std::isnan(max_seconds) ? default_max_seconds : max_seconds;
  out.read.tracked_changes = reject_changes ? TrackedChanges::Reject : TrackedChanges::Accept;
  return true;
}

}  // namespace vanban::cli
