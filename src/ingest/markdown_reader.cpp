#include "ingest/markdown_reader.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "ingest/markdown/block_assembler.hpp"
#include "ingest/markdown/bracket_guard.hpp"
#include "ingest/markdown/block_collector.hpp"
#include "ingest/markdown/footnote_definitions.hpp"
#include "ingest/markdown/header_table.hpp"
#include "ingest/markdown/input_check.hpp"
#include "ingest/markdown/line_index.hpp"
#include "ingest/markdown/page_footnotes.hpp"
#include "ingest/markdown/page_furniture.hpp"
#include "ingest/markdown/reflow.hpp"
#include "ingest/markdown/text_decoding.hpp"
#include "ingest/markdown/utf16_input.hpp"

namespace vanban {
namespace {

/// Stray control characters become spaces (they would otherwise clash with the reader's own
/// placeholders); a lone CR is a line break (old Mac files), so that line numbers agree with md4c;
/// a byte order mark inside the text (files pasted together) is dropped. Each was reported
/// (md::report_stray_characters).
void blank_control_characters(std::string& text) {
  if (text.find("\xEF\xBB\xBF") != std::string::npos) {
    std::string kept;
    kept.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text.compare(i, 3, "\xEF\xBB\xBF") == 0) i += 2;
      else kept.push_back(text[i]);
    }
    text.swap(kept);
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') text[i] = '\n';
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      text[i] = ' ';
    }
  }
}

void report_furniture(const md::PageFurniture& f, const md::LineIndex& index, Document& doc) {
  if (f.total_lines() == 0) return;
  std::string what;
  auto add = [&](std::size_t n, const char* one, const char* many) {
    if (n == 0) return;
    if (!what.empty()) what += ", ";
    what += std::to_string(n) + " " + (n == 1 ? one : many);
  };
  add(f.page_headers, "page header", "page headers");
  add(f.page_numbers, "page number", "page numbers");
  add(f.signature_stamps, "digital-signature stamp", "digital-signature stamps");
  doc.diagnostics.info("md.page-furniture-removed",
                       "removed page furniture (" + what + ", " + std::to_string(f.total_lines()) +
                           " lines) from text extracted from a PDF",
                       index.locate(f.line_offsets.front()));
}

/// Markers without a footnote text, and footnote texts without a marker.
void check_footnotes(Document& doc) {
  std::unordered_set<std::string> marked;
  std::unordered_map<std::string, int> texts;
  for (const auto& f : doc.footnotes) {
    if (++texts[f.id] == 2)
      doc.diagnostics.warning("md.footnote-duplicate", "footnote " + f.id + " has more than one text; all are kept",
                              f.location);
  }
  for (const auto& b : doc.blocks) {
    auto check = [&](const Paragraph& p) {
      for (const auto& m : p.footnote_marks) {
        if (!texts.count(m.id) && marked.insert(m.id).second)
          doc.diagnostics.warning("md.footnote-unmatched",
                                  "footnote marker " + m.id + " has no footnote text (expected a paragraph starting "
                                  "with <sup>" + m.id + "</sup> or a [^" + m.id + "]: definition)",
                                  p.location);
        marked.insert(m.id);
      }
    };
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      check(*p);
    } else {
      for (const auto& row : std::get<Table>(b).rows)
        for (const auto& cell : row.cells)
          for (const auto& para : cell.paragraphs) check(para);
    }
  }
  for (const auto& f : doc.footnotes)
    if (!marked.count(f.id))
      doc.diagnostics.warning("md.footnote-unmatched", "footnote " + f.id + " has no marker in the text", f.location);
}

}  // namespace

void read_markdown(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc) {
  // UTF-16 first (Windows "Unicode" text): every other byte is a NUL, which the checks would call binary.
  const std::optional<std::string> from_utf16 =
      options.encoding && *options.encoding != text::LegacyEncoding::None ? std::nullopt
                                                                          : md::decode_utf16_input(bytes, doc.diagnostics);
  if (from_utf16) bytes = *from_utf16;
  const auto input = md::check_text_input(bytes, doc.diagnostics, md::Utf8Check::Defer, options.limits.max_line_bytes);
  if (!input) return;
  // Legacy encodings (TCVN3, VNI…) are decoded before anything else: TCVN3 'ư' is a soft hyphen
  // byte, VISCII capitals are control bytes.
  const auto unicode = md::decode_text_input(*input, options.encoding, kit, doc.diagnostics);
  if (!unicode) return;
  md::report_stray_characters(*input, unicode->legacy, doc.diagnostics);

  // NFC once for the whole input: line breaks survive normalization, so line numbers stay exact.
  std::string text = kit.normalizer.nfc(unicode->text);
  blank_control_characters(text);
  const md::LineIndex index(text);

  const md::PageFurniture furniture = md::remove_page_furniture(text);
  md::blank_decorative_rules(text);
  report_furniture(furniture, index, doc);
  md::FootnoteDefinitions definitions = md::neutralize_footnote_definitions(text);
  md::TextMarkers text_markers;
  if (const auto notes = md::find_page_footnotes(text, furniture, definitions, text_markers); notes.notes > 0)
    doc.diagnostics.info("md.page-footnotes", "read " + std::to_string(notes.notes) +
                                                  " footnote(s) at page feet, their markers left as plain digits");
  if (const std::size_t guarded = md::neutralize_dense_brackets(text))
    doc.diagnostics.info("md.brackets-as-text", "read the brackets of " + std::to_string(guarded) +
                                                    " paragraph(s) with very many '[' as plain text (links there "
                                                    "are not resolved)");

  const std::vector<md::RawBlock> raw = md::collect_blocks(text, definitions, text_markers);
  const md::Reflower reflower(md::Reflower::typical_width(raw));
  const md::AssemblyStats stats = md::assemble_blocks(raw, reflower, index, furniture, doc);
  if (stats.joined_paragraphs > 0)
    doc.diagnostics.info("md.paragraphs-joined", "joined " + std::to_string(stats.joined_paragraphs) +
                                                     " paragraph(s) cut by a page break or a footnote block");

  if (const auto moved = md::restore_header_table(doc, kit.folder))
    doc.diagnostics.info("md.header-table-moved",
                         "moved the header table (issuer, national motto, number, place and date), found after the "
                         "text as block " + std::to_string(*moved + 1) + ", back to the start of the document",
                         std::get<Table>(doc.blocks.front()).location);
  if (!furniture.line_offsets.empty() && !doc.blocks.empty()) {
    // The first page ends at the first furniture line after the text began (a gazette's page header
    // or number may also stand above the text).
    const SourceLocation first = location_of(doc.blocks.front());
    std::uint32_t page_end = 0;
    for (const std::size_t offset : furniture.line_offsets) {
      const std::uint32_t line = index.locate(offset).line;
      if (line > first.line) {
        page_end = line;
        break;
      }
    }
    if (const std::size_t moved = md::restore_header_lines(doc, kit.folder, page_end))
      doc.diagnostics.info("md.header-lines-moved",
                           "moved the " + std::to_string(moved) + " header lines (issuer, number, national motto, "
                           "place and date) found at the foot of the first page back to the start of the document",
                           location_of(doc.blocks.front()));
  }
  if (doc.blocks.empty()) {
    doc.footnotes.clear();
    doc.diagnostics.fatal("input.empty",
                          "input has no text to read (" + std::to_string(bytes.size()) +
                              " bytes of markup, page furniture or blank space up to line " +
                              std::to_string(index.line_count()) + "): expected Markdown or plain text",
                          {1, 1});
    return;
  }
  check_footnotes(doc);
}

}  // namespace vanban
