#pragma once
// Builds small .docx packages in memory for the DOCX reader tests: a map of part name -> content
// zipped with libzip, and a wrapper that supplies the boilerplate parts around a w:body.
#include <zip.h>

#include <map>
#include <stdexcept>
#include <string>

#include "ingest/docx_reader.hpp"
#include "model/document.hpp"
#include "text/text_kit.hpp"

namespace vanban::testing {

inline constexpr const char* kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml")";

/// Zips parts (name -> bytes) into an in-memory archive. `level` 0 stores, otherwise deflates.
inline std::string zip_parts(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(archive, data.data(), data.size(), 0);
    if (!s || zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) throw std::runtime_error("zip_file_add");
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string out;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(static_cast<std::size_t>(size));
    zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

inline std::string content_types() {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(</Types>)";
}

inline std::string root_rels(const std::string& main_part = "word/document.xml") {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target=")" +
         main_part + R"("/></Relationships>)";
}

/// word/document.xml around body content (w:p, w:tbl … without w:body).
inline std::string document_xml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document )") + kWordNamespaces +
         "><w:body>" + body + "</w:body></w:document>";
}

/// A root element of another part (w:styles, w:numbering, w:footnotes …) with the usual namespaces.
inline std::string word_part(const std::string& root, const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:)") + root + " " + kWordNamespaces +
         ">" + content + "</w:" + root + ">";
}

/// A complete minimal package: the body plus optional extra parts (name -> content).
inline std::string make_docx(const std::string& body, std::map<std::string, std::string> extra = {}) {
  extra.emplace("[Content_Types].xml", content_types());
  extra.emplace("_rels/.rels", root_rels());
  extra.emplace("word/document.xml", document_xml(body));
  return zip_parts(extra);
}

/// Reads a package with the DOCX reader.
inline Document read_docx_bytes(const std::string& bytes, ReadOptions options = {}) {
  static const text::TextKit kit;  // built once for the whole test binary (read-only)
  Document doc;
  read_docx(bytes, options, kit, doc);
  return doc;
}

/// A paragraph of plain runs: p("Kế hoạch") -> <w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>.
inline std::string p(const std::string& text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? std::string() : "<w:pPr>" + ppr + "</w:pPr>") +
         R"(<w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r></w:p>";
}

inline const Paragraph& para_at(const Document& doc, std::size_t i) { return std::get<Paragraph>(doc.blocks.at(i)); }

inline bool has_code(const Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics.items())
    if (d.code == code) return true;
  return false;
}

inline std::string message_of(const Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics.items())
    if (d.code == code) return d.message;
  return {};
}

}  // namespace vanban::testing
