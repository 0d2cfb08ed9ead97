#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "analysis/pattern.hpp"
#include "model/block.hpp"
#include "text/match_text.hpp"

namespace vanban::analysis {

/// The front-matter passes use the analysis-wide compiled pattern.
using Regex = vanban::Pattern;

/// One visual line of the document: a paragraph, or one '\n'-separated line of it, or one
/// tab-separated segment of a header line. Table cells are read cell by cell (never row-wise
/// interleaved), so a header table yields its left cell's lines, then its right cell's.
struct Line {
  std::string text;           ///< trimmed, Markdown leftovers removed
  std::size_t block = 0;      ///< index into Document::blocks
  bool in_table = false;
  int cell = -1;              ///< running cell number within the table (row-major), -1 outside tables
  const Paragraph* paragraph = nullptr;  ///< the paragraph the line comes from (for style hints)
};

/// Lines of blocks[range.begin, range.end), in reading order. `split_tabs` splits header lines laid
/// out with tab stops ("UBND TỈNH X\tCỘNG HÒA …").
std::vector<Line> lines_of(const std::vector<Block>& blocks, BlockRange range, bool split_tabs);

/// Trims spaces (incl. NBSP) and Markdown emphasis leftovers ("**", "__", leading "#").
std::string clean_line(std::string_view s);
/// Trims spaces only.
std::string trim_spaces(std::string_view s);
/// Number of whitespace-separated words.
int word_count(std::string_view s);
/// True when the text has at least two letters and none of them is lower case ("SỞ NỘI VỤ").
bool is_caps_text(std::string_view utf8);
/// True when the first letter (after spaces and punctuation-free leading text) is lower case
/// ("thực hiện Nghị quyết …": a subject line continuing a type line, not a body paragraph).
bool starts_lowercase(std::string_view utf8);
/// First letter upper case, the rest as written.
std::string capitalize_first(std::string_view utf8);
/// Collapses runs of whitespace (incl. '\n') into single spaces and trims.
std::string collapse_spaces(std::string_view utf8);
/// Removes trailing characters found in `chars` (ASCII only) and spaces.
std::string strip_trailing(std::string_view s, std::string_view chars);

}  // namespace vanban::analysis
