#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::text {

/// The pre-Unicode Vietnamese encodings still found in archives. None = already Unicode.
enum class LegacyEncoding { None, Tcvn3, Vni, Viscii, Cp1258 };

/// "none", "tcvn3", "vni", "viscii", "cp1258" — for diagnostics and the --encoding option.
std::string_view encoding_name(LegacyEncoding encoding);

/// Inverse of encoding_name; also accepts common aliases ("abc", "vn3", "windows-1258",
/// "unicode", "utf-8"), any case. nullopt for an unknown name.
std::optional<LegacyEncoding> parse_encoding_name(std::string_view name);

/// Decodes legacy bytes to NFC UTF-8. `uppercase_font`: the text was set in an all-caps font
/// (TCVN3 ".VnTimeH", VISCII "VI Times H"), which draws every letter, accented or not, in
/// capitals — the result is upper-cased. Bytes that an encoding does not define decode as
/// Latin-1. Never throws.
///   decode_legacy("Uû ban nh©n d©n", LegacyEncoding::Tcvn3) == "Uỷ ban nhân dân"
std::string decode_legacy(std::string_view bytes, LegacyEncoding encoding, bool uppercase_font = false);

/// Decodes the text of a DOCX run set in a legacy font. Word stores each legacy byte as the
/// code point with that number (U+00A9 for TCVN3 0xA9 'â'), or as the Windows-1252 character
/// for bytes 0x80-0x9F, or as U+F0xx for symbol-style fonts: each is turned back into its byte
/// and the bytes are decoded. Other code points are kept as they are. Input: valid UTF-8.
///   decode_legacy_run("Nh©n d©n", LegacyEncoding::Tcvn3, false) == "Nhân dân"
std::string decode_legacy_run(std::string_view utf8_run_text, LegacyEncoding encoding, bool uppercase_font);

/// Encodes NFC UTF-8 into a legacy encoding (to make test files and check tables); nullopt when
/// a character has no representation (e.g. TCVN3 "Ắ" outside an uppercase font). With
/// `uppercase_font` (TCVN3, VISCII), the text is written in lowercase bytes for an all-caps font.
std::optional<std::string> encode_legacy(std::string_view nfc_utf8, LegacyEncoding encoding,
                                         bool uppercase_font = false);

/// The encoding a font name suggests: ".VnTime"/".VnTimeH"/".VnArial…" -> Tcvn3,
/// "VNI-Times"/"VNI-Helve…" -> Vni, "VI Times"/"VK Sans…" -> Viscii, anything else -> None.
/// A candidate only: many Unicode documents still name .VnTime; confirm with detect_legacy.
LegacyEncoding encoding_for_font(std::string_view font_name);

/// True for the all-caps members of legacy font pairs: ".VnTimeH", ".VnArialH", "VI Times H".
bool is_uppercase_font(std::string_view font_name);

}  // namespace vanban::text
