#include "write/json_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>

#include "write/document_parts.hpp"
#include "write/utf8_repair.hpp"

namespace vanban {
namespace {

/// Walks the Document and feeds a rapidjson writer (compact Writer or PrettyWriter). Field order is
/// fixed, so the same Document always gives the same bytes. rapidjson does all escaping; strings are
/// only repaired to well-formed UTF-8 first.
template <typename W>
class JsonEmitter {
 public:
  JsonEmitter(W& w, const JsonOptions& options) : w_(w), options_(options) {}

  void document(const Document& doc) {
    w_.StartObject();
    field("schema_version", kSchemaVersion);
    field("source", doc.source);
    field_or_null("format", format_name(doc.format));
    if (doc.ocr) {  // only for text read by OCR: every other output stays as it was
      flag("ocr", true);
      key("ocr_confidence");
      w_.Double(doc.ocr->confidence);
      integer("ocr_pages", doc.ocr->pages);
    }
    key("metadata");
    metadata(doc.metadata);
    key("preamble");
    w_.StartArray();
    for (auto text : preamble_texts(doc)) str(text);
    w_.EndArray();
    key("sections");
    sections(doc, doc.sections);
    key("footnotes");
    w_.StartArray();
    for (const auto& f : doc.footnotes) footnote(f);
    w_.EndArray();
    key("references");
    w_.StartArray();
    for (const auto& r : doc.references) reference(r);
    w_.EndArray();
    key("deadlines");
    w_.StartArray();
    for (const auto& d : doc.deadlines) deadline(d);
    w_.EndArray();
    key("tasks");
    w_.StartArray();
    for (const auto& t : doc.tasks) task(t);
    w_.EndArray();
    if (options_.include_blocks) {
      key("front");
      blocks(doc, doc.front);
      key("lead");
      blocks(blocks_outside_outline(doc, doc.body));
      key("closing");
      blocks(doc, doc.closing);
      key("appendices");
      blocks(blocks_outside_outline(doc, doc.appendices));
    }
    if (options_.include_diagnostics) {
      key("diagnostics");
      w_.StartArray();
      for (const auto& d : doc.diagnostics.items()) diagnostic(d);
      w_.EndArray();
    }
    if (options_.validation != nullptr) validation(*options_.validation);
    w_.EndObject();
  }

 private:
  // --- scalars -------------------------------------------------------------------------------
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) {
    s = repair_utf8(s, TextTarget::Json, scratch_);
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void field(std::string_view k, std::string_view v) {
    key(k);
    str(v);
  }
  void field(std::string_view k, const char* v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const std::string& v) { field(k, std::string_view(v)); }
  void field(std::string_view k, const std::optional<std::string>& v) {
    key(k);
    if (v) str(*v);
    else w_.Null();
  }
  /// For model fields whose "absent" is an empty string: written as null.
  void field_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) w_.Null();
    else str(v);
  }
  void flag(std::string_view k, bool v) {
    key(k);
    w_.Bool(v);
  }
  void integer(std::string_view k, std::int64_t v) {
    key(k);
    w_.Int64(v);
  }
  template <typename T>
  void integer_or_null(std::string_view k, const std::optional<T>& v) {
    key(k);
    if (v) w_.Int64(static_cast<std::int64_t>(*v));
    else w_.Null();
  }
  void strings(std::string_view k, const std::vector<std::string>& items) {
    key(k);
    w_.StartArray();
    for (const auto& s : items) str(s);
    w_.EndArray();
  }

  /// Known fields only: {} when nothing is known; "part" only for DOCX parts other than the body.
  void location(const SourceLocation& loc) {
    key("location");
    w_.StartObject();
    if (loc.page != 0) integer("page", loc.page);
    if (loc.line != 0) integer("line", loc.line);
    if (loc.column != 0) integer("column", loc.column);
    if (loc.paragraph != 0) integer("paragraph", loc.paragraph);
    if (loc.part != SourceLocation::Part::Body) field("part", part_name(loc.part));
    w_.EndObject();
  }

