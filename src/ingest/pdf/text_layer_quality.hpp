#pragma once
#include <cstddef>
#include <string_view>

#include "text/syllable_validator.hpp"

namespace vanban::pdf {

/// Syllable statistics of a text layer, to catch what a PDF's broken fonts make of Vietnamese: glyphs
/// mapped to the wrong letters ("TÈNH LÂM ÒNG" for "TỈNH LÂM ĐỒNG": words that are no Vietnamese
/// syllable) or every diacritic lost (fonts whose ToUnicode maps only the base letters).
struct TextLayerQuality {
  std::size_t words = 0;            ///< runs of letters
  std::size_t marked_words = 0;     ///< of which with a letter outside ASCII (a diacritic, đ)
  std::size_t valid_marked = 0;     ///< of those, valid Vietnamese syllables
  std::size_t valid_plain = 0;      ///< words of ASCII letters only that are valid syllables ("NHAN", "ban")

  double marked_share() const { return words == 0 ? 0 : static_cast<double>(marked_words) / static_cast<double>(words); }
  double valid_share() const {
    return marked_words == 0 ? 1 : static_cast<double>(valid_marked) / static_cast<double>(marked_words);
  }
  /// Too few words to judge either way (a form, a table of figures).
  bool enough() const { return words >= kMinWords; }
  /// Share of all words that are valid syllables, with or without diacritics.
  double syllable_share() const {
    return words == 0 ? 1 : static_cast<double>(valid_marked + valid_plain) / static_cast<double>(words);
  }
  /// Vietnamese prose has a diacritic in most words (about half or more); a text layer with almost none,
  /// whose plain words still read as syllables ("UY BAN NHAN DAN"), has lost them.
  bool diacritics_stripped() const { return enough() && marked_share() < 0.05 && !garbled(); }
  /// Words that are mostly not syllables: letters mapped to the wrong glyphs, or a scanner's bad OCR layer.
  /// Real text stays above 0.9 for words with diacritics (names, foreign words and cut words are the rest)
  /// and above 0.6 over all words (abbreviations such as UBND, numbers' letters).
  bool garbled() const {
    return (marked_words >= kMinWords && valid_share() < 0.75) || (enough() && syllable_share() < 0.5);
  }

  static constexpr std::size_t kMinWords = 40;
};

/// Counts over NFC UTF-8 text.
TextLayerQuality measure_text_layer(std::string_view nfc_text, const text::SyllableValidator& validator);

}  // namespace vanban::pdf
