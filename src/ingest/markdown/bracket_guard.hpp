#pragma once
#include <cstddef>
#include <string>

namespace vanban::md {

/// Stand-ins for '[' and ']' that md4c reads as plain text; the block collector turns them back.
inline constexpr char kOpenBracketFiller = '\x1C';
inline constexpr char kCloseBracketFiller = '\x1D';

/// md4c 0.4 resolves bracket pairs in time quadratic in their number per paragraph (200 000
/// "[^1]" in one paragraph take seconds). In a paragraph (a run of non-blank lines) with more than
/// `max_per_paragraph` '[' this replaces every bracket by its filler, so links there are read as
/// text. Returns how many paragraphs were guarded.
std::size_t neutralize_dense_brackets(std::string& text, std::size_t max_per_paragraph = 64);

}  // namespace vanban::md
