#include "ingest/markdown/input_check.hpp"

#include <cstdio>
#include <string>

#include "text/normalizer.hpp"

namespace vanban::md {
namespace {

bool is_ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// At most one NUL byte per this many bytes of text is read as a stray character, not binary data.
constexpr std::size_t kTextBytesPerNul = 1000;

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

}  // namespace

SourceLocation locate_in_raw(std::string_view text, std::size_t offset) {
  SourceLocation loc;
  loc.line = 1;
  loc.column = 1;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++loc.line;
      loc.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++loc.column;
    }
  }
  return loc;
}

void report_invalid_utf8(const CheckedInput& input, std::size_t bad, Diagnostics& diagnostics) {
  const std::string_view text = input.text;
  const auto loc = locate_in_raw(text, bad);
  diagnostics.fatal("input.invalid-utf8",
                    "input is not valid UTF-8: invalid byte " + hex_byte(static_cast<unsigned char>(text[bad])) +
                        " at " + where(loc, bad + input.bom_bytes) +
                        "; expected UTF-8 text (if the file is in a legacy Vietnamese encoding, pass "
                        "--encoding tcvn3|vni|viscii|cp1258)",
                    loc);
}

std::optional<CheckedInput> check_text_input(std::string_view bytes, Diagnostics& diagnostics, Utf8Check utf8) {
  if (bytes.empty()) {
    diagnostics.fatal("input.empty", "input is empty (0 bytes): expected Markdown or plain text", {1, 1});
    return std::nullopt;
  }
  // UTF-16/32 text is full of NUL bytes; say what it is rather than "binary".
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    diagnostics.fatal("input.binary",
                      "input starts with a UTF-16/UTF-32 byte order mark at line 1, column 1: expected UTF-8 text "
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

  bool only_space = true;
  std::size_t controls = 0;
  std::size_t first_nul = std::string_view::npos;
  std::size_t nuls = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!is_ascii_space(c)) only_space = false;
    if (c == 0) {
      if (first_nul == std::string_view::npos) first_nul = i;
      ++nuls;
    }
    if (is_control(c)) ++controls;
  }
  if (only_space) {
    diagnostics.fatal("input.empty",
                      "input holds only whitespace (" + std::to_string(bytes.size()) +
                          " bytes, up to line " + std::to_string(locate_in_raw(text, text.size()).line) +
                          "): expected Markdown or plain text",
                      {1, 1});
    return std::nullopt;
  }
  // A PDF-to-text converter leaves a NUL where the page had a check box: a few NULs in a long text
  // are stray characters (blanked by the reader, with a warning); many of them mean binary data.
  if (first_nul != std::string_view::npos && nuls * kTextBytesPerNul <= text.size()) {
    const auto loc = locate_in_raw(text, first_nul);
    diagnostics.warning("input.nul-bytes",
                        std::to_string(nuls) + " NUL byte(s) in the text, the first at " +
                            where(loc, first_nul + in.bom_bytes) + ": read as spaces",
                        loc);
  } else if (first_nul != std::string_view::npos) {
    const auto loc = locate_in_raw(text, first_nul);
    diagnostics.fatal("input.binary",
                      "input looks binary: NUL byte at " + where(loc, first_nul + in.bom_bytes) +
                          "; expected UTF-8 text (Markdown or plain text)",
                      loc);
    return std::nullopt;
  }
  // Text may hold a few stray control characters; a file made mostly of them is not text.
  if (controls * 10 > text.size() * 3) {
    std::size_t first = 0;
    while (first < text.size() && !is_control(static_cast<unsigned char>(text[first]))) ++first;
    const auto loc = locate_in_raw(text, first);
    diagnostics.fatal("input.binary",
                      "input looks binary: " + std::to_string(controls) + " of " + std::to_string(text.size()) +
                          " bytes are control characters, the first at " + where(loc, first + in.bom_bytes) +
                          "; expected UTF-8 text",
                      loc);
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
