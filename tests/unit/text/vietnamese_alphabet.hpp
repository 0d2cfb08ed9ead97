#pragma once
// Test helper: the 134 Vietnamese letters with diacritics, enumerated from Unicode data (not
// typed by hand): lowercase code points whose NFD is a Vietnamese base vowel plus at most one
// vowel diacritic (breve on a, circumflex on a/e/o, horn on o/u) and at most one tone mark,
// plus đ; their uppercase twins via u_toupper.
#include <string>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vanban::text::testing {

inline std::vector<UChar32> vietnamese_lowercase_letters() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  std::vector<UChar32> out;
  for (UChar32 c = 0xC0; c < 0x1F00; ++c) {
    if (!u_islower(c)) continue;
    icu::UnicodeString d;
    UErrorCode e = U_ZERO_ERROR;
    nfd->normalize(icu::UnicodeString(c), d, e);
    if (U_FAILURE(e) || d.length() < 2) continue;
    const char16_t base = d.charAt(0);
    if (icu::UnicodeString(u"aeiouy").indexOf(base) < 0) continue;
    int tones = 0, shapes = 0;
    bool ok = true;
    for (int32_t i = 1; i < d.length(); ++i) {
      const char16_t m = d.charAt(i);
      if (m == 0x0300 || m == 0x0301 || m == 0x0303 || m == 0x0309 || m == 0x0323) {
        ++tones;
      } else if ((m == 0x0306 && base == u'a') || (m == 0x0302 && (base == u'a' || base == u'e' || base == u'o')) ||
                 (m == 0x031B && (base == u'o' || base == u'u'))) {
        ++shapes;
      } else {
        ok = false;
      }
    }
    if (ok && tones <= 1 && shapes <= 1) out.push_back(c);
  }
  out.push_back(0x0111);  // đ: a letter of its own, no decomposition
  return out;
}

inline std::vector<UChar32> vietnamese_uppercase_letters() {
  std::vector<UChar32> out;
  for (UChar32 c : vietnamese_lowercase_letters()) out.push_back(u_toupper(c));
  return out;
}

inline std::string utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace vanban::text::testing
