#pragma once
#include <string>
#include <string_view>

namespace vanban::docx {

/// The character a w:sym shows: `code` is its w:char (often in the private-use range F0xx, which
/// Word uses for symbol fonts). Symbol and Wingdings code points are mapped to their Unicode
/// characters where known; other fonts' F0xx fold to U+00xx. Returns UTF-8 ("" for control codes).
std::string symbol_to_utf8(std::string_view font, char32_t code);

}  // namespace vanban::docx
