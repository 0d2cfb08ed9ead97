#include "ingest/markdown/input_check.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "text/normalizer.hpp"

namespace vanban::md {
namespace {

bool is_ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Text with more control bytes than this share (1 in 4) is not text: a real document with stray
/// NULs (check boxes lost by a PDF extractor) has a few per page, a binary file has them everywhere.
constexpr std::size_t kControlShareDivisor = 4;

bool is_control(unsigned char c) { return (c < 0x20 && !is_ascii_space(c)) || c == 0x7F; }

std::string where(const SourceLocation& loc, std::size_t byte_offset) {
  return "line " + std::to_string(loc.line) + ", column " + std::to_string(loc.column) + " (byte " +
         std::to_string(byte_offset) + ")";
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

bool lone_cr_at(std::string_view text, std::size_t i) {
  return text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
}

/// Locations of sorted offsets in one pass (each locate_in_raw call would scan from the start).
std::vector<SourceLocation> locate_sorted(std::string_view text, const std::vector<std::size_t>& offsets) {
  std::vector<SourceLocation> out;
  SourceLocation loc;
  loc.line = 1;
  loc.column = 1;
  std::size_t i = 0;
  for (const std::size_t target : offsets) {
    for (; i < target && i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '\n' || lone_cr_at(text, i)) {
        ++loc.line;
        loc.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++loc.column;
      }
    }
    out.push_back(loc);
  }
  return out;
}

/// "at line 3, column 5 (byte 40), line 9, column 1 (byte 300) and 12 more"; the first location
/// goes to `first` for the diagnostic's own location.
std::string places(const CheckedInput& input, const StrayCharacters::Kind& kind, SourceLocation& first) {
  const auto locs = locate_sorted(input.text, kind.first);
  std::string s = "at ";
  for (std::size_t i = 0; i < locs.size(); ++i) {
    if (i > 0) s += "; ";
    s += where(locs[i], kind.first[i] + input.bom_bytes);
  }
  if (kind.count > locs.size()) s += " and " + std::to_string(kind.count - locs.size()) + " more";
  if (!locs.empty()) first = locs.front();
  return s;
}

}  // namespace

SourceLocation locate_in_raw(std::string_view text, std::size_t offset) {
  return locate_sorted(text, {std::min(offset, text.size())}).front();
}

void report_invalid_utf8(const CheckedInput& input, std::size_t bad, Diagnostics& diagnostics) {
  const std::string_view text = input.text;
  const auto loc = locate_in_raw(text, bad);
  // Random bytes (an image, an archive) are invalid UTF-8 almost everywhere and hold control bytes (1 in 10):
  // call them binary, not a text in the wrong encoding (8-bit text in an unknown code page has no controls).
  std::size_t invalid = 0;
  for (std::string_view rest = text.substr(bad); !rest.empty();) {
    const auto next = text::first_invalid_utf8(rest);
    if (!next) break;
    ++invalid;
    rest.remove_prefix(*next + 1);
  }
  const std::size_t controls = input.stray.nul.count + input.stray.control.count;
  const std::size_t odd = invalid + controls;
  if (odd * kControlShareDivisor > text.size() && controls * 20 > text.size()) {
    diagnostics.fatal("input.binary",
                      "input looks binary: " + std::to_string(odd) + " of " + std::to_string(text.size()) +
                          " bytes are control characters or not UTF-8 (more than 1 in " +
                          std::to_string(kControlShareDivisor) + "), the first invalid byte " +
                          hex_byte(static_cast<unsigned char>(text[bad])) + " at " + where(loc, bad + input.bom_bytes) +
                          "; expected UTF-8 text (Markdown or plain text)",
                      loc);
    return;
  }
  diagnostics.fatal("input.invalid-utf8",
                    "input is not valid UTF-8: invalid byte " + hex_byte(static_cast<unsigned char>(text[bad])) +
                        " at " + where(loc, bad + input.bom_bytes) +
                        "; expected UTF-8 text (if the file is in a legacy Vietnamese encoding, pass "
                        "--encoding tcvn3|vni|viscii|cp1258)",
                    loc);
}

void report_stray_characters(const CheckedInput& input, bool legacy, Diagnostics& diagnostics) {
  const StrayCharacters& s = input.stray;
  SourceLocation loc;
  if (s.nul.count > 0) {
    const std::string at = places(input, s.nul, loc);
    diagnostics.warning("input.nul-bytes", std::to_string(s.nul.count) + " NUL byte(s) in the text, read as spaces, " + at,
                        loc);
  }
  if (legacy) return;  // VISCII capitals are C0 bytes; the decoder turned them into letters
  if (s.control.count > 0) {
    std::string which;
    for (std::size_t b = 1; b < s.control_bytes.size(); ++b) {
      if (s.control_bytes[b] == 0) continue;
      if (!which.empty()) which += ", ";
      which += hex_byte(static_cast<unsigned char>(b == 32 ? 0x7F : b)) + " x" + std::to_string(s.control_bytes[b]);
    }
    const std::string at = places(input, s.control, loc);
    diagnostics.warning("input.control-chars", std::to_string(s.control.count) + " control character(s) (" + which +
                                                   ") in the text, read as spaces, " + at,
                        loc);
  }
  if (s.inner_bom.count > 0) {
    const std::string at = places(input, s.inner_bom, loc);
    diagnostics.warning("input.bom-inside", std::to_string(s.inner_bom.count) +
                                                " byte order mark(s) (U+FEFF) inside the text (files joined together?), "
                                                "removed, " + at,
                        loc);
  }
  if (s.lone_cr.count > 0) {
    const std::string at = places(input, s.lone_cr, loc);
    std::string mix = std::to_string(s.lone_cr.count) + " CR alone";
    if (s.crlf > 0) mix += ", " + std::to_string(s.crlf) + " CRLF";
    if (s.lf > 0) mix += ", " + std::to_string(s.lf) + " LF alone";
    diagnostics.warning("input.line-ends", "line ends are old Mac CRs or mixed (" + mix +
                                               "): each CR alone is read as a line break; the first " + at,
                        loc);
  }
}

std::optional<CheckedInput> check_text_input(std::string_view bytes, Diagnostics& diagnostics, Utf8Check utf8,
                                             std::size_t max_line_bytes) {
  if (bytes.empty()) {
    diagnostics.fatal("input.empty", "input is empty (0 bytes): expected Markdown or plain text", {1, 1});
    return std::nullopt;
  }
  // UTF-16 was decoded before (utf16_input.hpp); UTF-32 is full of NULs: say what it is rather than "binary".
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) || bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    diagnostics.fatal("input.binary",
                      "input starts with a UTF-32 byte order mark at line 1, column 1: expected UTF-8 text "
                      "(save the file as UTF-8)",
                      {1, 1});
    return std::nullopt;
  }
  CheckedInput in;
  in.text = bytes;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    in.bom_bytes = 3;
    in.text = bytes.substr(3);
  }
  const std::string_view text = in.text;
  StrayCharacters& stray = in.stray;

  bool only_space = true;
  std::size_t line_start = 0, longest = 0, line_no = 1, longest_line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || (c == '\r' && lone_cr_at(text, i))) {
      if (c == '\r') stray.lone_cr.add(i);
      else if (i > 0 && text[i - 1] == '\r') ++stray.crlf;
      else ++stray.lf;
      if (i - line_start > longest) {
        longest = i - line_start;
        longest_line = line_no;
      }
      line_start = i + 1;
      ++line_no;
      continue;
    }
    if (!is_ascii_space(c)) only_space = false;
    if (c == 0) {
      stray.nul.add(i);
      ++stray.control_bytes[0];
    } else if (is_control(c)) {
      stray.control.add(i);
      ++stray.control_bytes[c == 0x7F ? 32 : c];
    } else if (c == 0xEF && text.substr(i, 3) == "\xEF\xBB\xBF") {
      stray.inner_bom.add(i);
    }
  }
  if (text.size() - line_start > longest) {
    longest = text.size() - line_start;
    longest_line = line_no;
  }
  if (only_space) {
    diagnostics.fatal("input.empty",
                      "input holds only whitespace (" + std::to_string(bytes.size()) +
                          " bytes, up to line " + std::to_string(line_no) + "): expected Markdown or plain text",
                      {1, 1});
    return std::nullopt;
  }
  // Stray NULs and controls are read as spaces (report_stray_characters); a file made mostly of them is not text.
  const std::size_t controls = stray.nul.count + stray.control.count;
  if (controls * kControlShareDivisor > text.size()) {
    const std::size_t first = std::min(stray.nul.first.empty() ? text.size() : stray.nul.first.front(),
                                       stray.control.first.empty() ? text.size() : stray.control.first.front());
    const auto loc = locate_in_raw(text, first);
    diagnostics.fatal("input.binary",
                      "input looks binary: " + std::to_string(controls) + " of " + std::to_string(text.size()) +
                          " bytes are NUL or other control characters (more than 1 in " +
                          std::to_string(kControlShareDivisor) + "), the first at " + where(loc, first + in.bom_bytes) +
                          "; expected UTF-8 text (Markdown or plain text)",
                      loc);
    return std::nullopt;
  }
  // A line this long is no document's: a dump, or a file whose line ends were lost; refused before any
  // stage that works line by line spends time on it.
  if (longest > max_line_bytes) {
    diagnostics.fatal("input.limit-line-length",
                      "line " + std::to_string(longest_line) + " is " + std::to_string(longest) +
                          " bytes long, over the limit of " + std::to_string(max_line_bytes) +
                          " bytes per line (raise it with --max-line-bytes)",
                      {static_cast<std::uint32_t>(longest_line), 1});
    return std::nullopt;
  }
  if (utf8 == Utf8Check::Reject) {
    if (auto bad = text::first_invalid_utf8(text)) {
      report_invalid_utf8(in, *bad, diagnostics);
      return std::nullopt;
    }
  }
  return in;
}

}  // namespace vanban::md
