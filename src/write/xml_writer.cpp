#include "write/xml_writer.hpp"

#include <cstdio>

#include <pugixml.hpp>

#include "write/document_parts.hpp"
#include "write/utf8_repair.hpp"

namespace vanban {
namespace {

/// Collects pugixml's output into a string.
class StringSink : public pugi::xml_writer {
 public:
  explicit StringSink(std::string& out) : out_(out) {}
  void write(const void* data, size_t size) override { out_.append(static_cast<const char*>(data), size); }

 private:
  std::string& out_;
};

/// Builds the XML tree: every JSON field becomes an element of the same name, in the same order; an
/// array becomes a wrapper element holding one element per item; null values are left out; locations
/// are attributes. Text is repaired to what XML 1.0 allows.
class XmlBuilder {
 public:
  explicit XmlBuilder(const XmlOptions& options) : options_(options) {}

  void document(const Document& doc, pugi::xml_node root) {
    root.append_attribute("schema_version").set_value(kSchemaVersion);
    text(root, "source", doc.source);
    if (auto f = format_name(doc.format); !f.empty()) text(root, "format", f);
    if (doc.ocr) {  // only for text read by OCR, as in the JSON
      text(root, "ocr", "true");
      char confidence[32];
      std::snprintf(confidence, sizeof confidence, "%.1f", doc.ocr->confidence);
      text(root, "ocr_confidence", confidence);
      text(root, "ocr_pages", std::to_string(doc.ocr->pages));
    }
    metadata(root.append_child("metadata"), doc.metadata);
    auto preamble = root.append_child("preamble");
    for (auto t : preamble_texts(doc)) text(preamble, "text", t);
    sections(root.append_child("sections"), doc, doc.sections);
    auto footnotes = root.append_child("footnotes");
    for (const auto& f : doc.footnotes) {
      auto n = footnotes.append_child("footnote");
      text(n, "id", f.id);
      text(n, "text", f.text);
      location(n, f.location);
    }
    auto references = root.append_child("references");
    for (const auto& r : doc.references) reference(references.append_child("reference"), r);
    auto deadlines = root.append_child("deadlines");
    for (const auto& d : doc.deadlines) deadline(deadlines.append_child("deadline"), d);
    auto tasks = root.append_child("tasks");
    for (const auto& t : doc.tasks) task(tasks.append_child("task"), t);
    if (options_.include_blocks) {
      blocks(root.append_child("front"), doc, doc.front);
      blocks(root.append_child("lead"), blocks_outside_outline(doc, doc.body));
      blocks(root.append_child("closing"), doc, doc.closing);
      blocks(root.append_child("appendices"), blocks_outside_outline(doc, doc.appendices));
    }
    if (options_.include_diagnostics) {
      auto diagnostics = root.append_child("diagnostics");
      for (const auto& d : doc.diagnostics.items()) diagnostic(diagnostics.append_child("diagnostic"), d);
    }
    if (options_.validation != nullptr) validation(root.append_child("validation"), *options_.validation);
  }

 private:
  std::string clean(std::string_view s) { return std::string(repair_utf8(s, TextTarget::Xml, scratch_)); }

  void text(pugi::xml_node parent, const char* name, std::string_view value) {
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(clean(value).c_str());
  }
  void opt(pugi::xml_node parent, const char* name, const std::optional<std::string>& value) {
    if (value) text(parent, name, *value);
  }
  void flag(pugi::xml_node parent, const char* name, bool value) { text(parent, name, value ? "true" : "false"); }
  void number(pugi::xml_node parent, const char* name, long long value) { text(parent, name, std::to_string(value)); }
  void strings(pugi::xml_node parent, const char* list, const char* item, const std::vector<std::string>& values) {
    auto n = parent.append_child(list);
    for (const auto& v : values) text(n, item, v);
  }

