#include "text/match_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace vanban::text {

std::string MatchText::utf8(int32_t start, int32_t end) const {
  std::string out;
  if (start < 0) start = 0;
  if (end > original.length()) end = original.length();
  if (end <= start) return out;
  original.tempSubStringBetween(start, end).toUTF8String(out);
  return out;
}

Folder::Folder() : table_(0x10000) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  for (UChar32 c = 0; c < 0x10000; ++c) {
    char16_t out = static_cast<char16_t>(c);
    if (U_IS_SURROGATE(c)) {
      table_[c] = out;
      continue;
    }
    if (c == 0x0110 || c == 0x0111) {  // Đ đ: a letter of its own
      table_[c] = 0x0111;
      continue;
    }
    UChar32 base = c;
    // getDecomposition: the NFD of one code point without building strings for the many that have none
    if (U_SUCCESS(status) && c >= 0x80 && nfd->getDecomposition(c, decomposed) && decomposed.length() > 0)
      base = decomposed.char32At(0);
    base = u_tolower(base);
    switch (c) {  // typographic variants that matter for matching
      case 0x00A0: case 0x2007: case 0x202F: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
      case 0x3000: case 0x0009: case 0x000B: case 0x000C:
        base = ' ';
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        base = '-';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        base = '"';
        break;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x00B4: case 0x0060:
        base = '\'';
        break;
      case 0x2026:
        base = '.';
        break;
      case 0x2044: case 0x2215:
        base = '/';
        break;
      // Invisible characters: a reader should drop them (clean_text); a length-preserving
      // fold can only turn them into a word break.
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        base = ' ';
        break;
      default:
        break;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) base = u_tolower(c - 0xFEE0);  // full-width ASCII: digits, letters, ／ ：
    if (base > 0xFFFF) base = c;
    table_[c] = static_cast<char16_t>(base);
  }
}

void Folder::fold(icu::UnicodeString& s) const {
  const int32_t n = s.length();
  char16_t* buf = s.getBuffer(n);
  for (int32_t i = 0; i < n; ++i) {
    buf[i] = table_[buf[i]];
    // Spelling rule: syllable-final "qui" and "quy" are one syllable written two ways
    // (quí/quý, qui định/quy định): fold the i to y. Length-preserving.
    if (buf[i] == u'i' && i >= 2 && buf[i - 1] == u'u' && buf[i - 2] == u'q' &&
        (i == 2 || !u_isalpha(buf[i - 3])) && (i + 1 == n || !u_isalpha(table_[buf[i + 1]]))) {
      buf[i] = u'y';
    }
  }
  s.releaseBuffer(n);
}

MatchText Folder::prepare(std::string_view nfc_utf8) const {
  MatchText m;
  m.original = icu::UnicodeString::fromUTF8(icu::StringPiece(nfc_utf8.data(), static_cast<int32_t>(nfc_utf8.size())));
  m.folded = m.original;
  fold(m.folded);
  return m;
}

std::string Folder::fold_utf8(std::string_view nfc_utf8) const {
  auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(nfc_utf8.data(), static_cast<int32_t>(nfc_utf8.size())));
  fold(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace vanban::text
