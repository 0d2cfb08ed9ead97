#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "text/match_text.hpp"

namespace vanban {

/// "177 /BC-CAT-PC06" -> "177/BC-CAT-PC06": a number/symbol as written, whitespace removed.
std::string compact_number_symbol(std::string_view written);

/// Case-insensitive key of a number/symbol (Đ stays distinct from D): "69/KH-UBND" -> "69/kh-ubnd".
std::string number_symbol_key(const text::Folder& folder, std::string_view number_symbol);

/// The number part: "69/KH-UBND" -> "69", "111-KH/ĐU" -> "111".
std::string number_of(std::string_view number_symbol);

/// The document-type abbreviation a number/symbol carries, as written: "69/KH-UBND" -> "KH",
/// "111-KH/ĐU" -> "KH", "59/2023/NĐ-CP" -> "NĐ", "11-QĐi/TW" -> "QĐi"; nullopt for "2932/UBND-NC".
std::optional<std::string> type_code_from_symbol(const text::Folder& folder, std::string_view number_symbol);

/// The normative form: the symbol opens with the year ("2023/NĐ-CP" of "59/2023/NĐ-CP").
bool symbol_has_year(std::string_view symbol);

/// The Party form "12-KH/ĐU" (number-type/issuer, also "-KH/ĐU" with a blank number), not the state form
/// "12/KH-UBND", nor "122-12/PT-NC" (a number with a month).
bool is_party_form(std::string_view number_symbol);

/// The abbreviation of a type word given folded ("ke hoach" -> "KH", "quy đinh" -> "QyĐ"); nullopt if none.
std::optional<std::string> type_code_for_word(std::string_view folded_type);

}  // namespace vanban
