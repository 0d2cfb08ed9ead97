#pragma once
#include <optional>
#include <cstddef>

#include "model/document.hpp"
#include "text/match_text.hpp"

namespace vanban::md {

/// Some Markdown converters move every table to the end of the file, the header table too (issuer
/// | national motto, "Số: …" | place and date). The header opens a document: a table holding the
/// national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM")
/// that comes after the text, with no motto before it, is moved back to the first block. Returns
/// the index it was moved from.
std::optional<std::size_t> restore_header_table(Document& doc, const text::Folder& folder);

}  // namespace vanban::md
