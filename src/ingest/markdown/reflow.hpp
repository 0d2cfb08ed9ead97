#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/markdown/point_letters.hpp"
#include "ingest/markdown/raw_block.hpp"

namespace vanban::md {

/// A logical paragraph rebuilt from hard-wrapped source lines.
struct ReflowedParagraph {
  std::string text;                   ///< lines joined with one space; may hold kMarkPlaceholder
  std::vector<std::string> mark_ids;  ///< one per placeholder, in order
  std::size_t offset = 0;             ///< byte offset of its first character in the input
  std::size_t last_line_width = 0;    ///< code points of its last source line
  std::size_t line_count = 0;         ///< source lines joined into it (more than 1: hard-wrapped)
  bool opens_point = false;           ///< starts with a lettered point label in sequence ("a.", "b)")
};

/// Splits the lines of a block into logical paragraphs. A line opens a new paragraph when it
/// starts with an outline label, a bullet, a quoted provision or a lettered point in sequence
/// ("a." / "b-", see PointSequence), or when the line before it is
/// clearly complete: a header line, an all-caps line, a lone label, a labelled heading that
/// stopped well before the typical width when the next line starts with a capital ("Điều 2. Bãi
/// bỏ một phần" / "Bãi bỏ …"), or a line ending with . ; : ! ? that is much shorter than the
/// file's typical wrapped line. Lines ending on a connective word ("của", "VÀ") go on. Otherwise it continues
/// the line before (joined with one space; a trailing hyphen is kept: Vietnamese has no
/// hyphenation; a symbol cut after its hyphen, "QĐ-" / "UBND ngày …", is joined without one).
class Reflower {
 public:
  /// `typical_width`: code points of a full wrapped line in this file (0 = unknown).
  explicit Reflower(std::size_t typical_width);

  /// `points`: the lettered points seen so far in reading order (updated with this block's); null
  /// for a block read on its own (a table cell), which starts a sequence of its own.
  std::vector<ReflowedParagraph> reflow(const RawParagraph& block, PointSequence* points = nullptr) const;

  /// Whether `line` starts a new logical paragraph after `previous` (both trimmed source lines).
  bool starts_new_paragraph(std::string_view previous, std::string_view line) const;

  /// Whether `line` is short against the typical width (fraction `ratio` of it).
  bool is_short(std::string_view line, double ratio) const;
  /// Same for a length already counted in code points.
  bool is_short(std::size_t code_points, double ratio) const;

  std::size_t width() const { return width_; }

  /// The median length of lines that wrap onto a next line of the same block that goes on in
  /// lowercase (a real wrap; all-caps lines excluded); 0 if too few (an unwrapped file).
  static std::size_t typical_width(const std::vector<RawBlock>& blocks);

 private:
  bool is_complete_line(std::string_view previous, std::string_view line) const;
  /// `previous` is a labelled heading that ended before the typical width and `line` starts a new
  /// sentence with a capital ("1. Đánh giá chung" / "Tính đến ngày …").
  bool is_short_heading(std::string_view previous, std::string_view line) const;

  std::size_t width_;
};

}  // namespace vanban::md
