#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace vanban {

/// The parts of a Document that both writers present the same way.

/// doc.blocks[range], clamped to the blocks that exist: a bad range from a pass must not crash a writer.
std::span<const Block> blocks_in(const Document& doc, BlockRange range);

/// Texts of the paragraphs in doc.preamble ("Căn cứ …;" lines), in order.
std::vector<std::string_view> preamble_texts(const Document& doc);

/// A table cell's paragraphs joined by '\n'.
std::string cell_text(const TableCell& cell);

/// ISO-like form of a date (PartialDate::iso()), or nullopt when absent or empty.
std::optional<std::string> iso_date(const std::optional<PartialDate>& date);

/// "docx", "markdown"; empty for Auto (the format was never decided).
std::string_view format_name(InputFormat format);

/// "body", "footnotes", "endnotes", "header".
std::string_view part_name(SourceLocation::Part part);

/// True when the style carries at least one hint worth writing.
bool has_hints(const ParagraphStyle& style);

}  // namespace vanban
