// DOCX reader: package (zip, limits) -> OOXML mirror (docx/mirror_parser) -> model (docx/model_builder).
//
// What it supports ([x] done, [-] partly, [ ] not yet):
// [x] zip package read from memory (libzip), limits from ReadOptions::limits on entry count, on each
//     part's declared size and compression ratio (checked with zip_stat before inflating) and on the
//     total inflated bytes; entries read in bounded chunks, never past their declared size
// [x] Fatal diagnostics naming the problem: not a zip, truncated/damaged zip, OLE file (legacy .doc
//     or encrypted package), encrypted zip entry, no main document part, malformed XML (part, line,
//     column, byte offset, pugixml's reason); damaged optional parts are Warnings
// [x] main part found through _rels/.rels or [Content_Types].xml; styles, numbering, footnotes and
//     endnotes through the main part's relationships (conventional word/… names as fallback)
// [x] text as Word stores it: runs split anywhere, w:tab / w:ptab ('\t'), w:br / w:cr ('\n'; page and
//     column breaks as a space), w:sym and Symbol/Wingdings private-use characters mapped,
//     w:softHyphen dropped, w:noBreakHyphen '-', NBSP kept inside, blanks trimmed at the ends,
//     hidden runs (w:vanish) dropped, NFC (marks never move: NFC runs between footnote marks)
// [x] subscript drafter initials kept as text, as typed ("NC.Hùng")
// [x] styles.xml with basedOn chains (cycle-safe): style name, outline level (paragraph w:outlineLvl
//     wins; "heading N" names as fallback) -> heading_level hint; bold / italic / caps from run,
//     character style, paragraph style, docDefaults (all visible characters); centering
// [x] automatic numbering: abstractNum/num, numFmt decimal, decimalZero, upper/lowerRoman,
//     upper/lowerLetter (a, b, c … as Word: no đ), bullet ("- ", or "+ " when Word shows +), none;
//     lvlText with literal text ("%1.", "%1.%2.", "%1)", "Điều %1."); start, startOverride, lvl
//     overrides, isLgl, suff, lvlRestart; continuation across nums sharing an abstractNum; numbering
//     from the paragraph or its style (lvl w:pStyle, w:numStyleLink one hop); numId 0 removes it;
//     items whose definition is missing get a Warning with the first one's location
// [-] other numFmt values (ordinal, cardinalText, vietnameseCounting, custom …) are shown as decimal
//     (custom w14 formats use their Fallback)
// [x] footnotes and endnotes (separator kinds skipped): doc.footnotes with paragraphs joined by '\n',
//     markers as FootnoteMark byte offsets; endnote ids are prefixed "e" ("e1")
// [x] custom footnote marks (w:customMarkFollows): the typed mark is the marker, not text
// [x] tables: rows, cells, w:gridSpan, w:vMerge continue; nested tables flattened into the cell;
//     rows/cells inside w:sdt / customXml; borderless hint from w:tblBorders, the table style chain
//     and cell borders (inside edges count only with more than one row/column); empty tables dropped
// [x] legacy horizontal merge (w:hMerge) folded into grid_span
// [-] w:gridBefore / w:gridAfter are ignored (no placeholder cells)
// [x] hyperlinks, w:fldSimple, complex fields (result kept, instruction dropped, nested fields,
//     fields spanning paragraphs), w:sdt (block, row, cell, inline; placeholder prompts skipped),
//     smart tags, customXml, w:dir / w:bdo
// [x] text boxes (w:txbxContent in DrawingML or VML): their paragraphs follow the anchoring paragraph
// [x] mc:AlternateContent: the first Choice whose Requires we understand, else Fallback, never both
// [x] tracked changes, Accept (default) or Reject: w:ins / w:del / w:moveTo / w:moveFrom / w:delText,
//     removed paragraph marks join paragraphs (within one container), inserted/deleted table rows
// [x] comments, page headers and footers, bookmarks, proofing marks ignored
// [x] table-of-contents entries (styles "toc 1".."toc 9") skipped, with an Info diagnostic
// [x] legacy fonts: runs in TCVN3 / VNI / VISCII fonts converted when their text is legacy, judged by
//     text::detect_legacy on the whole body's text in that font, a clear paragraph overriding (docx/legacy_runs)
// [x] parts that bind WordprocessingML to the default namespace or another prefix
// [x] XML nesting deeper than InputLimits::max_xml_depth refused (docx.limit-xml-depth); content nesting
//     deeper than MirrorParser::kMaxDepth is skipped with an Error diagnostic (no stack overflow)
// [x] DOCTYPE skipped, entities never expanded (billion laughs stay text)
// [-] w:altChunk (imported HTML/RTF/DOCX) is reported with a Warning, not read
// [ ] math (m:oMath) text, w:ruby, charts and SmartArt text

#include "ingest/docx_reader.hpp"

#include "ingest/docx/mirror_parser.hpp"
#include "ingest/docx/model_builder.hpp"
#include "ingest/docx/nul_characters.hpp"
#include "ingest/docx/package_parts.hpp"
#include "ingest/docx/style_sheet.hpp"
#include "ingest/docx/xml_part.hpp"
#include "ingest/docx/zip_package.hpp"

