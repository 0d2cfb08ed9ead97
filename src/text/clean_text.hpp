#pragma once
#include <string>
#include <string_view>

namespace vanban::text {

/// Removes the invisible characters that break words and matching, keeping everything else as
/// written: drops zero-width space/non-joiner/joiner (U+200B-U+200D), word joiner (U+2060),
/// BOMs (U+FEFF) and soft hyphens (U+00AD); turns no-break spaces (U+00A0, U+2007, U+202F)
/// into ' '. Invalid UTF-8 passes through untouched. Call it AFTER legacy decoding (TCVN3 'ư'
/// is byte 0xAD, the soft hyphen of Latin-1).
///   clean_text("\xEF\xBB\xBFKế ho\xC2\xADạch\xC2\xA0số 12") == "Kế hoạch số 12"
std::string clean_text(std::string_view utf8);

}  // namespace vanban::text
