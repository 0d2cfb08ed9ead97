#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/metadata.hpp"
#include "text/match_text.hpp"

namespace vanban {

/// The body a number/symbol names when the text does not: "766/QĐ-TTg" -> "Thủ tướng Chính phủ",
/// "59/2023/NĐ-CP" -> "Chính phủ", "10/2022/QH15" -> "Quốc hội", "114-KL/TW" -> "Ban Chấp hành Trung ương",
/// "12/STP-VP" -> "Sở Tư pháp". A local code ("…/QĐ-UBND", "…-NQ/TU") names the body of the citing
/// document's own level: `self`'s issuer when its symbol carries that code, else its parent when the
/// parent is such a body. nullopt when the symbol names no body this table knows.
std::optional<std::string> issuer_from_symbol(const text::Folder& folder, std::string_view number_symbol,
                                              const Metadata& self);

}  // namespace vanban
