#include "ingest/markdown/footnote_markers.hpp"

namespace vanban::md {
namespace {

/// Digit of a superscript code point starting at `s[i]` (¹²³ and U+2070–U+2079), or -1.
int superscript_digit_at(std::string_view s, std::size_t i, std::size_t& length) {
  if (s.substr(i, 2) == "\xC2\xB9") return length = 2, 1;
  if (s.substr(i, 2) == "\xC2\xB2") return length = 2, 2;
  if (s.substr(i, 2) == "\xC2\xB3") return length = 2, 3;
  if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x81') {
    const auto c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xB0) return length = 3, 0;
    if (c >= 0xB4 && c <= 0xB9) return length = 3, c - 0xB0;
  }
  return -1;
}

}  // namespace

bool has_superscript_digit(std::string_view s) {
  return s.find("\xC2\xB9") != std::string_view::npos || s.find("\xC2\xB2") != std::string_view::npos ||
         s.find("\xC2\xB3") != std::string_view::npos || s.find("\xE2\x81") != std::string_view::npos;
}

std::size_t superscript_marker_at(std::string_view s, std::size_t i, std::string* id) {
  std::size_t length = 0, end = i;
  std::string digits;
  for (int d; (d = superscript_digit_at(s, end, length)) >= 0 && digits.size() < 4; end += length)
    digits.push_back(static_cast<char>('0' + d));
  if (digits.empty()) return 0;
  if (i > 0) {
    const char before = s[i - 1];
    if (before == ' ' || (before >= '0' && before <= '9')) return 0;
    if (ends_with_unit(s.substr(0, i))) return 0;
  }
  *id = digits;
  return end - i;
}

bool ends_with_unit(std::string_view text_before) {
  std::size_t w = text_before.size();
  while (w > 0 && text_before[w - 1] != ' ' && !(text_before[w - 1] >= '0' && text_before[w - 1] <= '9')) --w;
  const std::string_view word = text_before.substr(w);
  return word == "m" || word == "km" || word == "cm" || word == "mm" || word == "dm" || word == "ha";
}

}  // namespace vanban::md
