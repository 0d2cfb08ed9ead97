// SARIF 2.1.0 output of `vanban validate` (the OASIS Static Analysis Results Interchange Format), written with
// rapidjson like the JSON writer. tests/validate/sarif-schema-2.1.0.json is the schema it is tested against.
#include "validate/sarif_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string_view>

#include "validate/rule_table.hpp"

namespace vanban::validate {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void key_str(Writer& w, const char* key, std::string_view s) {
  w.Key(key);
  str(w, s);
}

void text_message(Writer& w, const char* key, std::string_view text) {
  w.Key(key);
  w.StartObject();
  key_str(w, "text", text);
  w.EndObject();
}

/// SARIF levels: note, warning, error (a fatal diagnostic never becomes a finding, but maps to error).
std::string_view level(Severity s) {
  switch (s) {
    case Severity::Info: return "note";
    case Severity::Warning: return "warning";
    default: return "error";
  }
}

std::string_view part_name(SourceLocation::Part p) {
  switch (p) {
    case SourceLocation::Part::Footnotes: return "footnotes";
    case SourceLocation::Part::Endnotes: return "endnotes";
    case SourceLocation::Part::Header: return "header";
    default: return "body";
  }
}

void profile_list(Writer& w, unsigned bits) {
  w.StartArray();
  for (auto p : {Profile::Nd30, Profile::Party, Profile::Normative}) {
    if (bits & bit(p)) str(w, to_string(p));
  }
  w.EndArray();
}

void rule(Writer& w, const RuleInfo& r) {
  w.StartObject();
  key_str(w, "id", r.code);
  key_str(w, "name", r.name);
  text_message(w, "shortDescription", r.summary);
  text_message(w, "fullDescription", std::string(r.summary) + " (family " + std::string(r.family) + ")");
  w.Key("defaultConfiguration");
  w.StartObject();
  key_str(w, "level", level(r.severity));
  w.EndObject();
  text_message(w, "help", std::string(r.summary) + "\nExample: " + std::string(r.example));
  w.Key("properties");
  w.StartObject();
  key_str(w, "family", r.family);
  w.Key("profiles");
  profile_list(w, r.profiles);
  w.EndObject();
  w.EndObject();
}

void artifact_location(Writer& w, const std::string& path, int index) {
  w.Key("artifactLocation");
  w.StartObject();
  key_str(w, "uri", path_to_uri(path));
  w.Key("index");
  w.Int(index);
  w.EndObject();
}

void location(Writer& w, const SarifArtifact& a, int index, const Finding& f) {
  w.StartObject();
  w.Key("physicalLocation");
  w.StartObject();
  artifact_location(w, a.path, index);
  const bool lines = !a.docx && f.location.line != 0;
  if (lines || !f.excerpt.empty()) {
    w.Key("region");
    w.StartObject();
    if (lines) {
      w.Key("startLine");
      w.Uint(f.location.line);
      if (f.location.column != 0) {
        w.Key("startColumn");
        w.Uint(f.location.column);
      }
    }
    if (!f.excerpt.empty()) {
      w.Key("snippet");
      w.StartObject();
      key_str(w, "text", f.excerpt);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndObject();
  if (a.docx && f.location.paragraph != 0) {
    const std::string part(part_name(f.location.part));
    const std::string name = "paragraph[" + std::to_string(f.location.paragraph) + "]";
    w.Key("logicalLocations");
    w.StartArray();
    w.StartObject();
    key_str(w, "name", name);
    key_str(w, "fullyQualifiedName", part + "/" + name);
    key_str(w, "kind", "element");
    w.EndObject();
    w.EndArray();
    w.Key("properties");
    w.StartObject();
    key_str(w, "part", part);
    w.Key("paragraph");
    w.Uint(f.location.paragraph);
    w.EndObject();
  }
  w.EndObject();
}

int rule_index(std::string_view code) {
  const auto rules = rule_table();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string path_to_uri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                      c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string sarif_log(const std::vector<SarifArtifact>& artifacts) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  key_str(w, "$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  key_str(w, "version", "2.1.0");
  w.Key("runs");
  w.StartArray();
  w.StartObject();

  w.Key("tool");
  w.StartObject();
  w.Key("driver");
  w.StartObject();
  key_str(w, "name", "vanban");
  key_str(w, "version", VANBAN_VERSION);
  key_str(w, "semanticVersion", VANBAN_VERSION);
  w.Key("rules");
  w.StartArray();
  for (const auto& r : rule_table()) rule(w, r);
  w.EndArray();
  w.EndObject();
  w.EndObject();

  bool all_read = true;
  for (const auto& a : artifacts) all_read = all_read && a.error.empty();
  w.Key("invocations");
  w.StartArray();
  w.StartObject();
  w.Key("executionSuccessful");
  w.Bool(all_read);
  if (!all_read) {
    w.Key("toolExecutionNotifications");
    w.StartArray();
    for (std::size_t i = 0; i < artifacts.size(); ++i) {
      if (artifacts[i].error.empty()) continue;
      w.StartObject();
      key_str(w, "level", "error");
      text_message(w, "message", artifacts[i].error);
      w.Key("locations");
      w.StartArray();
      w.StartObject();
      w.Key("physicalLocation");
      w.StartObject();
      artifact_location(w, artifacts[i].path, static_cast<int>(i));
      w.EndObject();
      w.EndObject();
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  w.EndArray();

  w.Key("artifacts");
  w.StartArray();
  for (const auto& a : artifacts) {
    w.StartObject();
    w.Key("location");
    w.StartObject();
    key_str(w, "uri", path_to_uri(a.path));
    w.EndObject();
    w.Key("roles");
    w.StartArray();
    str(w, "analysisTarget");
    w.EndArray();
    if (a.docx) {
      key_str(w, "mimeType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    } else {
      key_str(w, "encoding", "UTF-8");
    }
    w.EndObject();
  }
  w.EndArray();

  key_str(w, "columnKind", "unicodeCodePoints");
  w.Key("results");
  w.StartArray();
  for (std::size_t i = 0; i < artifacts.size(); ++i) {
    const auto& a = artifacts[i];
    for (const auto& f : a.findings) {
      w.StartObject();
      key_str(w, "ruleId", f.code);
      if (const int at = rule_index(f.code); at >= 0) {
        w.Key("ruleIndex");
        w.Int(at);
      }
      key_str(w, "level", level(f.severity));
      text_message(w, "message", f.message);
      w.Key("locations");
      w.StartArray();
      location(w, a, static_cast<int>(i), f);
      w.EndArray();
      w.EndObject();
    }
  }
  w.EndArray();

  w.EndObject();
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace vanban::validate
