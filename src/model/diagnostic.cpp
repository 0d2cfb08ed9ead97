#include "model/diagnostic.hpp"

#include <algorithm>

namespace vanban {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Fatal: return "fatal";
  }
  return "unknown";
}

bool Diagnostics::has_fatal() const {
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Fatal; });
}

std::string format_diagnostic(std::string_view file, const Diagnostic& d) {
  std::string out(file);
  const auto& loc = d.location;
  if (loc.page != 0) {
    // PDF: the page first, then the line within the page (no column: the layout's columns are spaces).
    out += ": page " + std::to_string(loc.page);
    if (loc.line != 0) out += ", line " + std::to_string(loc.line);
  } else if (loc.line != 0) {
    out += ':' + std::to_string(loc.line);
    if (loc.column != 0) out += ':' + std::to_string(loc.column);
  } else if (loc.paragraph != 0) {
    static constexpr std::string_view parts[] = {"", "footnotes ", "endnotes ", "header "};
    out += std::string(": ") + std::string(parts[static_cast<int>(loc.part)]) + "paragraph " + std::to_string(loc.paragraph);
  }
  out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  return out;
}

}  // namespace vanban