  // --- metadata ------------------------------------------------------------------------------
  void metadata(const Metadata& m) {
    w_.StartObject();
    field("doc_type", m.doc_type);
    field("doc_type_code", m.doc_type_code);
    field("number", m.number);
    field("symbol", m.symbol);
    field("number_symbol", m.number_symbol);
    field("issuer", m.issuer);
    field("parent_issuer", m.parent_issuer);
    field("place", m.place);
    field("issue_date", iso_date(m.issue_date));
    field("title", m.title);
    key("signer");
    w_.StartObject();
    field("authority", m.signer.authority);
    field("position", m.signer.position);
    field("name", m.signer.name);
    location(m.signer.location);
    w_.EndObject();
    strings("recipients", m.recipients);
    strings("addressees", m.addressees);
    flag("draft", m.draft);
    field("secrecy", m.secrecy);
    field("urgency", m.urgency);
    strings("inferred", m.inferred);
    if (m.year) integer("year", *m.year);  // only when inferred (schemas: optional)
    w_.EndObject();
  }

  // --- blocks --------------------------------------------------------------------------------
  /// Only the hints that are set.
  void style(const ParagraphStyle& s) {
    key("style");
    w_.StartObject();
    if (s.bold) flag("bold", true);
    if (s.italic) flag("italic", true);
    if (s.centered) flag("centered", true);
    if (s.caps) flag("caps", true);
    if (s.heading_level != 0) integer("heading_level", s.heading_level);
    if (s.auto_numbered) flag("auto_numbered", true);
    if (s.hard_wrapped) flag("hard_wrapped", true);
    if (!s.style_name.empty()) field("style_name", s.style_name);
    w_.EndObject();
  }

  void paragraph(const Paragraph& p) {
    w_.StartObject();
    field("type", "paragraph");
    field("text", p.text);
    if (has_hints(p.style)) style(p.style);
    if (!p.footnote_marks.empty()) {
      key("footnote_marks");
      w_.StartArray();
      for (const auto& m : p.footnote_marks) {
        w_.StartObject();
        field("id", m.id);
        integer("offset", static_cast<std::int64_t>(m.offset));
        w_.EndObject();
      }
      w_.EndArray();
    }
    location(p.location);
    w_.EndObject();
  }

  void cell(const TableCell& c) {
    w_.StartObject();
    field("text", cell_text(c));
    if (c.grid_span > 1) integer("grid_span", c.grid_span);
    if (c.vmerge_continue) flag("vmerge_continue", true);
    key("paragraphs");
    w_.StartArray();
    for (const auto& p : c.paragraphs) paragraph(p);
    w_.EndArray();
    w_.EndObject();
  }

