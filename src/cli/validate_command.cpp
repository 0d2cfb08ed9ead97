// `vanban validate`: converts each document and runs the rule book of src/validate/ over it; prints the
// findings like a compiler (file:line:col: severity[CODE]: message, the line, a caret) or as JSON.
#include <boost/program_options.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "api/converter.hpp"
#include "batch/input_walk.hpp"
#include "cli/command.hpp"
#include "cli/command_line.hpp"
#include "cli/convert_flags.hpp"
#include "cli/exit_codes.hpp"
#include "cli/today.hpp"
#include "io/file_io.hpp"
#include "validate/rule_table.hpp"
#include "validate/sarif_writer.hpp"
#include "validate/validator.hpp"

namespace po = boost::program_options;

namespace vanban::cli {
namespace {

using validate::Finding;
using validate::RuleInfo;

constexpr const char* kExamples =
    "Examples:\n"
    "  vanban validate plan.docx                     findings like a compiler's\n"
    "  vanban validate archive/ --format json        every document under a folder, as JSON\n"
    "  vanban validate archive/ --format sarif       SARIF 2.1.0, for code-scanning viewers\n"
    "  vanban validate plan.md --fail-on warning     exit 1 on warnings too\n"
    "  vanban validate plan.md --ignore VB302        without one rule\n"
    "  vanban validate --list-rules                  the rule book with examples\n"
    "\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad command line,\n"
    "3 an input unreadable or rejected.\n";

struct Style {
  bool color = false;
  std::string_view bold() const { return color ? "\x1b[1m" : ""; }
  std::string_view reset() const { return color ? "\x1b[0m" : ""; }
  std::string_view caret() const { return color ? "\x1b[1;32m" : ""; }
  std::string_view severity(Severity s) const {
    if (!color) return "";
    switch (s) {
      case Severity::Info: return "\x1b[1;36m";
      case Severity::Warning: return "\x1b[1;35m";
      default: return "\x1b[1;31m";
    }
  }
};

std::string_view profiles_text(unsigned bits, std::string& scratch) {
  scratch.clear();
  for (auto p : {validate::Profile::Nd30, validate::Profile::Party, validate::Profile::Normative}) {
    if ((bits & validate::bit(p)) == 0) continue;
    if (!scratch.empty()) scratch += ',';
    scratch += validate::to_string(p);
  }
  return scratch;
}

void list_rules(std::ostream& out) {
  std::string scratch;
  for (const RuleInfo& r : validate::rule_table()) {
    out << r.code << "  " << r.name << "  [" << to_string(r.severity) << "; " << profiles_text(r.profiles, scratch)
        << "]\n    " << r.summary << "\n    example: " << r.example << "\n";
  }
}

std::vector<std::string> split_codes(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::stringstream in(v);
    std::string code;
    while (std::getline(in, code, ',')) {
      if (!code.empty()) out.push_back(code);
    }
  }
  return out;
}

/// UTF-8 code point boundaries of `s`: cut[i] is the byte where code point i starts.
std::vector<std::size_t> code_point_starts(std::string_view s) {
  std::vector<std::size_t> cut;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) cut.push_back(i);
  }
  cut.push_back(s.size());
  return cut;
}

/// The line to show and the caret's code point in it: the source line for text inputs, else the excerpt.
/// Long lines (a Markdown table row) are cut to a window around the caret.
void print_excerpt(std::ostream& out, const Style& style, std::string_view gutter, std::string_view line, std::size_t caret,
                   bool show_caret) {
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
  const auto cut = code_point_starts(line);
  const std::size_t n = cut.size() - 1;
  constexpr std::size_t kWidth = 110;
  std::size_t from = 0;
  if (n > kWidth && caret > 40) from = std::min(caret - 40, n - std::min(n, kWidth - 1));
  const std::size_t to = std::min(n, from + kWidth);
  std::string shown;
  if (from > 0) shown += "…";
  shown.append(line.substr(cut[from], cut[to] - cut[from]));
  if (to < n) shown += "…";
  for (auto& c : shown) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  out << gutter << " | " << shown << "\n";
  if (!show_caret) return;
  std::size_t pad = caret >= from ? caret - from + (from > 0 ? 1 : 0) : 0;
  out << std::string(code_point_starts(gutter).size() - 1, ' ') << " | " << std::string(pad, ' ') << style.caret() << "^" << style.reset() << "\n";
}

