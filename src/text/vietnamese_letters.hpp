#pragma once
#include <cstdint>
#include <vector>

#include <unicode/umachine.h>

namespace vanban::text {

/// The five Vietnamese tone marks (thanh điệu); None is "thanh ngang".
enum class Tone : std::uint8_t { None, Grave, Hook, Tilde, Acute, Dot };

/// A letter split into its toneless form and its tone: 'ở' -> {'ơ', Hook}, 'Ấ' -> {'Â', Acute}.
struct ToneSplit {
  UChar32 base;
  Tone tone;
};

/// Splits the tone off a precomposed letter; letters without a Vietnamese tone come back as
/// {c, None}. Table-driven (built once from ICU's NFD data), no allocation.
ToneSplit split_tone(UChar32 c);

/// The precomposed letter for base + tone ('ư' + Acute -> 'ứ'); `base` itself when Unicode has
/// no such letter or the tone is None.
UChar32 with_tone(UChar32 base, Tone tone);

/// The combining mark of a tone (U+0300, U+0309, U+0303, U+0301, U+0323); 0 for None.
UChar32 tone_mark(Tone tone);

/// Tone of a combining mark, or nullopt-like None when `mark` is not a tone mark.
Tone tone_of_mark(UChar32 mark);

/// True for the twelve toneless vowel letters a ă â e ê i o ô ơ u ư y (either case).
bool is_vietnamese_vowel(UChar32 toneless);

/// The 67 lowercase Vietnamese letters that carry a diacritic (12 vowels x 5 tones, plus
/// ă â ê ô ơ ư đ), composed from Unicode data, in a stable order. Used by tests and tables.
std::vector<UChar32> lowercase_letters_with_diacritics();

}  // namespace vanban::text