  void table(const Table& t) {
    w_.StartObject();
    field("type", "table");
    if (t.borderless) flag("borderless", true);
    key("rows");
    w_.StartArray();
    for (const auto& row : t.rows) {
      w_.StartObject();
      key("cells");
      w_.StartArray();
      for (const auto& c : row.cells) cell(c);
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
    location(t.location);
    w_.EndObject();
  }

  void block(const Block& b) {
    if (const auto* p = std::get_if<Paragraph>(&b)) paragraph(*p);
    else table(std::get<Table>(b));
  }

  void blocks(const Document& doc, BlockRange range) {
    w_.StartArray();
    for (const auto& b : blocks_in(doc, range)) block(b);
    w_.EndArray();
  }

  void blocks(const std::vector<const Block*>& list) {
    w_.StartArray();
    for (const Block* b : list) block(*b);
    w_.EndArray();
  }

  // --- outline -------------------------------------------------------------------------------
  void sections(const Document& doc, const std::vector<Section>& list) {
    w_.StartArray();
    for (const auto& s : list) {
      w_.StartObject();
      field("label", s.label);
      field("key", s.key);
      field("kind", to_string(s.kind));
      field("path", s.path);
      field("title", s.title);
      integer("level", s.level);
      location(s.location);
      if (options_.include_blocks) {
        key("heading");
        blocks(doc, heading_range(s));
        key("blocks");
        blocks(doc, s.blocks);
      }
      key("children");
      sections(doc, s.children);
      w_.EndObject();
    }
    w_.EndArray();
  }

  // --- findings ------------------------------------------------------------------------------
  void footnote(const Footnote& f) {
    w_.StartObject();
    field("id", f.id);
    field("text", f.text);
    location(f.location);
    w_.EndObject();
  }

  void reference(const Reference& r) {
    w_.StartObject();
    field("id", r.id);
    field("text", r.text);
    field("type", r.type);
    field("type_code", r.type_code);
    field("number", r.number);
    field("number_symbol", r.number_symbol);
    field("date", iso_date(r.date));
    integer_or_null("year", r.year);
    field("issuer", r.issuer);
    if (r.issuer_inferred) flag("issuer_inferred", true);  // only when true (schemas: optional)
    field("subject", r.subject);
    field("name", r.name);
    field("relation", r.relation);
    key("occurrences");
    w_.StartArray();
    for (const auto& o : r.occurrences) {
      w_.StartObject();
      field("text", o.text);
      field("path", o.path);
      field("where", o.where);
      location(o.location);
      if (o.part) {  // only when the citation names a part (schemas: optional)
        key("part");
        w_.StartObject();
        if (!o.part->diem.empty()) field("diem", o.part->diem);
        if (o.part->khoan) integer("khoan", o.part->khoan);
        if (o.part->dieu) integer("dieu", o.part->dieu);
        w_.EndObject();
      }
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
  }

  void deadline(const Deadline& d) {
    w_.StartObject();
    field("text", d.text);
    field_or_null("value", d.value);
    field("kind", d.kind);
    field("path", d.path);
    field("sentence", d.sentence);
    field("assignee", d.assignee);
    if (d.kind == "relative") {  // only relative limits carry these (schemas: optional)
      field("duration", d.duration);
      field("duration_basis", d.duration ? std::optional<std::string>(d.working_days ? "working_days" : "calendar")
                                         : std::nullopt);
      field("anchor", d.anchor);
    }
    location(d.location);
    w_.EndObject();
  }

  void task(const Task& t) {
    w_.StartObject();
    field("unit", t.unit);
    field("role", t.role);
    field("text", t.text);
    integer_or_null("deadline", t.deadline);
    field("path", t.path);
    w_.EndObject();
  }

  void diagnostic(const Diagnostic& d) {
    w_.StartObject();
    field("code", d.code);
    field("severity", to_string(d.severity));
    field("message", d.message);
    location(d.location);
    w_.EndObject();
  }

  void validation(const validate::ValidationResult& v) {
    key("validation");
    w_.StartObject();
    field("profile", validate::to_string(v.profile));
    key("findings");
    w_.StartArray();
    for (const auto& f : v.findings) {
      w_.StartObject();
      field("code", f.code);
      field("severity", to_string(f.severity));
      field("message", f.message);
      location(f.location);
      field("excerpt", f.excerpt);
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
  }

  W& w_;
  const JsonOptions& options_;
  std::string scratch_;  // reused by repair_utf8 for the rare string that needs repair
};

template <typename W>
std::string emit(const Document& doc, const JsonOptions& options, const rapidjson::StringBuffer& buffer, W& writer) {
  JsonEmitter<W>(writer, options).document(doc);
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

}  // namespace

std::string to_json(const Document& doc, const JsonOptions& options) {
  rapidjson::StringBuffer buffer;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    return emit(doc, options, buffer, writer);
  }
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  return emit(doc, options, buffer, writer);
}

}  // namespace vanban
