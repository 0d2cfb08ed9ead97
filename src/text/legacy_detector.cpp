#include "text/legacy_detector.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <unicode/uchar.h>

#include "text/normalizer.hpp"
#include "text/vietnamese_letters.hpp"

namespace vanban::text {
namespace {

/// Word separators: whitespace and punctuation, ASCII or typographic. Legacy-encoded letters
/// like '©' or 'µ' are deliberately NOT separators, so misread words stay whole and fail.
bool separates_words(char16_t c) {
  if (c < 0x80) return !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'));
  switch (c) {
    case 0x00A0: case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0x2026: case 0x00AB: case 0x00BB: case 0x2022: case 0x3000: case 0x202F:
      return true;
    default:
      return false;
  }
}

bool has_vietnamese_unicode_letter(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s.charAt(i);
    if ((c >= 0x1EA0 && c <= 0x1EF9) || c == 0x0103 || c == 0x0102 || c == 0x0111 || c == 0x0110 || c == 0x01A1 ||
        c == 0x01A0 || c == 0x01B0 || c == 0x01AF || c == 0x0129 || c == 0x0128 || c == 0x0169 || c == 0x0168) {
      return true;
    }
  }
  return false;
}

icu::UnicodeString utf16(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

struct Candidate {
  LegacyEncoding encoding;
  int score;
  int words;
  int reading;  // candidates with the same decoded text share a reading and never compete
  int junk;     // non-Vietnamese characters inside words (breaks ties between fragments)
};

Detection choose(std::array<Candidate, 5>& candidates, std::size_t count, LegacyEncoding hint) {
  auto rank = [&](const Candidate& c) {
    // Higher score first. On a tie, the as-is reading (and the encodings that read the text the
    // same way) beats a different reading: converting good text is worse than missing a rare
    // ambiguous legacy run. The hint wins among different readings, and in the as-is group only
    // when there is no evidence at all: pure-ASCII runs of a .VnTimeH font still come back as
    // Tcvn3 (and get upper-cased), "và" in a .VnTime run comes back None.
    const int as_is = c.reading == 0 ? 2 : 0;
    const int hinted = c.encoding == hint && (c.reading != 0 || c.words == 0) ? 1 : 0;
    return std::tuple{c.score, -c.junk, as_is + hinted};
  };
  std::stable_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(count),
                   [&](const Candidate& a, const Candidate& b) { return rank(a) > rank(b); });
  const Candidate& best = candidates[0];
  // Confidence: how Vietnamese the chosen reading looks (net share of valid words), halved when
  // a different reading scores as well.
  bool tied = false;
  for (std::size_t i = 1; i < count; ++i) {
    if (candidates[i].reading != best.reading && candidates[i].score == best.score) tied = true;
  }
  double confidence = best.words == 0 ? 0.0 : std::clamp(static_cast<double>(best.score) / best.words, 0.0, 1.0);
  if (tied) confidence /= 2;
  return {best.encoding, confidence};
}

}  // namespace

int LegacyDetector::score(const icu::UnicodeString& text, int* words, int* junk) const {
  const char16_t* p = text.getBuffer();
  const int32_t n = text.length();
  int net = 0;
  int counted = 0;
  int strange = 0;
  int32_t i = 0;
  while (i < n) {
    while (i < n && separates_words(p[i])) ++i;
    const int32_t start = i;
    bool non_ascii = false;
    while (i < n && !separates_words(p[i])) {
      if (p[i] >= 0x80) {
        non_ascii = true;
        const UChar32 base = u_tolower(split_tone(p[i]).base);
        if (!is_vietnamese_vowel(base) && base != 0x0111 && !U16_IS_SURROGATE(p[i])) ++strange;
      }
      ++i;
    }
    if (i > start && non_ascii) {
      ++counted;
      net += validator_.is_valid(p + start, i - start) ? 1 : -1;
    }
  }
  if (words != nullptr) *words = counted;
  if (junk != nullptr) *junk = strange;
  return net;
}

Detection LegacyDetector::detect(std::string_view text, LegacyEncoding font_hint) const {
  if (first_invalid_utf8(text).has_value()) return detect_file(text);
  std::array<Candidate, 5> candidates{};
  std::size_t count = 0;
  int words = 0;
  int junk = 0;
  const icu::UnicodeString original = utf16(text);
  const int as_is = score(original, &words, &junk);
  const int as_is_junk = junk;
  // Fast path: letters only Unicode has (ă đ ơ ư ĩ ũ, U+1EA0-U+1EF9) never occur in a legacy run,
  // so a text that has them and mostly reads well as-is is Unicode.
  if (words > 0 && 2 * as_is >= words && has_vietnamese_unicode_letter(original)) {
    return {LegacyEncoding::None, std::clamp(static_cast<double>(as_is) / words, 0.0, 1.0)};
  }
  candidates[count++] = {LegacyEncoding::None, as_is, words, 0, as_is_junk};
  for (LegacyEncoding e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Cp1258}) {
    const std::string decoded = decode_legacy_run(text, e, false);
    if (decoded == text) {  // this encoding reads the text exactly as Unicode does
      candidates[count++] = {e, as_is, words, 0, as_is_junk};
      continue;
    }
    const int s = score(utf16(decoded), &words, &junk);
    candidates[count++] = {e, s, words, static_cast<int>(count), junk};
  }
  return choose(candidates, count, font_hint);
}

Detection LegacyDetector::detect_file(std::string_view bytes) const {
  if (!first_invalid_utf8(bytes).has_value()) return {LegacyEncoding::None, 1.0};
  constexpr std::size_t kSample = 256 * 1024;
  if (bytes.size() > kSample) {
    std::size_t cut = kSample;
    while (cut > kSample / 2 && bytes[cut] != ' ' && bytes[cut] != '\n') --cut;  // whole words
    bytes = bytes.substr(0, cut);
  }
  std::array<Candidate, 5> candidates{};
  std::size_t count = 0;
  for (LegacyEncoding e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Cp1258}) {
    int words = 0;
    int junk = 0;
    const int s = score(utf16(decode_legacy(bytes, e, false)), &words, &junk);
    candidates[count++] = {e, s, words, static_cast<int>(count), junk};
  }
  return choose(candidates, count, LegacyEncoding::None);
}

namespace {
const LegacyDetector& shared_detector() {
  static const LegacyDetector detector;  // immutable after construction
  return detector;
}
}  // namespace

Detection detect_legacy(std::string_view bytes_or_run_text, LegacyEncoding font_hint) {
  return shared_detector().detect(bytes_or_run_text, font_hint);
}

Detection detect_file_encoding(std::string_view bytes) { return shared_detector().detect_file(bytes); }

}  // namespace vanban::text
