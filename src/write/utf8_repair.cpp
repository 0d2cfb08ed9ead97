#include "write/utf8_repair.hpp"

#include <cstddef>
#include <cstdint>

namespace vanban {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the well-formed UTF-8 sequence starting at text[i] and its code point, or 0 when ill-formed
/// (overlong forms, surrogates and values above U+10FFFF are ill-formed, as in the Unicode standard).
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const std::uint8_t b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool allowed(char32_t cp, TextTarget target) {
  if (target == TextTarget::Json) return true;
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string_view repair_utf8(std::string_view text, TextTarget target, std::string& scratch) {
  std::size_t i = 0;
  char32_t cp = 0;
  // Fast path: most text is fine and is returned without a copy.
  while (i < text.size()) {
    const std::size_t len = decode(text, i, cp);
    if (len == 0 || !allowed(cp, target)) break;
    i += len;
  }
  if (i == text.size()) return text;

  scratch.assign(text.substr(0, i));
  while (i < text.size()) {
    const std::size_t len = decode(text, i, cp);
    if (len == 0) {
      scratch += kReplacement;  // one replacement per bad byte: simple and never loses sync
      ++i;
    } else {
      if (allowed(cp, target)) scratch.append(text.substr(i, len));
      else scratch += kReplacement;
      i += len;
    }
  }
  return scratch;
}

}  // namespace vanban
