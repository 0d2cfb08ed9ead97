#include "text/clean_text.hpp"

#include <cstring>

namespace vanban::text {

std::string clean_text(std::string_view s) {
  // All the characters concerned start with 0xC2, 0xE2 or 0xEF: skip the scan when none occur.
  const std::size_t n = s.size();
  std::size_t first = 0;
  while (first < n) {
    const unsigned char c = static_cast<unsigned char>(s[first]);
    if (c == 0xC2 || c == 0xE2 || c == 0xEF) break;
    ++first;
  }
  if (first == n) return std::string(s);
  std::string out;
  out.reserve(n);
  out.append(s.substr(0, first));
  std::size_t i = first;
  while (i < n) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = i + 1 < n ? static_cast<unsigned char>(s[i + 1]) : 0;
    const auto b2 = i + 2 < n ? static_cast<unsigned char>(s[i + 2]) : 0;
    if (b0 == 0xC2 && b1 == 0xAD) { i += 2; continue; }                     // soft hyphen
    if (b0 == 0xC2 && b1 == 0xA0) { out.push_back(' '); i += 2; continue; }  // no-break space
    if (b0 == 0xE2 && b1 == 0x80 && (b2 >= 0x8B && b2 <= 0x8D)) { i += 3; continue; }  // ZWSP ZWNJ ZWJ
    if (b0 == 0xE2 && b1 == 0x81 && b2 == 0xA0) { i += 3; continue; }        // word joiner
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) { i += 3; continue; }        // BOM / ZWNBSP
    if (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x87 || b2 == 0xAF)) { out.push_back(' '); i += 3; continue; }  // figure / narrow NBSP
    out.push_back(static_cast<char>(b0));
    ++i;
  }
  return out;
}

}  // namespace vanban::text
