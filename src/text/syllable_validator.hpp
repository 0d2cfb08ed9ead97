#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include <unicode/unistr.h>

namespace vanban::text {

/// Tells whether a word is a well-formed Vietnamese syllable: onset + rime from the closed
/// inventories of the orthography, the c/k/q and g/gh, ng/ngh spelling rules, at most one tone,
/// a tone allowed by the coda (stop codas c ch p t take only sắc or nặng), and no case change
/// inside the word except a capital first letter ("Việt", "VIỆT", not "vIệt").
/// Used to score candidate decodings of legacy text and to spot abbreviations (UBND, HĐND).
/// Expects NFC. Build once, reuse; all methods are const.
class SyllableValidator {
 public:
  SyllableValidator();

  /// `word`: letters only ("nghiêng", "Uỷ", "QUỐC"); anything else makes it invalid.
  bool is_valid(const char16_t* word, int32_t length) const;
  bool is_valid(const icu::UnicodeString& word) const { return is_valid(word.getBuffer(), word.length()); }
  /// UTF-8 convenience for tests and tools.
  bool is_valid_utf8(std::string_view word) const;

 private:
  bool rime_ok(std::u16string_view onset, std::u16string_view rime, bool stop_tone_ok) const;

  std::unordered_set<std::u16string> rimes_;
};

}  // namespace vanban::text
