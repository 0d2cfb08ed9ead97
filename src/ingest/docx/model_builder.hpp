#pragma once
#include <optional>
#include <vector>

#include "ingest/docx/control_chars.hpp"
#include "ingest/docx/legacy_runs.hpp"
#include "ingest/docx/numbering.hpp"
#include "ingest/docx/ooxml.hpp"
#include "ingest/docx/style_sheet.hpp"
#include "model/block.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban::docx {

/// Turns the OOXML mirror of one part into model blocks: applies styles (hints), rebuilds labels of
/// automatic numbering in reading order, converts legacy-font runs, records footnote marks, NFC.
/// Paragraphs with no visible text are dropped (their numbers still count).
class ModelBuilder {
 public:
  ModelBuilder(const StyleSheet& styles, const NumberingDefinitions& numbering, const text::TextKit& kit,
               LegacyRuns& legacy, ControlChars& control, SourceLocation::Part part);

  /// Reads all the text of the part per font first, so that legacy fonts are judged on the whole
  /// document (LegacyRuns::judge_document). Call before add_blocks().
  void survey_legacy_fonts(const std::vector<BodyItem>& items);

  /// Appends the blocks of a part's body (text-box paragraphs follow their anchoring paragraph).
  void add_blocks(const std::vector<BodyItem>& items, std::vector<Block>& out);

  /// The paragraph as a reader sees it; nullopt when it shows nothing.
  std::optional<Paragraph> build_paragraph(const Para& para);

  /// A footnote/endnote: its paragraphs' text joined by '\n'. Endnote ids get an "e" prefix
  /// ("e1") so they never collide with footnote ids.
  Footnote build_note(const Note& note);

  /// Table-of-contents entries skipped so far (their labels would repeat the outline).
  std::size_t skipped_toc_entries() const { return skipped_toc_; }
  /// List items whose numbering definition is missing (their label is lost), and the first one's location.
  std::size_t unnumbered_items() const { return unnumbered_; }
  const SourceLocation& first_unnumbered() const { return first_unnumbered_; }

 private:
  vanban::Table build_table(const docx::Table& table);
  /// The font a run is drawn in: its own, its character style's, its paragraph style's, the default.
  const std::string& font_of(const Run& run, const CharFormat& para_chars) const;
  void survey_paragraph(const Para& para);
  void add_paragraph(const Para& para, std::vector<Block>& out);
  void add_cell_paragraph(const Para& para, std::vector<vanban::Paragraph>& out);
  bool is_borderless(const docx::Table& table) const;
  std::string numbering_label(const Para& para, const ResolvedStyle* style, const SourceLocation& where);

  const StyleSheet& styles_;
  const NumberingDefinitions& numbering_defs_;
  NumberingCounter numbering_;
  const text::TextKit& kit_;
  LegacyRuns& legacy_;
  ControlChars& control_;
  SourceLocation::Part part_;
  std::size_t skipped_toc_ = 0;
  std::size_t unnumbered_ = 0;
  SourceLocation first_unnumbered_;
};

/// True for Word's table-of-contents entry styles ("toc 1" … "toc 9", any case).
bool is_toc_entry_style(std::string_view style_name);

/// The id a note has in Document::footnotes and in FootnoteMark.
std::string note_key(const std::string& id, bool endnote);

}  // namespace vanban::docx
