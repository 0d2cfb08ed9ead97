#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

#include "ingest/read_options.hpp"
#include "model/diagnostic.hpp"

namespace vanban::docx {

/// Parses one XML part. On malformed XML adds a diagnostic of `severity` naming the part and the
/// position (line, column, byte offset) with pugixml's description, and returns nullptr.
/// Whitespace-only text is kept (w:t xml:space="preserve" may hold just a space).
/// Elements nested more than `max_depth` deep are refused the same way ("docx.limit-xml-depth", naming the
/// option --max-xml-depth): every later stage walks the tree. A DOCTYPE is skipped and its entities are
/// never expanded (pugixml knows only the five predefined ones): "billion laughs" stay inert text.
std::unique_ptr<pugi::xml_document> parse_xml_part(std::string_view part_name, const std::string& bytes,
                                                   Diagnostics& diags, Severity severity = Severity::Fatal,
                                                   std::uint32_t max_depth = InputLimits{}.max_xml_depth);

/// parse_xml_part on `bytes` parsed in place (pugixml keeps pointers into them, and rewrites them): no copy
/// of a part that may be tens of megabytes. `bytes` must outlive the document. Malformed XML is not
/// reported but sets `malformed`: the bytes were rewritten, so the caller reports it with parse_xml_part on
/// the part read again.
std::unique_ptr<pugi::xml_document> parse_xml_part_in_place(std::string_view part_name, std::string& bytes,
                                                            Diagnostics& diags, Severity severity,
                                                            std::uint32_t max_depth, bool& malformed);

/// The 1-based line and column (in code points) of a byte offset in a part, for messages.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view bytes, std::size_t offset);

/// Local name of an element ("w:p" -> "p"); prefixes are not resolved (OOXML producers use the
/// conventional ones; see namespace-tolerant matching in callers).
std::string_view local_name(const pugi::xml_node& node);

/// Value of an attribute by local name ("w:val" or "val"), "" when absent.
std::string_view attr(const pugi::xml_node& node, std::string_view local);

/// First child element with this local name.
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);

/// A decimal attribute value ("w:start", "w:ilvl"), or `fallback` when it is absent or not a number.
int to_int(std::string_view s, int fallback);

/// OOXML on/off property: absent -> nullopt-like `fallback`; present without w:val or with
/// "1"/"true"/"on" -> true; "0"/"false"/"off" -> false.
int on_off(const pugi::xml_node& property);  // 1 true, 0 false, -1 absent

}  // namespace vanban::docx