std::string location_text(const SourceLocation& loc) {
  std::string out;  // appended piece by piece: GCC 12 warns (-Wrestrict) on ":" + to_string(…) chains
  if (loc.page != 0) {  // PDF: as format_diagnostic() prints it
    out += ": page ";
    out += std::to_string(loc.page);
    if (loc.line != 0) {
      out += ", line ";
      out += std::to_string(loc.line);
    }
  } else if (loc.line != 0) {
    out += ':';
    out += std::to_string(loc.line);
    if (loc.column != 0) {
      out += ':';
      out += std::to_string(loc.column);
    }
  } else if (loc.paragraph != 0) {
    static constexpr std::string_view parts[] = {"", "footnotes ", "endnotes ", "header "};
    out += ": ";
    out += parts[static_cast<int>(loc.part)];
    out += "paragraph ";
    out += std::to_string(loc.paragraph);
  }
  return out;
}

/// DOCX and .doc have paragraphs, a PDF's lines are those of its text layer: none is a line of the file itself
/// (SARIF regions, excerpts read from the bytes).
bool has_no_lines(InputFormat format) {
  return format == InputFormat::Docx || format == InputFormat::Doc || format == InputFormat::Pdf;
}

/// The source's line `n` (1-based), or empty.
std::string_view source_line(std::string_view bytes, std::uint32_t n) {
  std::size_t start = 0;
  for (std::uint32_t i = 1; i < n; ++i) {
    start = bytes.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  const auto end = bytes.find('\n', start);
  return bytes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

void print_text(std::ostream& out, const Style& style, const std::string& file, const Document& doc, std::string_view bytes,
                const std::vector<Finding>& findings) {
  for (const auto& f : findings) {
    out << style.bold() << file << location_text(f.location) << ": " << style.reset() << style.severity(f.severity)
        << to_string(f.severity) << "[" << f.code << "]" << style.reset() << ": " << f.message << "\n";
    // Only a text input's bytes are its lines (a PDF's line is one of its text layer, a .doc has paragraphs).
    if (doc.format == InputFormat::Markdown && f.location.line != 0) {
      const std::string_view line = source_line(bytes, f.location.line);
      if (!line.empty()) {
        print_excerpt(out, style, std::to_string(f.location.line), line, f.location.column > 0 ? f.location.column - 1 : 0,
                      f.location.column != 0);
        continue;
      }
    }
    if (!f.excerpt.empty()) {
      std::string_view first = f.excerpt;
      print_excerpt(out, style, f.location.paragraph ? "¶" + std::to_string(f.location.paragraph) : std::string(" "), first,
                    f.excerpt_column, true);
    }
  }
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void json_file(JsonWriter& w, const std::string& file, const validate::ValidationResult* result, std::string_view error) {
  w.StartObject();
  w.Key("file");
  json_string(w, file);
  if (result == nullptr) {
    w.Key("error");
    json_string(w, error);
    w.EndObject();
    return;
  }
  w.Key("profile");
  json_string(w, validate::to_string(result->profile));
  w.Key("findings");
  w.StartArray();
  for (const auto& f : result->findings) {
    w.StartObject();
    w.Key("code");
    json_string(w, f.code);
    if (const auto* rule = validate::find_rule(f.code)) {
      w.Key("rule");
      json_string(w, rule->name);
    }
    w.Key("severity");
    json_string(w, to_string(f.severity));
    w.Key("message");
    json_string(w, f.message);
    w.Key("location");
    w.StartObject();
    if (f.location.line) {
      w.Key("line");
      w.Uint(f.location.line);
      w.Key("column");
      w.Uint(f.location.column);
    }
    if (f.location.paragraph) {
      w.Key("paragraph");
      w.Uint(f.location.paragraph);
    }
    w.EndObject();
    w.Key("excerpt");
    json_string(w, f.excerpt);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

int run_validate(const std::vector<std::string_view>& raw_args) {
  std::string profile = "auto", format = "text", fail_on = "error", today;
  std::vector<std::string> rules, ignored;
  bool list = false;
  ConvertFlags flags;

  po::options_description opts("Options");
  opts.add_options()
      ("help,h", "show this help")
      ("profile", po::value(&profile), "rule book: auto (default: from the document), nd30, party or normative")
      ("format", po::value(&format), "output: text (default), json, or sarif (SARIF 2.1.0)")
      ("fail-on", po::value(&fail_on), "exit 1 when a finding is at or above this severity: error (default), warning, info")
      ("rule", po::value(&rules)->composing(), "run only this rule (repeat, or CODE,CODE)")
      ("ignore", po::value(&ignored)->composing(), "do not run this rule (repeat, or CODE,CODE)")
      ("today", po::value(&today), "the date to check against, YYYY-MM-DD (default: today, UTC)")
      ("list-rules", po::bool_switch(&list), "print every rule: code, severity, profiles, summary, example");
  flags.add_to(opts);
  std::vector<std::string> inputs;
  if (auto done = parse_command_line("validate", raw_args, opts, inputs, "Usage: vanban validate FILE|DIR... [options]", kExamples)) {
    return *done;
  }
  if (list) {
    list_rules(std::cout);
    return kOk;
  }
  validate::ValidateOptions voptions;
  if (profile != "auto") {
    voptions.profile = validate::profile_from_string(profile);
    if (!voptions.profile) return usage_error("validate", "--profile must be auto, nd30, party or normative, not '" + profile + "'");
  }
  if (format != "text" && format != "json" && format != "sarif") {
    return usage_error("validate", "--format must be text, json or sarif, not '" + format + "'");
  }
  Severity threshold = Severity::Error;
  if (fail_on == "warning") {
    threshold = Severity::Warning;
  } else if (fail_on == "info") {
    threshold = Severity::Info;
  } else if (fail_on != "error") {
    return usage_error("validate", "--fail-on must be error, warning or info, not '" + fail_on + "'");
  }
  for (const auto& [list_of, target] : {std::pair{&rules, &voptions.rules}, std::pair{&ignored, &voptions.ignored}}) {
    for (const auto& code : split_codes(*list_of)) {
      if (validate::find_rule(code) == nullptr) return usage_error("validate", "unknown rule '" + code + "' (see --list-rules)");
      target->insert(code);
    }
  }
  voptions.today = today_utc();
  if (!today.empty() && !parse_iso_date(today, voptions.today)) {
    return usage_error("validate", "--today must be a date YYYY-MM-DD, not '" + today + "'");
  }
  if (inputs.empty()) return usage_error("validate", "no input file or folder");
  ConvertOptions options;
  std::string flag_error;
  if (!flags.apply(options, flag_error)) return usage_error("validate", flag_error);

  Style style;
  style.color = format == "text" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  Converter converter;
  validate::Validator validator(converter);
  bool unreadable = false, failed = false;
  std::vector<validate::SarifArtifact> sarif;
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  if (format == "json") {
    json.StartObject();
    json.Key("files");
    json.StartArray();
  }

  auto on_document = [&](batch::InputFile&& in) {
    const std::string file = in.path.string();
    std::string bytes, error;
    if (io::read_input(file, options.read.limits.max_input_bytes, bytes, error) != io::ReadStatus::Ok) {
      std::cerr << file << ": error: " << error << " [input.unreadable]\n";
      unreadable = true;
      if (format == "json") json_file(json, file, nullptr, error);
      if (format == "sarif") sarif.push_back({file, false, {}, error});
      return;
    }
    ConvertOptions one = options;
    one.read.source_name = file;
    const Document doc = converter.convert(bytes, one);
    if (doc.diagnostics.has_fatal()) {
      std::string why;
      for (const auto& d : doc.diagnostics.items()) {
        if (d.severity == Severity::Fatal) {
          std::cerr << format_diagnostic(file, d) << "\n";
          if (why.empty()) why = d.message;
        }
      }
      unreadable = true;
      if (format == "json") json_file(json, file, nullptr, why);
      if (format == "sarif") sarif.push_back({file, has_no_lines(doc.format), {}, why});
      return;
    }
    const auto result = validator.validate(doc, voptions);
    for (const auto& f : result.findings) {
      if (f.severity >= threshold) failed = true;
    }
    if (format == "json") {
      json_file(json, file, &result, {});
    } else if (format == "sarif") {
      sarif.push_back({file, has_no_lines(doc.format), result.findings, {}});
    } else {
      print_text(std::cout, style, file, doc, bytes, result.findings);
    }
  };
  auto on_skip = [&](batch::SkippedInput&& skipped) {
    // A file given by name that is not a document is still read; only folder entries are skipped quietly.
    if (skipped.reason == "no such file or folder") {
      std::cerr << skipped.path << ": error: " << skipped.reason << " [input.unreadable]\n";
      unreadable = true;
      if (format == "json") json_file(json, skipped.path, nullptr, skipped.reason);
      if (format == "sarif") sarif.push_back({skipped.path, false, {}, skipped.reason});
    }
  };
  batch::WalkOptions walk;
  walk.roots = inputs;
  batch::walk_inputs(walk, std::cin, on_document, on_skip);

  if (format == "json") {
    json.EndArray();
    json.EndObject();
    std::cout << buffer.GetString() << "\n";
  }
  if (format == "sarif") std::cout << validate::sarif_log(sarif);
  std::cout.flush();
  if (unreadable) return kCannotRead;
  return failed ? 1 : kOk;
}

}  // namespace vanban::cli
