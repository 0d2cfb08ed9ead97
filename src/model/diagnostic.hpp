#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/location.hpp"

namespace vanban {

/// Fatal: the input cannot be converted at all. Error: a part of the document was lost or is
/// wrong. Warning: something a clerk should look at. Info: what the converter did (e.g. repaired).
enum class Severity { Info, Warning, Error, Fatal };

std::string_view to_string(Severity s);

/// A problem found in a document, printed like a compiler's: file:line:col: severity: message [code].
struct Diagnostic {
  std::string code;  ///< stable machine-readable code, e.g. "input.empty", "md.footnote-unmatched"
  Severity severity = Severity::Warning;
  std::string message;  ///< one sentence, says what was expected
  SourceLocation location;
};

/// Collects diagnostics from every stage of one conversion.
class Diagnostics {
 public:
  void add(std::string code, Severity severity, std::string message, SourceLocation loc = {}) {
    items_.push_back({std::move(code), severity, std::move(message), loc});
  }
  void info(std::string code, std::string message, SourceLocation loc = {}) { add(std::move(code), Severity::Info, std::move(message), loc); }
  void warning(std::string code, std::string message, SourceLocation loc = {}) { add(std::move(code), Severity::Warning, std::move(message), loc); }
  void error(std::string code, std::string message, SourceLocation loc = {}) { add(std::move(code), Severity::Error, std::move(message), loc); }
  void fatal(std::string code, std::string message, SourceLocation loc = {}) { add(std::move(code), Severity::Fatal, std::move(message), loc); }

  bool has_fatal() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

/// "file:12:3: error: message [code]" (or "file: paragraph 12: ..." for DOCX paragraphs,
/// "file: page 2, line 12: ..." for PDF).
std::string format_diagnostic(std::string_view file, const Diagnostic& d);

}  // namespace vanban
