#include "ingest/docx/symbol_chars.hpp"

#include <algorithm>
#include <cctype>

namespace vanban::docx {

namespace {

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Adobe Symbol encoding, the part that documents use (0x20-0x7E differ from ASCII for Greek and a few signs).
char32_t from_symbol_font(unsigned byte) {
  static constexpr char32_t kGreekUpper[26] = {0x0391, 0x0392, 0x03A7, 0x0394, 0x0395, 0x03A6, 0x0393, 0x0397, 0x0399,
                                               0x03D1, 0x039A, 0x039B, 0x039C, 0x039D, 0x039F, 0x03A0, 0x0398, 0x03A1,
                                               0x03A3, 0x03A4, 0x03A5, 0x03C2, 0x03A9, 0x039E, 0x03A8, 0x0396};
  static constexpr char32_t kGreekLower[26] = {0x03B1, 0x03B2, 0x03C7, 0x03B4, 0x03B5, 0x03C6, 0x03B3, 0x03B7, 0x03B9,
                                               0x03D5, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BF, 0x03C0, 0x03B8, 0x03C1,
                                               0x03C3, 0x03C4, 0x03C5, 0x03D6, 0x03C9, 0x03BE, 0x03C8, 0x03B6};
  if (byte >= 'A' && byte <= 'Z') return kGreekUpper[byte - 'A'];
  if (byte >= 'a' && byte <= 'z') return kGreekLower[byte - 'a'];
  switch (byte) {
    case 0x22: return 0x2200;  // for all
    case 0x24: return 0x2203;  // there exists
    case 0x27: return 0x220B;
    case 0x2A: return 0x2217;
    case 0x2D: return 0x2212;  // minus
    case 0x40: return 0x2245;
    case 0x5C: return 0x2234;
    case 0x5E: return 0x22A5;
    case 0xA3: return 0x2264;  // ≤
    case 0xA5: return 0x221E;  // ∞
    case 0xA7: return 0x2663;
    case 0xA8: return 0x2666;
    case 0xA9: return 0x2665;
    case 0xAA: return 0x2660;
    case 0xAB: return 0x2194;
    case 0xAC: return 0x2190;  // ←
    case 0xAD: return 0x2191;
    case 0xAE: return 0x2192;  // →
    case 0xAF: return 0x2193;
    case 0xB0: return 0x00B0;
    case 0xB1: return 0x00B1;
    case 0xB3: return 0x2265;  // ≥
    case 0xB4: return 0x00D7;  // ×
    case 0xB7: return 0x2022;  // bullet
    case 0xB8: return 0x00F7;  // ÷
    case 0xB9: return 0x2260;  // ≠
    case 0xBA: return 0x2261;
    case 0xBB: return 0x2248;
    case 0xBC: return 0x2026;
    case 0xDE: return 0x21D2;  // ⇒
    case 0xDB: return 0x21D4;
    case 0xD6: return 0x221A;
    case 0xE0: return 0x25CA;
    default: return byte >= 0x20 && byte < 0x7F ? byte : 0x2022;
  }
}

char32_t from_wingdings(unsigned byte) {
  switch (byte) {
    case 0x6C: return 0x25CF;  // ●
    case 0x6E: return 0x25A0;  // ■
    case 0x71: return 0x2751;
    case 0x75: return 0x25C6;
    case 0x76: return 0x2756;  // ❖
    case 0xA7: return 0x25AA;  // ▪
    case 0xA8: return 0x25FB;
    case 0xD8: return 0x27A2;  // ➢
    case 0xE0: return 0x2192;
    case 0xE8: return 0x2794;
    case 0xF0: return 0x21E8;
    case 0xFB: return 0x2717;
    case 0xFC: return 0x2713;  // ✓
    case 0xFD: return 0x2612;
    case 0xFE: return 0x2611;
    case 0x6F: return 0x25A1;
    case 0x9F: return 0x2022;
    default: return 0x2022;
  }
}

}  // namespace

std::string symbol_to_utf8(std::string_view font, char32_t code) {
  const bool pua = code >= 0xF000 && code <= 0xF0FF;
  const unsigned byte = code & 0xFF;
  if (pua || code < 0x100) {
    const std::string f = lower(font);
    if (f == "symbol") return utf8(from_symbol_font(byte));
    if (f.rfind("wingdings", 0) == 0 || f.rfind("webdings", 0) == 0) return utf8(from_wingdings(byte));
    if (byte < 0x20) return {};
    return utf8(byte);
  }
  if (code < 0x20 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return utf8(code);
}

}  // namespace vanban::docx