  /// <location page=".." line=".." column=".." paragraph=".." part=".."/> with known fields only.
  static void location(pugi::xml_node parent, const SourceLocation& loc) {
    auto n = parent.append_child("location");
    if (loc.page != 0) n.append_attribute("page").set_value(loc.page);
    if (loc.line != 0) n.append_attribute("line").set_value(loc.line);
    if (loc.column != 0) n.append_attribute("column").set_value(loc.column);
    if (loc.paragraph != 0) n.append_attribute("paragraph").set_value(loc.paragraph);
    if (loc.part != SourceLocation::Part::Body) n.append_attribute("part").set_value(std::string(part_name(loc.part)).c_str());
  }

  void metadata(pugi::xml_node n, const Metadata& m) {
    opt(n, "doc_type", m.doc_type);
    opt(n, "doc_type_code", m.doc_type_code);
    opt(n, "number", m.number);
    opt(n, "symbol", m.symbol);
    opt(n, "number_symbol", m.number_symbol);
    opt(n, "issuer", m.issuer);
    opt(n, "parent_issuer", m.parent_issuer);
    opt(n, "place", m.place);
    opt(n, "issue_date", iso_date(m.issue_date));
    opt(n, "title", m.title);
    auto signer = n.append_child("signer");
    opt(signer, "authority", m.signer.authority);
    opt(signer, "position", m.signer.position);
    opt(signer, "name", m.signer.name);
    location(signer, m.signer.location);
    strings(n, "recipients", "recipient", m.recipients);
    strings(n, "addressees", "addressee", m.addressees);
    flag(n, "draft", m.draft);
    opt(n, "secrecy", m.secrecy);
    opt(n, "urgency", m.urgency);
    strings(n, "inferred", "field", m.inferred);
    if (m.year) number(n, "year", *m.year);
  }

  void paragraph(pugi::xml_node parent, const Paragraph& p) {
    auto n = parent.append_child("paragraph");
    text(n, "text", p.text);
    if (has_hints(p.style)) {
      auto s = n.append_child("style");
      const auto& st = p.style;
      if (st.bold) s.append_attribute("bold").set_value(true);
      if (st.italic) s.append_attribute("italic").set_value(true);
      if (st.centered) s.append_attribute("centered").set_value(true);
      if (st.caps) s.append_attribute("caps").set_value(true);
      if (st.heading_level != 0) s.append_attribute("heading_level").set_value(st.heading_level);
      if (st.auto_numbered) s.append_attribute("auto_numbered").set_value(true);
      if (st.hard_wrapped) s.append_attribute("hard_wrapped").set_value(true);
      if (!st.style_name.empty()) s.append_attribute("style_name").set_value(clean(st.style_name).c_str());
    }
    if (!p.footnote_marks.empty()) {
      auto marks = n.append_child("footnote_marks");
      for (const auto& m : p.footnote_marks) {
        auto mark = marks.append_child("footnote_mark");
        mark.append_attribute("id").set_value(clean(m.id).c_str());
        mark.append_attribute("offset").set_value(static_cast<unsigned long long>(m.offset));
      }
    }
    location(n, p.location);
  }

  void table(pugi::xml_node parent, const Table& t) {
    auto n = parent.append_child("table");
    if (t.borderless) n.append_attribute("borderless").set_value(true);
    auto rows = n.append_child("rows");
    for (const auto& row : t.rows) {
      auto cells = rows.append_child("row").append_child("cells");
      for (const auto& cell : row.cells) {
        auto c = cells.append_child("cell");
        if (cell.grid_span > 1) c.append_attribute("grid_span").set_value(cell.grid_span);
        if (cell.vmerge_continue) c.append_attribute("vmerge_continue").set_value(true);
        text(c, "text", cell_text(cell));
        auto paragraphs = c.append_child("paragraphs");
        for (const auto& p : cell.paragraphs) paragraph(paragraphs, p);
      }
    }
    location(n, t.location);
  }

  void block(pugi::xml_node n, const Block& b) {
    if (const auto* p = std::get_if<Paragraph>(&b)) paragraph(n, *p);
    else table(n, std::get<Table>(b));
  }

  void blocks(pugi::xml_node n, const Document& doc, BlockRange range) {
    for (const auto& b : blocks_in(doc, range)) block(n, b);
  }

  void blocks(pugi::xml_node n, const std::vector<const Block*>& list) {
    for (const Block* b : list) block(n, *b);
  }

