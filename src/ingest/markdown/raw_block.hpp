#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace vanban::md {

/// Stands in the text of a RawParagraph where a footnote marker was; its id is the next entry of
/// RawParagraph::mark_ids. Control characters of the input are blanked, so it cannot clash.
inline constexpr char kMarkPlaceholder = '\x1F';

/// One source line of a block as a reader sees it: markup removed, spaces collapsed, trimmed.
struct RawLine {
  std::string text;
  std::size_t offset = 0;     ///< byte offset of its first visible character in the input
  bool break_before = false;  ///< a blank line precedes it inside the block (code blocks)
  std::string footnote_definition;  ///< id when the line starts a "[^id]: text" definition
  /// Text laid out in two columns (pdftotext -layout: "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI…"):
  /// byte index in `text` where the right column starts, npos when the line has one column.
  std::size_t column_break = std::string::npos;
  std::uint32_t indent = 0;        ///< code points before the line's first character in the source
  std::uint32_t right_indent = 0;  ///< code points before the right column (when column_break is set)
};

/// A Markdown block with text (paragraph, heading, list item text, code block, table cell) before
/// reflow: still one entry per source line.
struct RawParagraph {
  std::vector<RawLine> lines;
  std::vector<std::string> mark_ids;  ///< footnote ids, one per kMarkPlaceholder, in order
  int heading_level = 0;
  bool bold = false;    ///< all visible text was strong
  bool italic = false;  ///< all visible text was emphasized
  std::string footnote_definition;  ///< id when the block starts with a "[^id]: text" definition
  std::size_t begin = 0;  ///< byte offset of the block's first character
  std::size_t end = 0;    ///< byte offset just after its last character
  int grid_span = 1;      ///< table cells: columns merged into this one (HTML colspan)
};

struct RawTable {
  std::vector<std::vector<RawParagraph>> rows;  ///< one RawParagraph per cell
  std::size_t begin = 0;
  std::size_t end = 0;
};

using RawBlock = std::variant<RawParagraph, RawTable>;

}  // namespace vanban::md
