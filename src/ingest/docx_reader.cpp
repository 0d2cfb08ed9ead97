// DOCX reader: package (zip, limits) -> OOXML mirror (docx/mirror_parser) -> model (docx/model_builder).
//
// What it supports:
// [x] zip package read from memory (libzip), limits on entry count, per-part declared size and
//     compression ratio (checked before inflating), total inflated bytes; bounded reads
// [x] clear Fatal diagnostics: not a zip, truncated/damaged zip, OLE file (legacy .doc or encrypted
//     package), no main document part, malformed XML (part, line, column, byte offset)
// [x] main part found through _rels/.rels or [Content_Types].xml; styles, numbering, footnotes,
//     endnotes through the main part's relationships
// [x] text as Word stores it: runs split anywhere, w:tab ('\t'), w:br / w:cr ('\n'; page and column
//     breaks as a space), w:sym (Symbol/Wingdings private-use codes mapped), w:softHyphen dropped,
//     w:noBreakHyphen '-', NBSP kept, hidden runs (w:vanish) dropped, NFC
// [x] subscript drafter initials kept as text, separated from the word before them
// [x] styles.xml with basedOn chains: style name, outline level (paragraph w:outlineLvl wins),
//     bold / italic / caps (run, character style, paragraph style, docDefaults), centering
// [x] automatic numbering: abstractNum/num, numFmt decimal, decimalZero, upper/lowerRoman,
//     upper/lowerLetter, bullet ("- " / "+ "), none; lvlText "%1." "%1.%2." "%1)"; start,
//     startOverride, lvl overrides, isLgl, suff, lvlRestart; continuation across nums sharing an
//     abstractNum; numbering from paragraph or style (w:numStyleLink one hop, lvl w:pStyle)
// [-] other numFmt values (ordinal, cardinalText, vietnameseCounting, …) are shown as decimal
// [x] footnotes and endnotes (separators skipped); markers recorded as FootnoteMark byte offsets;
//     endnote ids are prefixed "e" ("e1")
// [x] tables: rows, cells, w:gridSpan, w:vMerge continue; nested tables flattened into the cell;
//     borderless hint from w:tblBorders, the table style chain and cell borders
// [-] w:gridBefore / w:gridAfter are ignored (no placeholder cells)
// [x] hyperlinks, w:fldSimple, complex fields (result kept, instruction dropped, nesting, fields
//     spanning paragraphs), w:sdt (block, row, cell, inline), smart tags, customXml, w:dir/w:bdo
// [x] text boxes (w:txbxContent in DrawingML or VML): their paragraphs follow the anchoring paragraph
// [x] mc:AlternateContent: the first Choice whose Requires we understand, else Fallback, never both
// [x] tracked changes, Accept (default) or Reject: w:ins / w:del / w:moveTo / w:moveFrom / w:delText,
//     deleted paragraph marks (paragraphs joined), inserted/deleted table rows
// [x] comments, page headers and footers, bookmarks, proofing marks ignored
// [x] legacy fonts: runs in TCVN3 / VNI / VISCII fonts converted when their text is legacy, judged by
//     text::detect_legacy on the paragraph's text in that font (docx/legacy_runs)
// [x] content controls showing their placeholder prompt are skipped
// [x] parts that bind WordprocessingML to the default namespace or another prefix
// [-] w:altChunk (imported HTML/RTF/DOCX) is reported with a Warning, not read
// [ ] math (m:oMath) text, w:ruby, charts and SmartArt text
// [x] table-of-contents entries (styles "toc 1".."toc 9") skipped; tables with no text dropped
// [x] nesting deeper than MirrorParser::kMaxDepth is skipped with an Error diagnostic (no stack overflow)

#include "ingest/docx_reader.hpp"

#include "ingest/docx/mirror_parser.hpp"
#include "ingest/docx/model_builder.hpp"
#include "ingest/docx/package_parts.hpp"
#include "ingest/docx/style_sheet.hpp"
#include "ingest/docx/xml_part.hpp"
#include "ingest/docx/zip_package.hpp"

