#pragma once
// Helpers shared by the recognizer targets: a Document built straight from raw fuzz bytes, one
// paragraph per line, so that a pass sees text no reader would produce (long lines, odd labels).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/document.hpp"
#include "text/normalizer.hpp"
#include "text/text_kit.hpp"

namespace vanban::fuzz {

/// Invalid UTF-8 bytes become '?', control bytes spaces (readers guarantee both), then NFC.
inline std::string clean_line(std::string_view line, const text::TextKit& kit) {
  std::string out;
  out.reserve(line.size());
  while (!line.empty()) {
    const auto bad = text::first_invalid_utf8(line);
    const std::size_t good = bad ? *bad : line.size();
    out.append(line.substr(0, good));
    if (!bad) break;
    out.push_back('?');
    line.remove_prefix(good + 1);
  }
  for (char& c : out)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) c = ' ';
  return kit.normalizer.nfc(out);
}

/// One paragraph per line of `bytes`; every range is the whole document (a pass run alone).
inline Document document_from_lines(const std::uint8_t* data, std::size_t size, const text::TextKit& kit) {
  Document doc;
  doc.format = InputFormat::Markdown;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::uint32_t line_no = 1;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    Paragraph p;
    p.text = clean_line(line, kit);
    p.location.line = line_no++;
    p.location.column = 1;
    if (!p.text.empty()) doc.blocks.emplace_back(std::move(p));
  }
  doc.body = {0, doc.blocks.size()};
  return doc;
}

/// A recognizer target's whole body: `Pass`, built once with its TextKit, on the raw bytes as lines.
template <class Pass>
int run_pass_on_lines(const std::uint8_t* data, std::size_t size) {
  static const text::TextKit kit;
  static const Pass pass(kit);
  Document doc = document_from_lines(data, size, kit);
  pass.run(doc);
  return 0;
}

}  // namespace vanban::fuzz
