#include "text/syllable_validator.hpp"

#include <array>

#include <unicode/uchar.h>

#include "text/vietnamese_letters.hpp"

namespace vanban::text {
namespace {

// Onsets (phụ âm đầu), longest first so "ngh" is tried before "ng" and "n".
constexpr std::array<std::u16string_view, 27> kOnsets = {
    u"ngh", u"ng", u"nh", u"ch", u"gh", u"gi", u"kh", u"ph", u"qu", u"th", u"tr",
    u"b", u"c", u"d", u"đ", u"g", u"h", u"k", u"l", u"m", u"n", u"p", u"r", u"s", u"t", u"v", u"x"};

// Rimes (vần), toneless, lowercase: medial glide + nucleus + coda as the orthography writes them.
constexpr std::u16string_view kRimes[] = {
    u"a", u"ac", u"ach", u"ai", u"am", u"an", u"ang", u"anh", u"ao", u"ap", u"at", u"au", u"ay",
    u"ăc", u"ăm", u"ăn", u"ăng", u"ăp", u"ăt",
    u"âc", u"âm", u"ân", u"âng", u"âp", u"ât", u"âu", u"ây",
    u"e", u"ec", u"em", u"en", u"eng", u"eo", u"ep", u"et",
    u"ê", u"êch", u"êm", u"ên", u"ênh", u"êp", u"êt", u"êu",
    u"i", u"ia", u"ich", u"im", u"in", u"inh", u"ip", u"it", u"iu",
    u"iêc", u"iêm", u"iên", u"iêng", u"iêp", u"iêt", u"iêu",
    u"o", u"oc", u"oi", u"om", u"on", u"ong", u"op", u"ot",
    u"oa", u"oac", u"oach", u"oai", u"oam", u"oan", u"oang", u"oanh", u"oao", u"oap", u"oat", u"oay",
    u"oăc", u"oăm", u"oăn", u"oăng", u"oăt", u"oe", u"oen", u"oeo", u"oet", u"ooc", u"oong",
    u"ô", u"ôc", u"ôi", u"ôm", u"ôn", u"ông", u"ôp", u"ôt",
    u"ơ", u"ơi", u"ơm", u"ơn", u"ơp", u"ơt",
    u"u", u"ua", u"uc", u"ui", u"um", u"un", u"ung", u"up", u"ut",
    u"uân", u"uâng", u"uât", u"uây", u"uê", u"uêch", u"uênh", u"uơ",
    u"uôc", u"uôi", u"uôm", u"uôn", u"uông", u"uôt",
    u"uy", u"uya", u"uych", u"uyn", u"uynh", u"uyp", u"uyt", u"uyu", u"uyên", u"uyêt",
    u"ư", u"ưa", u"ưc", u"ưi", u"ưm", u"ưn", u"ưng", u"ưt", u"ưu",
    u"ươc", u"ươi", u"ươm", u"ươn", u"ương", u"ươp", u"ươt", u"ươu",
    u"y", u"yên", u"yêm", u"yêt", u"yêu",
};

bool ends_with(std::u16string_view s, std::u16string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool front_vowel(char16_t c) { return c == u'i' || c == u'e' || c == u'ê' || c == u'y'; }

}  // namespace

SyllableValidator::SyllableValidator() {
  for (auto r : kRimes) rimes_.emplace(r);
}

bool SyllableValidator::rime_ok(std::u16string_view onset, std::u16string_view rime, bool stop_tone_ok) const {
  if (rime.empty() || rimes_.count(std::u16string(rime)) == 0) return false;
  const char16_t first = rime.front();
  // Spelling rules: k/gh/ngh before front vowels, c/g/ng elsewhere; qu never before u/o.
  if (onset == u"k" || onset == u"gh" || onset == u"ngh") {
    if (!front_vowel(first)) return false;
  } else if (onset == u"c" || onset == u"g" || onset == u"ng") {
    if (front_vowel(first) && !(onset == u"g" && first == u'i')) return false;  // "gì" = g + i
  } else if (onset == u"qu") {
    if (first == u'u' || first == u'o' || first == u'ư') return false;
  }
  const bool stop_coda = ends_with(rime, u"c") || ends_with(rime, u"ch") || ends_with(rime, u"p") || ends_with(rime, u"t");
  return !stop_coda || stop_tone_ok;
}

bool SyllableValidator::is_valid(const char16_t* word, int32_t length) const {
  if (length <= 0 || length > 8) return false;
  std::u16string plain;
  plain.reserve(static_cast<std::size_t>(length));
  Tone tone = Tone::None;
  bool seen_lower = false;
  for (int32_t i = 0; i < length; ++i) {
    const char16_t unit = word[i];
    const ToneSplit split = split_tone(unit);
    if (split.tone != Tone::None) {
      if (tone != Tone::None) return false;  // two tones
      tone = split.tone;
    }
    const UChar32 lower = u_tolower(split.base);
    if (lower != split.base) {
      if (seen_lower) return false;  // "vIệt", "cÔng": a capital after a small letter
    } else {
      seen_lower = true;
    }
    const bool letter = (lower >= u'a' && lower <= u'z' && lower != u'f' && lower != u'j' && lower != u'w' &&
                         lower != u'z') ||
                        lower == u'đ' || is_vietnamese_vowel(lower);
    if (!letter) return false;
    plain.push_back(static_cast<char16_t>(lower));
  }
  const bool stop_tone_ok = tone == Tone::Acute || tone == Tone::Dot;
  const std::u16string_view s(plain);
  if (rime_ok(u"", s, stop_tone_ok)) return true;
  for (auto onset : kOnsets) {
    if (s.size() > onset.size() && s.substr(0, onset.size()) == onset &&
        rime_ok(onset, s.substr(onset.size()), stop_tone_ok)) {
      return true;
    }
  }
  // "gi" is a whole syllable in "gì"/"gỉ" written with onset gi and an elided i.
  return s == u"gi";
}

bool SyllableValidator::is_valid_utf8(std::string_view word) const {
  auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  return is_valid(s);
}

}  // namespace vanban::text
