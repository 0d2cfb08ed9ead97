#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace vanban::docx {

// A mirror of the WordprocessingML a reader needs, already cleaned of markup that does not reach
// the page: field instructions, tracked changes not kept, the unchosen branch of
// mc:AlternateContent, comments, bookmarks, proofing marks. Containers that only wrap content
// (hyperlinks, content controls, smart tags, customXml, fldSimple) are dissolved into their runs.
// Styles and numbering are NOT applied here: properties stay as written, with their style ids.

/// -1 = not set here (inherit), 0 = off, 1 = on.
using Toggle = int;

/// Run properties as written on a run (w:rPr), not resolved against styles.
struct RunProps {
  std::string style_id;  ///< w:rStyle
  Toggle bold = -1;
  Toggle italic = -1;
  Toggle caps = -1;
  bool subscript = false;    ///< w:vertAlign subscript
  bool superscript = false;  ///< w:vertAlign superscript
  std::string font;          ///< w:rFonts ascii (else hAnsi): the font the Latin text is drawn in
};

/// One piece of a run's content.
struct RunPiece {
  enum class Kind { Text, Tab, Break, NoteRef };
  Kind kind = Kind::Text;
  std::string text;     ///< Text: UTF-8 as stored
  std::string note_id;  ///< NoteRef: w:id of the footnote/endnote
  bool endnote = false;
};

struct Run {
  RunProps props;
  std::vector<RunPiece> pieces;
};

/// Paragraph properties as written (w:pPr), not resolved against styles.
struct ParaProps {
  std::string style_id;  ///< w:pStyle
  bool has_num = false;  ///< w:numPr present (numId 0 = explicitly no numbering)
  int num_id = 0;
  int ilvl = 0;
  int outline_level = -1;  ///< w:outlineLvl 0..9 (9 = body text); -1 = not set
  std::string justification;  ///< w:jc value
  RunProps mark;              ///< w:pPr/w:rPr (paragraph mark)
};

struct Para {
  ParaProps props;
  std::vector<Run> runs;
  std::uint32_t ordinal = 0;  ///< 1-based ordinal of the w:p among all w:p of its part, document order
  std::vector<Para> anchored;  ///< paragraphs of text boxes anchored in this paragraph, in order
};

struct Cell {
  std::vector<Para> paragraphs;  ///< nested tables flattened, row by row, cell by cell
  int grid_span = 1;
  bool vmerge_continue = false;
  bool has_visible_borders = false;  ///< w:tcBorders draws at least one edge
};

struct Row {
  std::vector<Cell> cells;
};

/// A table border edge as written: absent, explicitly none/nil, or drawn.
enum class Edge { Unset, None, Drawn };

struct TableBorders {
  Edge top = Edge::Unset, left = Edge::Unset, bottom = Edge::Unset, right = Edge::Unset;
  Edge inside_h = Edge::Unset, inside_v = Edge::Unset;
};

struct Table {
  std::string style_id;  ///< w:tblStyle
  TableBorders borders;  ///< w:tblPr/w:tblBorders
  std::vector<Row> rows;
  std::uint32_t first_ordinal = 0;  ///< ordinal of its first w:p
};

using BodyItem = std::variant<Para, Table>;

/// A footnote or endnote body.
struct Note {
  std::string id;
  bool endnote = false;
  std::vector<Para> paragraphs;
};

}  // namespace vanban::docx
