#pragma once
#include <cstddef>
#include <optional>

#include "ingest/markdown/raw_block.hpp"

namespace vanban::md {

/// A block cut around a run of two-column lines.
struct ColumnRun {
  RawParagraph before;  ///< lines before the run (may be empty)
  RawParagraph left;    ///< left column of the run, one line per source line that has one
  RawParagraph right;   ///< right column of the run
  RawParagraph after;   ///< lines after the run (may be empty; may hold another run)
  double right_center = 0;  ///< mean centre column of the right column's lines
};

/// Text extracted with its layout (pdftotext -layout) puts the header and the closing side by side:
/// "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Nơi nhận:      KT. CHỦ TỊCH".
/// Finds the first run of such lines in `block` — at least two lines split by a wide gap, a split
/// line next to lines indented into the right column, or a block that is all one split line — and
/// cuts the block around it. `continuing_center` is the right column's centre when the block right
/// before was such a run: then a block whose lines sit centred in that column ("(Đã ký)",
/// "- Lưu: VT." / "            Trần Văn Nam") also counts; a title centred on the page does not;
/// and a continuing block with a split line is cut as a whole (its other lines go to their column).
std::optional<ColumnRun> find_column_run(const RawParagraph& block, std::optional<double> continuing_center = {});

}  // namespace vanban::md
