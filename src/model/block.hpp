#pragma once
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "model/location.hpp"

namespace vanban {

/// Formatting a reader saw; analysis uses it only as a hint (labels in the text decide the outline).
struct ParagraphStyle {
  bool bold = false;       ///< all visible text is bold
  bool italic = false;     ///< all visible text is italic
  bool centered = false;
  bool caps = false;       ///< rendered in capitals by a style/run property (DOCX w:caps)
  int heading_level = 0;   ///< 1..9 as the source claims it (Markdown '#', DOCX outline level); 0 = none
  bool auto_numbered = false;  ///< the label at the start of text was rebuilt from DOCX numbering
  bool hard_wrapped = false;   ///< the reader reflowed this paragraph from hard-wrapped lines (joined by spaces)
  std::string style_name;      ///< DOCX paragraph style (display name), empty otherwise
};

/// Where a footnote marker stood in a paragraph's text.
struct FootnoteMark {
  std::string id;          ///< footnote id as in Document::footnotes
  std::size_t offset = 0;  ///< byte offset into Paragraph::text
};

/// A paragraph as the reader sees it. `text` is NFC UTF-8 with emphasis markup removed; the visible
/// label stays at its start exactly as a reader would see it ("II. ", "7. ", "- ", "a) ", "Điều 5. "),
/// including labels rebuilt from automatic numbering. Hard-wrapped lines are joined by a space; a
/// '\n' left in the text is a real line break (DOCX w:br, a header cell's lines).
struct Paragraph {
  std::string text;
  ParagraphStyle style;
  std::vector<FootnoteMark> footnote_marks;
  SourceLocation location;
};

struct TableCell {
  std::vector<Paragraph> paragraphs;  ///< nested tables are flattened into paragraphs
  int grid_span = 1;                  ///< merged columns
  bool vmerge_continue = false;       ///< continues the cell above (vertically merged)
};

struct TableRow {
  std::vector<TableCell> cells;
};

struct Table {
  std::vector<TableRow> rows;
  bool borderless = false;  ///< likely a layout table (header, closing), not a data table
  SourceLocation location;
};

/// One block of the body in reading order.
using Block = std::variant<Paragraph, Table>;

inline const SourceLocation& location_of(const Block& b) {
  return std::visit([](const auto& x) -> const SourceLocation& { return x.location; }, b);
}

/// Half-open range of indices into Document::blocks.
struct BlockRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
};

}  // namespace vanban
