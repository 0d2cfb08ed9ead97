#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "ingest/docx/ooxml.hpp"
#include "ingest/read_options.hpp"

namespace vanban::docx {

/// Reads one WordprocessingML part (document, footnotes, endnotes) into the mirror of ooxml.hpp.
/// Decides, once, everything that depends only on the XML: which tracked changes are kept, which
/// branch of mc:AlternateContent is read, which runs are field results (kept) or instructions
/// (dropped), where text boxes go. Keeps complex-field state across paragraphs, so build one per part.
class MirrorParser {
 public:
  /// `part_root` is the part's document element (w:document, w:footnotes, …).
  MirrorParser(pugi::xml_node part_root, TrackedChanges tracked_changes);

  /// Block content of w:body (or any block container: w:txbxContent, w:sdtContent, w:tc).
  std::vector<BodyItem> parse_blocks(pugi::xml_node container);

  /// Footnotes or endnotes of the part, separators skipped.
  std::vector<Note> parse_notes(bool endnotes);

  /// True when content nested deeper than kMaxDepth containers was skipped (hostile or broken XML).
  bool skipped_deep_content() const { return too_deep_; }
  static constexpr int kMaxDepth = 200;
  /// Number of w:altChunk (imported HTML/RTF/DOCX) met: their content is not read.
  int alt_chunks() const { return alt_chunks_; }

 private:
  void walk_blocks(pugi::xml_node container, std::vector<BodyItem>& out);
  Para parse_paragraph(pugi::xml_node p);
  Table parse_table(pugi::xml_node tbl);
  void walk_rows(pugi::xml_node container, Table& table);
  void walk_cells(pugi::xml_node container, Row& row);
  Cell parse_cell(pugi::xml_node tc);
  void walk_inline(pugi::xml_node container, Para& para);
  void parse_run(pugi::xml_node r, Para& para);
  void walk_run_content(pugi::xml_node container, Run& run, Para& para);
  void collect_text_boxes(pugi::xml_node node, Para& para);

  /// The branch of an mc:AlternateContent to read: the first Choice we understand, else Fallback.
  pugi::xml_node choose_alternate(pugi::xml_node alternate) const;
  /// Whether the content of a w:ins / w:del / w:moveTo / w:moveFrom is kept.
  bool keeps_change(pugi::xml_node change) const;
  bool in_field_instruction() const;
  void field_char(std::string_view type);
  void end_paragraph_for_fields();
  std::uint32_t ordinal_of(pugi::xml_node p) const;

  pugi::xml_node root_;
  TrackedChanges tracked_changes_;
  std::string paragraph_qname_;  ///< "w:p" unless the part binds WordprocessingML to another prefix
  int alt_chunks_ = 0;
  std::unordered_map<const void*, std::uint32_t> ordinals_;
  struct OpenField {
    bool in_result = false;          ///< past its 'separate': what follows is shown
    int instruction_paragraphs = 0;  ///< paragraph ends met while still in the instruction
  };
  std::vector<OpenField> fields_;  ///< open complex fields, outermost first
  bool mark_removed_ = false;
  int depth_ = 0;
  bool too_deep_ = false;
  friend struct DepthGuard;          ///< set by parse_paragraph: its paragraph mark is a change not kept
};

/// Flattens block items into paragraphs (nested tables row by row, cell by cell).
void flatten_into(std::vector<BodyItem>&& items, std::vector<Para>& out);

}  // namespace vanban::docx
