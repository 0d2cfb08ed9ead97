#include "ingest/docx/xml_part.hpp"

#include <cctype>
#include <charconv>

namespace vanban::docx {
namespace {

/// True when some element lies deeper than `max_depth`; a walk without recursion (pugixml parses
/// without it too), stopping at the first one too deep.
bool deeper_than(const pugi::xml_node& root, std::uint32_t max_depth) {
  pugi::xml_node n = root.first_child();
  std::uint32_t depth = 1;
  while (n) {
    if (n.type() == pugi::node_element && depth > max_depth) return true;
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
      if (n == root) return false;
    }
    if (n) n = n.next_sibling();
  }
  return false;
}

/// What comes before the root element: the first '<' followed by a letter starts it.
std::string_view prolog_of(std::string_view bytes) {
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i + 1]);
    if (bytes[i] == '<' && (std::isalpha(c) || c == '_')) return bytes.substr(0, i);
  }
  return bytes;
}

bool has_doctype(std::string_view bytes) { return prolog_of(bytes).find("<!DOCTYPE") != std::string_view::npos; }

/// A part pugixml parsed: checked against the depth limit, a DOCTYPE reported.
std::unique_ptr<pugi::xml_document> checked(std::unique_ptr<pugi::xml_document> doc, bool doctype,
                                            std::string_view part_name, Diagnostics& diags, Severity severity,
                                            std::uint32_t max_depth) {
  if (deeper_than(*doc, max_depth)) {
    diags.add("docx.limit-xml-depth", severity,
              "the part " + std::string(part_name) + " nests XML elements more than " + std::to_string(max_depth) +
                  " levels deep, over the limit (raise it with --max-xml-depth)");
    return nullptr;
  }
  // pugixml skips a DOCTYPE (parse_doctype is off) and expands no entity it declares.
  if (doctype)
    diags.warning("docx.doctype", "the part " + std::string(part_name) +
                                      " has a DOCTYPE declaration (Word never writes one): ignored, and none of "
                                      "its entities is expanded");
  return doc;
}

}  // namespace

std::pair<std::size_t, std::size_t> line_and_column(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

std::unique_ptr<pugi::xml_document> parse_xml_part(std::string_view part_name, const std::string& bytes,
                                                   Diagnostics& diags, Severity severity, std::uint32_t max_depth) {
  auto doc = std::make_unique<pugi::xml_document>();
  const auto result = doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (result) return checked(std::move(doc), has_doctype(bytes), part_name, diags, severity, max_depth);
  const auto offset = static_cast<std::size_t>(result.offset < 0 ? 0 : result.offset);
  const auto [line, column] = line_and_column(bytes, offset);
  diags.add("docx.malformed-xml", severity,
            "the part " + std::string(part_name) + " is not well-formed XML at line " + std::to_string(line) +
                ", column " + std::to_string(column) + " (byte " + std::to_string(offset) + "): " + result.description());
  return nullptr;
}

std::unique_ptr<pugi::xml_document> parse_xml_part_in_place(std::string_view part_name, std::string& bytes,
                                                            Diagnostics& diags, Severity severity,
                                                            std::uint32_t max_depth, bool& malformed) {
  malformed = false;
  const bool doctype = has_doctype(bytes);  // before the parse rewrites the bytes
  auto doc = std::make_unique<pugi::xml_document>();
  if (doc->load_buffer_inplace(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata))
    return checked(std::move(doc), doctype, part_name, diags, severity, max_depth);
  malformed = true;
  return nullptr;
}

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view attr(const pugi::xml_node& node, std::string_view local) {
  for (auto a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name = a.name();
    const auto colon = name.find(':');
    if (colon != std::string_view::npos) name = name.substr(colon + 1);
    if (name == local) return a.value();
  }
  return {};
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (auto c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

int on_off(const pugi::xml_node& property) {
  if (!property) return -1;
  const std::string_view v = attr(property, "val");
  if (v.empty() || v == "1" || v == "true" || v == "on") return 1;
  return 0;
}

int to_int(std::string_view s, int fallback) {
  int value = fallback;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), value);
  return r.ec == std::errc() ? value : fallback;
}

}  // namespace vanban::docx
