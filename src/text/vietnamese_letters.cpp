#include "text/vietnamese_letters.hpp"

#include <array>
#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vanban::text {
namespace {

constexpr std::array<UChar32, 6> kToneMarks = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
constexpr char16_t kVowels[] = u"aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

/// Immutable lookup built once: for U+0000..U+01FF and U+1EA0..U+1EFF, base | tone << 24.
struct ToneTables {
  std::array<std::uint32_t, 0x200> latin{};
  std::array<std::uint32_t, 0x60> extended{};

  ToneTables() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    auto fill = [&](UChar32 c) -> std::uint32_t {
      std::uint32_t packed = static_cast<std::uint32_t>(c);
      if (U_FAILURE(status)) return packed;
      icu::UnicodeString d;
      UErrorCode st = U_ZERO_ERROR;
      nfd->normalize(icu::UnicodeString(c), d, st);
      if (U_FAILURE(st)) return packed;
      for (int32_t i = 0; i < d.length(); ++i) {
        const Tone t = tone_of_mark(d.charAt(i));
        if (t == Tone::None) continue;
        icu::UnicodeString rest(d);
        rest.remove(i, 1);
        icu::UnicodeString composed = nfc->normalize(rest, st);
        if (U_FAILURE(st) || composed.countChar32() != 1) return packed;
        const UChar32 base = composed.char32At(0);
        if (!is_vietnamese_vowel(base)) return packed;
        return static_cast<std::uint32_t>(base) | (static_cast<std::uint32_t>(t) << 24);
      }
      return packed;
    };
    for (UChar32 c = 0; c < 0x200; ++c) latin[c] = fill(c);
    for (UChar32 c = 0; c < 0x60; ++c) extended[c] = fill(0x1EA0 + c);
  }
};

const ToneTables& tables() {
  static const ToneTables t;  // immutable after construction; thread-safe initialisation
  return t;
}

}  // namespace

Tone tone_of_mark(UChar32 mark) {
  switch (mark) {
    case 0x0300: case 0x0340: return Tone::Grave;
    case 0x0309: return Tone::Hook;
    case 0x0303: return Tone::Tilde;
    case 0x0301: case 0x0341: return Tone::Acute;
    case 0x0323: return Tone::Dot;
    default: return Tone::None;
  }
}

UChar32 tone_mark(Tone tone) { return kToneMarks[static_cast<std::size_t>(tone)]; }

bool is_vietnamese_vowel(UChar32 c) {
  for (char16_t v : kVowels) {
    if (v != 0 && static_cast<UChar32>(v) == c) return true;
  }
  return false;
}

ToneSplit split_tone(UChar32 c) {
  std::uint32_t packed;
  if (c >= 0 && c < 0x200) {
    packed = tables().latin[c];
  } else if (c >= 0x1EA0 && c < 0x1F00) {
    packed = tables().extended[c - 0x1EA0];
  } else {
    return {c, Tone::None};
  }
  return {static_cast<UChar32>(packed & 0xFFFFFF), static_cast<Tone>(packed >> 24)};
}

UChar32 with_tone(UChar32 base, Tone tone) {
  if (tone == Tone::None) return base;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return base;
  // Not composePair: ậ is (ạ + circumflex) canonically, so compose the whole sequence.
  icu::UnicodeString seq(base);
  seq.append(tone_mark(tone));
  const icu::UnicodeString composed = nfc->normalize(seq, status);
  return U_SUCCESS(status) && composed.countChar32() == 1 ? composed.char32At(0) : base;
}

std::vector<UChar32> lowercase_letters_with_diacritics() {
  std::vector<UChar32> out;
  for (char16_t v : std::u16string_view(kVowels, 12)) {
    for (int t = 1; t <= 5; ++t) out.push_back(with_tone(v, static_cast<Tone>(t)));
  }
  for (char16_t v : std::u16string_view(u"ăâêôơưđ")) out.push_back(v);
  return out;
}

}  // namespace vanban::text
