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

/// Blocks of doc.blocks[range] that no section holds (neither as heading, title paragraph nor
/// content), in order. Over doc.body these are the lead: what comes before the first section
/// ("Thực hiện Kế hoạch số …, … như sau:"), or the whole body of a document without sections (a
/// công văn). Over doc.appendices they are what an outlined attached regulation leaves: its own
/// header, type line, subject, and the Phụ lục.
std::vector<const Block*> blocks_outside_outline(const Document& doc, BlockRange range);

/// The blocks that show a section's heading: its heading paragraph (label and full text, which a long
/// numbered paragraph's title only opens) and, under a bare "Chương I", the title paragraph.
BlockRange heading_range(const Section& s);

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
