#include "text/tone_style.hpp"

#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/vietnamese_letters.hpp"

namespace vanban::text {
namespace {

/// Moves the tone of one word (UTF-16 code units [begin, end) of `s`) if the word is an open
/// oa/oe/uy syllable. Returns true when `s` changed.
bool retone_word(icu::UnicodeString& s, int32_t begin, int32_t end, ToneStyle style) {
  const int32_t n = end - begin;
  if (n < 2 || n > 7) return false;
  std::vector<ToneSplit> letters;
  letters.reserve(static_cast<std::size_t>(n));
  std::u16string lower;
  for (int32_t i = begin; i < end; ++i) {
    letters.push_back(split_tone(s.charAt(i)));
    lower.push_back(static_cast<char16_t>(u_tolower(letters.back().base)));
  }
  // Onset: consonants, with qu- and gi- counting as onsets (quý, giũa keep their tone).
  std::size_t v = 0;
  if (lower.rfind(u"qu", 0) == 0 || (lower.rfind(u"gi", 0) == 0 && lower.size() > 2 && is_vietnamese_vowel(lower[2]))) {
    v = 2;
  }
  while (v < lower.size() && !is_vietnamese_vowel(lower[v])) ++v;
  if (lower.size() - v != 2) return false;  // exactly two vowels and no coda
  const std::u16string_view pair(lower.data() + v, 2);
  if (pair != u"oa" && pair != u"oe" && pair != u"uy") return false;
  Tone tone = Tone::None;
  for (const auto& l : letters) {
    if (l.tone != Tone::None) tone = l.tone;
  }
  if (tone == Tone::None) return false;
  const std::size_t target = style == ToneStyle::Old ? v : v + 1;
  const std::size_t other = style == ToneStyle::Old ? v + 1 : v;
  if (letters[target].tone == tone && letters[other].tone == Tone::None) return false;
  s.setCharAt(begin + static_cast<int32_t>(other), static_cast<char16_t>(letters[other].base));
  s.setCharAt(begin + static_cast<int32_t>(target), static_cast<char16_t>(with_tone(letters[target].base, tone)));
  return true;
}

}  // namespace

std::string retone(std::string_view nfc, ToneStyle style) {
  if (style == ToneStyle::Keep) return std::string(nfc);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(nfc.data(), static_cast<int32_t>(nfc.size())));
  bool changed = false;
  const int32_t n = s.length();
  int32_t i = 0;
  while (i < n) {
    while (i < n && !u_isalpha(s.charAt(i))) ++i;
    const int32_t start = i;
    while (i < n && u_isalpha(s.charAt(i))) ++i;
    if (i > start) changed |= retone_word(s, start, i, style);
  }
  if (!changed) return std::string(nfc);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace vanban::text