namespace vanban {

namespace {

/// Reads and parses an optional part (styles, numbering, notes): problems are warnings.
std::unique_ptr<pugi::xml_document> optional_part(docx::ZipPackage& package, const std::string& name,
                                                  Diagnostics& diags, std::uint32_t max_xml_depth) {
  if (name.empty()) return nullptr;
  auto bytes = package.read(name, diags, false, Severity::Warning);
  if (!bytes) return nullptr;
  docx::report_nul_characters(docx::blank_nul_characters(*bytes), name, *bytes, diags);
  return docx::parse_xml_part(name, *bytes, diags, Severity::Warning, max_xml_depth);
}

void report_deep_content(const std::string& part, Diagnostics& diags) {
  diags.error("docx.too-deep", "the part " + part + " nests content more than " +
                                   std::to_string(docx::MirrorParser::kMaxDepth) +
                                   " levels deep; the deeper content was skipped");
}

void read_notes(docx::ZipPackage& package, const std::string& part, bool endnotes, const ReadOptions& options,
                docx::ModelBuilder& builder, Document& doc) {
  auto xml = optional_part(package, part, doc.diagnostics, options.limits.max_xml_depth);
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

  auto document_bytes = package->read(parts->document, doc.diagnostics);
  if (!document_bytes) return;
  docx::report_nul_characters(docx::blank_nul_characters(*document_bytes), parts->document, *document_bytes,
                              doc.diagnostics);
  // The body is parsed in place: it is most of a package, and a copy of it would be most of the peak memory.
  bool malformed = false;
  const auto document_xml = docx::parse_xml_part_in_place(parts->document, *document_bytes, doc.diagnostics,
                                                          Severity::Fatal, options.limits.max_xml_depth, malformed);
  if (malformed) {
    // The parse rewrote the bytes: the part is read again to say where the XML is broken.
    Diagnostics again;
    if (const auto original = package->read(parts->document, again))
      docx::parse_xml_part(parts->document, *original, doc.diagnostics, Severity::Fatal, options.limits.max_xml_depth);
  }
  if (!document_xml) return;
  const pugi::xml_node body = docx::child(document_xml->document_element(), "body");
  if (!body) {
    doc.diagnostics.fatal("docx.no-body", "the part " + parts->document + " has no w:body: it is not a Word document body");
    return;
  }

  const auto styles_xml = optional_part(*package, parts->styles, doc.diagnostics, options.limits.max_xml_depth);
  const docx::StyleSheet styles = styles_xml ? docx::StyleSheet(styles_xml->document_element()) : docx::StyleSheet();
  const auto numbering_xml = optional_part(*package, parts->numbering, doc.diagnostics, options.limits.max_xml_depth);
  const docx::NumberingDefinitions numbering =
      numbering_xml ? docx::NumberingDefinitions(numbering_xml->document_element(), styles)
                    : docx::NumberingDefinitions();
  docx::LegacyRuns legacy;
  docx::ControlChars control;

  docx::MirrorParser parser(document_xml->document_element(), options.tracked_changes);
  docx::ModelBuilder body_builder(styles, numbering, kit, legacy, control, SourceLocation::Part::Body);
  const std::vector<docx::BodyItem> body_items = parser.parse_blocks(body);
  body_builder.survey_legacy_fonts(body_items);
  body_builder.add_blocks(body_items, doc.blocks);
  if (parser.skipped_deep_content()) report_deep_content(parts->document, doc.diagnostics);
  if (parser.alt_chunks() > 0)
    doc.diagnostics.warning("docx.altchunk", std::to_string(parser.alt_chunks()) +
                                                 " imported part(s) (w:altChunk: HTML, RTF or another document pasted as "
                                                 "a whole) were not read; open and re-save the file in Word to merge them");
  if (body_builder.unnumbered_items() > 0)
    doc.diagnostics.warning("docx.numbering-missing",
                            std::to_string(body_builder.unnumbered_items()) +
                                " list item(s) refer to a numbering definition that numbering.xml does not have: "
                                "their automatic labels cannot be shown",
                            body_builder.first_unnumbered());
  if (body_builder.skipped_toc_entries() > 0)
    doc.diagnostics.info("docx.toc-skipped", "skipped " + std::to_string(body_builder.skipped_toc_entries()) +
                                                 " table-of-contents entries (they repeat the headings)");

  docx::ModelBuilder footnote_builder(styles, numbering, kit, legacy, control, SourceLocation::Part::Footnotes);
  read_notes(*package, parts->footnotes, false, options, footnote_builder, doc);
  docx::ModelBuilder endnote_builder(styles, numbering, kit, legacy, control, SourceLocation::Part::Endnotes);
  read_notes(*package, parts->endnotes, true, options, endnote_builder, doc);

  control.report(doc.diagnostics);
  if (legacy.converted_runs() > 0)
    doc.diagnostics.info("docx.legacy-font", "converted " + std::to_string(legacy.converted_runs()) +
                                                 " runs set in TCVN3/VNI fonts from their legacy encoding to Unicode");
  if (doc.blocks.empty())
    doc.diagnostics.warning("docx.empty", "the document body has no text");
}

}  // namespace vanban
