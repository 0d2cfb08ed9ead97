#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace vanban::docx {

/// NUL characters in an XML part, as raw bytes or as references (&#0;, &#x0000;). XML allows none, and
/// pugixml would end a string at one, losing the rest of the paragraph: blank_nul_characters() turns each
/// into a space in place, before the parse, keeping the part's length and so every offset.
struct NulCharacters {
  std::size_t count = 0;
  static constexpr std::size_t kShown = 3;
  std::size_t first[kShown] = {};  ///< byte offsets of the first ones in the part
};

/// A raw NUL becomes ' ', a reference "&#32;" padded with zeros ("&#0;" has room only for "&#9;", a tab).
NulCharacters blank_nul_characters(std::string& bytes);

/// The warning "docx.nul" naming the part and the line and column of the first ones; nothing when none.
void report_nul_characters(const NulCharacters& nuls, std::string_view part_name, std::string_view bytes,
                           Diagnostics& diags);

}  // namespace vanban::docx