  void sections(pugi::xml_node list, const Document& doc, const std::vector<Section>& items) {
    for (const auto& s : items) {
      auto n = list.append_child("section");
      text(n, "label", s.label);
      text(n, "key", s.key);
      text(n, "kind", to_string(s.kind));
      text(n, "path", s.path);
      text(n, "title", s.title);
      number(n, "level", s.level);
      location(n, s.location);
      if (options_.include_blocks) {
        blocks(n.append_child("heading"), doc, heading_range(s));
        blocks(n.append_child("blocks"), doc, s.blocks);
      }
      sections(n.append_child("children"), doc, s.children);
    }
  }

  void reference(pugi::xml_node n, const Reference& r) {
    text(n, "id", r.id);
    text(n, "text", r.text);
    opt(n, "type", r.type);
    opt(n, "type_code", r.type_code);
    opt(n, "number", r.number);
    opt(n, "number_symbol", r.number_symbol);
    opt(n, "date", iso_date(r.date));
    if (r.year) number(n, "year", *r.year);
    opt(n, "issuer", r.issuer);
    if (r.issuer_inferred) flag(n, "issuer_inferred", true);
    opt(n, "subject", r.subject);
    opt(n, "name", r.name);
    opt(n, "relation", r.relation);
    auto occurrences = n.append_child("occurrences");
    for (const auto& o : r.occurrences) {
      auto c = occurrences.append_child("occurrence");
      text(c, "text", o.text);
      text(c, "path", o.path);
      text(c, "where", o.where);
      location(c, o.location);
      if (o.part) {
        auto part = c.append_child("part");
        if (!o.part->diem.empty()) part.append_attribute("diem").set_value(o.part->diem.c_str());
        if (o.part->khoan) part.append_attribute("khoan").set_value(o.part->khoan);
        if (o.part->dieu) part.append_attribute("dieu").set_value(o.part->dieu);
      }
    }
  }

  void deadline(pugi::xml_node n, const Deadline& d) {
    text(n, "text", d.text);
    if (!d.value.empty()) text(n, "value", d.value);
    text(n, "kind", d.kind);
    text(n, "path", d.path);
    text(n, "sentence", d.sentence);
    opt(n, "assignee", d.assignee);
    if (d.kind == "relative") {
      opt(n, "duration", d.duration);
      if (d.duration) text(n, "duration_basis", d.working_days ? "working_days" : "calendar");
      opt(n, "anchor", d.anchor);
    }
    location(n, d.location);
  }

  void task(pugi::xml_node n, const Task& t) {
    text(n, "unit", t.unit);
    text(n, "role", t.role);
    text(n, "text", t.text);
    if (t.deadline) number(n, "deadline", static_cast<long long>(*t.deadline));
    text(n, "path", t.path);
  }

  void diagnostic(pugi::xml_node n, const Diagnostic& d) {
    text(n, "code", d.code);
    text(n, "severity", to_string(d.severity));
    text(n, "message", d.message);
    location(n, d.location);
  }

  void validation(pugi::xml_node n, const validate::ValidationResult& v) {
    text(n, "profile", validate::to_string(v.profile));
    auto findings = n.append_child("findings");
    for (const auto& f : v.findings) {
      auto item = findings.append_child("finding");
      text(item, "code", f.code);
      text(item, "severity", to_string(f.severity));
      text(item, "message", f.message);
      location(item, f.location);
      text(item, "excerpt", f.excerpt);
    }
  }

  const XmlOptions& options_;
  std::string scratch_;
};

}  // namespace

std::string to_xml(const Document& doc, const XmlOptions& options) {
  pugi::xml_document xml;
  auto decl = xml.append_child(pugi::node_declaration);
  decl.append_attribute("version").set_value("1.0");
  decl.append_attribute("encoding").set_value("UTF-8");
  XmlBuilder(options).document(doc, xml.append_child("document"));

  std::string out;
  StringSink sink(out);
  // format_raw writes no line breaks at all, so end the compact form with one ourselves.
  const unsigned flags = options.pretty ? pugi::format_indent : pugi::format_raw;
  xml.save(sink, "  ", flags, pugi::encoding_utf8);
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

}  // namespace vanban
