#include "ingest/docx/package_parts.hpp"

#include <vector>

#include "ingest/docx/xml_part.hpp"

namespace vanban::docx {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string rels_name_of(std::string_view part) {
  const auto slash = part.rfind('/');
  const std::string_view dir = slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
  const std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

struct Relationship {
  std::string type;
  std::string target;
};

/// Relationships of a part; damaged .rels parts are reported as warnings and read as empty.
std::vector<Relationship> read_relationships(ZipPackage& package, std::string_view rels_part,
                                             std::string_view source_part, Diagnostics& diags) {
  std::vector<Relationship> out;
  auto bytes = package.read(rels_part, diags, false, Severity::Warning);
  if (!bytes) return out;
  auto xml = parse_xml_part(rels_part, *bytes, diags, Severity::Warning);
  if (!xml) return out;
  for (auto rel : xml->document_element().children()) {
    if (local_name(rel) != "Relationship") continue;
    if (attr(rel, "TargetMode") == "External") continue;
    out.push_back({std::string(attr(rel, "Type")), resolve_target(source_part, attr(rel, "Target"))});
  }
  return out;
}

std::string find_by_type(const std::vector<Relationship>& rels, std::string_view type_suffix) {
  for (const auto& r : rels)
    if (ends_with(r.type, type_suffix)) return r.target;
  return {};
}

std::string main_part_from_content_types(ZipPackage& package, Diagnostics& diags) {
  auto bytes = package.read("[Content_Types].xml", diags, false, Severity::Warning);
  if (!bytes) return {};
  auto xml = parse_xml_part("[Content_Types].xml", *bytes, diags, Severity::Warning);
  if (!xml) return {};
  for (auto o : xml->document_element().children()) {
    if (local_name(o) != "Override") continue;
    const std::string_view type = attr(o, "ContentType");
    if (type.find("wordprocessingml.document.main+xml") != std::string_view::npos ||
        type.find("wordprocessingml.template.main+xml") != std::string_view::npos ||
        type.find("ms-word.document.macroEnabled.main+xml") != std::string_view::npos ||
        type.find("ms-word.template.macroEnabledTemplate.main+xml") != std::string_view::npos)
      return resolve_target("", attr(o, "PartName"));
  }
  return {};
}

}  // namespace

std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::vector<std::string> segments;
  auto push_path = [&segments](std::string_view path) {
    std::size_t start = 0;
    while (start <= path.size()) {
      auto end = path.find('/', start);
      if (end == std::string_view::npos) end = path.size();
      const std::string_view seg = path.substr(start, end - start);
      if (seg == "..") {
        if (!segments.empty()) segments.pop_back();
      } else if (!seg.empty() && seg != ".") {
        segments.emplace_back(seg);
      }
      start = end + 1;
    }
  };
  if (!target.empty() && target.front() == '/') {
    push_path(target);
  } else {
    const auto slash = source_part.rfind('/');
    if (slash != std::string_view::npos) push_path(source_part.substr(0, slash));
    push_path(target);
  }
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

std::optional<PackageParts> locate_parts(ZipPackage& package, Diagnostics& diags) {
  PackageParts parts;
  const auto root_rels = read_relationships(package, "_rels/.rels", "", diags);
  std::string main = find_by_type(root_rels, "/officeDocument");
  if (main.empty() || !package.has(main)) main = main_part_from_content_types(package, diags);
  if (main.empty() || !package.has(main)) main = "word/document.xml";
  if (!package.has(main)) {
    diags.fatal("docx.no-document",
                "the zip package has no word/document.xml (nor a main document part named by _rels/.rels or "
                "[Content_Types].xml): it is not a Word document");
    return std::nullopt;
  }
  parts.document = main;
  const auto rels = read_relationships(package, rels_name_of(main), main, diags);
  auto pick = [&](std::string_view type_suffix, std::string_view conventional) {
    std::string name = find_by_type(rels, type_suffix);
    if (name.empty() || !package.has(name)) name = std::string(conventional);
    return package.has(name) ? name : std::string();
  };
  parts.styles = pick("/styles", "word/styles.xml");
  parts.numbering = pick("/numbering", "word/numbering.xml");
  parts.footnotes = pick("/footnotes", "word/footnotes.xml");
  parts.endnotes = pick("/endnotes", "word/endnotes.xml");
  return parts;
}

}  // namespace vanban::docx
