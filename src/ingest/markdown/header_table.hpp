#pragma once
#include <optional>
#include <cstddef>
#include <cstdint>

#include "model/document.hpp"
#include "text/match_text.hpp"

namespace vanban::md {

/// Some Markdown converters move every table to the end of the file, the header table too (issuer
/// | national motto, "Số: …" | place and date). The header opens a document: a table holding the
/// national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM")
/// that comes after the text, with no motto before it, is moved back to the first block. Returns
/// the index it was moved from.
std::optional<std::size_t> restore_header_table(Document& doc, const text::Folder& folder);

/// Text extracted from a gazette PDF may put the header's lines (issuer, "Số: …", national motto,
/// place and date, one paragraph each) at the foot of the first page, after the title, the căn cứ or
/// even the first articles. A run of such lines around the motto, after the text and before the first
/// page ends (`first_page_end_line`: the first line of page furniture after the text began), with no
/// motto before it, is moved back to the start. Returns how many paragraphs were moved (0: none).
std::size_t restore_header_lines(Document& doc, const text::Folder& folder, std::uint32_t first_page_end_line);

}  // namespace vanban::md