namespace vanban {

namespace {

/// Reads and parses an optional part (styles, numbering, notes): problems are warnings.
std::unique_ptr<pugi::xml_document> optional_part(docx::ZipPackage& package, const std::string& name,
                                                  Diagnostics& diags) {
  if (name.empty()) return nullptr;
  auto bytes = package.read(name, diags, false, Severity::Warning);
  if (!bytes) return nullptr;
  return docx::parse_xml_part(name, *bytes, diags, Severity::Warning);
}

void report_deep_content(const std::string& part, Diagnostics& diags) {
  diags.error("docx.too-deep", "the part " + part + " nests content more than " +
                                   std::to_string(docx::MirrorParser::kMaxDepth) +
                                   " levels deep; the deeper content was skipped");
}

void read_notes(docx::ZipPackage& package, const std::string& part, bool endnotes, const ReadOptions& options,
                docx::ModelBuilder& builder, Document& doc) {
  auto xml = optional_part(package, part, doc.diagnostics);
  if (!xml) return;
  docx::MirrorParser parser(xml->document_element(), options.tracked_changes);
  for (const auto& note : parser.parse_notes(endnotes)) doc.footnotes.push_back(builder.build_note(note));
  if (parser.skipped_deep_content()) report_deep_content(part, doc.diagnostics);
}

}  // namespace

void read_docx(std::string_view bytes, const ReadOptions& options, const text::TextKit& kit, Document& doc) {
  auto package = docx::ZipPackage::open(bytes, options.limits, doc.diagnostics);
  if (!package) return;
  const auto parts = docx::locate_parts(*package, doc.diagnostics);
  if (!parts) return;

  const auto document_bytes = package->read(parts->document, doc.diagnostics);
  if (!document_bytes) return;
  const auto document_xml = docx::parse_xml_part(parts->document, *document_bytes, doc.diagnostics);
  if (!document_xml) return;
  const pugi::xml_node body = docx::child(document_xml->document_element(), "body");
  if (!body) {
    doc.diagnostics.fatal("docx.no-body", "the part " + parts->document + " has no w:body: it is not a Word document body");
    return;
  }

  const auto styles_xml = optional_part(*package, parts->styles, doc.diagnostics);
  const docx::StyleSheet styles = styles_xml ? docx::StyleSheet(styles_xml->document_element()) : docx::StyleSheet();
  const auto numbering_xml = optional_part(*package, parts->numbering, doc.diagnostics);
  const docx::NumberingDefinitions numbering =
      numbering_xml ? docx::NumberingDefinitions(numbering_xml->document_element(), styles)
                    : docx::NumberingDefinitions();
  docx::LegacyRuns legacy;

  docx::MirrorParser parser(document_xml->document_element(), options.tracked_changes);
  docx::ModelBuilder body_builder(styles, numbering, kit, legacy, SourceLocation::Part::Body);
  body_builder.add_blocks(parser.parse_blocks(body), doc.blocks);
  if (parser.skipped_deep_content()) report_deep_content(parts->document, doc.diagnostics);
  if (parser.alt_chunks() > 0)
    doc.diagnostics.warning("docx.altchunk", std::to_string(parser.alt_chunks()) +
                                                 " imported part(s) (w:altChunk: HTML, RTF or another document pasted as "
                                                 "a whole) were not read; open and re-save the file in Word to merge them");
  if (body_builder.skipped_toc_entries() > 0)
    doc.diagnostics.info("docx.toc-skipped", "skipped " + std::to_string(body_builder.skipped_toc_entries()) +
                                                 " table-of-contents entries (they repeat the headings)");

  docx::ModelBuilder footnote_builder(styles, numbering, kit, legacy, SourceLocation::Part::Footnotes);
  read_notes(*package, parts->footnotes, false, options, footnote_builder, doc);
  docx::ModelBuilder endnote_builder(styles, numbering, kit, legacy, SourceLocation::Part::Endnotes);
  read_notes(*package, parts->endnotes, true, options, endnote_builder, doc);

  if (legacy.converted_runs() > 0)
    doc.diagnostics.info("docx.legacy-font", "converted " + std::to_string(legacy.converted_runs()) +
                                                 " runs set in TCVN3/VNI fonts from their legacy encoding to Unicode");
  if (doc.blocks.empty())
    doc.diagnostics.warning("docx.empty", "the document body has no text");
}

}  // namespace vanban
