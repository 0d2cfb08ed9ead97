#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace vanban::md {

/// Whether `s` may hold a superscript digit (¹ ² ³ or U+2070–U+2079): a cheap pre-check.
bool has_superscript_digit(std::string_view s);

/// Length of a footnote marker written with superscript digits at `s[i]` (0 if none) and its id
/// ("¹²" -> "12"): at the start of a line (a footnote text) or right after a word or punctuation
/// ("tâm¹,") — not an exponent after a number or a unit ("10²", "m²", "km²").
std::size_t superscript_marker_at(std::string_view s, std::size_t i, std::string* id);

/// Whether the text just before a superscript ends with a unit of area or volume ("250 m", "12km",
/// "3 ha"), so that a superscript 2 or 3 there is an exponent, not a footnote marker.
bool ends_with_unit(std::string_view text_before);

}  // namespace vanban::md
